namespace Hyperdual.Benchmarks.Kernels;

/// <summary>A GEMM benchmark shape: C (m×n) = op(A) (m×k) · op(B) (k×n), row-major.</summary>
public sealed record GemmShape(string Name, int M, int N, int K, bool TransA, bool TransB)
{
    /// <summary>The square sizes and the model shapes the kernels run: logreg's K = 3 jet (data times the weight's value and
    /// tangents side by side), conv1 as row-major im2col, conv2 as the convolution runs it (weight times transposed
    /// columns, whole and as one worker's chunk of 8 images, the jet's stacked weight parts as 200 rows), the CNN's fully connected layers, jets stacking copies along M.</summary>
    public static IReadOnlyList<GemmShape> All { get; } =
    [
        new("square256", 256, 256, 256, false, false),
        new("square512", 512, 512, 512, false, false),
        new("square1024", 1024, 1024, 1024, false, false),
        new("logreg K=3", 1024, 40, 784, false, true),
        new("conv1 im2col", 2048 * 576, 20, 25, false, true),
        new("conv2 columns", 50, 2048 * 64, 500, false, false),
        new("conv2 chunk", 50, 8 * 64, 500, false, false),
        new("conv2 jet K=3", 200, 2048 * 64, 500, false, false),
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
