namespace Hyperdual.Distributed.Grains;

/// <summary>How one attempt at a step ended, as the coordinator sees it.</summary>
/// <param name="Kind">The ending.</param>
/// <param name="Mean">The combined values' bytes when completed.</param>
/// <param name="SentBytes">Per participant (in index order), the share bytes it sent.</param>
/// <param name="Lost">The workers lost (when <see cref="StepOutcomeKind.WorkersLost"/>).</param>
/// <param name="Message">What happened, for the log.</param>
/// <param name="Participants">The workers that took part.</param>
[GenerateSerializer, Immutable]
public sealed record StepOutcome(
    [property: Id(0)] StepOutcomeKind Kind,
    [property: Id(1)] byte[]? Mean,
    [property: Id(2)] int[] SentBytes,
    [property: Id(3)] int[] Lost,
    [property: Id(4)] string Message,
    [property: Id(5)] int[] Participants);
