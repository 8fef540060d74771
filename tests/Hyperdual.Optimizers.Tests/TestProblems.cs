namespace Hyperdual.Optimizers.Tests;

/// <summary>A differentiable test problem with a known minimiser; value and gradient in double.</summary>
public interface ITestProblem
{
    string Name { get; }

    int Dimension { get; }

    double[] Start { get; }

    double[] Minimiser { get; }

    /// <summary>Returns f(x) and writes ∇f(x) into <paramref name="gradient"/>.</summary>
    double Evaluate(ReadOnlySpan<double> x, Span<double> gradient);
}

/// <summary>
/// f(x) = ½ (x − x*)ᵀ A (x − x*) with A = Q diag(λ) Qᵀ, λ log-spaced from 1 to κ, Q a seeded random
/// rotation (so the ill-conditioning is not axis-aligned and Adam's diagonal scaling cannot undo it).
/// </summary>
public sealed class IllConditionedQuadratic : ITestProblem
{
    private readonly double[,] a;

    public IllConditionedQuadratic(int dimension, double conditionNumber, int seed)
    {
        Dimension = dimension;
        var random = new Random(seed);
        double[,] q = RandomRotation(dimension, random);
        a = new double[dimension, dimension];
        for (int k = 0; k < dimension; k++)
        {
            double lambda = Math.Pow(conditionNumber, k / (double)(dimension - 1));
            for (int i = 0; i < dimension; i++)
            {
                for (int j = 0; j < dimension; j++)
                {
                    a[i, j] += q[i, k] * lambda * q[j, k];
                }
            }
        }

        Minimiser = new double[dimension];
        for (int i = 0; i < dimension; i++)
        {
            Minimiser[i] = (2.0 * random.NextDouble()) - 1.0;
        }

        Start = new double[dimension];
        Name = $"quadratic(n={dimension},κ={conditionNumber:G3})";
    }

    public string Name { get; }

    public int Dimension { get; }

    public double[] Start { get; }

    public double[] Minimiser { get; }

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        double value = 0.0;
        for (int i = 0; i < Dimension; i++)
        {
            double gi = 0.0;
            for (int j = 0; j < Dimension; j++)
            {
                gi += a[i, j] * (x[j] - Minimiser[j]);
            }

            gradient[i] = gi;
            value += 0.5 * (x[i] - Minimiser[i]) * gi;
        }

        return value;
    }

    /// <summary>Gram–Schmidt on a seeded Gaussian matrix.</summary>
    private static double[,] RandomRotation(int n, Random random)
    {
        var q = new double[n, n];
        for (int k = 0; k < n; k++)
        {
            var column = new double[n];
            for (int i = 0; i < n; i++)
            {
                column[i] = Gaussian(random);
            }

            for (int j = 0; j < k; j++)
            {
                double dot = 0.0;
                for (int i = 0; i < n; i++)
                {
                    dot += column[i] * q[i, j];
                }

                for (int i = 0; i < n; i++)
                {
                    column[i] -= dot * q[i, j];
                }
            }

            double norm = Math.Sqrt(column.Sum(c => c * c));
            for (int i = 0; i < n; i++)
            {
                q[i, k] = column[i] / norm;
            }
        }

        return q;
    }

    public static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

/// <summary>f(x, y) = (1 − x)² + 100 (y − x²)², started at (−1.2, 1); minimiser (1, 1).</summary>
public sealed class Rosenbrock2D : ITestProblem
{
    public string Name => "rosenbrock";

    public int Dimension => 2;

    public double[] Start => [-1.2, 1.0];

    public double[] Minimiser => [1.0, 1.0];

    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double x = p[0], y = p[1];
        double r = y - (x * x);
        gradient[0] = (-400.0 * x * r) - (2.0 * (1.0 - x));
        gradient[1] = 200.0 * r;
        return ((1.0 - x) * (1.0 - x)) + (100.0 * r * r);
    }
}

/// <summary>
/// A seeded non-quadratic problem for step-by-step comparisons:
/// f(x) = Σᵢ aᵢ(xᵢ − cᵢ)² + bᵢ sin(xᵢ) + (Σᵢ xᵢ)² / (2n).
/// </summary>
public sealed class SeededSmoothProblem : ITestProblem
{
    private readonly double[] a;
    private readonly double[] b;
    private readonly double[] c;

    public SeededSmoothProblem(int dimension, int seed)
    {
        Dimension = dimension;
        var random = new Random(seed);
        a = new double[dimension];
        b = new double[dimension];
        c = new double[dimension];
        Start = new double[dimension];
        for (int i = 0; i < dimension; i++)
        {
            a[i] = 0.1 + (2.0 * random.NextDouble());
            b[i] = random.NextDouble();
            c[i] = (4.0 * random.NextDouble()) - 2.0;
            Start[i] = (2.0 * random.NextDouble()) - 1.0;
        }
    }

    public string Name => "seeded-smooth";

    public int Dimension { get; }

    public double[] Start { get; }

    public double[] Minimiser => throw new NotSupportedException("No closed-form minimiser; used for step-by-step comparisons only.");

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        double sum = 0.0;
        for (int i = 0; i < Dimension; i++)
        {
            sum += x[i];
        }

        double value = sum * sum / (2.0 * Dimension);
        for (int i = 0; i < Dimension; i++)
        {
            double r = x[i] - c[i];
            value += (a[i] * r * r) + (b[i] * Math.Sin(x[i]));
            gradient[i] = (2.0 * a[i] * r) + (b[i] * Math.Cos(x[i])) + (sum / Dimension);
        }

        return value;
    }
}
