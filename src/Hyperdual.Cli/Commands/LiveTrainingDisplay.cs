using System.Globalization;
using Hyperdual.Training;
using Spectre.Console;

namespace Hyperdual.Cli.Commands;

/// <summary>
/// Shows a run's progress: a Spectre.Console live progress bar (step, train loss, last test accuracy) when
/// standard output is an interactive terminal, plain lines otherwise (Spectre prints nothing when output is
/// redirected). <c>NO_COLOR</c> is honoured by Spectre.
/// </summary>
internal static class LiveTrainingDisplay
{
    /// <summary>Whether the live display can be used: the tool's own console, interactive and ANSI-capable.</summary>
    public static bool Available(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive
        && AnsiConsole.Profile.Capabilities.Ansi;

    /// <summary>Runs <paramref name="train"/> with an observer that shows its progress on <paramref name="output"/>.</summary>
    public static T Run<T>(TextWriter output, string label, string heldOut, Func<ITrainingObserver, T> train)
    {
        if (!Available(output))
        {
            return train(new ConsoleTrainingObserver(output, label, heldOut));
        }

        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(label));
                result = train(new Observer(task, label, heldOut));
            });
        return result;
    }

    private sealed class Observer(ProgressTask task, string label, string heldOut) : ITrainingObserver
    {
        private string _accuracy = "–";

        public void OnStep(StepRecord record, long totalSteps)
        {
            task.MaxValue = totalSteps;
            task.Value = record.Step;
            task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{label}  step {record.Step}  loss {record.TrainLoss:F4}  {heldOut} accuracy {_accuracy}"));
        }

        public void OnEvaluation(EvaluationRecord record) =>
            _accuracy = record.Accuracy.ToString("F4", CultureInfo.InvariantCulture);

        public void OnMessage(string message) => AnsiConsole.MarkupLine(Markup.Escape($"{label}  {message}"));
    }
}
