namespace Hyperdual.Optimizers.Tests;

/// <summary>Seeded random vectors and symmetric matrices for property tests.</summary>
internal static class RandomMatrices
{
    public static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double[] Vector(Random random, int n, double scale = 1.0)
    {
        var v = new double[n];
        for (int i = 0; i < n; i++)
        {
            v[i] = scale * Gaussian(random);
        }

        return v;
    }

    public static double[,] Symmetric(Random random, int n)
    {
        var a = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double value = Gaussian(random);
                a[i, j] = value;
                a[j, i] = value;
            }
        }

        return a;
    }

    /// <summary>A random orthogonal matrix by Gram–Schmidt on Gaussian columns.</summary>
    public static double[,] Orthogonal(Random random, int n)
    {
        var q = new double[n, n];
        for (int k = 0; k < n; k++)
        {
            double[] column = Vector(random, n);
            for (int pass = 0; pass < 2; pass++)
            {
                for (int j = 0; j < k; j++)
                {
                    double dot = 0.0;
                    for (int i = 0; i < n; i++)
                    {
                        dot += q[i, j] * column[i];
                    }

                    for (int i = 0; i < n; i++)
                    {
                        column[i] -= dot * q[i, j];
                    }
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

    /// <summary>Q diag(values) Qᵀ.</summary>
    public static double[,] WithEigenvalues(double[,] q, double[] values)
    {
        int n = values.Length;
        var a = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0.0;
                for (int k = 0; k < n; k++)
                {
                    sum += q[i, k] * values[k] * q[j, k];
                }

                a[i, j] = sum;
            }
        }

        return a;
    }

    public static double[] Multiply(double[,] a, double[] x)
    {
        int n = x.Length;
        var y = new double[a.GetLength(0)];
        for (int i = 0; i < y.Length; i++)
        {
            for (int j = 0; j < n; j++)
            {
                y[i] += a[i, j] * x[j];
            }
        }

        return y;
    }

    public static double Model(double[] g, double[,] h, double[] p)
    {
        double[] hp = Multiply(h, p);
        double sum = 0.0;
        for (int i = 0; i < p.Length; i++)
        {
            sum += (g[i] * p[i]) + (0.5 * p[i] * hp[i]);
        }

        return sum;
    }

    public static double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));
}
