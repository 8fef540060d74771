using Hyperdual.Tensors;

namespace Hyperdual.Data.Tests;

public sealed class BatchLoaderTests
{
    /// <summary>10 examples of shape [1, 2, 2]; example i has features 4i … 4i+3 and label i mod 3.</summary>
    internal static LabelledDataSet Small() => new(
        "small",
        Enumerable.Range(0, 40).Select(i => (float)i).ToArray(),
        Enumerable.Range(0, 10).Select(i => i % 3).ToArray(),
        [1, 2, 2],
        3);

    [Fact]
    public void GetFollowsTheShuffledOrderInOneReusedBuffer()
    {
        LabelledDataSet set = Small();
        var loader = new BatchLoader<float>(set, 4, seed: 9);
        var order = new ShuffledBatches(10, 4, 9);
        Assert.Equal(2, loader.BatchesPerEpoch);
        Batch<float> first = loader.Get(0);
        for (long step = 0; step < 6; step++)
        {
            Batch<float> batch = loader.Get(step);
            Assert.Same(first, batch);
            Assert.Equal([4, 1, 2, 2], batch.Inputs.Shape.ToArray());
            var indices = new int[4];
            order.Indices(step, indices);
            Assert.Equal(indices.Select(i => i % 3), batch.Labels!);
            Assert.Equal(indices.SelectMany(i => Enumerable.Range(4 * i, 4).Select(v => (float)v)), batch.Inputs.ToArray());
        }
    }

    [Fact]
    public void DoubleBatchesHoldTheSameValues()
    {
        Batch<double> batch = new BatchLoader<double>(Small(), 3, seed: 1).Get(5);
        Batch<float> single = new BatchLoader<float>(Small(), 3, seed: 1).Get(5);
        Assert.Equal(single.Inputs.ToArray().Select(v => (double)v), batch.Inputs.ToArray());
        Assert.Equal(single.Labels!, batch.Labels!);
    }

    [Fact]
    public void InOrderCoversTheSetWithTheLastPartialBatch()
    {
        LabelledDataSet set = Small();
        var sizes = new List<int>();
        var labels = new List<int>();
        var firstFeatures = new List<float>();
        foreach (Batch<double> batch in BatchLoader<double>.InOrder(set, 4))
        {
            sizes.Add(batch.Size);
            labels.AddRange(batch.Labels!);
            firstFeatures.Add((float)batch.Inputs[0]);
        }

        Assert.Equal([4, 4, 2], sizes);
        Assert.Equal(set.Labels.ToArray(), labels);
        Assert.Equal([0f, 16f, 32f], firstFeatures);
        Assert.Empty(BatchLoader<float>.InOrder(set.Take(0), 4));
    }

    [Fact]
    public void CreateBatchAndTakeAreViewsOfTheSameData()
    {
        LabelledDataSet set = Small();
        Batch<float> batch = set.CreateBatch<float>([9, 0]);
        Assert.Equal([2, 1, 2, 2], batch.Inputs.Shape.ToArray());
        Assert.Equal([36f, 37, 38, 39, 0, 1, 2, 3], batch.Inputs.ToArray());
        Assert.Equal([0, 0], batch.Labels!);
        LabelledDataSet first = set.Take(3);
        Assert.Equal(3, first.Count);
        Assert.Equal(12, first.Features.Length);
        Assert.Equal([4, 3, 3], set.ClassHistogram());
        Assert.Throws<ArgumentOutOfRangeException>(() => set.CreateBatch<float>([10]));
        Assert.Throws<ArgumentException>(() => new LabelledDataSet("x", new float[4], new[] { 3 }, [4], 3));
    }
}
