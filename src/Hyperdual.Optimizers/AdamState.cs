using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// The explicit state of Adam's moments, shared by <see cref="AdamFamilyOptimizer{T}"/> (Adam, AdamW)
/// and <see cref="SoaaOptimizer{T}"/>: the step count, the first moment
/// <c>m</c> (Mu), the second moment <c>v</c> (Nu) and, with AMSGrad, the running maximum of <c>v</c>.
/// The moments are stored without bias correction; <c>m̂ = m / (1 − β₁ᵗ)</c>, <c>v̂ = v / (1 − β₂ᵗ)</c>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class AdamState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    internal AdamState(int parameterCount, bool amsGrad)
    {
        Mu = new T[parameterCount];
        Nu = new T[parameterCount];
        NuMax = amsGrad ? new T[parameterCount] : null;
    }

    /// <summary>The number of steps taken.</summary>
    public long Count { get; internal set; }

    /// <summary>The first moment <c>m</c> (not bias-corrected).</summary>
    public T[] Mu { get; }

    /// <summary>The second moment <c>v</c> (not bias-corrected).</summary>
    public T[] Nu { get; }

    /// <summary>The running maximum of <c>v</c> (AMSGrad); null when AMSGrad is off.</summary>
    public T[]? NuMax { get; }
}
