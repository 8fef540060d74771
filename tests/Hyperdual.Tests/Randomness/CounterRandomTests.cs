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
