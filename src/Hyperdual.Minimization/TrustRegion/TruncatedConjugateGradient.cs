using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Minimization.TrustRegion;

/// <summary>
/// The Steihaug–Toint truncated conjugate-gradient method for the trust-region subproblem
/// <c>min m(p) = gᵀp + ½ pᵀHp</c> subject to <c>‖p‖ ≤ Δ</c>, touching <c>H</c> only through products <c>Hv</c>
/// (Nocedal &amp; Wright, Algorithm 7.2; Steihaug 1983, Toint 1981).
/// </summary>
/// <remarks>
/// <para>CG on <c>Hp = −g</c> from <c>p = 0</c>. Its iterates grow monotonically in norm and decrease the model,
/// so the iteration stops at the first of: a direction <c>d</c> with <c>dᵀHd ≤ 0</c> (follow it to the boundary,
/// taking the root of <c>‖p + τd‖ = Δ</c> with the lower model value), an iterate outside the region (cut at the
/// boundary along the last direction), a residual <c>‖g + Hp‖ ≤ tolerance</c>, or the iteration limit.</para>
/// <para>On a positive-definite <c>H</c> with the Newton step inside the region, CG in exact arithmetic reaches it
/// in at most n products (one per distinct eigenvalue). The first iterate is the Cauchy point, so every step
/// decreases the model at least as much as steepest descent does, which is what global convergence needs.</para>
/// </remarks>
public static class TruncatedConjugateGradient
{
    /// <summary>Solves the subproblem approximately.</summary>
    /// <param name="gradient">The gradient <c>g</c>, finite.</param>
    /// <param name="hessianTimes">Writes <c>Hv</c> into its second argument for the vector in its first; called once per CG iteration.</param>
    /// <param name="radius">The radius Δ &gt; 0, finite.</param>
    /// <param name="tolerance">Stop once <c>‖g + Hp‖ ≤</c> this (≥ 0).</param>
    /// <param name="maxIterations">The most Hessian-vector products (≥ 1).</param>
    /// <returns>The step, its model value, the products used and the reason it stopped.</returns>
    /// <exception cref="ArgumentException">A non-finite gradient, a radius that is not positive and finite, a negative tolerance or a limit below 1.</exception>
    public static TruncatedConjugateGradientStep Solve(ReadOnlySpan<double> gradient, Action<double[], double[]> hessianTimes, double radius, double tolerance, int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(hessianTimes);
        if (!VectorOperations.AllFinite(gradient))
        {
            throw new ArgumentException("The gradient has a non-finite entry.", nameof(gradient));
        }

        if (!(radius > 0.0) || !double.IsFinite(radius))
        {
            throw new ArgumentException($"The trust-region radius must be positive and finite; it is {radius}.", nameof(radius));
        }

        if (!(tolerance >= 0.0))
        {
            throw new ArgumentException($"The tolerance must be ≥ 0; it is {tolerance}.", nameof(tolerance));
        }

        if (maxIterations < 1)
        {
            throw new ArgumentException($"The iteration limit must be ≥ 1; it is {maxIterations}.", nameof(maxIterations));
        }

        int n = gradient.Length;
        var p = new double[n];
        var r = gradient.ToArray();
        var d = new double[n];
        var hd = new double[n];
        for (int i = 0; i < n; i++)
        {
            d[i] = -r[i];
        }

        double rr = VectorOperations.Dot(r, r);
        double model = 0.0;
        if (Math.Sqrt(rr) <= tolerance)
        {
            return new TruncatedConjugateGradientStep(p, 0.0, 0, TruncatedConjugateGradientStop.Converged);
        }

        for (int products = 1; ; products++)
        {
            hessianTimes(d, hd);
            double curvature = VectorOperations.Dot(d, hd);
            double slope = VectorOperations.Dot(r, d);
            if (!(curvature > 0.0))
            {
                // m(p + τd) = m(p) + τ rᵀd + ½τ² dᵀHd: take the boundary root with the lower model value.
                (double negative, double positive) = BoundaryRoots(p, d, radius);
                double atNegative = (negative * slope) + (0.5 * negative * negative * curvature);
                double atPositive = (positive * slope) + (0.5 * positive * positive * curvature);
                double tau = atNegative < atPositive ? negative : positive;
                return Finish(p, d, tau, model + Math.Min(atNegative, atPositive), products, TruncatedConjugateGradientStop.NegativeCurvature);
            }

            double alpha = rr / curvature;
            double nextNormSquared = 0.0;
            for (int i = 0; i < n; i++)
            {
                double next = p[i] + (alpha * d[i]);
                nextNormSquared += next * next;
            }

            if (nextNormSquared >= radius * radius)
            {
                // Along d the model decreases up to α (its minimiser on the line), so the positive root is the better one.
                double tau = BoundaryRoots(p, d, radius).Positive;
                return Finish(p, d, tau, model + (tau * slope) + (0.5 * tau * tau * curvature), products, TruncatedConjugateGradientStop.Boundary);
            }

            model += (alpha * slope) + (0.5 * alpha * alpha * curvature);
            for (int i = 0; i < n; i++)
            {
                p[i] += alpha * d[i];
                r[i] += alpha * hd[i];
            }

            double rrNext = VectorOperations.Dot(r, r);
            if (Math.Sqrt(rrNext) <= tolerance)
            {
                return new TruncatedConjugateGradientStep(p, model, products, TruncatedConjugateGradientStop.Converged);
            }

            if (products >= maxIterations)
            {
                return new TruncatedConjugateGradientStep(p, model, products, TruncatedConjugateGradientStop.IterationLimit);
            }

            double beta = rrNext / rr;
            rr = rrNext;
            for (int i = 0; i < n; i++)
            {
                d[i] = -r[i] + (beta * d[i]);
            }
        }
    }

    /// <summary>The two roots τ₋ ≤ 0 ≤ τ₊ of ‖p + τd‖ = Δ for ‖p‖ ≤ Δ (computed without cancellation).</summary>
    private static (double Negative, double Positive) BoundaryRoots(double[] p, double[] d, double radius)
    {
        double dd = VectorOperations.Dot(d, d);
        double pd = VectorOperations.Dot(p, d);
        double pp = VectorOperations.Dot(p, p);
        double c = Math.Min(0.0, pp - (radius * radius));
        double discriminant = Math.Sqrt((pd * pd) - (dd * c));

        // τ = (−pd ± √disc)/dd; the root whose numerator adds magnitudes is computed directly, the other as c/(dd·τ).
        double q = pd >= 0.0 ? -(pd + discriminant) : -pd + discriminant;
        double first = q / dd;
        double second = q == 0.0 ? 0.0 : c / q;
        return (Math.Min(first, second), Math.Max(first, second));
    }

    private static TruncatedConjugateGradientStep Finish(double[] p, double[] d, double tau, double model, int products, TruncatedConjugateGradientStop stop)
    {
        for (int i = 0; i < p.Length; i++)
        {
            p[i] += tau * d[i];
        }

        return new TruncatedConjugateGradientStep(p, model, products, stop);
    }
}
