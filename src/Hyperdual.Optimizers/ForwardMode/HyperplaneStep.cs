using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>
/// The FoMoH-KD step in the span of K directions v₁..v_K: from <c>g̃ᵢ = ∇L·vᵢ</c> and
/// <c>H̃ᵢⱼ = vᵢᵀ∇²L vⱼ</c>, solve <c>H̃κ = −g̃</c> with H̃ first made safely positive definite; the update is
/// <c>θ + η Σ κᵢvᵢ</c>. The one implementation used by the function minimisers and the network trainer.
/// </summary>
/// <remarks>
/// <para>
/// Repair (<see cref="CurvatureRepairOptions"/>; the FoMoH reference does none): with <c>H̃ = QΛQᵀ</c>, each
/// eigenvalue λ becomes <c>λ' = max(|λ|, RelativeFloor·max|λ|, AbsoluteFloor)</c>. Taking |λ| keeps a
/// curvature-scaled Newton length along every eigen-direction but turns ascent along negative curvature
/// into descent (the "saddle-free" choice); the floors bound the step. If every eigenvalue is zero (L is
/// linear in the plane) the curvature is taken as the identity, which makes κ = −g̃, the forward-gradient step.
/// </para>
/// <para>
/// The bound. Let the effective floor be <c>δ = max(RelativeFloor·max|λ|, AbsoluteFloor)</c>, or δ = 1 when
/// H̃ = 0. Every repaired eigenvalue is at least δ, so for g̃ ≠ 0 the repaired step is a descent direction
/// with bounded length: <c>g̃ᵀκ = −Σⱼ (qⱼᵀg̃)²/λ'ⱼ ≤ −‖g̃‖²/max λ' &lt; 0</c> and
/// <c>‖κ‖ ≤ ‖g̃‖/min λ' ≤ ‖g̃‖/δ</c>. Without repair the eigenvalues are used as they are: an indefinite H̃
/// can give an ascent direction, a nearly singular one a step of any length and a singular one non-finite
/// coefficients.
/// </para>
/// </remarks>
public static class HyperplaneStep
{
    /// <summary>The largest K a forward-mode method accepts: one step solves a dense K×K eigenproblem built from
    /// K(K+1)/2 curvature entries. (A network's jet has its own, smaller limit, <c>JetLayout.MaxDirections</c>.)</summary>
    public const int MaxDirections = 64;

    private static readonly CurvatureRepairOptions DefaultOptions = new();

    /// <summary>
    /// κ solving (repaired H̃)κ = −g̃ in float64 (see the remarks for the repair and the bound it gives).
    /// </summary>
    /// <param name="g">The directional gradient g̃ ∈ ℝᴷ, K ≥ 1, finite.</param>
    /// <param name="h">The symmetric K×K curvature H̃, finite; only its lower triangle is read.</param>
    /// <param name="options">The repair; <see langword="null"/> for the defaults (enabled, RelativeFloor 1e-8, AbsoluteFloor 0).</param>
    /// <returns>κ, the smallest and largest eigenvalues of H̃ as given, and whether the repair changed any eigenvalue.</returns>
    /// <exception cref="ArgumentException">g̃ is empty, H̃ is not K×K, an entry is not finite, or an option is out of range.</exception>
    public static HyperplaneSolution Solve(ReadOnlySpan<double> g, double[,] h, CurvatureRepairOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(h);
        options ??= DefaultOptions;
        options.Validate();
        int k = g.Length;
        if (k == 0)
        {
            throw new ArgumentException("The hyperplane needs at least one direction; g is empty.", nameof(g));
        }

        if (h.GetLength(0) != k || h.GetLength(1) != k)
        {
            throw new ArgumentException($"H̃ is {h.GetLength(0)}×{h.GetLength(1)}; g has {k} entries, so H̃ must be {k}×{k}.", nameof(h));
        }

        for (int i = 0; i < k; i++)
        {
            if (!double.IsFinite(g[i]))
            {
                throw new ArgumentException($"g[{i}] = {g[i]} is not finite.", nameof(g));
            }
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                if (!double.IsFinite(h[i, j]))
                {
                    throw new ArgumentException($"H̃[{i}, {j}] = {h[i, j]} is not finite.", nameof(h));
                }
            }
        }

        SymmetricEigenDecomposition eigen = SymmetricEigenDecomposition.Compute(h);
        double largest = 0.0;
        foreach (double value in eigen.Values)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        var adjusted = new double[k];
        bool repaired = false;
        for (int i = 0; i < k; i++)
        {
            double value = eigen.Values[i];
            adjusted[i] = !options.Enabled ? value
                : largest == 0.0 ? 1.0
                : Math.Max(Math.Max(Math.Abs(value), options.RelativeFloor * largest), options.AbsoluteFloor);
            repaired |= adjusted[i] != value;
        }

        // κ = −Q diag(1/λ') Qᵀ g̃
        var coefficients = new double[k];
        for (int j = 0; j < k; j++)
        {
            double projection = 0.0;
            for (int i = 0; i < k; i++)
            {
                projection += eigen.Vectors[i, j] * g[i];
            }

            double scaled = -projection / adjusted[j];
            for (int i = 0; i < k; i++)
            {
                coefficients[i] += eigen.Vectors[i, j] * scaled;
            }
        }

        return new HyperplaneSolution(coefficients, eigen.Values[0], eigen.Values[^1], repaired);
    }
}
