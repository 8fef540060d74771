using System.Numerics;
using System.Runtime.InteropServices;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Tests.Kernels;

public sealed class GemmTests
{
    /// <summary>(m, n, k) spread over 1..67: edges below, at and above every register tile width.</summary>
    private static readonly (int M, int N, int K)[] SmallShapes =
    [
        (1, 1, 1), (1, 67, 3), (67, 1, 5), (2, 3, 1), (3, 5, 7), (5, 8, 2), (6, 16, 9), (7, 17, 16),
        (8, 32, 31), (9, 33, 17), (13, 7, 64), (16, 48, 33), (17, 31, 67), (24, 64, 1), (31, 9, 47),
        (33, 65, 23), (47, 15, 40), (64, 64, 64), (67, 67, 67), (12, 10, 50),
    ];

    /// <summary>Shapes past the cache blocks (kc, mc, nc), so block edges and beta accumulation across k blocks are hit.</summary>
    private static readonly (int M, int N, int K)[] BlockShapes = [(300, 70, 600), (130, 530, 290), (21, 4500, 130)];

    public static TheoryData<SimdLevel, Transpose, Transpose> LevelsAndTransposes()
    {
        var data = new TheoryData<SimdLevel, Transpose, Transpose>();
        foreach (SimdLevel level in Enum.GetValues<SimdLevel>())
        {
            foreach (Transpose ta in Enum.GetValues<Transpose>())
            {
                foreach (Transpose tb in Enum.GetValues<Transpose>())
                {
                    data.Add(level, ta, tb);
                }
            }
        }

        return data;
    }

    public static TheoryData<SimdLevel> Levels()
    {
        var data = new TheoryData<SimdLevel>();
        foreach (SimdLevel level in Enum.GetValues<SimdLevel>())
        {
            data.Add(level);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LevelsAndTransposes))]
    public void FloatMatchesNaiveOnSmallShapes(SimdLevel level, Transpose transA, Transpose transB)
    {
        int seed = 1;
        foreach ((int m, int n, int k) in SmallShapes)
        {
            CheckAgainstNaive<float>(level, 1, transA, transB, m, n, k, 1.5f, 0.5f, seed++);
            CheckAgainstNaive<float>(level, 1, transA, transB, m, n, k, -0.75f, 0f, seed++);
        }
    }

    [Theory]
    [MemberData(nameof(LevelsAndTransposes))]
    public void DoubleMatchesNaiveOnSmallShapes(SimdLevel level, Transpose transA, Transpose transB)
    {
        int seed = 100;
        foreach ((int m, int n, int k) in SmallShapes)
        {
            CheckAgainstNaive<double>(level, 1, transA, transB, m, n, k, 1.0, 1.0, seed++);
            CheckAgainstNaive<double>(level, 1, transA, transB, m, n, k, 2.5, 0.0, seed++);
        }
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void FloatMatchesNaivePastCacheBlocks(SimdLevel level)
    {
        int seed = 200;
        foreach ((int m, int n, int k) in BlockShapes)
        {
            CheckAgainstNaive<float>(level, 1, Transpose.None, Transpose.None, m, n, k, 1f, 0.25f, seed++);
            CheckAgainstNaive<float>(level, 1, Transpose.Transposed, Transpose.Transposed, m, n, k, 1f, 0f, seed++);
        }
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void DoubleMatchesNaivePastCacheBlocks(SimdLevel level)
    {
        int seed = 300;
        foreach ((int m, int n, int k) in BlockShapes)
        {
            CheckAgainstNaive<double>(level, 1, Transpose.None, Transpose.Transposed, m, n, k, -1.0, 0.5, seed++);
            CheckAgainstNaive<double>(level, 1, Transpose.Transposed, Transpose.None, m, n, k, 1.0, 0.0, seed++);
        }
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void MultiThreadedMatchesNaiveAndIsBitIdenticalToSingleThreaded(SimdLevel level)
    {
        foreach ((int m, int n, int k) in new[] { (515, 130, 260), (128, 2048, 512), (2000, 10, 97) })
        {
            float[] a = KernelTestData.Random<float>(m * k, 7);
            float[] b = KernelTestData.Random<float>(k * n, 8);
            float[] c0 = KernelTestData.Random<float>(m * n, 9);
            float[] single = (float[])c0.Clone();
            Gemm.Multiply(level, 1, Transpose.None, Transpose.None, m, n, k, 0.5f, a, k, b, n, 2f, single, n);
            foreach (int threads in new[] { 2, 3, 8 })
            {
                float[] multi = (float[])c0.Clone();
                Gemm.Multiply(level, threads, Transpose.None, Transpose.None, m, n, k, 0.5f, a, k, b, n, 2f, multi, n);
                Assert.Equal(single, multi);
            }

            if ((long)m * n * k <= 20_000_000)
            {
                CheckAgainstNaive<float>(level, 2, Transpose.None, Transpose.Transposed, m, n, k, 1f, 0f, 11);
            }
        }
    }

    [Fact]
    public void ThreadPlanSplitsComputeBoundProductsOnly()
    {
        Assert.Equal((2, true), GemmThreadPlan.Plan(1024, 1024, 1024, 8, 32, 4, 2));
        Assert.Equal((2, true), GemmThreadPlan.Plan(515, 130, 260, 8, 32, 4, 2));   // the multi-threaded test's row split
        Assert.Equal((2, true), GemmThreadPlan.Plan(128, 2048, 512, 8, 32, 4, 2));
        Assert.Equal((8, false), GemmThreadPlan.Plan(128, 2048, 512, 8, 32, 4, 8)); // the multi-threaded test's column split (8 threads)
        Assert.Equal(1, GemmThreadPlan.Plan(1024, 1024, 1024, 8, 32, 4, 1).Threads);
        Assert.Equal(1, GemmThreadPlan.Plan(16, 16, 16, 8, 32, 4, 2).Threads);          // too little work
        Assert.Equal(1, GemmThreadPlan.Plan(5120, 10, 784, 8, 32, 4, 2).Threads);      // logreg: memory bound
        Assert.Equal(1, GemmThreadPlan.Plan(2048 * 576, 20, 25, 8, 32, 4, 2).Threads); // conv1 im2col: memory bound
        Assert.Equal(2, GemmThreadPlan.Plan(1024, 40, 784, 8, 32, 4, 2).Threads);      // logreg's fused K = 3 product
        Assert.Equal(2, GemmThreadPlan.Plan(50, 2048, 500, 8, 32, 4, 2).Threads);      // conv2, weight times one chunk's columns
        Assert.Equal(8, GemmThreadPlan.Plan(2048, 2048, 2048, 8, 32, 4, 8).Threads);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void ShortProductsReadingBInPlaceMatchThePackedPathBitForBit(SimdLevel level)
    {
        // Up to 8 row tiles read a row-major B in place; 9 or more pack it. Each row of C is computed the same way
        // whatever the others, so the first rows of a taller product must equal the short product exactly, with a
        // partial last column panel, several k blocks, a padded ldb, and beta reading C. Every n is wider than the
        // narrow-C path (4 panels of 32 at the widest level), which would take both products alike.
        foreach ((int m, int n, int k, int ldb) in new[] { (50, 2048 + 7, 500, 2048 + 7), (9, 300, 900, 311), (64, 150, 17, 160) })
        {
            int tall = 80;
            float[] a = KernelTestData.Random<float>(tall * k, 21);
            float[] b = KernelTestData.Random<float>(k * ldb, 22);
            float[] c0 = KernelTestData.Random<float>(tall * n, 23);
            float[] shortC = c0[..(m * n)];
            float[] tallC = (float[])c0.Clone();
            Gemm.Multiply(level, 1, Transpose.None, Transpose.None, m, n, k, 0.5f, a, k, b, ldb, 2f, shortC, n);
            Gemm.Multiply(level, 1, Transpose.None, Transpose.None, tall, n, k, 0.5f, a, k, b, ldb, 2f, tallC, n);
            Assert.Equal(tallC[..(m * n)], shortC);
        }

        CheckAgainstNaive<float>(level, 1, Transpose.None, Transpose.None, 50, 300, 260, 1f, 0f, 24);
        CheckAgainstNaive<double>(level, 1, Transpose.Transposed, Transpose.None, 13, 70, 45, 1.0, 0.5, 25);
    }

    [Fact]
    public void GenericScalarPathRunsForOtherFloatingPointTypes()
    {
        // NFloat is neither float nor double, so it takes the generic scalar kernel (at every requested level).
        int seed = 400;
        foreach (SimdLevel level in Enum.GetValues<SimdLevel>())
        {
            foreach ((int m, int n, int k) in SmallShapes)
            {
                CheckAgainstNaive<NFloat>(level, 1, Transpose.Transposed, Transpose.None, m, n, k, (NFloat)1.25, (NFloat)0.5, seed++);
            }

            CheckAgainstNaive<NFloat>(level, 2, Transpose.None, Transpose.None, 300, 70, 600, (NFloat)1, (NFloat)0, seed++);
        }
    }

    [Fact]
    public void HalfWithSmallIntegersIsExact()
    {
        // Products and sums of small integers are exact in Half, so the generic kernel must match exactly.
        const int m = 9, n = 11, k = 13;
        Half[] a = KernelTestData.SmallIntegers<Half>(m * k, 1, 3);
        Half[] b = KernelTestData.SmallIntegers<Half>(k * n, 2, 3);
        Half[] c = KernelTestData.SmallIntegers<Half>(m * n, 3, 3);
        double[] expected = Naive(Transpose.None, Transpose.None, m, n, k, 2.0, KernelTestData.ToDouble<Half>(a), k,
            KernelTestData.ToDouble<Half>(b), n, -1.0, KernelTestData.ToDouble<Half>(c), n, out _);
        Gemm.Multiply(SimdLevel.Vector512, Transpose.None, Transpose.None, m, n, k, (Half)2, a, k, b, n, (Half)(-1), c, n);
        Assert.Equal(expected, KernelTestData.ToDouble<Half>(c));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void BetaZeroIgnoresNaNInC(SimdLevel level)
    {
        const int m = 19, n = 37, k = 11;
        float[] a = KernelTestData.Random<float>(m * k, 1);
        float[] b = KernelTestData.Random<float>(k * n, 2);
        float[] c = Enumerable.Repeat(float.NaN, m * n).ToArray();
        Gemm.Multiply(level, Transpose.None, Transpose.None, m, n, k, 1f, a, k, b, n, 0f, c, n);
        Assert.All(c, x => Assert.True(float.IsFinite(x)));
        double[] expected = Naive(Transpose.None, Transpose.None, m, n, k, 1, KernelTestData.ToDouble<float>(a), k,
            KernelTestData.ToDouble<float>(b), n, 0, new double[m * n], n, out double[] magnitude);
        KernelTestData.AssertClose<float>(expected, c, magnitude, k, "beta=0 over NaN");
    }

    [Fact]
    public void AlphaZeroOrEmptyKScalesCByBeta()
    {
        const int m = 5, n = 6;
        float[] a = Enumerable.Repeat(float.NaN, m * 4).ToArray();
        float[] b = Enumerable.Repeat(float.NaN, 4 * n).ToArray();
        float[] c = KernelTestData.Random<float>(m * n, 3);
        float[] expected = c.Select(x => 3 * x).ToArray();
        Gemm.Multiply(SimdLevel.Scalar, Transpose.None, Transpose.None, m, n, 0, 1f, a, 4, b, n, 3f, c, n);
        Assert.Equal(expected, c);

        float[] nanC = Enumerable.Repeat(float.NaN, m * n).ToArray();
        Gemm.Multiply(Transpose.None, Transpose.None, m, n, 0, 1f, a, 4, b, n, 0f, nanC, n);
        Assert.All(nanC, x => Assert.Equal(0f, x));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void StridedOperandsLeavePaddingUntouched(SimdLevel level)
    {
        // Padding past each row's used columns holds NaN in A and B (must never be read) and a sentinel in C (must stay).
        foreach ((Transpose ta, Transpose tb) in new[] { (Transpose.None, Transpose.None), (Transpose.Transposed, Transpose.Transposed), (Transpose.None, Transpose.Transposed) })
        {
            const int m = 23, n = 35, k = 29;
            (int aRows, int aCols) = ta == Transpose.None ? (m, k) : (k, m);
            (int bRows, int bCols) = tb == Transpose.None ? (k, n) : (n, k);
            int lda = aCols + 5, ldb = bCols + 3, ldc = n + 7;
            double[] aD = Padded(aRows, aCols, lda, 21, double.NaN);
            double[] bD = Padded(bRows, bCols, ldb, 22, double.NaN);
            double[] cD = Padded(m, n, ldc, 23, 12345.0);
            float[] a = aD.Select(x => (float)x).ToArray();
            float[] b = bD.Select(x => (float)x).ToArray();
            float[] c = cD.Select(x => (float)x).ToArray();
            double[] expected = Naive(ta, tb, m, n, k, 1.0, KernelTestData.ToDouble<float>(a), lda, KernelTestData.ToDouble<float>(b), ldb,
                -2.0, KernelTestData.ToDouble<float>(c), ldc, out double[] magnitude);
            Gemm.Multiply(level, ta, tb, m, n, k, 1f, a, lda, b, ldb, -2f, c, ldc);
            KernelTestData.AssertClose<float>(expected, c, magnitude, k, $"strided {ta}/{tb}");
            for (int i = 0; i < m; i++)
            {
                for (int j = n; j < ldc && (i * ldc) + j < c.Length; j++)
                {
                    Assert.Equal(12345f, c[(i * ldc) + j]);
                }
            }
        }
    }

    [Fact]
    public void RejectsBadArgumentsNamingThem()
    {
        float[] a = new float[12], b = new float[12], c = new float[12];
        Assert.Equal("m", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, -1, 3, 4, 1f, a, 4, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 3, -3, 4, 1f, a, 4, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("k", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 3, 3, -4, 1f, a, 4, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("lda", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 3, 3, 4, 1f, a, 3, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("lda", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(Transpose.Transposed, Transpose.None, 3, 3, 4, 1f, a, 2, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("ldb", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 3, 3, 4, 1f, a, 4, b, 2, 0f, c, 3)).ParamName);
        Assert.Equal("ldc", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 3, 3, 4, 1f, a, 4, b, 3, 0f, c, 2)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 4, 3, 4, 1f, a, 4, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 3, 3, 5, 1f, new float[20], 5, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("c", Assert.Throws<ArgumentException>(() => Gemm.Multiply(Transpose.None, Transpose.None, 3, 5, 2, 1f, a, 2, new float[10], 5, 0f, c, 5)).ParamName);
        Assert.Equal("maxThreads", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply(SimdLevel.Scalar, 0, Transpose.None, Transpose.None, 3, 3, 4, 1f, a, 4, b, 3, 0f, c, 3)).ParamName);
        Assert.Equal("level", Assert.ThrowsAny<ArgumentException>(() => Gemm.Multiply((SimdLevel)17, Transpose.None, Transpose.None, 3, 3, 4, 1f, a, 4, b, 3, 0f, c, 3)).ParamName);
    }

    private static double[] Padded(int rows, int cols, int ld, int seed, double pad)
    {
        var random = new Random(seed);
        var values = new double[((rows - 1) * ld) + cols];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (i % ld) < cols ? (random.NextDouble() * 2) - 1 : pad;
        }

        return values;
    }

    private static void CheckAgainstNaive<T>(SimdLevel level, int threads, Transpose transA, Transpose transB,
        int m, int n, int k, T alpha, T beta, int seed)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        (int aRows, int aCols) = transA == Transpose.None ? (m, k) : (k, m);
        (int bRows, int bCols) = transB == Transpose.None ? (k, n) : (n, k);
        T[] a = KernelTestData.Random<T>(aRows * aCols, seed);
        T[] b = KernelTestData.Random<T>(bRows * bCols, seed + 1000);
        T[] c = beta == T.Zero ? Enumerable.Repeat(T.NaN, m * n).ToArray() : KernelTestData.Random<T>(m * n, seed + 2000);
        double[] expected = Naive(transA, transB, m, n, k, double.CreateChecked(alpha), KernelTestData.ToDouble<T>(a), aCols,
            KernelTestData.ToDouble<T>(b), bCols, double.CreateChecked(beta), KernelTestData.ToDouble<T>(c), n, out double[] magnitude);
        Gemm.Multiply(level, threads, transA, transB, m, n, k, alpha, a, aCols, b, bCols, beta, c, n);
        KernelTestData.AssertClose<T>(expected, c, magnitude, k, $"{typeof(T).Name} {level} {transA}/{transB} {m}x{n}x{k}");
    }

    /// <summary>Triple loop in double; also returns Σ|alpha·a·b| + |beta·c| per element for the tolerance.</summary>
    private static double[] Naive(Transpose transA, Transpose transB, int m, int n, int k, double alpha,
        double[] a, int lda, double[] b, int ldb, double beta, double[] c, int ldc, out double[] magnitude)
    {
        var result = (double[])c.Clone();
        magnitude = new double[c.Length];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0, mag = 0;
                for (int p = 0; p < k; p++)
                {
                    double x = transA == Transpose.None ? a[(i * lda) + p] : a[(p * lda) + i];
                    double y = transB == Transpose.None ? b[(p * ldb) + j] : b[(j * ldb) + p];
                    sum += x * y;
                    mag += Math.Abs(x * y);
                }

                int idx = (i * ldc) + j;
                result[idx] = beta == 0 ? alpha * sum : (alpha * sum) + (beta * c[idx]);
                magnitude[idx] = (Math.Abs(alpha) * mag) + (beta == 0 ? 0 : Math.Abs(beta * c[idx]));
            }
        }

        return result;
    }
}
