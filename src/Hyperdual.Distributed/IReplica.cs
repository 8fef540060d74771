using Hyperdual.Training;

namespace Hyperdual.Distributed;

/// <summary>One process's full copy of a run's parameters and optimizer state: it evaluates its shard of a step's
/// mini-batch and applies the combined step, so every replica given the same combined values takes the same step.</summary>
public interface IReplica
{
    /// <summary>θ (float64), updated by <see cref="Apply"/>.</summary>
    double[] Parameters { get; }

    /// <summary>The bytes per value after the loss in this replica's shares (8 for forward mode; the evaluation precision for backprop).</summary>
    int PayloadWidth { get; }

    /// <summary>The number of values in one share: <c>1 + K + K(K+1)/2</c> for forward mode, <c>1 + n</c> for backprop.</summary>
    int ShareLength { get; }

    /// <summary>The last step applied.</summary>
    long Step { get; }

    /// <summary>The shard's mean loss and derivatives at the current θ for step <see cref="Step"/> + 1.</summary>
    /// <param name="start">The shard's first example within the step's mini-batch.</param>
    /// <param name="count">The shard's examples.</param>
    /// <returns><see cref="ShareLength"/> values, in a buffer of the replica's that the next call overwrites.</returns>
    ReadOnlySpan<double> Evaluate(int start, int count);

    /// <summary>Applies step <see cref="Step"/> + 1 from the combined (example-weighted mean) values.</summary>
    /// <param name="mean">The combined values, as <see cref="Evaluate"/> lays them out.</param>
    /// <returns>The step's metrics (seconds are the update's only).</returns>
    StepRecord Apply(ReadOnlySpan<double> mean);

    /// <summary>Evaluates θ on a held-out set.</summary>
    /// <param name="heldOut">The set.</param>
    /// <param name="batchSize">The evaluation batch size.</param>
    /// <returns>(mean loss, accuracy).</returns>
    (double Loss, double Accuracy) EvaluateHeldOut(Hyperdual.Data.LabelledDataSet heldOut, int batchSize);

    /// <summary>The optimizer's saved state.</summary>
    /// <returns>The bytes.</returns>
    byte[] SaveOptimizerState();
}
