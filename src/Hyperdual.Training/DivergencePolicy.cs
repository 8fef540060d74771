namespace Hyperdual.Training;

/// <summary>What training does when the loss, its derivatives or the parameters stop being finite.</summary>
public enum DivergencePolicy
{
    /// <summary>Stop with an error naming the step; checkpoints already written stay as they were.</summary>
    Stop,

    /// <summary>Roll back and halve the learning rate (at most 20 halvings in a run): a non-finite update goes back
    /// to before its step; a non-finite loss or derivative at a step's start goes back one step further, to before
    /// the update that led there. Rollback reaches back no further than where the run started or resumed.</summary>
    Halve,
}
