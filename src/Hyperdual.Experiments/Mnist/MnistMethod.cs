using Hyperdual.Training;

namespace Hyperdual.Experiments.Mnist;

/// <summary>One row of the MNIST study: an optimizer with either a learning-rate sweep range (the best rate on the
/// validation split is then run on the test set) or a fixed rate quoted from the reference implementation.</summary>
/// <param name="Label">The row's label (the optimizer's label, or with the fixed rate's source).</param>
/// <param name="Choice">The optimizer (its learning rate is set per run).</param>
/// <param name="SweepLow">The sweep's smallest rate (ignored with a fixed rate).</param>
/// <param name="SweepHigh">The sweep's largest rate (ignored with a fixed rate).</param>
/// <param name="FixedRate">A rate used without a sweep, or null to sweep.</param>
public sealed record MnistMethod(string Label, OptimizerChoice Choice, double SweepLow, double SweepHigh, double? FixedRate)
{
    /// <summary>Whether the row's rate comes from a sweep.</summary>
    public bool IsSwept => FixedRate is null;

    /// <summary>A row whose rate is chosen by a sweep over [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <param name="optimizer">The optimizer as <see cref="OptimizerChoice.Parse"/> reads it (e.g. <c>fomoh-kd:3+momentum</c>).</param>
    /// <param name="low">The sweep's smallest rate.</param>
    /// <param name="high">The sweep's largest rate.</param>
    /// <returns>The row, labelled by the optimizer's label.</returns>
    public static MnistMethod Swept(string optimizer, double low, double high)
    {
        OptimizerChoice choice = OptimizerChoice.Parse(optimizer);
        return new MnistMethod(choice.Label, choice, low, high, null);
    }

    /// <summary>A row run at a fixed rate, without a sweep.</summary>
    /// <param name="label">The row's label.</param>
    /// <param name="optimizer">The optimizer.</param>
    /// <param name="rate">The rate.</param>
    /// <returns>The row.</returns>
    public static MnistMethod Fixed(string label, string optimizer, double rate) =>
        new(label, OptimizerChoice.Parse(optimizer), rate, rate, rate);
}
