using System.Numerics;

namespace Hyperdual.Optimizers.Tests;

/// <summary>Drives an optimizer on a test problem the way a training loop would.</summary>
public static class ProblemRunner
{
    /// <summary>Runs <paramref name="steps"/> steps from the problem's start; returns the final parameters in double.</summary>
    public static double[] Run<T>(ITestProblem problem, IGradientOptimizer<T> optimizer, long steps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] x = problem.Start.Select(T.CreateChecked).ToArray();
        var xd = new double[problem.Dimension];
        var gd = new double[problem.Dimension];
        var g = new T[problem.Dimension];
        for (long k = 0; k < steps; k++)
        {
            double loss = Evaluate(problem, x, xd, gd, g);
            optimizer.Step(x, g, loss);
        }

        return x.Select(double.CreateChecked).ToArray();
    }

    /// <summary>Evaluates the problem at <paramref name="x"/> (in double) and writes the gradient, rounded to T, into <paramref name="g"/>.</summary>
    public static double Evaluate<T>(ITestProblem problem, T[] x, double[] xd, double[] gd, T[] g)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++)
        {
            xd[i] = double.CreateChecked(x[i]);
        }

        double loss = problem.Evaluate(xd, gd);
        for (int i = 0; i < x.Length; i++)
        {
            g[i] = T.CreateChecked(gd[i]);
        }

        return loss;
    }

    public static double Distance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += (x[i] - y[i]) * (x[i] - y[i]);
        }

        return Math.Sqrt(sum);
    }
}
