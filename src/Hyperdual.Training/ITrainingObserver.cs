namespace Hyperdual.Training;

/// <summary>Receives a run's progress as it happens (a console display, a test).</summary>
public interface ITrainingObserver
{
    /// <summary>A step finished.</summary>
    /// <param name="record">Its metrics.</param>
    /// <param name="totalSteps">The run's step budget.</param>
    void OnStep(StepRecord record, long totalSteps);

    /// <summary>An evaluation finished.</summary>
    /// <param name="record">Its metrics.</param>
    void OnEvaluation(EvaluationRecord record);

    /// <summary>Something the user should read (a rollback, a checkpoint, an interruption).</summary>
    /// <param name="message">One line.</param>
    void OnMessage(string message);
}
