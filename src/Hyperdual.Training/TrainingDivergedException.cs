namespace Hyperdual.Training;

/// <summary>Training produced a non-finite loss, derivative or parameter and the policy is to stop (or the
/// learning rate was halved as often as allowed). Checkpoints written before are untouched.</summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="step">The step that diverged.</param>
    /// <param name="message">One line naming the step and what was not finite.</param>
    public TrainingDivergedException(long step, string message)
        : base(message) => Step = step;

    /// <summary>Creates the exception.</summary>
    public TrainingDivergedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public TrainingDivergedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TrainingDivergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The step that diverged.</summary>
    public long Step { get; }
}
