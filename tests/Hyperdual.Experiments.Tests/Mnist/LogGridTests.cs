using Hyperdual.Experiments.Mnist;

namespace Hyperdual.Experiments.Tests.Mnist;

public sealed class LogGridTests
{
    [Fact]
    public void Four_points_over_three_decades_are_the_powers_of_ten()
    {
        IReadOnlyList<double> grid = LogGrid.Spaced(1e-3, 1.0, 4);
        double[] expected = [1e-3, 1e-2, 1e-1, 1.0];
        Assert.Equal(expected.Length, grid.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], grid[i], expected[i] * 1e-12);
        }
    }

    [Theory]
    [InlineData(1e-5, 1e-1, 2)]
    [InlineData(1e-5, 1e-1, 5)]
    [InlineData(1e-2, 0.5, 3)]
    [InlineData(1e-4, 1e-2, 7)]
    public void Every_point_lies_in_the_range_with_both_ends_and_a_constant_ratio(double low, double high, int count)
    {
        IReadOnlyList<double> grid = LogGrid.Spaced(low, high, count);
        Assert.Equal(count, grid.Count);
        Assert.Equal(low, grid[0]);
        Assert.Equal(high, grid[^1]);
        Assert.All(grid, r => Assert.InRange(r, low, high));
        double ratio = Math.Pow(high / low, 1.0 / (count - 1));
        for (int i = 1; i < count; i++)
        {
            Assert.Equal(ratio, grid[i] / grid[i - 1], 1e-9);
        }
    }

    [Fact]
    public void One_point_is_the_geometric_mean()
    {
        Assert.Equal(1e-2, Assert.Single(LogGrid.Spaced(1e-4, 1.0, 1)), 1e-15);
    }

    [Theory]
    [InlineData(0.0, 1.0, 3)]
    [InlineData(-1.0, 1.0, 3)]
    [InlineData(1.0, 0.5, 3)]
    [InlineData(1e-3, double.PositiveInfinity, 3)]
    [InlineData(double.NaN, 1.0, 3)]
    [InlineData(1e-3, 1.0, 0)]
    public void Refuses_a_bad_range_or_count(double low, double high, int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LogGrid.Spaced(low, high, count));
}
