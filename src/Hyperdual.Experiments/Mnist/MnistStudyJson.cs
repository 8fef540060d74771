using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hyperdual.Experiments.Mnist;

/// <summary>The MNIST study as JSON (<see cref="MnistReport.JsonFile"/>): settings, machine, wall times, the rates
/// chosen and the summaries; non-finite numbers spelled <c>NaN</c>, <c>Infinity</c>.</summary>
public static class MnistStudyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Renders the study.</summary>
    /// <param name="result">The study.</param>
    /// <returns>The JSON text.</returns>
    public static string Render(MnistStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var document = new
        {
            study = "mnist",
            quick = result.Options.Quick,
            started = result.Started,
            wallSeconds = result.WallSeconds,
            dataSeconds = result.DataSeconds,
            machine = result.Machine,
            data = new
            {
                trainExamples = result.TrainExamples,
                sweepTrainExamples = result.SweepTrainExamples,
                validationExamples = result.ValidationExamples,
                testExamples = result.TestExamples,
                subset = result.Options.Subset,
            },
            models = result.Models.Select(m => new
            {
                plan = m.Plan,
                sweepSeconds = m.SweepSeconds,
                testSeconds = m.TestSeconds,
                rates = m.Choices,
                secondsPerStep = m.Methods.Select(x => new { method = x.Label, seconds = m.SecondsPerStep(x.Label), ratioToSgd = m.RatioToSgd(x.Label) }),
                summaries = m.Summaries,
                diverged = m.Sweep.Concat(m.TestRuns).Where(r => r.Diverged).Select(r => new
                {
                    r.Phase, method = r.Label, r.LearningRate, r.Seed, r.DivergedAtStep, r.DivergenceMessage,
                }),
                reference = new { source = MnistReference.Source, step = MnistReference.Step(m.Plan.Model), rows = MnistReference.For(m.Plan.Model) },
            }),
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }
}
