using Hyperdual.Data;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training.Tests;

public sealed class TrainerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hyperdual-train-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static TrainingOptions Options(string spec, long steps = 12) =>
        OptimizerChoice.Parse(spec).Apply(new TrainingOptions { Model = "logreg", BatchSize = 50, Steps = steps, EvaluateEvery = 4, Seed = 3, Threads = 1 });

    [Theory]
    [InlineData("fgd")]
    [InlineData("fomoh")]
    [InlineData("fomoh-bp")]
    [InlineData("fomoh-kd:2")]
    [InlineData("fomoh-kd:3+momentum")]
    [InlineData("sgd")]
    [InlineData("adam")]
    [InlineData("soaa")]
    public void Resumed_run_is_bit_identical_to_an_uninterrupted_one(string spec)
    {
        DataSplits data = SyntheticData.Create();
        TrainingOptions options = Options(spec);
        TrainingResult whole = Trainer.Run(options, data);

        using var cancel = new CancellationTokenSource();
        var stopAtHalf = new CancelAt(6, cancel);
        TrainingResult first = Trainer.Run(options, data, _folder, observer: stopAtHalf, cancellation: cancel.Token);
        Assert.True(first.Interrupted);
        Assert.Equal(6, first.StepsTaken);
        TrainingCheckpoint checkpoint = CheckpointFile.Read(Path.Combine(_folder, CheckpointFile.FileName));
        Assert.Equal(6, checkpoint.Step);
        TrainingResult resumed = Trainer.Run(checkpoint.Options, data, _folder, checkpoint);

        Assert.Equal(whole.Parameters, resumed.Parameters);
        Assert.Equal(whole.Steps.Select(Deterministic), resumed.Steps.Select(Deterministic));
        Assert.Equal(whole.Evaluations.Select(e => (e.Step, e.Loss, e.Accuracy)), resumed.Evaluations.Select(e => (e.Step, e.Loss, e.Accuracy)));
        TrainingCheckpoint final = CheckpointFile.Read(Path.Combine(_folder, CheckpointFile.FileName));
        Assert.Equal(12, final.Step);
        Assert.Equal(whole.Parameters, final.Parameters);
    }

    [Theory]
    [InlineData("fomoh-kd:3")]
    [InlineData("fomoh")]
    [InlineData("sgd")]
    public void Training_lowers_the_test_loss(string spec)
    {
        TrainingResult result = Trainer.Run(Options(spec, 60) with { LearningRate = spec == "sgd" ? 0.1 : 0.5 }, SyntheticData.Create());
        Assert.Equal(0, result.Evaluations[0].Step);
        Assert.True(result.Final!.Loss < 0.7 * result.Evaluations[0].Loss, $"{spec}: {result.Evaluations[0].Loss} → {result.Final.Loss}");
        Assert.True(result.Final.Accuracy > 0.8, $"{spec}: accuracy {result.Final.Accuracy}");
    }

    [Fact]
    public void Fomoh_kd_beats_fgd_at_equal_steps()
    {
        DataSplits data = SyntheticData.Create();
        double kd = Trainer.Run(Options("fomoh-kd:3", 40), data).Final!.Loss;
        double fgd = Trainer.Run(Options("fgd", 40) with { LearningRate = 1e-2 }, data).Final!.Loss;
        Assert.True(kd < fgd, $"FoMoH-KD {kd} vs FGD {fgd}");
    }

    [Fact]
    public void Metrics_and_run_description_are_written()
    {
        Trainer.Run(Options("fomoh-kd:2"), SyntheticData.Create(), _folder);
        string[] lines = File.ReadAllLines(Path.Combine(_folder, RunFiles.MetricsFileName));
        Assert.Equal(string.Join(",", RunFiles.MetricsColumns), lines[0]);
        Assert.Equal(1 + 1 + 12, lines.Length); // header, the initial evaluation, 12 steps
        string run = File.ReadAllText(Path.Combine(_folder, RunFiles.RunFileName));
        Assert.Contains("\"optimizer\": \"fomoh-kd:2\"", run, StringComparison.Ordinal);
        Assert.Contains("\"test_accuracy\"", run, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_write_that_fails_midway_leaves_the_previous_one_loadable()
    {
        TrainingResult result = Trainer.Run(Options("adam"), SyntheticData.Create(), _folder);
        string path = Path.Combine(_folder, CheckpointFile.FileName);
        TrainingCheckpoint good = CheckpointFile.Read(path);
        TrainingCheckpoint newer = good with { Step = 99, Parameters = [.. good.Parameters.Select(p => p + 1)] };

        Assert.ThrowsAny<IOException>(() => CheckpointFile.Write(path, newer, stream => new FailingStream(stream, failAfter: 200)));

        TrainingCheckpoint after = CheckpointFile.Read(path);
        Assert.Equal(12, after.Step);
        Assert.Equal(result.Parameters, after.Parameters);
        Assert.Equal([CheckpointFile.FileName, RunFiles.MetricsFileName, RunFiles.RunFileName], Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_corrupt_checkpoint_is_refused_with_its_path()
    {
        string path = Path.Combine(_folder, CheckpointFile.FileName);
        Trainer.Run(Options("sgd"), SyntheticData.Create(), _folder);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => CheckpointFile.Read(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Divergence_stops_with_the_step_and_never_writes_nan_into_a_checkpoint()
    {
        // SGD at η = 1e300: θ is finite in float64 after step 1 but overflows float32 at step 2's evaluation.
        TrainingOptions options = Options("sgd") with { LearningRate = 1e300, CheckpointEvery = 1 };
        TrainingDivergedException e = Assert.Throws<TrainingDivergedException>(() => Trainer.Run(options, SyntheticData.Create(), _folder));
        Assert.Equal(2, e.Step);
        Assert.Contains("step 2", e.Message, StringComparison.Ordinal);
        TrainingCheckpoint last = CheckpointFile.Read(Path.Combine(_folder, CheckpointFile.FileName));
        Assert.Equal(1, last.Step);
        string[] metrics = File.ReadAllLines(Path.Combine(_folder, RunFiles.MetricsFileName));
        Assert.Equal(3, metrics.Length); // header, the initial evaluation, step 1: the metrics up to the divergence
    }

    [Fact]
    public void Divergence_without_checkpoints_still_leaves_the_metrics()
    {
        TrainingOptions options = Options("sgd") with { LearningRate = 1e300 };
        Assert.Throws<TrainingDivergedException>(() => Trainer.Run(options, SyntheticData.Create(), _folder));
        Assert.False(File.Exists(Path.Combine(_folder, CheckpointFile.FileName)));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(_folder, RunFiles.MetricsFileName)).Length);
    }

    [Fact]
    public void Resuming_may_change_threads_and_data_folder_but_not_other_settings()
    {
        TrainingOptions saved = Options("fomoh-kd:2");
        Trainer.CheckResumable(saved, saved with { Threads = 2, Steps = 40, Data = saved.Data with { DataDirectory = "/elsewhere" } });
        Assert.Throws<ArgumentException>(() => Trainer.CheckResumable(saved, saved with { LearningRate = 0.1 }));
        Assert.Throws<ArgumentException>(() => Trainer.CheckResumable(saved, saved with { Directions = 3 }));
        TrainingOptions cosine = saved with { Schedule = ScheduleKind.Cosine };
        Assert.Throws<ArgumentException>(() => Trainer.CheckResumable(cosine, cosine with { Steps = 40 }));
        TrainingOptions soaa = Options("soaa");
        Assert.Throws<ArgumentException>(() => Trainer.CheckResumable(soaa, soaa with { Steps = 40 }));
        Trainer.CheckResumable(soaa, soaa with { Threads = 2 });
    }

    [Fact]
    public void A_resumed_run_may_use_another_thread_count()
    {
        DataSplits data = SyntheticData.Create();
        TrainingOptions options = Options("adam");
        using var cancel = new CancellationTokenSource();
        Trainer.Run(options, data, _folder, observer: new CancelAt(6, cancel), cancellation: cancel.Token);
        TrainingCheckpoint checkpoint = CheckpointFile.Read(Path.Combine(_folder, CheckpointFile.FileName));
        TrainingResult resumed = Trainer.Run(options with { Threads = 2, Steps = 20 }, data, _folder, checkpoint);
        Assert.Equal(20, resumed.StepsTaken);
        Assert.Equal(20, resumed.Steps.Count);
    }

    [Fact]
    public void Halving_rolls_back_and_continues_with_a_smaller_rate()
    {
        // One feature x = 1e18, two classes, every label the class the initial weights rank lower: the first SGD
        // step moves the weights by ±η·1e18 and the next logits are ±η·1e36. At η = 1000 they overflow float32
        // (1e39 > 3.4e38), at 500 too, at 250 they do not: two halvings, then training goes on.
        DataSplits probe = SyntheticData.Constant(8, 1, 1e18f, 0, 2);
        SequentialModel model = ModelFactory.Create("logreg", probe.Train, 3);
        Parameter weight = model.Parameters.Items[0];
        double[] w = model.Parameters.ValuesArray;
        int wrong = w[weight.Offset] > w[weight.Offset + 1] ? 1 : 0;
        DataSplits data = SyntheticData.Constant(8, 1, 1e18f, wrong, 2);
        var messages = new Recorder();
        TrainingOptions options = new TrainingOptions
        {
            Model = "logreg", Optimizer = "sgd", LearningRate = 1000, BatchSize = 8, Steps = 4, EvaluateEvery = 4, Seed = 3, Threads = 1,
            OnDivergence = DivergencePolicy.Halve,
        };

        TrainingResult result = Trainer.Run(options, data, observer: messages);

        Assert.Equal(2, result.LearningRateHalvings);
        Assert.Equal(4, result.StepsTaken);
        Assert.Equal(4, result.Steps.Count);
        Assert.Equal(250, result.Steps[0].LearningRate);
        Assert.Equal(2, messages.Messages.Count(m => m.Contains("rolled back", StringComparison.Ordinal)));
        Assert.All(result.Parameters, p => Assert.True(double.IsFinite(p)));
    }

    private static (long, double, double, double, double, bool, double) Deterministic(StepRecord s) =>
        (s.Step, s.TrainLoss, s.LearningRate, s.SmallestEigenvalue, s.LargestEigenvalue, s.Repaired, s.UpdateNorm);

    private sealed class CancelAt(long step, CancellationTokenSource source) : ITrainingObserver
    {
        public void OnStep(StepRecord record, long totalSteps)
        {
            if (record.Step == step)
            {
                source.Cancel();
            }
        }

        public void OnEvaluation(EvaluationRecord record)
        {
        }

        public void OnMessage(string message)
        {
        }
    }

    private sealed class Recorder : ITrainingObserver
    {
        public List<string> Messages { get; } = [];

        public void OnStep(StepRecord record, long totalSteps)
        {
        }

        public void OnEvaluation(EvaluationRecord record)
        {
        }

        public void OnMessage(string message) => Messages.Add(message);
    }

    private sealed class FailingStream(Stream inner, long failAfter) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_written + count > failAfter)
            {
                throw new IOException("injected failure: the disk is full");
            }

            _written += count;
            inner.Write(buffer, offset, count);
        }
    }
}
