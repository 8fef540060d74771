namespace Hyperdual.Training;

/// <summary>What a run trains the model to do: the loss, the targets and what an evaluation reports.</summary>
public enum TrainingTask
{
    /// <summary>Classify each example: cross-entropy of the logits against the label; evaluations report the
    /// mean cross-entropy and the accuracy.</summary>
    Classify = 0,

    /// <summary>Reconstruct each example: the target is the (flattened) input itself and the loss the mean squared
    /// error over every output value; evaluations report the MSE, and accuracy does not apply (NaN).</summary>
    Reconstruct = 1,
}
