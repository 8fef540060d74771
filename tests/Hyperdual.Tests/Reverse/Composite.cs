using System.Numerics;

namespace Hyperdual.Tests.Reverse;

/// <summary>A function given once for Adjoint&lt;double&gt; and once for Dual&lt;double&gt; (for cases generic code cannot state).</summary>
internal sealed class Composite(
    Func<Adjoint<double>[], Adjoint<double>> onAdjoint,
    Func<Dual<double>[], Dual<double>> onDual) : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(Adjoint<double>))
        {
            Adjoint<double>[] args = x.ToArray().Cast<object>().Select(o => (Adjoint<double>)o).ToArray();
            return (T)(object)onAdjoint(args);
        }

        if (typeof(T) == typeof(Dual<double>))
        {
            Dual<double>[] args = x.ToArray().Cast<object>().Select(o => (Dual<double>)o).ToArray();
            return (T)(object)onDual(args);
        }

        throw new NotSupportedException(typeof(T).Name);
    }
}
