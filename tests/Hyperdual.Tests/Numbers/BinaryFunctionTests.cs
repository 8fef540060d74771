using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>
/// Functions of two hyper-dual (and dual) arguments against hand-written partial derivatives:
/// ε₁ = fₓbₓ + f_y b_y, ε₂ likewise, ε₁ε₂ = fₓdₓ + f_y d_y + fₓₓbₓcₓ + fₓ_y(bₓc_y + b_y cₓ) + f_yy b_y c_y.
/// </summary>
public sealed class BinaryFunctionTests
{
    private const double Bx = 0.75, Cx = -1.25, Dx = 0.5;
    private const double By = -0.5, Cy = 0.25, Dy = 1.5;

    public static TheoryData<string, double, double> Cases()
    {
        var data = new TheoryData<string, double, double>();
        foreach (BinaryOracle oracle in BinaryOracles.All)
        {
            foreach ((double x, double y) in oracle.Points)
            {
                data.Add(oracle.Name, x, y);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HyperDualDouble(string name, double x, double y) => CheckHyperDual<double>(name, x, y);

    [Theory]
    [MemberData(nameof(Cases))]
    public void HyperDualFloat(string name, double x, double y) => CheckHyperDual<float>(name, x, y);

    [Theory]
    [MemberData(nameof(Cases))]
    public void DualDouble(string name, double x, double y) => CheckDual<double>(name, x, y);

    [Theory]
    [MemberData(nameof(Cases))]
    public void DualFloat(string name, double x, double y) => CheckDual<float>(name, x, y);

    private static void CheckHyperDual<T>(string name, double xPoint, double yPoint)
        where T : IFloatingPointIeee754<T>
    {
        BinaryOracle o = BinaryOracles.Get(name);
        T xa = T.CreateChecked(xPoint);
        T ya = T.CreateChecked(yPoint);
        double x = Tolerance.D(xa);
        double y = Tolerance.D(ya);
        var hx = new HyperDual<T>(xa, T.CreateChecked(Bx), T.CreateChecked(Cx), T.CreateChecked(Dx));
        var hy = new HyperDual<T>(ya, T.CreateChecked(By), T.CreateChecked(Cy), T.CreateChecked(Dy));

        HyperDual<T> r = BinaryOracles.Apply(name, hx, hy);

        double fx = o.Fx(x, y), fy = o.Fy(x, y), fxx = o.Fxx(x, y), fxy = o.Fxy(x, y), fyy = o.Fyy(x, y);
        double f = o.F(x, y);
        double curvature = (Math.Abs(x) + Math.Abs(y)) * (Math.Abs(fxx) + Math.Abs(fxy) + Math.Abs(fyy));
        double tolerance = Tolerance.For<T>();
        string at = $"{name}({x:R}, {y:R}) in HyperDual<{typeof(T).Name}>";
        Tolerance.Close(f, Tolerance.D(r.Value), Math.Abs(f) + Math.Abs(x * fx) + Math.Abs(y * fy), tolerance, at + " value");
        Tolerance.Close((fx * Bx) + (fy * By), Tolerance.D(r.Epsilon1), Math.Abs(fx * Bx) + Math.Abs(fy * By) + (curvature * 2), tolerance, at + " ε₁");
        Tolerance.Close((fx * Cx) + (fy * Cy), Tolerance.D(r.Epsilon2), Math.Abs(fx * Cx) + Math.Abs(fy * Cy) + (curvature * 2), tolerance, at + " ε₂");
        double[] terms = [fx * Dx, fy * Dy, fxx * Bx * Cx, fxy * ((Bx * Cy) + (By * Cx)), fyy * By * Cy];
        Tolerance.Close(terms.Sum(), Tolerance.D(r.Epsilon12), terms.Sum(Math.Abs) + (curvature * 2), tolerance, at + " ε₁ε₂");
    }

    private static void CheckDual<T>(string name, double xPoint, double yPoint)
        where T : IFloatingPointIeee754<T>
    {
        BinaryOracle o = BinaryOracles.Get(name);
        T xa = T.CreateChecked(xPoint);
        T ya = T.CreateChecked(yPoint);
        double x = Tolerance.D(xa);
        double y = Tolerance.D(ya);

        Dual<T> r = BinaryOracles.Apply(name, new Dual<T>(xa, T.CreateChecked(Bx)), new Dual<T>(ya, T.CreateChecked(By)));

        double fx = o.Fx(x, y), fy = o.Fy(x, y);
        double f = o.F(x, y);
        double curvature = (Math.Abs(x) + Math.Abs(y)) * (Math.Abs(o.Fxx(x, y)) + Math.Abs(o.Fxy(x, y)) + Math.Abs(o.Fyy(x, y)));
        double tolerance = Tolerance.For<T>();
        string at = $"{name}({x:R}, {y:R}) in Dual<{typeof(T).Name}>";
        Tolerance.Close(f, Tolerance.D(r.Value), Math.Abs(f) + Math.Abs(x * fx) + Math.Abs(y * fy), tolerance, at + " value");
        Tolerance.Close((fx * Bx) + (fy * By), Tolerance.D(r.Epsilon), Math.Abs(fx * Bx) + Math.Abs(fy * By) + curvature, tolerance, at + " ε");
    }
}
