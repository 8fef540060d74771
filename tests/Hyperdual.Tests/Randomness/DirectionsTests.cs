namespace Hyperdual.Tests.Randomness;

public sealed class DirectionsTests
{
    [Fact]
    public void SeededDirectionsAreStandardNormal()
    {
        Directions d = Directions.FromSeed(5, 2, 200_000);
        foreach (int i in new[] { 0, 1 })
        {
            double[] v = d.ToArray(i);
            double mean = v.Average();
            double variance = v.Select(x => (x - mean) * (x - mean)).Average();
            double fourth = v.Select(x => Math.Pow(x - mean, 4)).Average();
            Assert.InRange(mean, -0.01, 0.01); // 4.5 standard errors
            Assert.InRange(variance, 0.985, 1.015);
            Assert.InRange(fourth, 2.9, 3.1);
        }
    }

    [Fact]
    public void DirectionsAreUncorrelated()
    {
        Directions d = Directions.FromSeed(6, 2, 100_000);
        double[] a = d.ToArray(0), b = d.ToArray(1);
        double dot = a.Zip(b, (x, y) => x * y).Sum() / a.Length;
        Assert.InRange(dot, -0.015, 0.015);
        double lag = a.Skip(1).Zip(a, (x, y) => x * y).Sum() / (a.Length - 1);
        Assert.InRange(lag, -0.015, 0.015);
    }

    [Fact]
    public void AnySliceRegeneratesTheSameElements()
    {
        Directions d = Directions.FromSeed(7, 3, 1001);
        double[] full = d.ToArray(2);
        foreach ((int start, int length) in new[] { (0, 1), (1, 1), (3, 10), (500, 501), (999, 2) })
        {
            var part = new double[length];
            d.Fill<double>(2, start, part);
            Assert.Equal(full.AsSpan(start, length).ToArray(), part);
        }

        var asFloat = new float[5];
        d.Fill<float>(2, 17, asFloat);
        Assert.Equal(full.AsSpan(17, 5).ToArray().Select(x => (float)x), asFloat);
    }

    [Fact]
    public void SameSeedSameDirectionsDifferentSeedDifferent()
    {
        Assert.Equal(Directions.FromSeed(1, 1, 50).ToArray(0), Directions.FromSeed(1, 1, 50).ToArray(0));
        Assert.NotEqual(Directions.FromSeed(1, 1, 50).ToArray(0), Directions.FromSeed(2, 1, 50).ToArray(0));
    }

    [Fact]
    public void ExplicitVectorsAreCopiedAndChecked()
    {
        double[] v = [1, 2, 3];
        Directions d = Directions.FromVectors([v]);
        v[0] = 9;
        Assert.Equal([1.0, 2, 3], d.ToArray(0));
        Assert.False(d.IsSeeded);
        Assert.Equal("vectors", Assert.Throws<ArgumentException>(() => Directions.FromVectors([[1.0, 2], [1.0]])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => d.Fill<double>(0, 2, new double[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Directions.FromSeed(1, 0, 10));
    }
}

public sealed class DirectionsSelectTests
{
    [Fact]
    public void SelectViewsTheChosenDirections()
    {
        Directions seeded = Directions.FromSeed(3, 4, 20);
        Directions view = seeded.Select(3, 1);
        Assert.Equal(2, view.K);
        Assert.Equal(seeded.ToArray(3), view.ToArray(0));
        Assert.Equal(seeded.ToArray(1), view.ToArray(1));
        Directions explicitDirections = Directions.FromVectors([[1.0, 2], [3.0, 4]]);
        Assert.Equal([3.0, 4], explicitDirections.Select(1).ToArray(0));
        Assert.Equal("indices", Assert.Throws<ArgumentOutOfRangeException>(() => seeded.Select(4)).ParamName);
    }
}
