namespace Hyperdual.Distributed.Grains;

/// <summary>The answer to a submitted share.</summary>
/// <param name="Verdict">What to do.</param>
/// <param name="Mean">The combined values' bytes (<see cref="ShareCodec"/>) when the verdict is <see cref="ShareVerdict.Apply"/>.</param>
/// <param name="Message">Why, when the verdict is not <see cref="ShareVerdict.Apply"/>.</param>
[GenerateSerializer, Immutable]
public sealed record ShareReply([property: Id(0)] ShareVerdict Verdict, [property: Id(1)] byte[]? Mean, [property: Id(2)] string? Message);
