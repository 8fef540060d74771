using Hyperdual.Text;

namespace Hyperdual.Tests.Text;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-1.5", -1.5)]
    [InlineData("+2", 2.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1e-3", 1e-3)]
    [InlineData("1.5E+8", 1.5e8)]
    [InlineData("1e-400", 0.0)]
    public void AcceptsPlainDecimalNumbers(string text, double expected)
    {
        Assert.True(NumberText.TryParseDouble(text, allowNonFinite: false, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,,,0")]
    [InlineData("1.000,5")]
    [InlineData("1 000")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1_000")]
    [InlineData("0x10")]
    [InlineData("1.5.2")]
    [InlineData("1e")]
    [InlineData("e5")]
    [InlineData(".")]
    [InlineData("+")]
    [InlineData("")]
    [InlineData("١٢")]
    [InlineData("∞")]
    [InlineData("1e400")]
    [InlineData("inf")]
    [InlineData("NaN")]
    public void RefusesGroupSeparatorsOtherScriptsAndUnallowedNonFiniteValues(string text)
    {
        Assert.False(NumberText.TryParseDouble(text, allowNonFinite: false, out _));
    }

    [Theory]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("+Infinity", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("nan", double.NaN)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void AcceptsNonFiniteValuesWhereAllowed(string text, double expected)
    {
        Assert.True(NumberText.TryParseDouble(text, allowNonFinite: true, out double value));
        Assert.Equal(expected, value);
        Assert.False(NumberText.TryParseDouble("-nan", allowNonFinite: true, out _));
    }

    [Theory]
    [InlineData("16", true)]
    [InlineData("+1", true)]
    [InlineData("0", false)]
    [InlineData("17", false)]
    [InlineData("1.0", false)]
    [InlineData("1e1", false)]
    [InlineData("1,0", false)]
    [InlineData("99999999999999999999", false)]
    public void WholeNumbersAreDigitsInRange(string text, bool ok)
    {
        Assert.Equal(ok, NumberText.TryParseInt64(text, 1, 16, out _));
    }

    [Fact]
    public void SeedsSpanTheWholeUnsignedRange()
    {
        Assert.True(NumberText.TryParseUInt64("18446744073709551615", 0, ulong.MaxValue, out ulong max));
        Assert.Equal(ulong.MaxValue, max);
        Assert.False(NumberText.TryParseUInt64("-1", 0, ulong.MaxValue, out _));
        Assert.False(NumberText.TryParseUInt64("18446744073709551616", 0, ulong.MaxValue, out _));
    }

    [Fact]
    public void FaultIsOneLineNamingTheSourceTheExpectationAndTheText()
    {
        Assert.Equal("--k: expected a whole number from 1 to 16, got '1,5'", NumberText.Fault("--k", NumberText.DescribeWhole(1, 16), "1,5"));
        Assert.Equal("--x: expected a finite number such as -1.5 or 2e-3, got 'a b'", NumberText.Fault("--x", NumberText.DescribeReal(false, false), "a\nb"));
    }
}
