using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hyperdual;

/// <summary>
/// Creates <see cref="IScalarFunction"/> instances from delegates, for callers who prefer a lambda to a
/// class with a generic method.
/// </summary>
/// <remarks>
/// C# delegates cannot be generic methods, so the lambda is written once over <see cref="HyperDual{T}"/>:
/// the adapter runs it on the plain scalar (as constants), on <see cref="Dual{T}"/> (ε₂ and ε₁ε₂ parts
/// zero) and on <see cref="HyperDual{T}"/> itself, which is everything <see cref="Derivatives"/> asks for.
/// Other number systems throw <see cref="NotSupportedException"/>.
/// </remarks>
public static class ScalarFunction
{
    /// <summary>Wraps a function written over hyper-dual numbers as an <see cref="IScalarFunction"/>.</summary>
    /// <typeparam name="TScalar">The underlying floating-point type (<see cref="double"/> or <see cref="float"/>).</typeparam>
    /// <param name="function">The function; it must not keep the span it is given.</param>
    /// <returns>An adapter usable with every <see cref="Derivatives"/> method.</returns>
    /// <example>
    /// <code>
    /// IScalarFunction f = ScalarFunction.Create&lt;double&gt;(x =&gt; x[0] * x[0] * HyperDual&lt;double&gt;.Sin(x[1]));
    /// double[,] h = Derivatives.Hessian(f, [1.0, 2.0]);
    /// </code>
    /// </example>
    public static IScalarFunction Create<TScalar>(Func<ReadOnlySpan<HyperDual<TScalar>>, HyperDual<TScalar>> function)
        where TScalar : IFloatingPointIeee754<TScalar>
    {
        ArgumentNullException.ThrowIfNull(function);
        return new HyperDualDelegateFunction<TScalar>(function);
    }
}

/// <summary>The adapter behind <see cref="ScalarFunction.Create{TScalar}"/>.</summary>
internal sealed class HyperDualDelegateFunction<TScalar>(Func<ReadOnlySpan<HyperDual<TScalar>>, HyperDual<TScalar>> function)
    : IScalarFunction
    where TScalar : IFloatingPointIeee754<TScalar>
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(HyperDual<TScalar>))
        {
            ReadOnlySpan<HyperDual<TScalar>> same = MemoryMarshal.CreateReadOnlySpan(
                ref Unsafe.As<T, HyperDual<TScalar>>(ref MemoryMarshal.GetReference(x)), x.Length);
            HyperDual<TScalar> result = function(same);
            return Unsafe.As<HyperDual<TScalar>, T>(ref result);
        }

        if (typeof(T) == typeof(Dual<TScalar>))
        {
            var lifted = new HyperDual<TScalar>[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                T xi = x[i];
                Dual<TScalar> d = Unsafe.As<T, Dual<TScalar>>(ref xi);
                lifted[i] = new HyperDual<TScalar>(d.Value, d.Epsilon, TScalar.Zero, TScalar.Zero);
            }

            HyperDual<TScalar> result = function(lifted);
            var dual = new Dual<TScalar>(result.Value, result.Epsilon1);
            return Unsafe.As<Dual<TScalar>, T>(ref dual);
        }

        if (typeof(T) == typeof(TScalar))
        {
            var lifted = new HyperDual<TScalar>[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                T xi = x[i];
                lifted[i] = new HyperDual<TScalar>(Unsafe.As<T, TScalar>(ref xi), TScalar.Zero, TScalar.Zero, TScalar.Zero);
            }

            TScalar value = function(lifted).Value;
            return Unsafe.As<TScalar, T>(ref value);
        }

        throw new NotSupportedException(
            $"A function created from a HyperDual<{typeof(TScalar).Name}> delegate evaluates on {typeof(TScalar).Name}, " +
            $"Dual<{typeof(TScalar).Name}> and HyperDual<{typeof(TScalar).Name}> only, not on {typeof(T).Name}.");
    }
}
