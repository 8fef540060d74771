using Hyperdual.Reports;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training.Benchmarks;

/// <summary>
/// Memory against depth: the workspace peak of one K-direction jet evaluation and of one backprop evaluation
/// of square MLPs (relu, <c>width</c> wide, depth = number of linear layers) in float32. The jet gives each
/// layer's jets back as the next layer consumes them; backprop keeps every activation for its reverse pass.
/// </summary>
public static class DepthSweep
{
    /// <summary>The depths measured by default.</summary>
    public static readonly IReadOnlyList<int> DefaultDepths = [2, 4, 8, 16];

    /// <summary>Measures the peaks.</summary>
    /// <param name="depths">The depths (linear layers, at least 1).</param>
    /// <param name="width">The width of the input and every hidden layer.</param>
    /// <param name="batch">The batch size.</param>
    /// <param name="k">The number of jet directions.</param>
    /// <returns>One row per depth.</returns>
    public static IReadOnlyList<DepthSweepRow> Run(IReadOnlyList<int> depths, int width, int batch, int k)
    {
        ArgumentNullException.ThrowIfNull(depths);
        var rows = new List<DepthSweepRow>();
        foreach (int depth in depths)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1, nameof(depths));
            SequentialModel model = ModelZoo.Mlp(inputs: width, hidden: Enumerable.Repeat(width, depth - 1).ToArray(), classes: 10, seed: 0);
            var random = new Random(depth);
            var values = new float[batch * width];
            for (int e = 0; e < values.Length; e++)
            {
                values[e] = random.NextSingle();
            }

            var data = new Batch<float>(new Tensor<float>(values, batch, width), Enumerable.Range(0, batch).Select(r => r % 10).ToArray());
            double[] theta = model.Parameters.ValuesArray;
            var jet = new JetEvaluator<float>(model, CrossEntropyLoss.Instance);
            _ = jet.Evaluate(data, theta, Directions.FromSeed(1, k, theta.Length));
            var backprop = new BackpropEvaluator<float>(model, CrossEntropyLoss.Instance);
            _ = backprop.Evaluate(data, theta);
            rows.Add(new DepthSweepRow(depth, jet.Workspace.PeakRentedBytes, backprop.Workspace.PeakRentedBytes));
        }

        return rows;
    }

    /// <summary>Plots both peaks (MiB) against depth.</summary>
    /// <param name="rows">The sweep.</param>
    /// <param name="width">The width, for the title.</param>
    /// <param name="batch">The batch size, for the title.</param>
    /// <param name="k">K, for the title.</param>
    /// <returns>The PNG bytes.</returns>
    public static byte[] Plot(IReadOnlyList<DepthSweepRow> rows, int width, int batch, int k)
    {
        ArgumentNullException.ThrowIfNull(rows);
        double[] x = [.. rows.Select(r => (double)r.Depth)];
        PlotSeries[] series =
        [
            new($"jet, K = {k}", x, [.. rows.Select(r => r.JetPeakBytes / 1048576.0)]),
            new("backprop", x, [.. rows.Select(r => r.BackpropPeakBytes / 1048576.0)]),
        ];
        return LinePlot.RenderPng($"Workspace peak against depth (MLP {width} wide, batch {batch}, float32)", "depth (linear layers)", "workspace peak (MiB)", series, logY: false);
    }
}
