namespace Hyperdual.Distributed.Grains;

/// <summary>The answer to a worker's request to join.</summary>
/// <param name="Index">The worker's index (0, 1, …) for the rest of the run; −1 when refused.</param>
/// <param name="OptionsJson">The run's settings as JSON (empty when refused).</param>
/// <param name="Refusal">Why the worker was refused, or null.</param>
[GenerateSerializer, Immutable]
public sealed record WorkerAdmission([property: Id(0)] int Index, [property: Id(1)] string OptionsJson, [property: Id(2)] string? Refusal);
