using Hyperdual.Data;
using Hyperdual.Training;

namespace Hyperdual.Distributed.Tests;

/// <summary>The replicas of one process, sharded and combined by hand (no Orleans): the arithmetic of a distributed step.</summary>
public class ReplicaTests
{
    private static DataSplits Data()
    {
        const int count = 240;
        const int features = 12;
        var random = new Random(11);
        var x = new float[count * features];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = i % 3;
            for (int f = 0; f < features; f++)
            {
                x[(i * features) + f] = (float)(random.NextDouble() - 0.5 + (f % 3 == labels[i] ? 0.8 : 0.0));
            }
        }

        var train = new LabelledDataSet("synthetic", x, labels, [features], 3);
        return new DataSplits(train, train.Take(60), null);
    }

    private static double[][] Sharded(TrainingOptions options, DataSplits data, int workers)
    {
        IReplica[] replicas = [.. Enumerable.Range(0, workers).Select(_ => ReplicaFactory.Create(options, data.Train))];
        for (long step = 1; step <= options.Steps; step++)
        {
            var sum = new WeightedShareSum();
            for (int w = 0; w < workers; w++)
            {
                (int start, int count) = ShardPlan.Shard(options.BatchSize, workers, w);
                sum.Add(count, replicas[w].Evaluate(start, count));
            }

            double[] mean = sum.Mean();
            foreach (IReplica replica in replicas)
            {
                replica.Apply(mean);
            }
        }

        return [.. replicas.Select(r => r.Parameters)];
    }

    [Theory]
    [InlineData("fomoh-kd", "float32")]
    [InlineData("fomoh-kd", "float64")]
    [InlineData("fomoh", "float32")]
    [InlineData("sgd", "float32")]
    [InlineData("adam", "float64")]
    public void ThreeShardedReplicasTakeTheSingleMachineStepsOnTheWholeBatch(string optimizer, string precision)
    {
        DataSplits data = Data();
        var options = new TrainingOptions
        {
            Model = "mlp",
            Optimizer = optimizer,
            BatchSize = 48,
            Steps = 5,
            EvaluateEvery = 1000,
            Seed = 3,
            Precision = precision == "float64" ? Precision.Double : Precision.Single,
        };
        double[] single = Trainer.Run(options, data).Parameters;
        double[] initial = ReplicaFactory.Create(options, data.Train).Parameters;
        double[][] replicas = Sharded(options, data, 3);
        double tolerance = precision == "float64" ? 1e-11 : 1e-5;
        foreach (double[] replica in replicas)
        {
            Assert.Equal(replicas[0], replica);
        }

        double moved = single.Zip(initial, (a, b) => Math.Abs(a - b)).Max();
        double apart = single.Zip(replicas[0], (a, b) => Math.Abs(a - b)).Max();
        Assert.True(moved > 1e-3, $"the run moved θ by only {moved}");
        Assert.True(apart <= tolerance, $"the sharded replicas are {apart} from the single-machine run (tolerance {tolerance})");
    }

    [Fact]
    public void AForwardModeShareHasOnePlusKPlusTheTriangleOfHValues()
    {
        DataSplits data = Data();
        IReplica replica = ReplicaFactory.Create(new TrainingOptions { Model = "logreg", Optimizer = "fomoh-kd", Directions = 4, BatchSize = 24 }, data.Train);
        Assert.Equal(1 + 4 + 10, replica.Evaluate(0, 24).Length);
        Assert.Equal(8, replica.PayloadWidth);
    }

    [Theory]
    [InlineData("fomoh-bp")]
    public void FomohBpIsRejected(string optimizer) =>
        Assert.Throws<ArgumentException>(() => ReplicaFactory.Create(new TrainingOptions { Model = "logreg", Optimizer = optimizer }, Data().Train));

    [Fact]
    public void BacktrackingIsRejected() =>
        Assert.Throws<ArgumentException>(() => ReplicaFactory.Create(new TrainingOptions { Model = "logreg", Backtracking = true }, Data().Train));

    [Fact]
    public void ANonFiniteCombinedShareIsRefusedBeforeTheParametersChange()
    {
        IReplica replica = ReplicaFactory.Create(new TrainingOptions { Model = "logreg", BatchSize = 24 }, Data().Train);
        double[] before = (double[])replica.Parameters.Clone();
        double[] mean = replica.Evaluate(0, 24).ToArray();
        mean[1] = double.NaN;
        Assert.Throws<NonFiniteShareException>(() => replica.Apply(mean));
        Assert.Equal(before, replica.Parameters);
        Assert.Equal(0, replica.Step);
    }

    [Theory]
    [InlineData("sgd", "float32")]
    [InlineData("adam", "float64")]
    [InlineData("fomoh-kd", "float32")]
    public void AStepReusesTheReplicasParameterSizedBuffers(string optimizer, string precision)
    {
        // 400 features and 10 classes: n = 4,010 parameters, so one parameter-sized float64 array (32 KB) is more than
        // the shard's own examples (8 × 400 float32, 12.8 KB) that every step copies.
        const int count = 64;
        const int features = 400;
        var random = new Random(3);
        var x = new float[count * features];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = i % 10;
            for (int f = 0; f < features; f++)
            {
                x[(i * features) + f] = (float)(random.NextDouble() - 0.5);
            }
        }

        var train = new LabelledDataSet("synthetic", x, labels, [features], 10);
        var options = new TrainingOptions { Model = "logreg", Optimizer = optimizer, Precision = precision == "float64" ? Precision.Double : Precision.Single, BatchSize = 8, Threads = 1 };
        int threads = Hyperdual.Tensors.Kernels.KernelSettings.MaxThreads;
        Hyperdual.Tensors.Kernels.KernelSettings.MaxThreads = 1;
        try
        {
            IReplica replica = ReplicaFactory.Create(options, train);
            int n = replica.Parameters.Length;
            Assert.Equal(4010, n);
            var mean = new double[replica.ShareLength];
            void Step()
            {
                replica.Evaluate(0, 8).CopyTo(mean);
                replica.Apply(mean);
            }

            Step();
            Step();
            const int steps = 5;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < steps; i++)
            {
                Step();
            }

            long perStep = (GC.GetAllocatedBytesForCurrentThread() - before) / steps;
            Assert.True(perStep < n * sizeof(double), $"{perStep} bytes allocated per step, a parameter-sized float64 array is {n * sizeof(double)}");
        }
        finally
        {
            Hyperdual.Tensors.Kernels.KernelSettings.MaxThreads = threads;
        }
    }
}
