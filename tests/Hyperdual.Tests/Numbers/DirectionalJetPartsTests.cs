namespace Hyperdual.Tests.Numbers;

using Jet = ChainRuleNumber<double, DirectionalJetParts<double>>;

/// <summary>
/// K-direction jets against one hyper-dual pass per pair of directions (the tangents of directions i and j in ε₁
/// and ε₂, the second part (i, j) in ε₁ε₂) and against the closed forms of the shared oracle tables, for every
/// elementary function, at smooth, boundary and outside-the-domain points.
/// </summary>
public sealed class DirectionalJetPartsTests
{
    // Three directions; direction 1 does not move, so the boundary cases' "only where the tangent is non-zero" shows.
    private static readonly double[] XTangents = [0.75, 0, -1.25];
    private static readonly double[] XSecond = [0.5, 0.1, 0, -0.25, 0, 0.3];
    private static readonly double[] YTangents = [-0.5, 0, 2];
    private static readonly double[] YSecond = [0.2, 0, 0, 0.4, 0, -0.1];

    public static TheoryData<string, double> UnaryCases()
    {
        var data = new TheoryData<string, double>();
        foreach (UnaryOracle oracle in UnaryOracles.All)
        {
            foreach (double point in oracle.Points)
            {
                data.Add(oracle.Name, point);
            }
        }

        foreach ((string name, double point) in ChainRuleNumberSurfaceTests.BoundaryPoints)
        {
            data.Add(name, point);
        }

        return data;
    }

    public static TheoryData<string, double, double> BinaryCases()
    {
        var data = new TheoryData<string, double, double>();
        foreach (BinaryOracle oracle in BinaryOracles.All)
        {
            foreach ((double x, double y) in oracle.Points.Concat(ChainRuleNumberSurfaceTests.BinaryBoundaryPoints))
            {
                if (oracle.Name != "Hypot" || x != 0 || y != 0)
                {
                    data.Add(oracle.Name, x, y);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnaryCases))]
    public void EveryUnaryFunctionMatchesOneHyperDualPassPerPair(string name, double point)
    {
        Jet jet = UnaryOracles.Apply(name, Input(point, XTangents, XSecond));
        for (int j = 0; j < XTangents.Length; j++)
        {
            for (int i = 0; i <= j; i++)
            {
                HyperDual<double> pass = UnaryOracles.Apply(name, new HyperDual<double>(point, XTangents[i], XTangents[j], XSecond[Packed(i, j)]));
                AssertPair(pass, jet, i, j, $"{name}({point})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void EveryBinaryFunctionMatchesOneHyperDualPassPerPair(string name, double x, double y)
    {
        Jet jet = BinaryOracles.Apply(name, Input(x, XTangents, XSecond), Input(y, YTangents, YSecond));
        for (int j = 0; j < XTangents.Length; j++)
        {
            for (int i = 0; i <= j; i++)
            {
                var xPass = new HyperDual<double>(x, XTangents[i], XTangents[j], XSecond[Packed(i, j)]);
                var yPass = new HyperDual<double>(y, YTangents[i], YTangents[j], YSecond[Packed(i, j)]);
                if (CaseDependsOnConstancy(name) && (xPass.IsConstant || yPass.IsConstant))
                {
                    // The jet's arguments vary (in direction 0 or 2), so its case is that of a pass whose arguments vary.
                    continue;
                }

                AssertPair(BinaryOracles.Apply(name, xPass, yPass), jet, i, j, $"{name}({x}, {y})");
            }
        }
    }

    /// <summary>
    /// <see cref="BinaryCases"/> without NaN values: a direction an argument does not carry is exactly zero, where a
    /// pass's zero tangent times a NaN value would be NaN.
    /// </summary>
    public static TheoryData<string, double, double> FiniteBinaryCases()
    {
        var data = new TheoryData<string, double, double>();
        foreach (object[] row in BinaryCases())
        {
            if (!double.IsNaN((double)row[1]) && !double.IsNaN((double)row[2]))
            {
                data.Add((string)row[0], (double)row[1], (double)row[2]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FiniteBinaryCases))]
    public void AConstantArgumentAndAShorterJetReadAsZeroDirections(string name, double x, double y)
    {
        // y constant (K = 0), x with two directions: the result matches passes with y's parts zero.
        Jet constantY = BinaryOracles.Apply(name, Input(x, XTangents[..2], XSecond[..3]), new Jet(y));
        Jet shorterX = BinaryOracles.Apply(name, Input(x, XTangents[..2], XSecond[..3]), Input(y, YTangents, YSecond));
        if (name == "Add")
        {
            Assert.Equal(2, constantY.Parts.Count);
            Assert.Equal(3, shorterX.Parts.Count);
        }

        for (int j = 0; j < 2; j++)
        {
            for (int i = 0; i <= j; i++)
            {
                HyperDual<double> xPass = new(x, XTangents[i], XTangents[j], XSecond[Packed(i, j)]);
                if (CaseDependsOnConstancy(name) && xPass.IsConstant)
                {
                    continue;
                }

                AssertPair(BinaryOracles.Apply(name, xPass, new HyperDual<double>(y)), constantY, i, j, $"{name}({x}, constant {y})");
            }
        }

        for (int j = 0; j < 3; j++)
        {
            for (int i = 0; i <= j; i++)
            {
                HyperDual<double> xPass = j < 2 ? new(x, XTangents[i], XTangents[j], XSecond[Packed(i, j)]) : new(x, i < 2 ? XTangents[i] : 0, 0, 0);
                HyperDual<double> yPass = new(y, YTangents[i], YTangents[j], YSecond[Packed(i, j)]);
                if (CaseDependsOnConstancy(name) && (xPass.IsConstant || yPass.IsConstant))
                {
                    continue;
                }

                AssertPair(BinaryOracles.Apply(name, xPass, yPass), shorterX, i, j, $"{name}(two-direction {x}, {y})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ElementaryFunctionTests.DoubleCases), MemberType = typeof(ElementaryFunctionTests))]
    public void EveryUnaryFunctionMatchesItsClosedForm(string name, double point)
    {
        UnaryOracle oracle = UnaryOracles.Get(name);
        double f = oracle.F(point);
        double d1 = oracle.D1(point);
        double d2 = oracle.D2(point);
        Jet jet = UnaryOracles.Apply(name, Input(point, XTangents, XSecond));
        // The scales of ElementaryFunctionTests: each term's magnitude plus the argument's rounding carried through f′ or f″.
        double tolerance = Tolerance.For<double>();
        Tolerance.Close(f, jet.Value, Math.Abs(f) + Math.Abs(point * d1) + oracle.ValueFloor, tolerance, $"{name}({point}) value");
        for (int j = 0; j < XTangents.Length; j++)
        {
            double t = XTangents[j];
            Tolerance.Close(d1 * t, jet.Parts.Tangent(j), Math.Abs(d1 * t) + Math.Abs(point * d2 * t), tolerance, $"{name}({point}) tangent {j}");
            for (int i = 0; i <= j; i++)
            {
                double s = XSecond[Packed(i, j)];
                double first = d1 * s;
                double second = d2 * XTangents[i] * t;
                double scale = Math.Abs(first) + Math.Abs(second) + Math.Abs(point * d2 * s);
                Tolerance.Close(first + second, jet.Parts.Second(i, j), scale, tolerance, $"{name}({point}) second ({i}, {j})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(BinaryFunctionCases))]
    public void EveryBinaryFunctionMatchesItsClosedForm(string name, double x, double y)
    {
        BinaryOracle oracle = BinaryOracles.Get(name);
        Jet jet = BinaryOracles.Apply(name, Input(x, XTangents, XSecond), Input(y, YTangents, YSecond));
        double fx = oracle.Fx(x, y), fy = oracle.Fy(x, y), fxx = oracle.Fxx(x, y), fxy = oracle.Fxy(x, y), fyy = oracle.Fyy(x, y);
        double tolerance = Tolerance.For<double>() * 100;
        Tolerance.Close(oracle.F(x, y), jet.Value, Math.Abs(oracle.F(x, y)) + 1e-300, tolerance, $"{name}({x}, {y}) value");
        for (int j = 0; j < XTangents.Length; j++)
        {
            double[] firstTerms = [fx * XTangents[j], fy * YTangents[j]];
            Tolerance.Close(firstTerms.Sum(), jet.Parts.Tangent(j), firstTerms.Sum(Math.Abs), tolerance, $"{name}({x}, {y}) tangent {j}");
            for (int i = 0; i <= j; i++)
            {
                double[] terms =
                [
                    fx * XSecond[Packed(i, j)], fy * YSecond[Packed(i, j)], fxx * XTangents[i] * XTangents[j],
                    fxy * XTangents[i] * YTangents[j], fxy * XTangents[j] * YTangents[i], fyy * YTangents[i] * YTangents[j],
                ];
                Tolerance.Close(terms.Sum(), jet.Parts.Second(i, j), terms.Sum(Math.Abs), tolerance, $"{name}({x}, {y}) second ({i}, {j})");
            }
        }
    }

    public static TheoryData<string, double, double> BinaryFunctionCases()
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

    [Fact]
    public void SecondPartsAreSymmetricAndZeroBeyondTheDirectionCount()
    {
        Jet z = Jet.Sin(Input(0.3, XTangents, XSecond) * Input(1.7, YTangents, YSecond));
        for (int i = 0; i < DirectionalJetParts<double>.MaxDirections; i++)
        {
            for (int j = 0; j < DirectionalJetParts<double>.MaxDirections; j++)
            {
                Assert.Equal(z.Parts.Second(i, j), z.Parts.Second(j, i));
                if (i >= 3 || j >= 3)
                {
                    Assert.Equal(0, z.Parts.Second(i, j));
                }
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => z.Parts.Tangent(DirectionalJetParts<double>.MaxDirections));
        Assert.Throws<ArgumentOutOfRangeException>(() => z.Parts.Second(-1, 0));
    }

    [Fact]
    public void PartsThatDifferOnlyInTheirCountAreEqual()
    {
        var three = DirectionalJetParts<double>.Seed([1, 2, 0]);
        var two = DirectionalJetParts<double>.Seed([1, 2]);
        Assert.True(DirectionalJetParts<double>.PartsEqual(three, two));
        Assert.Equal(DirectionalJetParts<double>.PartsHashCode(three), DirectionalJetParts<double>.PartsHashCode(two));
        Assert.False(DirectionalJetParts<double>.PartsEqual(three, DirectionalJetParts<double>.Seed([1, 2, 3])));
        Assert.True(new Jet(2, DirectionalJetParts<double>.Seed([0, 0])).IsConstant);
    }

    [Fact]
    public void SeedAndCreateRejectTooManyDirectionsAndAWrongTriangle()
    {
        double[] tooMany = new double[DirectionalJetParts<double>.MaxDirections + 1];
        Assert.Equal("tangents", Assert.Throws<ArgumentException>(() => DirectionalJetParts<double>.Seed(tooMany)).ParamName);
        Assert.Equal("secondParts", Assert.Throws<ArgumentException>(() => DirectionalJetParts<double>.Create([1, 2], [1, 2])).ParamName);
    }

    [Fact]
    public void FormatsTheTangentsAndTheSecondParts()
    {
        var jet = new Jet(1.5, DirectionalJetParts<double>.Create([2, -1], [0.5, 0, 3]));
        Assert.Equal("1.5 + [2, -1]·v + [0.5, 0, 3]·vv", jet.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1.5", new Jet(1.5).ToString(null, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OperationsAllocateNothing()
    {
        Jet x = Input(0.3, XTangents, XSecond);
        Jet y = Input(1.7, YTangents, YSecond);
        Jet sum = Work(x, y, 10);
        long before = GC.GetAllocatedBytesForCurrentThread();
        sum = Work(x, y, 1000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(double.IsFinite(sum.Value));

        static Jet Work(Jet x, Jet y, int count)
        {
            Jet total = Jet.Zero;
            for (int i = 0; i < count; i++)
            {
                total += (Jet.Sin(x * y) / (y + 1.0)) - Jet.Pow(y, x) + Jet.Max(x, total * 1e-6) + Jet.Sqrt(y) + Jet.Atan2(x, y);
            }

            return total;
        }
    }

    [Fact]
    public void APowerCaseLooksAtEveryDirection()
    {
        // Both arguments vary (in direction 0) and the base is 0: case 6, NaN in every direction, also in direction 1
        // where neither moves (a pass along direction 1 alone would see two constants and take case 1).
        Jet z = Jet.Pow(Input(0, [1, 0], [0, 0, 0]), Input(2, [1, 0], [0, 0, 0]));
        Assert.True(double.IsNaN(z.Parts.Tangent(1)));
        Assert.True(double.IsNaN(z.Parts.Second(1, 1)));
        Assert.Equal(0, z.Value);
    }

    /// <summary>Whether the function's case depends on whether an argument is constant (in every direction at once, for a jet).</summary>
    private static bool CaseDependsOnConstancy(string name) => name is "Pow" or "LogBase";

    internal static Jet Input(double value, double[] tangents, double[] second) => new(value, DirectionalJetParts<double>.Create(tangents, second));

    private static int Packed(int i, int j) => (j * (j + 1) / 2) + i;

    private static void AssertPair(HyperDual<double> pass, Jet jet, int i, int j, string what)
    {
        Close(pass.Value, jet.Value, what + " value");
        Close(pass.Epsilon1, jet.Parts.Tangent(i), $"{what} tangent {i}");
        Close(pass.Epsilon2, jet.Parts.Tangent(j), $"{what} tangent {j}");
        Close(pass.Epsilon12, jet.Parts.Second(i, j), $"{what} second ({i}, {j})");
    }

    private static void Close(double expected, double actual, string what)
    {
        if (!double.IsFinite(expected) || !double.IsFinite(actual))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }

        Tolerance.Close(expected, actual, Math.Max(Math.Max(Math.Abs(expected), Math.Abs(actual)), 1e-300), 1e-12, what);
    }
}
