using System.Globalization;
using Hyperdual.Training;

namespace Hyperdual.Cli.Commands;

/// <summary>Prints a run's progress as plain lines: one per evaluation (on the test or validation set, as named by
/// <c>heldOut</c>), plus messages (rollbacks, interruptions).</summary>
internal sealed class ConsoleTrainingObserver(TextWriter output, string label, string heldOut = "test") : ITrainingObserver
{
    private long _totalSteps;
    private double _lastTrainLoss = double.NaN;

    public void OnStep(StepRecord record, long totalSteps)
    {
        _totalSteps = totalSteps;
        _lastTrainLoss = record.TrainLoss;
    }

    public void OnEvaluation(EvaluationRecord record) =>
        output.WriteLine(record.Step == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{label}  initial weights  {heldOut} loss {record.Loss:F4}  {heldOut} accuracy {record.Accuracy:F4}")
            : string.Create(CultureInfo.InvariantCulture,
                $"{label}  step {record.Step,6}/{_totalSteps}  train loss {_lastTrainLoss,8:F4}  {heldOut} loss {record.Loss,8:F4}  {heldOut} accuracy {record.Accuracy:F4}  {record.TrainingSeconds,7:F1} s"));

    public void OnMessage(string message) => output.WriteLine($"{label}  {message}");
}
