namespace Hyperdual.Experiments.Soaa;

/// <summary>How a run of the study ended.</summary>
public enum SoaaRunStatus
{
    /// <summary>Every planned step was taken.</summary>
    Completed = 0,

    /// <summary>A loss, gradient or parameter became non-finite and the run stopped there (its epochs so far are kept).</summary>
    Diverged = 1,
}
