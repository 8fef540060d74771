namespace Hyperdual.Tests.Numbers;

/// <summary>
/// Random compositions (seeded) of every function: the hyper-dual parts against central finite
/// differences of the same expression evaluated on plain double, and the dual tangent against the
/// hyper-dual ε₁ (two modes agreeing).
/// </summary>
public sealed class FiniteDifferenceTests
{
    private const double FirstStep = 1e-5;
    private const double SecondStep = 1e-4;
    private const double Relative = 1e-6;

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 150; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HyperDualPartsMatchCentralDifferences(int seed)
    {
        var random = new Random(seed);
        RandomExpression expression = RandomExpression.Create(random, 4);
        (double px, double py) = (Uniform(random), Uniform(random));
        (double ux, double uy) = (Uniform(random), Uniform(random));
        (double vx, double vy) = (Uniform(random), Uniform(random));

        HyperDual<double> result = expression.Evaluate(new HyperDual<double>(px, ux, vx, 0), new HyperDual<double>(py, uy, vy, 0));

        double F(double s, double t) => expression.Evaluate(px + (s * ux) + (t * vx), py + (s * uy) + (t * vy));
        double f = F(0, 0);
        double h = FirstStep;
        double du = (F(h, 0) - F(-h, 0)) / (2 * h);
        double dv = (F(0, h) - F(0, -h)) / (2 * h);
        double k = SecondStep;
        double duv = (F(k, k) - F(k, -k) - F(-k, k) + F(-k, -k)) / (4 * k * k);

        string at = $"seed {seed}: {expression} at ({px}, {py})";
        Assert.Equal(f, result.Value, 1e-12 * (1 + Math.Abs(f)));
        Tolerance.Close(du, result.Epsilon1, 1 + Math.Abs(du) + Math.Abs(f), Relative, at + " ε₁");
        Tolerance.Close(dv, result.Epsilon2, 1 + Math.Abs(dv) + Math.Abs(f), Relative, at + " ε₂");
        Tolerance.Close(duv, result.Epsilon12, 1 + Math.Abs(duv) + Math.Abs(f), Relative, at + " ε₁ε₂");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SecondDerivativeAlongOneDirectionMatchesSecondDifference(int seed)
    {
        var random = new Random(seed + 1000);
        RandomExpression expression = RandomExpression.Create(random, 4);
        (double px, double py) = (Uniform(random), Uniform(random));
        (double ux, double uy) = (Uniform(random), Uniform(random));

        HyperDual<double> result = expression.Evaluate(new HyperDual<double>(px, ux, ux, 0), new HyperDual<double>(py, uy, uy, 0));

        double F(double s) => expression.Evaluate(px + (s * ux), py + (s * uy));
        double k = SecondStep;
        double f = F(0);
        double duu = (F(k) - (2 * f) + F(-k)) / (k * k);
        Tolerance.Close(duu, result.Epsilon12, 1 + Math.Abs(duu) + Math.Abs(f), Relative, $"seed {seed}: {expression} uᵀHu");
        Assert.Equal(result.Epsilon1, result.Epsilon2);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DualTangentAndHessianSymmetryAgreeWithHyperDual(int seed)
    {
        var random = new Random(seed + 2000);
        RandomExpression expression = RandomExpression.Create(random, 4);
        (double px, double py) = (Uniform(random), Uniform(random));
        (double ux, double uy) = (Uniform(random), Uniform(random));
        (double vx, double vy) = (Uniform(random), Uniform(random));

        HyperDual<double> uv = expression.Evaluate(new HyperDual<double>(px, ux, vx, 0), new HyperDual<double>(py, uy, vy, 0));
        HyperDual<double> vu = expression.Evaluate(new HyperDual<double>(px, vx, ux, 0), new HyperDual<double>(py, vy, uy, 0));
        Dual<double> dual = expression.Evaluate(new Dual<double>(px, ux), new Dual<double>(py, uy));

        string at = $"seed {seed}: {expression}";
        Tolerance.Close(uv.Epsilon1, dual.Epsilon, 1 + Math.Abs(uv.Epsilon1), 1e-13, at + " dual vs hyper-dual");
        Tolerance.Close(uv.Value, dual.Value, 1 + Math.Abs(uv.Value), 1e-15, at + " value");
        Tolerance.Close(uv.Epsilon12, vu.Epsilon12, 1 + Math.Abs(uv.Epsilon12), 1e-12, at + " uᵀHv = vᵀHu");
    }

    [Fact]
    public void TheRandomExpressionsAreNotTrivial()
    {
        int curved = 0;
        var text = new System.Text.StringBuilder();
        for (int seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed);
            RandomExpression expression = RandomExpression.Create(random, 4);
            text.Append(expression).Append('\n');
            HyperDual<double> r = expression.Evaluate(new HyperDual<double>(0.3, 1, 0.5, 0), new HyperDual<double>(-0.2, 0.7, 1, 0));
            if (r.Epsilon1 != 0 && r.Epsilon12 != 0)
            {
                curved++;
            }
        }

        Assert.True(curved >= 90, $"only {curved} of 150 expressions have a non-zero first and second derivative");
        foreach (string operation in new[] { "pow(1+u²,tanh v)", "atan2(", "hypot(", "log(2+u²", "acosh2+sq", "atanh0.9tanh", "rootn(" })
        {
            Assert.Contains(operation, text.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AWrongDerivativeWouldBeCaught()
    {
        // The finite-difference check can fail: the mixed difference of x·y is 1·(uₓv_y + u_y vₓ), and a
        // perturbation of that by 1e-4 is far outside the tolerance used above.
        static double F(double s, double t) => (1 + s) * (2 + t);
        double k = SecondStep;
        double duv = (F(k, k) - F(k, -k) - F(-k, k) + F(-k, -k)) / (4 * k * k);
        Assert.Equal(1, duv, 1e-8);
        Assert.True(Math.Abs(duv - 1.0001) > Relative * (1 + 1 + 2));
    }

    private static double Uniform(Random random) => (random.NextDouble() * 2) - 1;
}
