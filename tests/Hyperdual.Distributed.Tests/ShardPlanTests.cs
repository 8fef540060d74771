namespace Hyperdual.Distributed.Tests;

public class ShardPlanTests
{
    [Fact]
    public void ShardsTileTheBatchInOrderWithSizesThatDifferByAtMostOne()
    {
        for (int batch = 1; batch <= 40; batch++)
        {
            for (int workers = 1; workers <= batch; workers++)
            {
                int next = 0;
                var sizes = new List<int>();
                for (int i = 0; i < workers; i++)
                {
                    (int start, int count) = ShardPlan.Shard(batch, workers, i);
                    Assert.Equal(next, start);
                    next += count;
                    sizes.Add(count);
                }

                Assert.Equal(batch, next);
                Assert.True(sizes.Max() - sizes.Min() <= 1, $"batch {batch}, {workers} workers: sizes {string.Join(", ", sizes)}");
            }
        }
    }

    [Fact]
    public void NinetySixExamplesOnThreeWorkersAreThirtyTwoEach()
    {
        Assert.Equal((0, 32), ShardPlan.Shard(96, 3, 0));
        Assert.Equal((32, 32), ShardPlan.Shard(96, 3, 1));
        Assert.Equal((64, 32), ShardPlan.Shard(96, 3, 2));
    }

    [Fact]
    public void MoreWorkersThanExamplesIsRejected() => Assert.Throws<ArgumentOutOfRangeException>(() => ShardPlan.Shard(2, 3, 0));
}
