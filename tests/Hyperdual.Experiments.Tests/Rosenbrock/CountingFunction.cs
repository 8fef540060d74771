using System.Numerics;

namespace Hyperdual.Experiments.Tests.Rosenbrock;

/// <summary>
/// Wraps a function and counts its evaluations by number system: directional passes (one per hyper-dual evaluation,
/// K(K+1)/2 per evaluation on K-direction jets, one per pair of directions the jets carry), dual passes and plain values.
/// </summary>
internal sealed class CountingFunction(IScalarFunction inner) : IScalarFunction
{
    private long _hyperDual;
    private long _jet;
    private long _dual;
    private long _plain;

    public long DirectionalPasses => Interlocked.Read(ref _hyperDual);

    /// <summary>The evaluations on K-direction jets (each counted as its K(K+1)/2 pairs in <see cref="DirectionalPasses"/>).</summary>
    public long JetEvaluations => Interlocked.Read(ref _jet);

    public long DualPasses => Interlocked.Read(ref _dual);

    public long PlainValues => Interlocked.Read(ref _plain);

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(HyperDual<double>))
        {
            Interlocked.Increment(ref _hyperDual);
        }
        else if (typeof(T) == typeof(ChainRuleNumber<double, DirectionalJetParts<double>>))
        {
            int k = ((ChainRuleNumber<double, DirectionalJetParts<double>>)(object)x[0]).Parts.Count;
            Interlocked.Add(ref _hyperDual, k * (k + 1) / 2);
            Interlocked.Increment(ref _jet);
        }
        else if (typeof(T) == typeof(Dual<double>))
        {
            Interlocked.Increment(ref _dual);
        }
        else if (typeof(T) == typeof(double))
        {
            Interlocked.Increment(ref _plain);
        }
        else
        {
            throw new InvalidOperationException($"Unexpected number system {typeof(T)}.");
        }

        return inner.Evaluate(x);
    }
}
