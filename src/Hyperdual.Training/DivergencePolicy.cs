namespace Hyperdual.Training;

/// <summary>What training does when the loss, its derivatives or the parameters stop being finite.</summary>
public enum DivergencePolicy
{
    /// <summary>Stop with an error naming the step; checkpoints already written stay as they were.</summary>
    Stop,

    /// <summary>Roll back to the state before the failing step, halve the learning rate and retry the step (at most 20 times).</summary>
    Halve,
}
