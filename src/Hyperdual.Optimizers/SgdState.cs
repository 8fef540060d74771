using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>The explicit state of <see cref="SgdOptimizer{T}"/>: the step count and the momentum buffer.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SgdState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal SgdState(long count, T[]? momentumBuffer)
    {
        Count = count;
        MomentumBuffer = momentumBuffer;
    }

    /// <summary>The number of steps taken.</summary>
    public long Count { get; internal set; }

    /// <summary>The momentum buffer <c>b</c>; null when momentum is off.</summary>
    public T[]? MomentumBuffer { get; }
}
