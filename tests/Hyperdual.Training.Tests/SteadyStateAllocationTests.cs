using Hyperdual.Data;

namespace Hyperdual.Training.Tests;

/// <summary>Once its buffers exist, a training step allocates next to nothing: the workspaces, the jet binder and its
/// chain bookkeeping, the held directions, micro-batch views, optimizer state and step buffers are all reused, so
/// steps 3 to 10 stay under a small byte bound (counted by the thread's allocation counter, not timed; the runs use
/// one thread so the evaluation's work is on the counted thread).</summary>
public sealed class SteadyStateAllocationTests
{
    [Theory]
    [InlineData("fomoh-kd:3", "mlp", 64, null)]
    [InlineData("fomoh-kd:3", "mlp", 64, 16)]
    [InlineData("adam", "mlp", 64, null)]
    [InlineData("fomoh-kd:3", "logreg", 64, null)]
    [InlineData("fomoh-kd:3", "logreg", 64, 16)]
    [InlineData("sgd", "mlp", 64, null)]
    public void Steps_three_to_ten_allocate_less_than_the_bound(string spec, string model, int batch, int? microBatch)
    {
        // What a step still allocates is handles, not buffers: per step the record, the K directions' handle,
        // (L, g, H̃) and H̃'s K × K eigen-solve (about 1–3 KiB); per micro-batch part every op's output jet object and
        // its shape array (about 100 B each, some 20 of them in the mlp). One buffer would break the bound many
        // times over: a 64 × 128 activation is 32 KiB, one parameter vector of the mlp 400 KiB.
        int parts = microBatch is int size ? (batch + size - 1) / size : 1;
        long boundPerStep = (4 + (3L * parts)) * 1024;
        DataSplits data = SyntheticData.Create(features: 784);
        TrainingOptions options = OptimizerChoice.Parse(spec).Apply(new TrainingOptions
        {
            Model = model, BatchSize = batch, MicroBatch = microBatch, Steps = 10, EvaluateEvery = 1000, Seed = 1, Threads = 1,
        });
        var counter = new AllocationCounter();
        Trainer.Run(options, data, observer: counter);
        long perStep = counter.Allocated / 8;
        Assert.True(perStep < boundPerStep, $"{spec} {model} batch {batch} micro-batch {microBatch}: {perStep} bytes per step");
    }

    // Reads the thread's allocation counter after step 2 and after step 10.
    private sealed class AllocationCounter : ITrainingObserver
    {
        private long _start;

        public long Allocated { get; private set; }

        public void OnStep(StepRecord record, long totalSteps)
        {
            if (record.Step == 2)
            {
                _start = GC.GetAllocatedBytesForCurrentThread();
            }
            else if (record.Step == 10)
            {
                Allocated = GC.GetAllocatedBytesForCurrentThread() - _start;
            }
        }

        public void OnEvaluation(EvaluationRecord record)
        {
        }

        public void OnMessage(string message)
        {
        }
    }
}
