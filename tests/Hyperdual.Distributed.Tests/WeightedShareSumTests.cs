namespace Hyperdual.Distributed.Tests;

public class WeightedShareSumTests
{
    [Fact]
    public void TheMeanWeighsEachShardByItsExamples()
    {
        var sum = new WeightedShareSum();
        sum.Add(1, [1.0, 10.0]);
        sum.Add(3, [5.0, -2.0]);
        // (1·1 + 3·5)/4 = 4, (1·10 + 3·(−2))/4 = 1
        Assert.Equal([4.0, 1.0], sum.Mean());
        Assert.Equal(4, sum.Count);
    }

    [Fact]
    public void EqualShardsGiveTheMeanOfTheWholeBatch()
    {
        double[] perExample = [0.5, 1.5, 2.0, 4.0, -1.0, 3.0];
        var sum = new WeightedShareSum();
        sum.Add(2, [(0.5 + 1.5) / 2]);
        sum.Add(4, [(2.0 + 4.0 - 1.0 + 3.0) / 4]);
        Assert.Equal(perExample.Average(), sum.Mean()[0], 15);
    }

    [Fact]
    public void SharesOfDifferentLengthsAreRejected()
    {
        var sum = new WeightedShareSum();
        sum.Add(1, [1.0, 2.0]);
        Assert.Throws<ArgumentException>(() => sum.Add(1, [1.0]));
    }

    [Fact]
    public void AnEmptySumHasNoMean() => Assert.Throws<InvalidOperationException>(() => new WeightedShareSum().Mean());
}
