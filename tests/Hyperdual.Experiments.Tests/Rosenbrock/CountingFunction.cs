using System.Numerics;

namespace Hyperdual.Experiments.Tests.Rosenbrock;

/// <summary>Wraps a function and counts its evaluations by number system: hyper-dual passes, dual passes and plain values.</summary>
internal sealed class CountingFunction(IScalarFunction inner) : IScalarFunction
{
    private long _hyperDual;
    private long _dual;
    private long _plain;

    public long HyperDualPasses => Interlocked.Read(ref _hyperDual);

    public long DualPasses => Interlocked.Read(ref _dual);

    public long PlainValues => Interlocked.Read(ref _plain);

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(HyperDual<double>))
        {
            Interlocked.Increment(ref _hyperDual);
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
