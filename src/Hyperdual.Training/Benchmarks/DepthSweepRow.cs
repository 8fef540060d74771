namespace Hyperdual.Training.Benchmarks;

/// <summary>One depth of <see cref="DepthSweep"/>.</summary>
/// <param name="Depth">The number of linear layers.</param>
/// <param name="JetPeakBytes">The jet evaluation's workspace peak.</param>
/// <param name="BackpropPeakBytes">The backprop evaluation's workspace peak.</param>
public sealed record DepthSweepRow(int Depth, long JetPeakBytes, long BackpropPeakBytes);
