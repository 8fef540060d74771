using Hyperdual.Minimization.LinearAlgebra;

namespace Hyperdual.Minimization;

/// <summary>
/// The FoMoH-KD step in the span of K directions: solve <c>H̃κ = −g̃</c> with H̃ made positive definite.
/// </summary>
/// <remarks>
/// Repair (our choice; the reference does none): with <c>H̃ = QΛQᵀ</c>, each eigenvalue λ is replaced by
/// <c>max(|λ|, δ·max|λ|)</c>. Taking |λ| keeps the step length a curvature-scaled Newton length in every
/// eigen-direction but turns ascent along negative curvature into descent (the "saddle-free" choice); the
/// floor δ·max|λ| bounds the condition number by 1/δ so a near-singular H̃ cannot produce an unbounded
/// step. If every eigenvalue is zero (f is linear in the plane) the curvature is taken as the identity,
/// which makes the step the forward gradient step. Without repair the eigenvalues are used as they are.
/// </remarks>
internal static class CurvatureRepair
{
    public static double[] SolveForCoefficients(double[] reducedGradient, double[,] reducedHessian, bool repair, double floor)
    {
        int k = reducedGradient.Length;
        SymmetricEigenDecomposition eigen = SymmetricEigenDecomposition.Compute(reducedHessian);
        double largest = 0.0;
        foreach (double value in eigen.Values)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        var adjusted = new double[k];
        for (int i = 0; i < k; i++)
        {
            double value = eigen.Values[i];
            adjusted[i] = !repair ? value : largest == 0.0 ? 1.0 : Math.Max(Math.Abs(value), floor * largest);
        }

        // κ = −Q diag(1/λ') Qᵀ g̃
        var coefficients = new double[k];
        for (int j = 0; j < k; j++)
        {
            double projection = 0.0;
            for (int i = 0; i < k; i++)
            {
                projection += eigen.Vectors[i, j] * reducedGradient[i];
            }

            double scaled = -projection / adjusted[j];
            for (int i = 0; i < k; i++)
            {
                coefficients[i] += eigen.Vectors[i, j] * scaled;
            }
        }

        return coefficients;
    }
}
