using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hyperdual.Optimizers;

/// <summary>
/// The per-element work of the Adam family, written once: the fused Adam/AdamW step, and the moment
/// update alone (with the sums SOAA needs). Each loop has a <see cref="Vector{T}"/> body and a scalar
/// tail that evaluate the same expressions in the same order, so a result does not depend on an
/// element's position.
/// </summary>
internal static class AdamKernel
{
    /// <summary>Elements per partial sum: partial sums are kept in vector lanes of the element type for a block, then added in double.</summary>
    private const int BlockSize = 4096;

    /// <summary><c>1 / (1 − βᵗ)</c>, computed in double.</summary>
    public static double InverseBiasCorrection(double beta, long step) => 1.0 / (1.0 - Math.Pow(beta, step));

    /// <summary>
    /// One fused Adam step at step <paramref name="step"/>:
    /// <code>
    /// g ← ∇L + λc·θ
    /// m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²,   v̄ ← max(v̄, v) with AMSGrad (else v̄ = v)
    /// m̂ = m / (1 − β₁ᵗ),     v̂ = v̄ / (1 − β₂ᵗ)
    /// θ ← θ − ηλd·θ − η·m̂ / (√v̂ + ε)
    /// </code>
    /// </summary>
    public static void Step<T>(
        Span<T> parameters,
        ReadOnlySpan<T> gradient,
        AdamState<T> state,
        long step,
        double rate,
        double beta1,
        double beta2,
        double epsilon,
        double coupledDecay,
        double decoupledDecay)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T b1 = T.CreateChecked(beta1);
        T c1 = T.CreateChecked(1.0 - beta1);
        T b2 = T.CreateChecked(beta2);
        T c2 = T.CreateChecked(1.0 - beta2);
        T invBc1 = T.CreateChecked(InverseBiasCorrection(beta1, step));
        T invBc2 = T.CreateChecked(InverseBiasCorrection(beta2, step));
        T eps = T.CreateChecked(epsilon);
        T lambdaC = T.CreateChecked(coupledDecay);
        T decayRate = T.CreateChecked(rate * decoupledDecay);
        T eta = T.CreateChecked(rate);
        bool hasCoupled = coupledDecay != 0.0;
        bool ams = state.NuMax is not null;

        ref T theta = ref MemoryMarshal.GetReference(parameters);
        ref T grad = ref MemoryMarshal.GetReference(gradient);
        ref T mu = ref MemoryMarshal.GetArrayDataReference(state.Mu);
        ref T nu = ref MemoryMarshal.GetArrayDataReference(state.Nu);
        ref T nuMax = ref ams ? ref MemoryMarshal.GetArrayDataReference(state.NuMax!) : ref nu;
        int n = parameters.Length;
        int i = 0;
        if (VectorSupport.IsAccelerated<T>())
        {
            var b1V = new Vector<T>(b1);
            var c1V = new Vector<T>(c1);
            var b2V = new Vector<T>(b2);
            var c2V = new Vector<T>(c2);
            var invBc1V = new Vector<T>(invBc1);
            var invBc2V = new Vector<T>(invBc2);
            var epsV = new Vector<T>(eps);
            var lambdaCV = new Vector<T>(lambdaC);
            var decayRateV = new Vector<T>(decayRate);
            var etaV = new Vector<T>(eta);
            for (; i <= n - Vector<T>.Count; i += Vector<T>.Count)
            {
                Vector<T> th = Vector.LoadUnsafe(ref theta, (nuint)i);
                Vector<T> g = Vector.LoadUnsafe(ref grad, (nuint)i);
                if (hasCoupled)
                {
                    g += lambdaCV * th;
                }

                Vector<T> m = (b1V * Vector.LoadUnsafe(ref mu, (nuint)i)) + (c1V * g);
                Vector<T> v = (b2V * Vector.LoadUnsafe(ref nu, (nuint)i)) + (c2V * (g * g));
                m.StoreUnsafe(ref mu, (nuint)i);
                v.StoreUnsafe(ref nu, (nuint)i);
                if (ams)
                {
                    v = Vector.Max(Vector.LoadUnsafe(ref nuMax, (nuint)i), v);
                    v.StoreUnsafe(ref nuMax, (nuint)i);
                }

                Vector<T> u = (m * invBc1V) / (Vector.SquareRoot(v * invBc2V) + epsV);
                (th - (decayRateV * th) - (etaV * u)).StoreUnsafe(ref theta, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            T th = Unsafe.Add(ref theta, i);
            T g = Unsafe.Add(ref grad, i);
            if (hasCoupled)
            {
                g += lambdaC * th;
            }

            T m = (b1 * Unsafe.Add(ref mu, i)) + (c1 * g);
            T v = (b2 * Unsafe.Add(ref nu, i)) + (c2 * (g * g));
            Unsafe.Add(ref mu, i) = m;
            Unsafe.Add(ref nu, i) = v;
            if (ams)
            {
                v = T.Max(Unsafe.Add(ref nuMax, i), v);
                Unsafe.Add(ref nuMax, i) = v;
            }

            T u = (m * invBc1) / (T.Sqrt(v * invBc2) + eps);
            Unsafe.Add(ref theta, i) = th - (decayRate * th) - (eta * u);
        }
    }

    /// <summary>
    /// Updates the moments only (<c>m ← β₁m + (1 − β₁)g</c>, <c>v ← β₂v + (1 − β₂)g²</c>) and returns
    /// <c>Σ m̂²</c>, <c>Σ v̂</c> and, when <paramref name="sumRatios"/> is set, <c>Σ m̂² / (v̂ + ε)</c>
    /// (bias-corrected with the factors given), each accumulated in double across blocks.
    /// </summary>
    public static (double SumMHatSquared, double SumVHat, double SumRatio) UpdateMoments<T>(
        ReadOnlySpan<T> gradient,
        AdamState<T> state,
        double beta1,
        double beta2,
        double inverseBiasCorrection1,
        double inverseBiasCorrection2,
        double epsilon,
        bool sumRatios)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T b1 = T.CreateChecked(beta1);
        T c1 = T.CreateChecked(1.0 - beta1);
        T b2 = T.CreateChecked(beta2);
        T c2 = T.CreateChecked(1.0 - beta2);
        T invBc1 = T.CreateChecked(inverseBiasCorrection1);
        T invBc2 = T.CreateChecked(inverseBiasCorrection2);
        T eps = T.CreateChecked(epsilon);
        ref T grad = ref MemoryMarshal.GetReference(gradient);
        ref T mu = ref MemoryMarshal.GetArrayDataReference(state.Mu);
        ref T nu = ref MemoryMarshal.GetArrayDataReference(state.Nu);
        int n = gradient.Length;
        double sumM = 0.0, sumV = 0.0, sumR = 0.0;
        int i = 0;
        if (VectorSupport.IsAccelerated<T>())
        {
            var b1V = new Vector<T>(b1);
            var c1V = new Vector<T>(c1);
            var b2V = new Vector<T>(b2);
            var c2V = new Vector<T>(c2);
            var invBc1V = new Vector<T>(invBc1);
            var invBc2V = new Vector<T>(invBc2);
            var epsV = new Vector<T>(eps);
            int vectorEnd = n - (n % Vector<T>.Count);
            while (i < vectorEnd)
            {
                int blockEnd = Math.Min(vectorEnd, i + BlockSize);
                Vector<T> accM = Vector<T>.Zero, accV = Vector<T>.Zero, accR = Vector<T>.Zero;
                for (; i < blockEnd; i += Vector<T>.Count)
                {
                    Vector<T> g = Vector.LoadUnsafe(ref grad, (nuint)i);
                    Vector<T> m = (b1V * Vector.LoadUnsafe(ref mu, (nuint)i)) + (c1V * g);
                    Vector<T> v = (b2V * Vector.LoadUnsafe(ref nu, (nuint)i)) + (c2V * (g * g));
                    m.StoreUnsafe(ref mu, (nuint)i);
                    v.StoreUnsafe(ref nu, (nuint)i);
                    Vector<T> mHat = m * invBc1V;
                    Vector<T> vHat = v * invBc2V;
                    accM += mHat * mHat;
                    accV += vHat;
                    if (sumRatios)
                    {
                        accR += (mHat * mHat) / (vHat + epsV);
                    }
                }

                sumM += double.CreateChecked(Vector.Sum(accM));
                sumV += double.CreateChecked(Vector.Sum(accV));
                sumR += double.CreateChecked(Vector.Sum(accR));
            }
        }

        for (; i < n; i++)
        {
            T g = Unsafe.Add(ref grad, i);
            T m = (b1 * Unsafe.Add(ref mu, i)) + (c1 * g);
            T v = (b2 * Unsafe.Add(ref nu, i)) + (c2 * (g * g));
            Unsafe.Add(ref mu, i) = m;
            Unsafe.Add(ref nu, i) = v;
            T mHat = m * invBc1;
            T vHat = v * invBc2;
            sumM += double.CreateChecked(mHat * mHat);
            sumV += double.CreateChecked(vHat);
            if (sumRatios)
            {
                sumR += double.CreateChecked((mHat * mHat) / (vHat + eps));
            }
        }

        return (sumM, sumV, sumR);
    }
}
