using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Tests.Kernels;

/// <summary>
/// The generic scalar kernels on <see cref="HyperDual{T}"/>: each of the four parts is checked against
/// the product rule written out on plain doubles (ε₁ part of Σ a·b is Σ a₁b₀ + a₀b₁, ε₁ε₂ part is
/// Σ a₁₂b₀ + a₁b₂ + a₂b₁ + a₀b₁₂), independent of the type's own operators.
/// </summary>
public sealed class HyperDualKernelTests
{
    private delegate double[] BilinearReference(double[] x, double[] y);

    [Theory]
    [InlineData(Transpose.None, Transpose.None)]
    [InlineData(Transpose.Transposed, Transpose.None)]
    [InlineData(Transpose.None, Transpose.Transposed)]
    [InlineData(Transpose.Transposed, Transpose.Transposed)]
    public void GemmPropagatesEveryPart(Transpose transA, Transpose transB)
    {
        foreach ((int m, int n, int k) in new[] { (1, 1, 1), (5, 7, 3), (13, 9, 17), (33, 20, 70) })
        {
            (int aRows, int aCols) = transA == Transpose.None ? (m, k) : (k, m);
            (int bRows, int bCols) = transB == Transpose.None ? (k, n) : (n, k);
            double[][] a = Parts(aRows * aCols, 10 + m);
            double[][] b = Parts(bRows * bCols, 20 + n);
            double[][] c0 = Parts(m * n, 30 + k);
            var alpha = new HyperDual<double>(1.5, 0.25, -0.5, 0.125);
            var beta = new HyperDual<double>(0.0, 1.0, 0.0, -2.0); // zero value, but not zero: C must be read

            HyperDual<double>[] c = Combine(c0);
            Gemm.Multiply(SimdLevel.Vector512, 2, transA, transB, m, n, k, alpha, Combine(a), aCols, Combine(b), bCols, beta, c, n);

            // Products of hyper-dual entries, written out per part: P = op(A)·op(B).
            BilinearReference product = (x, y) => Naive(transA, transB, m, n, k, x, aCols, y, bCols);
            double[][] p = HyperProduct(a, b, product);
            double[][] expected = HyperAxpby(alpha, p, beta, c0);
            AssertParts(expected, c, k, $"gemm {transA}/{transB} {m}x{n}x{k}");
        }
    }

    [Fact]
    public void GemmWithExactlyZeroBetaIgnoresNaNInC()
    {
        double[][] a = Parts(12, 1), b = Parts(12, 2);
        HyperDual<double>[] c = Enumerable.Repeat(new HyperDual<double>(double.NaN, double.NaN, double.NaN, double.NaN), 9).ToArray();
        Gemm.Multiply(Transpose.None, Transpose.None, 3, 3, 4, HyperDual<double>.One, Combine(a), 4, Combine(b), 3, HyperDual<double>.Zero, c, 3);
        double[][] expected = HyperProduct(a, b, (x, y) => Naive(Transpose.None, Transpose.None, 3, 3, 4, x, 4, y, 3));
        AssertParts(expected, c, 4, "beta = 0");
    }

    [Fact]
    public void ConvolutionForwardPropagatesEveryPart()
    {
        const int batch = 2, inC = 3, h = 7, w = 6, outC = 4, kh = 3, kw = 2, sh = 2, sw = 1, ph = 1, pw = 1;
        (int oh, int ow) = Convolution2d.OutputSize(h, w, kh, kw, sh, sw, ph, pw);
        double[][] x = Parts(batch * inC * h * w, 3);
        double[][] weight = Parts(outC * inC * kh * kw, 4);
        double[][] bias = Parts(outC, 5);
        var y = new HyperDual<double>[batch * outC * oh * ow];
        Convolution2d.Forward<HyperDual<double>>(Combine(x), batch, inC, h, w, Combine(weight), outC, kh, kw, Combine(bias), sh, sw, ph, pw, y);

        BilinearReference conv = (input, wt) => NaiveConv(input, wt, batch, inC, h, w, outC, kh, kw, sh, sw, ph, pw, oh, ow);
        double[][] expected = HyperProduct(x, weight, conv);
        for (int part = 0; part < 4; part++)
        {
            for (int i = 0; i < expected[part].Length; i++)
            {
                expected[part][i] += bias[part][i / (oh * ow) % outC];
            }
        }

        AssertParts(expected, y, inC * kh * kw, "conv forward");
    }

    [Fact]
    public void ConvolutionBackwardPropagatesEveryPart()
    {
        const int batch = 2, inC = 2, h = 6, w = 7, outC = 3, kh = 2, kw = 3, sh = 1, sw = 2, ph = 1, pw = 0;
        (int oh, int ow) = Convolution2d.OutputSize(h, w, kh, kw, sh, sw, ph, pw);
        double[][] x = Parts(batch * inC * h * w, 7);
        double[][] weight = Parts(outC * inC * kh * kw, 8);
        double[][] gy = Parts(batch * outC * oh * ow, 9);

        var gx = new HyperDual<double>[x[0].Length];
        Convolution2d.BackwardInput<HyperDual<double>>(Combine(gy), batch, inC, h, w, Combine(weight), outC, kh, kw, sh, sw, ph, pw, gx);
        var gw = new HyperDual<double>[weight[0].Length];
        var gb = new HyperDual<double>[outC];
        Convolution2d.BackwardWeight<HyperDual<double>>(Combine(x), batch, inC, h, w, Combine(gy), outC, kh, kw, sh, sw, ph, pw, gw, gb);

        // Both gradients are bilinear; written out with the forward's taps on plain doubles.
        double[] Taps(double[] input, double[] wt, double[] g, int which)
        {
            var result = new double[which == 0 ? input.Length : wt.Length];
            for (int n = 0; n < batch; n++)
            {
                for (int o = 0; o < outC; o++)
                {
                    for (int oy = 0; oy < oh; oy++)
                    {
                        for (int ox = 0; ox < ow; ox++)
                        {
                            double gv = g[(((n * outC) + o) * oh + oy) * ow + ox];
                            for (int c = 0; c < inC; c++)
                            {
                                for (int ky = 0; ky < kh; ky++)
                                {
                                    for (int kx = 0; kx < kw; kx++)
                                    {
                                        int iy = (oy * sh) - ph + ky, ix = (ox * sw) - pw + kx;
                                        if (iy < 0 || iy >= h || ix < 0 || ix >= w)
                                        {
                                            continue;
                                        }

                                        int xi = (((n * inC) + c) * h + iy) * w + ix, wi = (((o * inC) + c) * kh + ky) * kw + kx;
                                        if (which == 0)
                                        {
                                            result[xi] += wt[wi] * gv;
                                        }
                                        else
                                        {
                                            result[wi] += input[xi] * gv;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            return result;
        }

        AssertParts(HyperProduct(gy, weight, (g, wt) => Taps(new double[x[0].Length], wt, g, 0)), gx, outC * kh * kw, "conv backward input");
        AssertParts(HyperProduct(x, gy, (input, g) => Taps(input, new double[weight[0].Length], g, 1)), gw, batch * oh * ow, "conv backward weight");
        double[][] expectedBias = gy.Select(part => Enumerable.Range(0, outC).Select(o =>
            Enumerable.Range(0, batch).Sum(n => Enumerable.Range(0, oh * ow).Sum(p => part[(((n * outC) + o) * oh * ow) + p]))).ToArray()).ToArray();
        AssertParts(expectedBias, gb, batch * oh * ow, "conv backward bias");
    }

    [Fact]
    public void MaxPoolingChoosesByValueAndGathersEveryPart()
    {
        double[][] x = Parts(2 * 6 * 6, 6);
        HyperDual<double>[] input = Combine(x);
        var y = new HyperDual<double>[2 * 3 * 3];
        int[] argmax = new int[y.Length];
        Pooling2d.MaxForward<HyperDual<double>>(input, 1, 2, 6, 6, 2, 2, 2, 2, 0, 0, y, argmax);
        double[] valueOut = new double[y.Length];
        int[] valueArgmax = new int[y.Length];
        Pooling2d.MaxForward<double>(x[0], 1, 2, 6, 6, 2, 2, 2, 2, 0, 0, valueOut, valueArgmax);
        Assert.Equal(valueArgmax, argmax);
        for (int i = 0; i < y.Length; i++)
        {
            Assert.Equal(input[argmax[i]].Epsilon1, y[i].Epsilon1);
            Assert.Equal(input[argmax[i]].Epsilon12, y[i].Epsilon12);
        }
    }

    private static double[][] Parts(int length, int seed) =>
        [KernelTestData.Random<double>(length, seed), KernelTestData.Random<double>(length, seed + 100),
         KernelTestData.Random<double>(length, seed + 200), KernelTestData.Random<double>(length, seed + 300)];

    private static HyperDual<double>[] Combine(double[][] parts) =>
        Enumerable.Range(0, parts[0].Length).Select(i => new HyperDual<double>(parts[0][i], parts[1][i], parts[2][i], parts[3][i])).ToArray();

    /// <summary>Parts of a bilinear map of hyper-dual arguments: f(x, y) with x = x0 + x1ε₁ + x2ε₂ + x12ε₁ε₂ (same for y).</summary>
    private static double[][] HyperProduct(double[][] x, double[][] y, BilinearReference f)
    {
        double[] v = f(x[0], y[0]);
        double[] e1 = Add(f(x[1], y[0]), f(x[0], y[1]));
        double[] e2 = Add(f(x[2], y[0]), f(x[0], y[2]));
        double[] e12 = Add(Add(f(x[3], y[0]), f(x[1], y[2])), Add(f(x[2], y[1]), f(x[0], y[3])));
        return [v, e1, e2, e12];
    }

    /// <summary>alpha·P + beta·C0 on hyper-dual parts, written out.</summary>
    private static double[][] HyperAxpby(HyperDual<double> alpha, double[][] p, HyperDual<double> beta, double[][] c0)
    {
        double[][] r = [new double[p[0].Length], new double[p[0].Length], new double[p[0].Length], new double[p[0].Length]];
        for (int i = 0; i < r[0].Length; i++)
        {
            r[0][i] = (alpha.Value * p[0][i]) + (beta.Value * c0[0][i]);
            r[1][i] = (alpha.Epsilon1 * p[0][i]) + (alpha.Value * p[1][i]) + (beta.Epsilon1 * c0[0][i]) + (beta.Value * c0[1][i]);
            r[2][i] = (alpha.Epsilon2 * p[0][i]) + (alpha.Value * p[2][i]) + (beta.Epsilon2 * c0[0][i]) + (beta.Value * c0[2][i]);
            r[3][i] = (alpha.Epsilon12 * p[0][i]) + (alpha.Epsilon1 * p[2][i]) + (alpha.Epsilon2 * p[1][i]) + (alpha.Value * p[3][i])
                + (beta.Epsilon12 * c0[0][i]) + (beta.Epsilon1 * c0[2][i]) + (beta.Epsilon2 * c0[1][i]) + (beta.Value * c0[3][i]);
        }

        return r;
    }

    private static void AssertParts(double[][] expected, HyperDual<double>[] actual, int terms, string what)
    {
        string[] names = ["value", "eps1", "eps2", "eps12"];
        for (int part = 0; part < 4; part++)
        {
            double[] got = actual.Select(h => part switch { 0 => h.Value, 1 => h.Epsilon1, 2 => h.Epsilon2, _ => h.Epsilon12 }).ToArray();
            double[] tolerance = expected[part].Select(e => 1e-13 * (terms + 4) * (1 + Math.Abs(e))).ToArray();
            KernelTestData.AssertClose<double>(expected[part], got, tolerance, $"{what} {names[part]}");
        }
    }

    private static double[] Add(double[] x, double[] y) => x.Zip(y, (p, q) => p + q).ToArray();

    private static double[] Naive(Transpose transA, Transpose transB, int m, int n, int k, double[] a, int lda, double[] b, int ldb)
    {
        var c = new double[m * n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                {
                    sum += (transA == Transpose.None ? a[(i * lda) + p] : a[(p * lda) + i]) * (transB == Transpose.None ? b[(p * ldb) + j] : b[(j * ldb) + p]);
                }

                c[(i * n) + j] = sum;
            }
        }

        return c;
    }

    private static double[] NaiveConv(double[] x, double[] weight, int batch, int inC, int h, int w, int outC, int kh, int kw, int sh, int sw, int ph, int pw, int oh, int ow)
    {
        var y = new double[batch * outC * oh * ow];
        for (int n = 0; n < batch; n++)
        {
            for (int o = 0; o < outC; o++)
            {
                for (int oy = 0; oy < oh; oy++)
                {
                    for (int ox = 0; ox < ow; ox++)
                    {
                        double sum = 0;
                        for (int c = 0; c < inC; c++)
                        {
                            for (int ky = 0; ky < kh; ky++)
                            {
                                for (int kx = 0; kx < kw; kx++)
                                {
                                    int iy = (oy * sh) - ph + ky, ix = (ox * sw) - pw + kx;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < w)
                                    {
                                        sum += weight[(((o * inC) + c) * kh + ky) * kw + kx] * x[(((n * inC) + c) * h + iy) * w + ix];
                                    }
                                }
                            }
                        }

                        y[(((n * outC) + o) * oh + oy) * ow + ox] = sum;
                    }
                }
            }
        }

        return y;
    }
}
