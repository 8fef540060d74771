using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Tests.Kernels;

public sealed class Pooling2dTests
{
    /// <summary>(batch, C, H, W, kh, kw, sh, sw, ph, pw).</summary>
    public static IEnumerable<object[]> Cases() =>
    [
        [2, 3, 24, 24, 2, 2, 2, 2, 0, 0],
        [1, 2, 7, 9, 3, 3, 2, 2, 1, 1],
        [2, 1, 5, 8, 2, 3, 1, 2, 1, 1],
        [3, 2, 9, 6, 3, 2, 3, 1, 0, 1],
        [1, 1, 4, 4, 4, 4, 1, 1, 2, 2],
        [64, 20, 24, 24, 2, 2, 2, 2, 0, 0], // large enough to run on several workers
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void MaxForwardAndBackwardMatchNaiveWithTies(int batch, int c, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw)
    {
        // Values from {-2..2}: many ties, which must go to the first maximum in window order.
        (int oh, int ow) = Pooling2d.OutputSize(h, w, kh, kw, sh, sw, ph, pw);
        int outLength = batch * c * oh * ow;
        double[] x = KernelTestData.SmallIntegers<double>(batch * c * h * w, 1, 2);
        double[] y = new double[outLength];
        int[] argmax = new int[outLength];
        Pooling2d.MaxForward<double>(x, batch, c, h, w, kh, kw, sh, sw, ph, pw, y, argmax);

        int[] expectedArgmax = NaiveMaxArgmax(x, batch, c, h, w, kh, kw, sh, sw, ph, pw, oh, ow);
        Assert.Equal(expectedArgmax, argmax);
        Assert.Equal(expectedArgmax.Select(i => x[i]).ToArray(), y);

        double[] gy = KernelTestData.Random<double>(outLength, 2);
        double[] gx = Enumerable.Repeat(double.NaN, x.Length).ToArray();
        Pooling2d.MaxBackward<double>(gy, argmax, gx);
        double[] expectedGx = new double[x.Length];
        for (int i = 0; i < outLength; i++)
        {
            expectedGx[expectedArgmax[i]] += gy[i];
        }

        Assert.Equal(expectedGx, gx);

        float[] xf = x.Select(v => (float)v).ToArray();
        float[] yf = new float[outLength];
        int[] argmaxF = new int[outLength];
        Pooling2d.MaxForward<float>(xf, batch, c, h, w, kh, kw, sh, sw, ph, pw, yf, argmaxF);
        Assert.Equal(expectedArgmax, argmaxF);
    }

    [Fact]
    public void MaxPicksNaNAndNegativeValuesOverPadding()
    {
        // All-negative input with padding: padding must never win (it is not a zero).
        double[] x = [-5, -3, -4, -9];
        double[] y = new double[9];
        int[] argmax = new int[9];
        Pooling2d.MaxForward<double>(x, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, y, argmax);
        Assert.Equal(new double[] { -5, -3, -3, -4, -3, -3, -4, -4, -9 }, y);
        Assert.Equal(new[] { 0, 1, 1, 2, 1, 1, 2, 2, 3 }, argmax);

        double[] withNaN = [1, double.NaN, 7, 2];
        Pooling2d.MaxForward<double>(withNaN, 1, 1, 2, 2, 2, 2, 1, 1, 0, 0, y.AsSpan(0, 1), argmax.AsSpan(0, 1));
        Assert.True(double.IsNaN(y[0]));
        Assert.Equal(1, argmax[0]);
    }

    [Theory]
    [InlineData(2, 2, 2, 2)]
    [InlineData(3, 3, 2, 2)]
    [InlineData(3, 2, 1, 2)]
    public void MaxFirstNaNWinsInEveryPathForFloatAndDouble(int kh, int kw, int sh, int sw)
    {
        // 18×18 planes give ≥ 16 outputs per plane, so the vectorised path runs too; NaNs and ties are sprinkled in.
        const int batch = 2, c = 3, h = 18, w = 18;
        (int oh, int ow) = Pooling2d.OutputSize(h, w, kh, kw, sh, sw, 0, 0);
        double[] x = KernelTestData.SmallIntegers<double>(batch * c * h * w, 9, 3);
        var random = new Random(10);
        for (int i = 0; i < x.Length / 10; i++)
        {
            x[random.Next(x.Length)] = double.NaN;
        }

        int[] expected = new int[batch * c * oh * ow];
        int o = 0;
        for (int plane = 0; plane < batch * c; plane++)
        {
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++, o++)
                {
                    int best = -1;
                    for (int ky = 0; ky < kh && !(best >= 0 && double.IsNaN(x[best])); ky++)
                    {
                        for (int kx = 0; kx < kw; kx++)
                        {
                            int i = (plane * h * w) + (((oy * sh) + ky) * w) + (ox * sw) + kx;
                            if (best < 0 || x[i] > x[best] || double.IsNaN(x[i]))
                            {
                                best = i;
                                if (double.IsNaN(x[i]))
                                {
                                    break;
                                }
                            }
                        }
                    }

                    expected[o] = best;
                }
            }
        }

        double[] y = new double[expected.Length];
        int[] argmax = new int[expected.Length];
        Pooling2d.MaxForward<double>(x, batch, c, h, w, kh, kw, sh, sw, 0, 0, y, argmax);
        Assert.Equal(expected, argmax);
        Assert.Equal(expected.Select(i => x[i]).ToArray(), y);

        float[] yf = new float[expected.Length];
        int[] argmaxF = new int[expected.Length];
        Pooling2d.MaxForward<float>(x.Select(v => (float)v).ToArray(), batch, c, h, w, kh, kw, sh, sw, 0, 0, yf, argmaxF);
        Assert.Equal(expected, argmaxF);
    }

    [Fact]
    public void GatherByIndexFollowsTheArgmax()
    {
        double[] value = [1, 5, 2, 0, 3, 3, 9, 4];
        double[] tangent = [10, 20, 30, 40, 50, 60, 70, 80];
        double[] y = new double[2];
        int[] argmax = new int[2];
        Pooling2d.MaxForward<double>(value, 1, 2, 2, 2, 2, 2, 2, 2, 0, 0, y, argmax);
        double[] gathered = new double[2];
        Pooling2d.GatherByIndex<double>(tangent, argmax, gathered);
        Assert.Equal(new double[] { 20, 70 }, gathered);
        Assert.Equal("argmax", Assert.Throws<ArgumentException>(() => Pooling2d.GatherByIndex<double>(tangent, new[] { 0, 8 }, gathered)).ParamName);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AverageForwardAndBackwardMatchNaive(int batch, int c, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw)
    {
        (int oh, int ow) = Pooling2d.OutputSize(h, w, kh, kw, sh, sw, ph, pw);
        int outLength = batch * c * oh * ow;
        double[] x = KernelTestData.Random<double>(batch * c * h * w, 3);
        double[] gy = KernelTestData.Random<double>(outLength, 4);
        foreach (bool includePadding in new[] { true, false })
        {
            double[] y = new double[outLength];
            Pooling2d.AvgForward<double>(x, batch, c, h, w, kh, kw, sh, sw, ph, pw, y, includePadding);
            double[] gx = Enumerable.Repeat(double.NaN, x.Length).ToArray();
            Pooling2d.AvgBackward<double>(gy, batch, c, h, w, kh, kw, sh, sw, ph, pw, gx, includePadding);

            var expectedY = new double[outLength];
            var expectedGx = new double[x.Length];
            int o = 0;
            for (int plane = 0; plane < batch * c; plane++)
            {
                for (int oy = 0; oy < oh; oy++)
                {
                    for (int ox = 0; ox < ow; ox++, o++)
                    {
                        var taps = new List<int>();
                        for (int ky = 0; ky < kh; ky++)
                        {
                            for (int kx = 0; kx < kw; kx++)
                            {
                                int iy = (oy * sh) - ph + ky, ix = (ox * sw) - pw + kx;
                                if (iy >= 0 && iy < h && ix >= 0 && ix < w)
                                {
                                    taps.Add((plane * h * w) + (iy * w) + ix);
                                }
                            }
                        }

                        double divisor = includePadding ? kh * kw : Math.Max(1, taps.Count);
                        expectedY[o] = taps.Sum(i => x[i]) / divisor;
                        foreach (int i in taps)
                        {
                            expectedGx[i] += gy[o] / divisor;
                        }
                    }
                }
            }

            double[] tolY = expectedY.Select(v => 1e-14 * (1 + Math.Abs(v)) * kh * kw).ToArray();
            double[] tolGx = expectedGx.Select(v => 1e-14 * (1 + Math.Abs(v)) * kh * kw).ToArray();
            KernelTestData.AssertClose<double>(expectedY, y, tolY, $"avg forward includePadding={includePadding}");
            KernelTestData.AssertClose<double>(expectedGx, gx, tolGx, $"avg backward includePadding={includePadding}");

            // Adjoint identity <avg(x), gy> = <x, avgᵀ(gy)>.
            double lhs = y.Zip(gy, (a, b) => a * b).Sum(), rhs = x.Zip(gx, (a, b) => a * b).Sum();
            Assert.True(Math.Abs(lhs - rhs) <= 1e-10 * (1 + Math.Abs(lhs)), $"{lhs} vs {rhs}");
        }
    }

    [Fact]
    public void RejectsBadArgumentsNamingThem()
    {
        float[] x = new float[2 * 4 * 4], y = new float[2 * 2 * 2];
        int[] argmax = new int[8];
        Assert.Equal("padH", Assert.Throws<ArgumentException>(() => Pooling2d.MaxForward<float>(x, 1, 2, 4, 4, 2, 2, 2, 2, 2, 0, y, argmax)).ParamName);
        Assert.Equal("channels", Assert.ThrowsAny<ArgumentException>(() => Pooling2d.MaxForward<float>(x, 1, -2, 4, 4, 2, 2, 2, 2, 0, 0, y, argmax)).ParamName);
        Assert.Equal("argmax", Assert.Throws<ArgumentException>(() => Pooling2d.MaxForward<float>(x, 1, 2, 4, 4, 2, 2, 2, 2, 0, 0, y, argmax.AsSpan(1))).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => Pooling2d.AvgForward<float>(x, 1, 2, 4, 4, 2, 2, 2, 2, 0, 0, y.AsSpan(1))).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Pooling2d.AvgForward<float>(x.AsSpan(2), 1, 2, 4, 4, 2, 2, 2, 2, 0, 0, y)).ParamName);
        Assert.Equal("argmax", Assert.Throws<ArgumentException>(() => Pooling2d.MaxBackward<float>(y, new[] { 0, 1, 2, 3, 4, 5, 6, 99 }, x)).ParamName);
        Assert.Equal("kernelW", Assert.Throws<ArgumentException>(() => Pooling2d.AvgForward<float>(x, 1, 2, 4, 4, 2, 5, 2, 2, 0, 0, y)).ParamName);
    }

    private static int[] NaiveMaxArgmax(double[] x, int batch, int c, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw, int oh, int ow)
    {
        var result = new int[batch * c * oh * ow];
        int o = 0;
        for (int plane = 0; plane < batch * c; plane++)
        {
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++, o++)
                {
                    int best = -1;
                    for (int ky = 0; ky < kh; ky++)
                    {
                        for (int kx = 0; kx < kw; kx++)
                        {
                            int iy = (oy * sh) - ph + ky, ix = (ox * sw) - pw + kx;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w)
                            {
                                continue;
                            }

                            int i = (plane * h * w) + (iy * w) + ix;
                            if (best < 0 || x[i] > x[best])
                            {
                                best = i;
                            }
                        }
                    }

                    result[o] = best;
                }
            }
        }

        return result;
    }
}
