namespace Hyperdual.Distributed.Grains;

/// <summary>What the coordinator tells every worker that joins.</summary>
/// <param name="OptionsJson">The run's <see cref="Training.TrainingOptions"/> as JSON.</param>
/// <param name="WorkerTimeoutSeconds">How late a worker's share may be before the worker is declared lost.</param>
/// <param name="PayloadWidth">The bytes of each share value after the loss (<see cref="ShareCodec"/>).</param>
[GenerateSerializer, Immutable]
public sealed record RunSettings([property: Id(0)] string OptionsJson, [property: Id(1)] double WorkerTimeoutSeconds, [property: Id(2)] int PayloadWidth);
