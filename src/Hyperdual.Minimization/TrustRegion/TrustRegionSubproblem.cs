using Hyperdual.Minimization.LinearAlgebra;
using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Minimization.TrustRegion;

/// <summary>
/// Exact solver for the trust-region subproblem <c>min m(p) = gᵀp + ½ pᵀHp</c> subject to <c>‖p‖ ≤ Δ</c>
/// with a symmetric, possibly indefinite <c>H</c>.
/// </summary>
/// <remarks>
/// The global minimiser is characterised by (Moré &amp; Sorensen 1983): <c>(H + λI)p = −g</c>,
/// <c>H + λI ⪰ 0</c>, <c>λ ≥ 0</c>, <c>λ(Δ − ‖p‖) = 0</c>. This solver works in the eigenbasis
/// <c>H = QΛQᵀ</c> (one symmetric eigendecomposition per call, exact for the small dense Hessians this
/// library forms), where <c>‖p(λ)‖² = Σ (qᵢᵀg)² / (λᵢ + λ)²</c>:
/// <list type="number">
/// <item>Interior: <c>λ_min &gt; 0</c> and <c>‖H⁻¹g‖ ≤ Δ</c> gives the Newton step.</item>
/// <item>Boundary: otherwise solve the secular equation <c>1/‖p(λ)‖ = 1/Δ</c> for
/// <c>λ &gt; max(0, −λ_min)</c> by safeguarded Newton iteration (the function is nearly linear in λ).</item>
/// <item>Hard case: the gradient has no component along the eigenspace of <c>λ_min ≤ 0</c> and
/// <c>‖p(−λ_min)‖ &lt; Δ</c>; then <c>p = p(−λ_min) + τ z</c> with <c>z</c> a unit eigenvector of
/// <c>λ_min</c> and <c>τ</c> chosen so that <c>‖p‖ = Δ</c>.</item>
/// </list>
/// </remarks>
public static class TrustRegionSubproblem
{
    private const int MaxSecularIterations = 200;

    /// <summary>Relative size, against ‖g‖, below which a gradient component counts as zero (hard case).</summary>
    private const double HardCaseRelativeTolerance = 1e-12;

    /// <summary>Solves the subproblem.</summary>
    /// <param name="gradient">The gradient <c>g</c>, length n, finite.</param>
    /// <param name="hessian">The symmetric n×n Hessian <c>H</c>, finite (only its lower triangle is read).</param>
    /// <param name="radius">The trust-region radius Δ &gt; 0, finite.</param>
    /// <returns>The global minimiser of the model in the ball.</returns>
    /// <exception cref="ArgumentException">Mismatched sizes, non-finite entries, or a radius that is not positive and finite.</exception>
    public static TrustRegionStep Solve(ReadOnlySpan<double> gradient, double[,] hessian, double radius)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        int n = gradient.Length;
        if (hessian.GetLength(0) != n || hessian.GetLength(1) != n)
        {
            throw new ArgumentException($"The Hessian is {hessian.GetLength(0)}×{hessian.GetLength(1)}; the gradient has length {n}.", nameof(hessian));
        }

        if (!(radius > 0.0) || !double.IsFinite(radius))
        {
            throw new ArgumentException($"The trust-region radius must be positive and finite; it is {radius}.", nameof(radius));
        }

        if (!VectorOperations.AllFinite(gradient))
        {
            throw new ArgumentException("The gradient has a non-finite entry.", nameof(gradient));
        }

        SymmetricEigenDecomposition eigen = SymmetricEigenDecomposition.Compute(hessian);
        return SolveInEigenbasis(gradient, eigen, radius);
    }

    /// <summary>Solves the subproblem given the eigendecomposition of <c>H</c>.</summary>
    /// <param name="gradient">The gradient <c>g</c>.</param>
    /// <param name="eigen">The eigendecomposition of <c>H</c>.</param>
    /// <param name="radius">The trust-region radius Δ &gt; 0.</param>
    /// <returns>The global minimiser of the model in the ball.</returns>
    public static TrustRegionStep SolveInEigenbasis(ReadOnlySpan<double> gradient, SymmetricEigenDecomposition eigen, double radius)
    {
        ArgumentNullException.ThrowIfNull(eigen);
        int n = gradient.Length;
        if (eigen.Order != n)
        {
            throw new ArgumentException($"The decomposition has order {eigen.Order}; the gradient has length {n}.", nameof(eigen));
        }

        if (n == 0)
        {
            return new TrustRegionStep([], 0.0, 0.0, TrustRegionSubproblemCase.Interior);
        }

        double[] lambda = eigen.Values;
        double[,] q = eigen.Vectors;

        // Gradient in the eigenbasis: gt = Qᵀg.
        var gt = new double[n];
        for (int k = 0; k < n; k++)
        {
            double sum = 0.0;
            for (int i = 0; i < n; i++)
            {
                sum += q[i, k] * gradient[i];
            }

            gt[k] = sum;
        }

        double gradientNorm = VectorOperations.Norm(gt);
        double lambdaMin = lambda[0];
        double lambdaScale = Math.Max(Math.Abs(lambda[0]), Math.Abs(lambda[n - 1]));
        double eigenTolerance = 1e-12 * Math.Max(lambdaScale, double.Epsilon);

        // Case 1: interior Newton step.
        if (lambdaMin > eigenTolerance)
        {
            double newtonNorm = StepNorm(gt, lambda, 0.0);
            if (newtonNorm <= radius)
            {
                return Finish(gt, lambda, q, 0.0, null, 0.0, TrustRegionSubproblemCase.Interior);
            }
        }

        // The smallest admissible multiplier and the eigenspace of λ_min.
        double lowerBound = Math.Max(0.0, -lambdaMin);
        bool[] inMinimalSpace = new bool[n];
        double minimalSpaceGradientSquared = 0.0;
        for (int k = 0; k < n; k++)
        {
            if (lambda[k] - lambdaMin <= eigenTolerance)
            {
                inMinimalSpace[k] = true;
                minimalSpaceGradientSquared += gt[k] * gt[k];
            }
        }

        bool gradientMissesMinimalSpace = Math.Sqrt(minimalSpaceGradientSquared) <= HardCaseRelativeTolerance * Math.Max(gradientNorm, double.Epsilon) || gradientNorm == 0.0;
        if (lambdaMin <= eigenTolerance && gradientMissesMinimalSpace)
        {
            // Step at λ = −λ_min (≥ 0) ignoring the minimal eigenspace.
            double partialNorm = StepNorm(gt, lambda, lowerBound, inMinimalSpace);
            if (partialNorm <= radius)
            {
                if (lambdaMin >= -eigenTolerance)
                {
                    // Singular positive semi-definite H with g in its range: the minimum-norm minimiser is
                    // interior (moving along the null space leaves the model unchanged).
                    return Finish(gt, lambda, q, lowerBound, inMinimalSpace, 0.0, TrustRegionSubproblemCase.Interior);
                }

                double tau = Math.Sqrt(Math.Max(0.0, (radius * radius) - (partialNorm * partialNorm)));
                return Finish(gt, lambda, q, lowerBound, inMinimalSpace, tau, TrustRegionSubproblemCase.HardCase);
            }
        }

        // Case 2: boundary. Find λ > lowerBound with ‖p(λ)‖ = Δ; φ(λ) = 1/‖p(λ)‖ − 1/Δ is increasing and
        // concave, negative at the left end and positive at the right end of the bracket.
        double lo = lowerBound;
        double hi = lowerBound + (gradientNorm / radius) + lambdaScale + 1.0;
        while (StepNorm(gt, lambda, hi) > radius)
        {
            hi = lowerBound + 2.0 * (hi - lowerBound);
        }

        // Start just right of the pole (or at 0 when the pole is negative and H is positive definite).
        double mu = lambdaMin > 0.0 ? 0.0 : lo + Math.Max(1e-14 * Math.Max(1.0, lo), 1e-300);
        if (mu >= hi)
        {
            mu = 0.5 * (lo + hi);
        }

        for (int iteration = 0; iteration < MaxSecularIterations; iteration++)
        {
            double norm = StepNorm(gt, lambda, mu);
            if (!double.IsFinite(norm))
            {
                lo = mu;
                mu = 0.5 * (lo + hi);
                continue;
            }

            double phi = (1.0 / norm) - (1.0 / radius);
            if (Math.Abs(norm - radius) <= 1e-13 * radius)
            {
                break;
            }

            if (phi < 0.0)
            {
                lo = Math.Max(lo, mu);
            }
            else
            {
                hi = Math.Min(hi, mu);
            }

            // φ'(λ) = (Σ gtₖ² / (λₖ + λ)³) / ‖p‖³.
            double derivativeSum = 0.0;
            for (int k = 0; k < n; k++)
            {
                double shifted = lambda[k] + mu;
                derivativeSum += gt[k] * gt[k] / (shifted * shifted * shifted);
            }

            double derivative = derivativeSum / (norm * norm * norm);
            double next = mu - (phi / derivative);
            if (!(next > lo && next < hi) || !double.IsFinite(next))
            {
                next = 0.5 * (lo + hi);
            }

            if (hi - lo <= 1e-15 * Math.Max(1.0, hi))
            {
                mu = next;
                break;
            }

            mu = next;
        }

        return FinishOnBoundary(gt, lambda, q, mu, radius);
    }

    /// <summary>
    /// Builds the boundary step for multiplier μ and puts it exactly on the sphere. Near the hard case the
    /// secular equation is ill-conditioned (‖p(μ)‖ varies steeply next to the pole), so the root in floating
    /// point leaves ‖p‖ slightly off Δ: a step that is too long is scaled back, one that is too short is
    /// completed along the minimal eigenvector in the direction that does not increase the model.
    /// </summary>
    private static TrustRegionStep FinishOnBoundary(double[] gt, double[] lambda, double[,] q, double mu, double radius)
    {
        int n = gt.Length;
        var coefficients = new double[n];
        for (int k = 0; k < n; k++)
        {
            double shifted = lambda[k] + mu;
            coefficients[k] = gt[k] == 0.0 ? 0.0 : -gt[k] / shifted;
        }

        double norm = VectorOperations.Norm(coefficients);
        if (norm > radius)
        {
            double factor = radius / norm;
            for (int k = 0; k < n; k++)
            {
                coefficients[k] *= factor;
            }
        }
        else if (norm < radius && lambda[0] < 0.0)
        {
            double rest = 0.0;
            for (int k = 1; k < n; k++)
            {
                rest += coefficients[k] * coefficients[k];
            }

            double magnitude = Math.Sqrt(Math.Max(0.0, (radius * radius) - rest));
            coefficients[0] = gt[0] > 0.0 ? -magnitude : gt[0] < 0.0 ? magnitude : (coefficients[0] >= 0.0 ? magnitude : -magnitude);
        }

        return Assemble(coefficients, gt, lambda, q, mu, TrustRegionSubproblemCase.Boundary);
    }

    /// <summary>‖p(μ)‖ with p(μ)ₖ = −gtₖ / (λₖ + μ), skipping masked components.</summary>
    private static double StepNorm(double[] gt, double[] lambda, double mu, bool[]? skip = null)
    {
        int n = gt.Length;
        Span<double> components = n <= 256 ? stackalloc double[n] : new double[n];
        for (int k = 0; k < n; k++)
        {
            if (skip is not null && skip[k])
            {
                components[k] = 0.0;
                continue;
            }

            double shifted = lambda[k] + mu;
            components[k] = gt[k] == 0.0 ? 0.0 : gt[k] / shifted;
        }

        return VectorOperations.Norm(components);
    }

    private static TrustRegionStep Finish(double[] gt, double[] lambda, double[,] q, double mu, bool[]? skip, double tau, TrustRegionSubproblemCase kind)
    {
        int n = gt.Length;
        var coefficients = new double[n];
        for (int k = 0; k < n; k++)
        {
            if (skip is not null && skip[k])
            {
                continue;
            }

            coefficients[k] = gt[k] == 0.0 ? 0.0 : -gt[k] / (lambda[k] + mu);
        }

        if (tau != 0.0)
        {
            coefficients[0] += tau;
        }

        return Assemble(coefficients, gt, lambda, q, mu, kind);
    }

    private static TrustRegionStep Assemble(double[] coefficients, double[] gt, double[] lambda, double[,] q, double mu, TrustRegionSubproblemCase kind)
    {
        int n = gt.Length;
        var step = new double[n];
        double model = 0.0;
        for (int k = 0; k < n; k++)
        {
            double c = coefficients[k];
            if (c == 0.0)
            {
                continue;
            }

            model += (gt[k] * c) + (0.5 * lambda[k] * c * c);
            for (int i = 0; i < n; i++)
            {
                step[i] += q[i, k] * c;
            }
        }

        return new TrustRegionStep(step, model, kind == TrustRegionSubproblemCase.Interior ? 0.0 : mu, kind);
    }
}
