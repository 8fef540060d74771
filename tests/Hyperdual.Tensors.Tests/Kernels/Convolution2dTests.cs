using System.Numerics;
using System.Runtime.InteropServices;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Tests.Kernels;

public sealed class Convolution2dTests
{
    /// <summary>(batch, inC, H, W, outC, kh, kw, sh, sw, ph, pw): strides, padding, non-square kernels, odd sizes, model shapes.</summary>
    public static IEnumerable<object[]> Cases() =>
    [
        [2, 3, 7, 9, 4, 3, 2, 1, 2, 1, 0],
        [1, 1, 5, 5, 1, 5, 5, 1, 1, 0, 0],
        [3, 2, 8, 6, 5, 3, 3, 2, 2, 1, 1],
        [2, 2, 5, 7, 3, 2, 4, 3, 1, 3, 2],
        [1, 4, 11, 13, 2, 1, 1, 2, 3, 0, 1],
        [3, 1, 28, 28, 20, 5, 5, 1, 1, 0, 0],
        [2, 20, 12, 12, 50, 5, 5, 1, 1, 0, 0],
        [5, 16, 32, 32, 4, 5, 5, 1, 1, 2, 2], // several im2col chunks
        [2, 2, 11, 13, 11, 3, 3, 1, 1, 0, 0], // direct path: 11 channels (8 + 3), 11 columns (vector + scalar tail)
        [1, 3, 9, 20, 17, 2, 4, 1, 1, 0, 0], // direct path, non-square window
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ForwardMatchesNaiveInFloatAndDouble(int batch, int inC, int h, int w, int outC, int kh, int kw, int sh, int sw, int ph, int pw)
    {
        var s = new Shape(batch, inC, h, w, outC, kh, kw, sh, sw, ph, pw);
        CheckForward<float>(s, withBias: true);
        CheckForward<double>(s, withBias: true);
        CheckForward<double>(s, withBias: false);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BackwardInputMatchesNaiveAndIsTheAdjoint(int batch, int inC, int h, int w, int outC, int kh, int kw, int sh, int sw, int ph, int pw)
    {
        var s = new Shape(batch, inC, h, w, outC, kh, kw, sh, sw, ph, pw);
        double[] x = KernelTestData.Random<double>(s.InputLength, 1);
        double[] weight = KernelTestData.Random<double>(s.WeightLength, 2);
        double[] gy = KernelTestData.Random<double>(s.OutputLength, 3);

        double[] gx = new double[s.InputLength];
        Array.Fill(gx, double.NaN); // overwritten, never read
        Convolution2d.BackwardInput<double>(gy, batch, inC, h, w, weight, outC, kh, kw, sh, sw, ph, pw, gx);
        (double[] expected, double[] magnitude) = NaiveBackwardInput(s, gy, weight);
        KernelTestData.AssertClose<double>(expected, gx, magnitude, s.OutputLength, "backward input");

        // Adjoint identity <conv(x), gy> = <x, convᵀ(gy)>.
        double[] y = new double[s.OutputLength];
        Convolution2d.Forward<double>(x, batch, inC, h, w, weight, outC, kh, kw, ReadOnlySpan<double>.Empty, sh, sw, ph, pw, y);
        double lhs = Dot(y, gy), rhs = Dot(x, gx);
        Assert.True(Math.Abs(lhs - rhs) <= 1e-12 * (1 + Math.Abs(lhs)) * s.OutputLength, $"<conv x, y> = {lhs}, <x, convT y> = {rhs}");

        float[] gxFloat = new float[s.InputLength];
        Convolution2d.BackwardInput<float>(ToFloat(gy), batch, inC, h, w, ToFloat(weight), outC, kh, kw, sh, sw, ph, pw, gxFloat);
        KernelTestData.AssertClose<float>(expected, gxFloat, magnitude, s.OutputLength, "backward input float");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BackwardWeightMatchesNaiveAndTheLinearIdentity(int batch, int inC, int h, int w, int outC, int kh, int kw, int sh, int sw, int ph, int pw)
    {
        var s = new Shape(batch, inC, h, w, outC, kh, kw, sh, sw, ph, pw);
        double[] x = KernelTestData.Random<double>(s.InputLength, 4);
        double[] gy = KernelTestData.Random<double>(s.OutputLength, 5);
        double[] gw = Enumerable.Repeat(double.NaN, s.WeightLength).ToArray();
        double[] gb = Enumerable.Repeat(double.NaN, outC).ToArray();
        Convolution2d.BackwardWeight<double>(x, batch, inC, h, w, gy, outC, kh, kw, sh, sw, ph, pw, gw, gb);

        (double[] expectedW, double[] magnitudeW, double[] expectedB, double[] magnitudeB) = NaiveBackwardWeight(s, x, gy);
        KernelTestData.AssertClose<double>(expectedW, gw, magnitudeW, s.OutputLength, "backward weight");
        KernelTestData.AssertClose<double>(expectedB, gb, magnitudeB, s.OutputLength, "backward bias");

        // conv is linear in (weight, bias): <dL/dW, V> + <dL/db, u> = <conv(x; V, u), gy> for any V, u.
        double[] v = KernelTestData.Random<double>(s.WeightLength, 6);
        double[] u = KernelTestData.Random<double>(outC, 7);
        double[] y = new double[s.OutputLength];
        Convolution2d.Forward<double>(x, batch, inC, h, w, v, outC, kh, kw, u, sh, sw, ph, pw, y);
        double lhs = Dot(gw, v) + Dot(gb, u), rhs = Dot(y, gy);
        Assert.True(Math.Abs(lhs - rhs) <= 1e-12 * (1 + Math.Abs(rhs)) * s.OutputLength, $"{lhs} vs {rhs}");

        float[] gwFloat = new float[s.WeightLength];
        Convolution2d.BackwardWeight<float>(ToFloat(x), batch, inC, h, w, ToFloat(gy), outC, kh, kw, sh, sw, ph, pw, gwFloat, Span<float>.Empty);
        KernelTestData.AssertClose<float>(expectedW, gwFloat, magnitudeW, s.OutputLength, "backward weight float");
    }

    [Fact]
    public void GenericElementTypeMatchesNaive()
    {
        var s = new Shape(2, 3, 6, 5, 2, 3, 2, 2, 1, 1, 1);
        CheckForward<NFloat>(s, withBias: true);
    }

    [Fact]
    public void Im2ColThenCol2ImMultipliesEachElementByItsWindowCount()
    {
        // col2im(im2col(1)) counts how many windows cover each input element; check against a direct count.
        var s = new Shape(2, 2, 6, 7, 1, 3, 2, 2, 1, 1, 1);
        (int oh, int ow) = Convolution2d.OutputSize(s.H, s.W, s.KH, s.KW, s.SH, s.SW, s.PH, s.PW);
        double[] ones = Enumerable.Repeat(1.0, s.InputLength).ToArray();
        double[] columns = new double[s.Batch * oh * ow * s.InC * s.KH * s.KW];
        Convolution2d.Im2Col<double>(ones, s.Batch, s.InC, s.H, s.W, s.KH, s.KW, s.SH, s.SW, s.PH, s.PW, columns);
        double[] folded = new double[s.InputLength];
        Convolution2d.Col2Im<double>(columns, s.Batch, s.InC, s.H, s.W, s.KH, s.KW, s.SH, s.SW, s.PH, s.PW, folded);
        for (int y = 0; y < s.H; y++)
        {
            for (int x = 0; x < s.W; x++)
            {
                int count = 0;
                for (int oy = 0; oy < oh; oy++)
                {
                    for (int ox = 0; ox < ow; ox++)
                    {
                        int dy = y - ((oy * s.SH) - s.PH), dx = x - ((ox * s.SW) - s.PW);
                        count += dy >= 0 && dy < s.KH && dx >= 0 && dx < s.KW ? 1 : 0;
                    }
                }

                Assert.Equal(count, folded[(((1 * s.InC) + 1) * s.H * s.W) + (y * s.W) + x]);
            }
        }
    }

    [Fact]
    public void OutputSizeFollowsTheFloorFormula()
    {
        Assert.Equal((24, 24), Convolution2d.OutputSize(28, 28, 5, 5, 1, 1, 0, 0));
        Assert.Equal((4, 3), Convolution2d.OutputSize(7, 9, 3, 4, 2, 3, 1, 1));
        Assert.Equal((1, 1), Convolution2d.OutputSize(1, 1, 3, 3, 1, 1, 1, 1));
    }

    [Fact]
    public void RejectsBadArgumentsNamingThem()
    {
        float[] x = new float[2 * 3 * 5 * 5], wt = new float[4 * 3 * 3 * 3], y = new float[2 * 4 * 3 * 3];
        Assert.Equal("batch", Assert.ThrowsAny<ArgumentException>(() => Convolution2d.Forward<float>(x, -1, 3, 5, 5, wt, 4, 3, 3, [], 1, 1, 0, 0, y)).ParamName);
        Assert.Equal("height", Assert.ThrowsAny<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 0, 5, wt, 4, 3, 3, [], 1, 1, 0, 0, y)).ParamName);
        Assert.Equal("strideW", Assert.ThrowsAny<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 5, 5, wt, 4, 3, 3, [], 1, 0, 0, 0, y)).ParamName);
        Assert.Equal("padH", Assert.ThrowsAny<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 5, 5, wt, 4, 3, 3, [], 1, 1, -1, 0, y)).ParamName);
        Assert.Equal("kernelH", Assert.ThrowsAny<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 5, 5, wt, 4, 6, 3, [], 1, 1, 0, 0, y)).ParamName);
        Assert.Equal("outChannels", Assert.ThrowsAny<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 5, 5, wt, -4, 3, 3, [], 1, 1, 0, 0, y)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Convolution2d.Forward<float>(x.AsSpan(1), 2, 3, 5, 5, wt, 4, 3, 3, [], 1, 1, 0, 0, y)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 5, 5, wt.AsSpan(1), 4, 3, 3, [], 1, 1, 0, 0, y)).ParamName);
        Assert.Equal("bias", Assert.Throws<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 5, 5, wt, 4, 3, 3, new float[3], 1, 1, 0, 0, y)).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => Convolution2d.Forward<float>(x, 2, 3, 5, 5, wt, 4, 3, 3, [], 1, 1, 0, 0, y.AsSpan(1))).ParamName);
        Assert.Equal("gradInput", Assert.Throws<ArgumentException>(() => Convolution2d.BackwardInput<float>(y, 2, 3, 5, 5, wt, 4, 3, 3, 1, 1, 0, 0, x.AsSpan(1))).ParamName);
        Assert.Equal("gradOutput", Assert.Throws<ArgumentException>(() => Convolution2d.BackwardWeight<float>(x, 2, 3, 5, 5, y.AsSpan(1), 4, 3, 3, 1, 1, 0, 0, wt, [])).ParamName);
        Assert.Equal("gradBias", Assert.Throws<ArgumentException>(() => Convolution2d.BackwardWeight<float>(x, 2, 3, 5, 5, y, 4, 3, 3, 1, 1, 0, 0, wt, new float[2])).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => Convolution2d.Im2Col<float>(x, 2, 3, 5, 5, 3, 3, 1, 1, 0, 0, new float[5])).ParamName);
    }

    private static void CheckForward<T>(Shape s, bool withBias)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] x = KernelTestData.Random<T>(s.InputLength, 11);
        T[] weight = KernelTestData.Random<T>(s.WeightLength, 12);
        T[] bias = withBias ? KernelTestData.Random<T>(s.OutC, 13) : [];
        T[] y = Enumerable.Repeat(T.NaN, s.OutputLength).ToArray();
        Convolution2d.Forward<T>(x, s.Batch, s.InC, s.H, s.W, weight, s.OutC, s.KH, s.KW, bias, s.SH, s.SW, s.PH, s.PW, y);
        (double[] expected, double[] magnitude) = NaiveForward(s, KernelTestData.ToDouble<T>(x), KernelTestData.ToDouble<T>(weight), KernelTestData.ToDouble<T>(bias));
        KernelTestData.AssertClose<T>(expected, y, magnitude, s.InC * s.KH * s.KW, $"forward {typeof(T).Name}");
    }

    private static (double[] Value, double[] Magnitude) NaiveForward(Shape s, double[] x, double[] weight, double[] bias)
    {
        var y = new double[s.OutputLength];
        var mag = new double[s.OutputLength];
        for (int n = 0; n < s.Batch; n++)
        {
            for (int o = 0; o < s.OutC; o++)
            {
                for (int oy = 0; oy < s.OH; oy++)
                {
                    for (int ox = 0; ox < s.OW; ox++)
                    {
                        double sum = bias.Length == 0 ? 0 : bias[o], m = Math.Abs(sum);
                        for (int c = 0; c < s.InC; c++)
                        {
                            for (int ky = 0; ky < s.KH; ky++)
                            {
                                for (int kx = 0; kx < s.KW; kx++)
                                {
                                    int iy = (oy * s.SH) - s.PH + ky, ix = (ox * s.SW) - s.PW + kx;
                                    if (iy < 0 || iy >= s.H || ix < 0 || ix >= s.W)
                                    {
                                        continue;
                                    }

                                    double t = weight[(((o * s.InC) + c) * s.KH + ky) * s.KW + kx] * x[(((n * s.InC) + c) * s.H + iy) * s.W + ix];
                                    sum += t;
                                    m += Math.Abs(t);
                                }
                            }
                        }

                        int idx = (((n * s.OutC) + o) * s.OH + oy) * s.OW + ox;
                        y[idx] = sum;
                        mag[idx] = m;
                    }
                }
            }
        }

        return (y, mag);
    }

    private static (double[] Value, double[] Magnitude) NaiveBackwardInput(Shape s, double[] gy, double[] weight)
    {
        var gx = new double[s.InputLength];
        var mag = new double[s.InputLength];
        ForEachTap(s, (n, o, oy, ox, c, iy, ix, wIndex) =>
        {
            int xi = (((n * s.InC) + c) * s.H + iy) * s.W + ix;
            double t = weight[wIndex] * gy[(((n * s.OutC) + o) * s.OH + oy) * s.OW + ox];
            gx[xi] += t;
            mag[xi] += Math.Abs(t);
        });
        return (gx, mag);
    }

    private static (double[] W, double[] MagW, double[] B, double[] MagB) NaiveBackwardWeight(Shape s, double[] x, double[] gy)
    {
        var gw = new double[s.WeightLength];
        var magW = new double[s.WeightLength];
        ForEachTap(s, (n, o, oy, ox, c, iy, ix, wIndex) =>
        {
            double t = x[(((n * s.InC) + c) * s.H + iy) * s.W + ix] * gy[(((n * s.OutC) + o) * s.OH + oy) * s.OW + ox];
            gw[wIndex] += t;
            magW[wIndex] += Math.Abs(t);
        });
        var gb = new double[s.OutC];
        var magB = new double[s.OutC];
        for (int n = 0; n < s.Batch; n++)
        {
            for (int o = 0; o < s.OutC; o++)
            {
                for (int p = 0; p < s.OH * s.OW; p++)
                {
                    double t = gy[(((n * s.OutC) + o) * s.OH * s.OW) + p];
                    gb[o] += t;
                    magB[o] += Math.Abs(t);
                }
            }
        }

        return (gw, magW, gb, magB);
    }

    private static void ForEachTap(Shape s, Action<int, int, int, int, int, int, int, int> tap)
    {
        for (int n = 0; n < s.Batch; n++)
        {
            for (int o = 0; o < s.OutC; o++)
            {
                for (int oy = 0; oy < s.OH; oy++)
                {
                    for (int ox = 0; ox < s.OW; ox++)
                    {
                        for (int c = 0; c < s.InC; c++)
                        {
                            for (int ky = 0; ky < s.KH; ky++)
                            {
                                for (int kx = 0; kx < s.KW; kx++)
                                {
                                    int iy = (oy * s.SH) - s.PH + ky, ix = (ox * s.SW) - s.PW + kx;
                                    if (iy >= 0 && iy < s.H && ix >= 0 && ix < s.W)
                                    {
                                        tap(n, o, oy, ox, c, iy, ix, (((o * s.InC) + c) * s.KH + ky) * s.KW + kx);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static float[] ToFloat(double[] values) => values.Select(v => (float)v).ToArray();

    private readonly record struct Shape(int Batch, int InC, int H, int W, int OutC, int KH, int KW, int SH, int SW, int PH, int PW)
    {
        public int OH => ((H + (2 * PH) - KH) / SH) + 1;

        public int OW => ((W + (2 * PW) - KW) / SW) + 1;

        public int InputLength => Batch * InC * H * W;

        public int WeightLength => OutC * InC * KH * KW;

        public int OutputLength => Batch * OutC * OH * OW;
    }
}
