namespace Hyperdual.Tensors;

/// <summary>
/// How an evaluation's workspace peak (<see cref="Workspace{T}.PeakRentedBytes"/>) grows with the examples it
/// evaluates at once: <c>WholeFixedBytes + BytesPerExample × m</c> for a batch evaluated whole, and
/// <c>SplitFixedBytes + BytesPerExample × m</c> for one split into parts of m (the jet evaluator then holds every
/// parameter's drawn directions across the parts instead of binding them afresh per module). Measured by running
/// the evaluator itself (<see cref="FromPeaks"/>), so the estimate follows the evaluator's own accounting rather
/// than a second model of it.
/// </summary>
/// <param name="WholeFixedBytes">The part of a whole evaluation's peak that does not grow with the examples.</param>
/// <param name="SplitFixedBytes">The part of a split evaluation's peak that does not grow with the micro-batch.</param>
/// <param name="BytesPerExample">The growth per example evaluated at once.</param>
public sealed record WorkspaceEstimate(long WholeFixedBytes, long SplitFixedBytes, long BytesPerExample)
{
    /// <summary>The examples of the larger probe (the smaller is one example).</summary>
    public const int ProbeExamples = 4;

    /// <summary>The estimate through measured peaks: the growth per example from one and <paramref name="examples"/>
    /// examples evaluated whole, the split fixed part from those examples evaluated one at a time.</summary>
    /// <param name="peakOfOne">The workspace peak of one example evaluated whole.</param>
    /// <param name="examples">The examples of the larger probe (at least 1; 1 gives no growth).</param>
    /// <param name="peakOfExamples">The workspace peak of those examples evaluated whole.</param>
    /// <param name="peakOfExamplesOneAtATime">The workspace peak of those examples evaluated one at a time.</param>
    /// <returns>The estimate (growth at least 0).</returns>
    public static WorkspaceEstimate FromPeaks(long peakOfOne, int examples, long peakOfExamples, long peakOfExamplesOneAtATime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(examples, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(peakOfOne);
        long perExample = examples == 1 ? 0 : Math.Max(0, (peakOfExamples - peakOfOne + examples - 2) / (examples - 1));
        return new WorkspaceEstimate(Math.Max(0, peakOfOne - perExample), Math.Max(0, peakOfExamplesOneAtATime - perExample), perExample);
    }

    /// <summary>The estimated workspace peak of a batch evaluated <paramref name="microBatch"/> examples at a time.</summary>
    /// <param name="batchSize">The batch size.</param>
    /// <param name="microBatch">The micro-batch size.</param>
    /// <returns>The bytes (a double, so products never overflow).</returns>
    public double BytesFor(int batchSize, int microBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(microBatch, 1);
        int examples = Math.Min(batchSize, microBatch);
        return (examples < batchSize ? SplitFixedBytes : WholeFixedBytes) + ((double)BytesPerExample * examples);
    }

    /// <summary>The largest micro-batch, dividing the batch as <see cref="MicroBatches.PartSize"/> does, whose
    /// estimate fits in <paramref name="budgetBytes"/>; null when not even one example fits.</summary>
    /// <param name="batchSize">The batch size.</param>
    /// <param name="budgetBytes">The budget.</param>
    /// <returns>The micro-batch size, or null.</returns>
    public int? LargestMicroBatch(int batchSize, long budgetBytes) =>
        MicroBatches.Largest(batchSize, size => BytesFor(batchSize, size) <= budgetBytes);
}
