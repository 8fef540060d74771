using Hyperdual.Distributed.Grains;
using Hyperdual.Distributed.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hyperdual.Distributed.Tests;

/// <summary>The coordinator grain in a silo of this process, its workers played by the test: how an attempt ends.</summary>
[Collection(MultiProcessCollection.Name)]
public class CoordinatorGrainTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static async Task<(IHost Silo, ITrainingCoordinatorGrain Grain)> StartAsync(double timeoutSeconds)
    {
        IHost silo = await SiloHosting.StartAsync(new ClusterAddress(false, "127.0.0.1", SiloHosting.FreePort()));
        ITrainingCoordinatorGrain grain = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrainingCoordinatorGrain>(RunKey.Value);
        await grain.Open(new RunSettings("{}", timeoutSeconds, 8));
        Assert.Equal(0, (await grain.Join("a")).Index);
        Assert.Equal(1, (await grain.Join("b")).Index);
        return (silo, grain);
    }

    private static async Task StopAsync(IHost silo)
    {
        await silo.StopAsync();
        silo.Dispose();
    }

    [Fact]
    public async Task SharesAreCombinedByExampleCountAndEveryWorkerGetsTheSameBytes()
    {
        (IHost silo, ITrainingCoordinatorGrain grain) = await StartAsync(30);
        try
        {
            Task<StepOutcome> step = grain.RunStep(1, 4, null);
            StepAssignment a = await grain.NextStep(0, 0, -1).WaitAsync(Limit);
            StepAssignment b = await grain.NextStep(1, 0, -1).WaitAsync(Limit);
            Assert.Equal((0, 2, 2, 2), (a.ShardStart, a.ShardCount, b.ShardStart, b.ShardCount));
            Task<ShareReply> replyA = grain.Submit(0, 1, a.Attempt, 1, ShareCodec.Encode([1.0, 10.0], 8), 0);
            Task<ShareReply> replyB = grain.Submit(1, 1, b.Attempt, 3, ShareCodec.Encode([5.0, -2.0], 8), 0);
            StepOutcome outcome = await step.WaitAsync(Limit);
            Assert.Equal(StepOutcomeKind.Completed, outcome.Kind);
            Assert.Equal([4.0, 1.0], ShareCodec.Decode(outcome.Mean, 8));
            Assert.Equal([16, 16], outcome.SentBytes);
            foreach (ShareReply reply in await Task.WhenAll(replyA, replyB))
            {
                Assert.Equal(ShareVerdict.Apply, reply.Verdict);
                Assert.Equal(outcome.Mean, reply.Mean);
            }
        }
        finally
        {
            await StopAsync(silo);
        }
    }

    [Fact]
    public async Task AWorkerWhoseHashDiffersStopsTheRunBeforeAnyoneApplies()
    {
        (IHost silo, ITrainingCoordinatorGrain grain) = await StartAsync(30);
        try
        {
            Task<StepOutcome> step = grain.RunStep(1, 4, 42UL);
            StepAssignment a = await grain.NextStep(0, 0, -1).WaitAsync(Limit);
            Assert.True(a.HashDue);
            Task<ShareReply> replyA = grain.Submit(0, 1, a.Attempt, 2, ShareCodec.Encode([1.0], 8), 42UL);
            Task<ShareReply> replyB = grain.Submit(1, 1, a.Attempt, 2, ShareCodec.Encode([1.0], 8), 43UL);
            StepOutcome outcome = await step.WaitAsync(Limit);
            Assert.Equal(StepOutcomeKind.Mismatch, outcome.Kind);
            Assert.Contains("worker 1 (b) differ", outcome.Message, StringComparison.Ordinal);
            foreach (ShareReply reply in await Task.WhenAll(replyA, replyB))
            {
                Assert.Equal(ShareVerdict.Stop, reply.Verdict);
                Assert.Null(reply.Mean);
            }
        }
        finally
        {
            await StopAsync(silo);
        }
    }

    [Fact]
    public async Task AShareLaterThanTheTimeoutLosesItsWorkerAndTheOthersRetryWithoutApplying()
    {
        (IHost silo, ITrainingCoordinatorGrain grain) = await StartAsync(0.5);
        try
        {
            Task<StepOutcome> step = grain.RunStep(1, 4, null);
            StepAssignment a = await grain.NextStep(0, 0, -1).WaitAsync(Limit);
            ShareReply reply = await grain.Submit(0, 1, a.Attempt, 2, ShareCodec.Encode([1.0], 8), 0).WaitAsync(Limit);
            StepOutcome outcome = await step.WaitAsync(Limit);
            Assert.Equal(StepOutcomeKind.WorkersLost, outcome.Kind);
            Assert.Equal([1], outcome.Lost);
            Assert.Equal(ShareVerdict.Retry, reply.Verdict);
            Assert.Null(reply.Mean);

            // The retry shards the whole batch to the remaining worker; the lost one is told to stop.
            Task<StepOutcome> retry = grain.RunStep(1, 4, null);
            StepAssignment again = await grain.NextStep(0, 0, a.Attempt).WaitAsync(Limit);
            Assert.Equal((1L, 0, 4), (again.Step, again.ShardStart, again.ShardCount));
            Assert.NotNull((await grain.NextStep(1, 0, -1).WaitAsync(Limit)).StopReason);
            ShareReply applied = await grain.Submit(0, 1, again.Attempt, 4, ShareCodec.Encode([2.0], 8), 0).WaitAsync(Limit);
            Assert.Equal(ShareVerdict.Apply, applied.Verdict);
            Assert.Equal(StepOutcomeKind.Completed, (await retry.WaitAsync(Limit)).Kind);
        }
        finally
        {
            await StopAsync(silo);
        }
    }
}
