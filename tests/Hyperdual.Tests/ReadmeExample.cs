// The code between the markers is copied verbatim into README.md; ReadmeExampleTests keeps the two equal,
// so the README's example always compiles (it is compiled here) and is correct (the test checks its numbers).
// begin-readme
using System.Numerics;
using Hyperdual;

// A function written once with .NET generic math …
sealed class Banana : IScalarFunction
{
    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T>
    {
        T a = T.One - x[0], b = x[1] - x[0] * x[0];
        return a * a + T.CreateChecked(100) * b * b;
    }
}

// … runs on double, Dual<double> and HyperDual<double>, so its derivatives are exact.
static class Example
{
    public static (double[] Gradient, double[,] Hessian, double Curvature) Run()
    {
        var f = new Banana();
        double[] x = [-1.2, 1.0];
        double[] g = Derivatives.Gradient(f, x);             // [-215.6, -88]
        double[,] h = Derivatives.Hessian(f, x);             // [[1330, 480], [480, 200]]
        var (value, du, dv, duv) = Derivatives.Directional(f, x, u: [1.0, 0.0], v: [0.0, 1.0]);
        return (g, h, duv);                                   // duv = uᵀ∇²f v = 480
    }
}
// end-readme
