using System.Numerics;
using System.Runtime.Intrinsics;

namespace Hyperdual.Tests.Randomness;

public sealed class CounterRandomTests
{
    private const ulong Seed = 0x5EED_1234_ABCDUL;

    private static readonly long[] Starts = [0, 1, 2, 3, 17, 1_000_001, (1L << 40) + 6];

    private delegate void WidthFill<T>(ulong seed, ulong stream, long start, Span<T> destination)
        where T : INumberBase<T>;

    [Fact]
    public void EveryWidthsBitsAreTheScalarBits()
    {
        foreach ((ulong seed, ulong stream) in new[] { (0UL, 0UL), (Seed, 3UL), (ulong.MaxValue, ulong.MaxValue - 1) })
        {
            foreach (ulong first in new[] { 0UL, 2UL, 1UL << 50, ulong.MaxValue - 15 })
            {
                Vector512<ulong> wide = NormalLanes<Lanes512, Vector512<double>, Vector512<ulong>>.Bits(seed, stream, Lanes512.EvenFrom(first));
                Vector256<ulong> middle = NormalLanes<Lanes256, Vector256<double>, Vector256<ulong>>.Bits(seed, stream, Lanes256.EvenFrom(first));
                Vector128<ulong> narrow = NormalLanes<Lanes128, Vector128<double>, Vector128<ulong>>.Bits(seed, stream, Lanes128.EvenFrom(first));
                for (int j = 0; j < Vector512<ulong>.Count; j++)
                {
                    ulong expected = CounterRandom.Bits(seed, stream, first + (2 * (ulong)j));
                    Assert.Equal(expected, wide.GetElement(j));
                    if (j < Vector256<ulong>.Count)
                    {
                        Assert.Equal(expected, middle.GetElement(j));
                    }

                    if (j < Vector128<ulong>.Count)
                    {
                        Assert.Equal(expected, narrow.GetElement(j));
                    }
                }
            }
        }
    }

    [Fact]
    public void EveryWidthFillsDoublesBitForBitAsNormal() => AssertEveryWidthMatchesNormal<double>(x => x);

    [Fact]
    public void EveryWidthFillsFloatsAsRoundedNormal() => AssertEveryWidthMatchesNormal<float>(x => (float)x);

    [Fact]
    public void EveryWidthFillsOtherTypesAsConvertedNormal() => AssertEveryWidthMatchesNormal<Half>(x => (Half)x);

    [Fact]
    public void FillNormalRejectsANegativeStart() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CounterRandom.FillNormal(1, 1, -1, new double[2].AsSpan()));

    [Fact]
    public void NormalAgreesWithTextbookBoxMuller()
    {
        // Oracle: the Box–Muller formula with the platform's Math.Log and double.SinCosPi (exact reduction of the
        // angle 2u half-turns) on the same uniforms. Over 2·10⁶ pairs the two differ by at most 7.7·2⁻⁵³·r, and where
        // they differ most the library's value is the correctly rounded one (checked at 40 digits); the tolerance
        // allows each side a few ulp of r.
        for (ulong pair = 0; pair < 50_000; pair++)
        {
            double u1 = 1.0 - CounterRandom.Uniform(Seed, 9, 2 * pair);
            double u2 = CounterRandom.Uniform(Seed, 9, (2 * pair) + 1);
            double r = Math.Sqrt(-2.0 * Math.Log(u1));
            (double sin, double cos) = double.SinCosPi(2.0 * u2);
            double tolerance = 2e-15 * r;
            Assert.True(Math.Abs(CounterRandom.Normal(Seed, 9, 2 * pair) - (r * cos)) <= tolerance, $"pair {pair}: cos branch");
            Assert.True(Math.Abs(CounterRandom.Normal(Seed, 9, (2 * pair) + 1) - (r * sin)) <= tolerance, $"pair {pair}: sin branch");
        }
    }

    [Fact]
    public void LogIsWithinTwoUlpOfMathLogAcrossTheUniformRange()
    {
        // u₁ = 1 − k·2⁻⁵³ takes values from 2⁻⁵³ to 1; √2/2 is where the mantissa range wraps to the next exponent.
        double sqrtHalf = Math.Sqrt(0.5);
        double[] points =
        [
            Math.ScaleB(1, -53), Math.ScaleB(1, -52), Math.ScaleB(3, -30), 1e-10, 0.01, 0.25, 0.5,
            double.BitDecrement(sqrtHalf), sqrtHalf, double.BitIncrement(sqrtHalf), 0.75, 0.9, 0.999, 1 - Math.ScaleB(1, -52), 1 - Math.ScaleB(1, -53), 1,
        ];
        foreach (double u in points)
        {
            double log = NormalLanes<Lanes128, Vector128<double>, Vector128<ulong>>.Log(Vector128.Create(u)).ToScalar();
            double expected = Math.Log(u);
            Assert.True(Math.Abs(log - expected) <= 2 * Ulp(expected), $"log {u:R}: {log:R} vs {expected:R}");
        }
    }

    [Fact]
    public void CosSinOfTurnIsExactAtQuarterTurnsAndCloseBetween()
    {
        const ulong quarter = 1UL << 51; // a turn is 2⁵³ units
        (ulong Units, double Cos, double Sin)[] exact = [(0, 1, 0), (quarter, 0, 1), (2 * quarter, -1, 0), (3 * quarter, 0, -1)];
        foreach ((ulong units, double cos, double sin) in exact)
        {
            (Vector128<double> c, Vector128<double> s) = NormalLanes<Lanes128, Vector128<double>, Vector128<ulong>>.CosSinOfTurn(Vector128.Create(units));
            Assert.Equal(cos, c.ToScalar());
            Assert.Equal(sin, s.ToScalar());
        }

        // Either side of each octant boundary (where the quadrant rounds over) and of the turn's end.
        foreach (ulong octant in new ulong[] { 1, 3, 5, 7, 8 })
        {
            foreach (long offset in new long[] { -1, 0, 1, -12345 })
            {
                ulong units = (ulong)((long)(octant * (quarter / 2)) + offset);
                if (units >= 1UL << 53)
                {
                    continue;
                }

                (Vector128<double> c, Vector128<double> s) = NormalLanes<Lanes128, Vector128<double>, Vector128<ulong>>.CosSinOfTurn(Vector128.Create(units));
                (double sin, double cos) = double.SinCosPi(Math.ScaleB(units, -52));
                Assert.True(Math.Abs(c.ToScalar() - cos) <= Math.ScaleB(1, -52), $"cos at {units}: {c.ToScalar():R} vs {cos:R}");
                Assert.True(Math.Abs(s.ToScalar() - sin) <= Math.ScaleB(1, -52), $"sin at {units}: {s.ToScalar():R} vs {sin:R}");
            }
        }
    }

    [Fact]
    public void AMillionDrawsHaveStandardNormalMoments()
    {
        const int n = 1 << 20;
        var x = new double[n];
        CounterRandom.FillNormal(Seed, 4, 0, x.AsSpan());
        double mean = 0, second = 0, third = 0, fourth = 0, belowMinusOne = 0, beyondThree = 0;
        foreach (double v in x)
        {
            double v2 = v * v;
            mean += v;
            second += v2;
            third += v2 * v;
            fourth += v2 * v2;
            belowMinusOne += v < -1 ? 1 : 0;
            beyondThree += Math.Abs(v) > 3 ? 1 : 0;
        }

        // Each statistic within 5 standard errors of its N(0, 1) value: Var x = 1, Var x² = 2, Var x³ = 15,
        // Var x⁴ = 96, and a frequency p has variance p(1 − p).
        double root = Math.Sqrt(n);
        Assert.InRange(mean / n, -5 / root, 5 / root);
        Assert.InRange(second / n, 1 - (5 * Math.Sqrt(2) / root), 1 + (5 * Math.Sqrt(2) / root));
        Assert.InRange(third / n, -5 * Math.Sqrt(15) / root, 5 * Math.Sqrt(15) / root);
        Assert.InRange(fourth / n, 3 - (5 * Math.Sqrt(96) / root), 3 + (5 * Math.Sqrt(96) / root));
        AssertFrequency(belowMinusOne / n, 0.15865525393145707); // Φ(−1)
        AssertFrequency(beyondThree / n, 0.0026997960632601866); // 2Φ(−3)

        void AssertFrequency(double observed, double p) =>
            Assert.InRange(observed, p - (5 * Math.Sqrt(p * (1 - p)) / root), p + (5 * Math.Sqrt(p * (1 - p)) / root));
    }

    private static double Ulp(double x) => double.BitIncrement(Math.Abs(x)) - Math.Abs(x);

    private static void AssertEveryWidthMatchesNormal<T>(Func<double, T> convert)
        where T : INumberBase<T>
    {
        WidthFill<T>[] widths =
        [
            NormalLanes<Lanes128, Vector128<double>, Vector128<ulong>>.Fill,
            NormalLanes<Lanes256, Vector256<double>, Vector256<ulong>>.Fill,
            NormalLanes<Lanes512, Vector512<double>, Vector512<ulong>>.Fill,
            CounterRandom.FillNormal,
        ];
        foreach (long start in Starts)
        {
            T[] expected = [.. Enumerable.Range(0, 300).Select(e => convert(CounterRandom.Normal(Seed, 5, (ulong)(start + e))))];
            for (int length = 0; length <= 300; length++)
            {
                foreach (WidthFill<T> fill in widths)
                {
                    var actual = new T[length];
                    fill(Seed, 5, start, actual);
                    Assert.Equal(expected.AsSpan(0, length).ToArray(), actual);
                }
            }
        }
    }
}
