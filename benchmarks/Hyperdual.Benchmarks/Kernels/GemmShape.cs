namespace Hyperdual.Benchmarks.Kernels;

/// <summary>A GEMM benchmark shape: C (m×n) = op(A) (m×k) · op(B) (k×n), row-major.</summary>
public sealed record GemmShape(string Name, int M, int N, int K, bool TransA, bool TransB)
{
    /// <summary>The square sizes and the model shapes the kernels are tuned for (logreg, CNN im2col convs, CNN fully connected, jets stacking copies along M).</summary>
    public static IReadOnlyList<GemmShape> All { get; } =
    [
        new("square256", 256, 256, 256, false, false),
        new("square512", 512, 512, 512, false, false),
        new("square1024", 1024, 1024, 1024, false, false),
        new("logreg K=4", 1024 * 5, 10, 784, false, true),
        new("conv1 im2col", 2048 * 576, 20, 25, false, true),
        new("conv2 im2col", 2048 * 64, 50, 500, false, true),
        new("fc1", 2048, 500, 800, false, true),
        new("fc2", 2048, 10, 500, false, true),
        new("fc1 jets x10", 2048 * 10, 500, 800, false, true),
    ];

    /// <summary>Floating-point operations of one multiply (2·m·n·k).</summary>
    public double Flops => 2.0 * M * N * K;

    /// <summary>Dimensions as M×K×N with the transposes, e.g. <c>2048x800x500 NT</c>.</summary>
    public string Dimensions => $"{M}x{K}x{N} {(TransA ? 'T' : 'N')}{(TransB ? 'T' : 'N')}";

    /// <inheritdoc/>
    public override string ToString() => Name;
}
