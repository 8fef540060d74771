namespace Hyperdual.Data.Tests;

public sealed class ShuffledBatchesTests
{
    private static int[][] Batches(ShuffledBatches order, int steps, int threads)
    {
        var result = new int[steps][];
        Parallel.For(0, steps, new ParallelOptions { MaxDegreeOfParallelism = threads }, step =>
        {
            var indices = new int[order.BatchSize];
            order.Indices(step, indices);
            result[step] = indices;
        });
        return result;
    }

    [Fact]
    public void TheSameSeedGivesTheSameOrderWithOneAndTwoThreads()
    {
        int[][] one = Batches(new ShuffledBatches(103, 10, seed: 7), steps: 50, threads: 1);
        int[][] two = Batches(new ShuffledBatches(103, 10, seed: 7), steps: 50, threads: 2);
        Assert.Equal(one, two);
        // A fresh instance asked for a late step first (a resumed run) gets the same batch.
        var resumed = new int[10];
        new ShuffledBatches(103, 10, seed: 7).Indices(37, resumed);
        Assert.Equal(one[37], resumed);
    }

    [Fact]
    public void DifferentSeedsAndEpochsDiffer()
    {
        int[][] a = Batches(new ShuffledBatches(100, 10, seed: 1), 20, 1);
        int[][] b = Batches(new ShuffledBatches(100, 10, seed: 2), 20, 1);
        Assert.NotEqual(a[0], b[0]);
        Assert.NotEqual(a[0], a[10]); // epoch 0 and epoch 1 start differently
    }

    [Fact]
    public void EachEpochIsAPermutationWithThePartialBatchDropped()
    {
        var order = new ShuffledBatches(23, 5, seed: 3);
        Assert.Equal(4, order.BatchesPerEpoch);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            int[] seen = [.. Enumerable.Range(0, 4).SelectMany(b =>
            {
                var indices = new int[5];
                order.Indices((epoch * 4) + b, indices);
                return indices;
            })];
            Assert.Equal(20, seen.Distinct().Count());
            Assert.All(seen, i => Assert.InRange(i, 0, 22));
        }
    }

    [Fact]
    public void ThePermutationIsRoughlyUniform()
    {
        // Where element 0 lands, over 4000 seeds and 8 positions: each position about 500 times.
        var counts = new int[8];
        for (ulong seed = 0; seed < 4000; seed++)
        {
            counts[Array.IndexOf(ShuffledBatches.Permutation(8, seed, 0), 0)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 400, 600));
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShuffledBatches(3, 4, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShuffledBatches(3, 0, 0));
        Assert.Throws<ArgumentException>(() => new ShuffledBatches(10, 4, 0).Indices(0, new int[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShuffledBatches(10, 4, 0).Indices(-1, new int[4]));
    }
}
