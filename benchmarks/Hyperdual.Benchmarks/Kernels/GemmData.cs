using System.Runtime.InteropServices;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Benchmarks.Kernels;

/// <summary>Native (64-byte aligned) fp32 operands for one <see cref="GemmShape"/>, filled with fixed pseudo-random values.</summary>
public sealed unsafe class GemmData : IDisposable
{
    private readonly float* a;
    private readonly float* b;
    private readonly float* c;
    private readonly int lengthA;
    private readonly int lengthB;
    private readonly int lengthC;

    public GemmData(GemmShape shape)
    {
        Shape = shape;
        lengthA = shape.M * shape.K;
        lengthB = shape.K * shape.N;
        lengthC = shape.M * shape.N;
        a = Allocate(lengthA, 1);
        b = Allocate(lengthB, 2);
        c = Allocate(lengthC, 3);
    }

    public GemmShape Shape { get; }

    private int Lda => Shape.TransA ? Shape.M : Shape.K;

    private int Ldb => Shape.TransB ? Shape.K : Shape.N;

    public void RunOurs(SimdLevel level, int threads) =>
        Gemm.Multiply(level, threads, Shape.TransA ? Transpose.Transposed : Transpose.None, Shape.TransB ? Transpose.Transposed : Transpose.None,
            Shape.M, Shape.N, Shape.K, 1f, new ReadOnlySpan<float>(a, lengthA), Lda, new ReadOnlySpan<float>(b, lengthB), Ldb, 0f, new Span<float>(c, lengthC), Shape.N);

    public void RunOpenBlas() =>
        OpenBlas.Sgemm(Shape.TransA, Shape.TransB, Shape.M, Shape.N, Shape.K, 1f, a, Lda, b, Ldb, 0f, c, Shape.N);

    public void Dispose()
    {
        NativeMemory.AlignedFree(a);
        NativeMemory.AlignedFree(b);
        NativeMemory.AlignedFree(c);
    }

    private static float* Allocate(int length, int seed)
    {
        var p = (float*)NativeMemory.AlignedAlloc((nuint)length * sizeof(float), 64);
        var random = new Random(seed);
        for (int i = 0; i < length; i++)
        {
            p[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return p;
    }
}
