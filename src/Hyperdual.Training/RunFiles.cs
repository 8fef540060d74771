using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Hyperdual.Data;
using Hyperdual.Reports;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Training;

/// <summary>The files of a run folder: <c>metrics.csv</c> (one row per step, the evaluation columns filled on
/// evaluation steps; row 0 is the evaluation of the initial weights), <c>run.json</c> (every setting, the
/// versions, the machine, the final metrics) and <see cref="CheckpointFile.FileName"/>.</summary>
public static class RunFiles
{
    /// <summary>The metrics file's name.</summary>
    public const string MetricsFileName = "metrics.csv";

    /// <summary>The run description's name.</summary>
    public const string RunFileName = "run.json";

    /// <summary>The metrics file's columns.</summary>
    public static IReadOnlyList<string> MetricsColumns { get; } =
        ["step", "train_loss", "seconds", "derivative_seconds", "learning_rate", "eigenvalue_min", "eigenvalue_max", "repaired", "update_norm", "test_loss", "test_accuracy", "training_seconds"];

    /// <summary>Every file a run folder holds.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [CheckpointFile.FileName, MetricsFileName, RunFileName];

    /// <summary>Writes <c>metrics.csv</c> atomically.</summary>
    /// <param name="directory">The run folder.</param>
    /// <param name="steps">The step metrics.</param>
    /// <param name="evaluations">The evaluations.</param>
    public static void WriteMetrics(string directory, IReadOnlyList<StepRecord> steps, IReadOnlyList<EvaluationRecord> evaluations)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(evaluations);
        var byStep = evaluations.GroupBy(e => e.Step).ToDictionary(g => g.Key, g => g.Last());
        var rows = new List<string[]>();
        if (byStep.TryGetValue(0, out EvaluationRecord? initial))
        {
            rows.Add(["0", "", "", "", "", "", "", "", "", CsvTable.Number(initial.Loss), CsvTable.Number(initial.Accuracy), CsvTable.Number(initial.TrainingSeconds)]);
        }

        foreach (StepRecord s in steps)
        {
            byStep.TryGetValue(s.Step, out EvaluationRecord? e);
            rows.Add(
            [
                s.Step.ToString(CultureInfo.InvariantCulture), CsvTable.Number(s.TrainLoss), CsvTable.Number(s.Seconds), CsvTable.Number(s.DerivativeSeconds),
                CsvTable.Number(s.LearningRate), Optional(s.SmallestEigenvalue), Optional(s.LargestEigenvalue), s.Repaired ? "1" : "0", CsvTable.Number(s.UpdateNorm),
                e is null ? "" : CsvTable.Number(e.Loss), e is null ? "" : CsvTable.Number(e.Accuracy), e is null ? "" : CsvTable.Number(e.TrainingSeconds),
            ]);
        }

        CsvTable.Write(Path.Combine(directory, MetricsFileName), [.. MetricsColumns], rows);
    }

    /// <summary>Writes <c>run.json</c> atomically.</summary>
    /// <param name="directory">The run folder.</param>
    /// <param name="result">The run.</param>
    /// <param name="data">Its data.</param>
    public static void WriteRunDescription(string directory, TrainingResult result, DataSplits data)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        AtomicFile.WriteAllText(Path.Combine(directory, RunFileName), Describe(result, data));
    }

    /// <summary>The JSON of <c>run.json</c>: non-finite numbers are written as null.</summary>
    /// <param name="result">The run.</param>
    /// <param name="data">Its data.</param>
    /// <returns>The JSON text.</returns>
    public static string Describe(TrainingResult result, DataSplits data)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("optimizer", OptimizerCatalog.Label(result.Options));
            json.WriteNumber("learning_rate", result.Options.EffectiveLearningRate);
            json.WriteNumber("steps_taken", result.StepsTaken);
            json.WriteBoolean("interrupted", result.Interrupted);
            json.WriteNumber("learning_rate_halvings", result.LearningRateHalvings);
            json.WriteNumber("parameters", result.Parameters.Length);
            json.WritePropertyName("final");
            json.WriteStartObject();
            Number(json, "test_loss", result.Final?.Loss ?? double.NaN);
            Number(json, "test_accuracy", result.Final?.Accuracy ?? double.NaN);
            Number(json, "seconds_per_step", result.MedianStepSeconds);
            Number(json, "derivative_seconds_per_step", result.MedianDerivativeSeconds);
            Number(json, "training_seconds", result.Final?.TrainingSeconds ?? double.NaN);
            json.WriteEndObject();
            json.WritePropertyName("data");
            json.WriteStartObject();
            json.WriteString("name", data.Train.Name);
            json.WriteNumber("train", data.Train.Count);
            json.WriteNumber("validation", data.Validation?.Count ?? 0);
            json.WriteNumber("test", data.Test.Count);
            json.WriteString("evaluated_on", data.Validation is null ? "test" : "validation");
            json.WriteEndObject();
            json.WritePropertyName("settings");
            using (JsonDocument settings = JsonDocument.Parse(TrainingOptionsJson.Serialize(result.Options)))
            {
                settings.WriteTo(json);
            }

            json.WritePropertyName("versions");
            json.WriteStartObject();
            json.WriteString("hyperdual", typeof(RunFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            json.WriteString("runtime", RuntimeInformation.FrameworkDescription);
            json.WriteEndObject();
            json.WritePropertyName("machine");
            json.WriteStartObject();
            json.WriteString("os", RuntimeInformation.OSDescription);
            json.WriteString("architecture", RuntimeInformation.ProcessArchitecture.ToString());
            json.WriteNumber("processors", Environment.ProcessorCount);
            json.WriteNumber("threads", result.Options.Threads ?? Environment.ProcessorCount);
            json.WriteString("simd", KernelSettings.SimdLevel.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Optional(double value) => double.IsNaN(value) ? "" : CsvTable.Number(value);

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
