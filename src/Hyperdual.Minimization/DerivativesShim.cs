namespace Hyperdual.Minimization;

// TEMPORARY until Hyperdual.Derivatives lands on main: exact derivatives by one hyper-dual pass per
// (i, j) pair. Removed at the merge; CountingObjective then binds to Hyperdual.Derivatives.
internal static class Derivatives
{
    public static (double Value, double DU, double DV, double DUV) Directional(IScalarFunction f, ReadOnlySpan<double> x, ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        var h = new HyperDual<double>[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            h[i] = new HyperDual<double>(x[i], u[i], v[i], 0.0);
        }

        HyperDual<double> r = f.Evaluate<HyperDual<double>>(h);
        return (r.Value, r.Epsilon1, r.Epsilon2, r.Epsilon12);
    }

    public static double[] Gradient(IScalarFunction f, ReadOnlySpan<double> x) => ValueGradientHessian(f, x).Gradient;

    public static (double Value, double[] Gradient, double[,] Hessian) ValueGradientHessian(IScalarFunction f, ReadOnlySpan<double> x)
    {
        int n = x.Length;
        var g = new double[n];
        var hessian = new double[n, n];
        double value = f.Evaluate(x);
        var e1 = new double[n];
        var e2 = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                Array.Clear(e1);
                Array.Clear(e2);
                e1[i] = 1.0;
                e2[j] = 1.0;
                (_, double du, _, double duv) = Directional(f, x, e1, e2);
                if (i == j)
                {
                    g[i] = du;
                }

                hessian[i, j] = duv;
                hessian[j, i] = duv;
            }
        }

        return (value, g, hessian);
    }
}
