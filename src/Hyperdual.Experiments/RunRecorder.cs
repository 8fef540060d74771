using Hyperdual.Training;

namespace Hyperdual.Experiments;

/// <summary>Keeps every step and evaluation of a run as it happens, so a run that diverges keeps its records.</summary>
internal sealed class RunRecorder : ITrainingObserver
{
    public List<StepRecord> Steps { get; } = [];

    public List<EvaluationRecord> Evaluations { get; } = [];

    public void OnStep(StepRecord record, long totalSteps) => Steps.Add(record);

    public void OnEvaluation(EvaluationRecord record) => Evaluations.Add(record);

    public void OnMessage(string message)
    {
    }
}
