using Hyperdual.Minimization.TrustRegion;
using Hyperdual.Optimizers.LinearAlgebra;

namespace Hyperdual.Minimization.Newton;

/// <summary>The model on the dense exact Hessian, minimised exactly by <see cref="TrustRegionSubproblem"/>.</summary>
internal sealed class DenseNewtonModel(double value, double[] gradient, double[,] hessian) : NewtonModel(value, gradient)
{
    /// <summary>The model at <paramref name="x"/>: value, gradient and Hessian from one sweep of hyper-dual passes.</summary>
    public static DenseNewtonModel At(CountingObjective objective, double[] x)
    {
        (double f, double[] g, double[,] h) = objective.ValueGradientHessian(x);
        return new DenseNewtonModel(f, g, h);
    }

    /// <inheritdoc/>
    public override bool IsFinite => double.IsFinite(Value) && VectorOperations.AllFinite(Gradient) && VectorOperations.AllFinite(hessian);

    /// <summary>Whether λ_min(H) &lt; −√ε·max|λ| (a clearly negative eigenvalue, not rounding noise).</summary>
    public override bool HasNegativeCurvature()
    {
        double[] values = SymmetricEigenDecomposition.Compute(hessian).Values;
        if (values.Length == 0)
        {
            return false;
        }

        double scale = Math.Max(Math.Abs(values[0]), Math.Abs(values[^1]));
        return values[0] < -1.4901161193847656e-8 * scale;
    }

    /// <inheritdoc/>
    public override NewtonModelStep Minimize(double radius)
    {
        TrustRegionStep step = TrustRegionSubproblem.Solve(Gradient, hessian, radius);
        return new NewtonModelStep(step.Step, step.ModelChange, step.OnBoundary);
    }
}
