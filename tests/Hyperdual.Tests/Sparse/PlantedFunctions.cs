namespace Hyperdual.Tests.Sparse;

/// <summary>f(x) = ½ Σᵢ aᵢᵢxᵢ² + Σ_{i&lt;j} aᵢⱼxᵢxⱼ over a planted pattern: its Hessian is A, whatever x.</summary>
internal sealed class PlantedQuadratic(int dimension, IReadOnlyList<(int I, int J, double A)> entries) : IScalarFunction
{
    public int Dimension => dimension;

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T>
    {
        T half = T.CreateChecked(0.5);
        T sum = T.Zero;
        foreach ((int i, int j, double a) in entries)
        {
            sum += i == j ? half * T.CreateChecked(a) * x[i] * x[i] : T.CreateChecked(a) * x[i] * x[j];
        }

        return sum;
    }

    public double[,] ClosedFormHessian()
    {
        var h = new double[dimension, dimension];
        foreach ((int i, int j, double a) in entries)
        {
            h[i, j] = h[j, i] = a;
        }

        return h;
    }

    /// <summary>A random planted pattern: every diagonal entry and about <paramref name="averageDegree"/> off-diagonal ones per row, coefficients in ±[0.5, 1.5].</summary>
    public static PlantedQuadratic Random(Random random, int n, double averageDegree)
    {
        var entries = new List<(int, int, double)>();
        for (int i = 0; i < n; i++)
        {
            entries.Add((i, i, Coefficient(random)));
        }

        foreach ((int i, int j) in RandomPatterns.Edges(random, n, averageDegree))
        {
            entries.Add((i, j, Coefficient(random)));
        }

        return new PlantedQuadratic(n, entries);
    }

    private static double Coefficient(Random random) => (random.NextDouble() + 0.5) * (random.Next(2) == 0 ? -1.0 : 1.0);
}

/// <summary>f(x) = Σ over planted edges (i, j), i &lt; j, of (xᵢxⱼ)²: Hᵢⱼ = 4xᵢxⱼ, Hᵢᵢ = 2 Σ over i's neighbours j of xⱼ².</summary>
internal sealed class PlantedQuartic(int dimension, IReadOnlyList<(int I, int J)> edges) : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        foreach ((int i, int j) in edges)
        {
            T product = x[i] * x[j];
            sum += product * product;
        }

        return sum;
    }

    public double[,] ClosedFormHessian(double[] x)
    {
        var h = new double[dimension, dimension];
        foreach ((int i, int j) in edges)
        {
            h[i, j] += 4.0 * x[i] * x[j];
            h[j, i] += 4.0 * x[i] * x[j];
            h[i, i] += 2.0 * x[j] * x[j];
            h[j, j] += 2.0 * x[i] * x[i];
        }

        return h;
    }
}

/// <summary>f(x) = Σ_{i≠hub} (x_hub·xᵢ)²: an arrowhead Hessian, Hₕᵢ = 4xₕxᵢ, Hₕₕ = 2Σxᵢ², Hᵢᵢ = 2xₕ².</summary>
internal sealed class Arrowhead(int hub) : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            if (i != hub)
            {
                T product = x[hub] * x[i];
                sum += product * product;
            }
        }

        return sum;
    }
}

/// <summary>Counts the evaluations made on each number type, then evaluates the wrapped function.</summary>
internal sealed class CountingFunction(IScalarFunction inner) : IScalarFunction
{
    public Dictionary<Type, int> Evaluations { get; } = [];

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : System.Numerics.IFloatingPointIeee754<T>
    {
        lock (Evaluations)
        {
            // Large hyper-dual Hessians evaluate on several threads.
            Evaluations[typeof(T)] = Evaluations.GetValueOrDefault(typeof(T)) + 1;
        }

        return inner.Evaluate(x);
    }
}
