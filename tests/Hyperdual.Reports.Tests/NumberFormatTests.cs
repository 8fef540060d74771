namespace Hyperdual.Reports.Tests;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(1.5e-6, "1.5e-6")]
    [InlineData(6.594843560137065e-10, "6.594843560137065e-10")]
    [InlineData(5.325630698804468e97, "5.325630698804468e+97")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(24.2, "24.2")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void ExactIsShortestRoundTripWithOneExponentForm(double value, string expected)
    {
        Assert.Equal(expected, NumberFormat.Exact(value));
        if (double.IsFinite(value))
        {
            Assert.Equal(value, double.Parse(NumberFormat.Exact(value), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(3.2817e-15, 3, "3.28e-15")]
    [InlineData(1e-8, 1, "1e-8")]
    [InlineData(1234.5, 3, "1.23e+3")]
    [InlineData(0.5, 10, "0.5")]
    public void SignificantRoundsWithTheSameExponentForm(double value, int digits, string expected)
    {
        Assert.Equal(expected, NumberFormat.Significant(value, digits));
    }
}
