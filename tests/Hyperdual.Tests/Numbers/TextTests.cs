using System.Globalization;
using System.Numerics;
using System.Text;

namespace Hyperdual.Tests.Numbers;

/// <summary>Formatting as <c>a + bε₁ + cε₂ + dε₁ε₂</c> / <c>a + bε</c> and parsing it back (or a plain number).</summary>
public sealed class TextTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void FormatsAllFourParts()
    {
        Assert.Equal("1.5 + 2ε₁ + 3ε₂ + 4ε₁ε₂", new HyperDual<double>(1.5, 2, 3, 4).ToString(null, Invariant));
        Assert.Equal("1.5 + 2ε", new Dual<double>(1.5, 2).ToString(null, Invariant));
        Assert.Equal("1.5 + 2ε₁ + 3ε₂ + 4ε₁ε₂", new HyperDual<double>(1.5, 2, 3, 4).ToString());
    }

    [Fact]
    public void FormatsNegativePartsWithAMinusSeparator()
    {
        Assert.Equal("-1 - 2ε₁ + 0ε₂ - 0ε₁ε₂", new HyperDual<float>(-1, -2, 0, -0f).ToString(null, Invariant));
        Assert.Equal("-1 - 0.5ε", new Dual<double>(-1, -0.5).ToString(null, Invariant));
    }

    [Fact]
    public void FormatsEachPartWithTheFormatString()
    {
        Assert.Equal("1.50 + 2.00ε₁ - 3.00ε₂ + 0.33ε₁ε₂", new HyperDual<double>(1.5, 2, -3, 1.0 / 3).ToString("F2", Invariant));
        Assert.Equal("1.50 + 2.00ε₁ - 3.00ε₂ + 0.33ε₁ε₂", $"{new HyperDual<double>(1.5, 2, -3, 1.0 / 3):F2}");
    }

    [Fact]
    public void FormatsWithAProvidersDecimalSeparator()
    {
        var comma = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
        var h = new HyperDual<double>(1.5, -2.25, 3, 4);
        string text = h.ToString(null, comma);
        Assert.Equal("1,5 - 2,25ε₁ + 3ε₂ + 4ε₁ε₂", text);
        Assert.Equal(h, HyperDual<double>.Parse(text, NumberStyles.Float, comma));
    }

    [Fact]
    public void ParsesAPlainNumberAsAConstant()
    {
        Assert.Equal(new HyperDual<double>(2.5, 0, 0, 0), HyperDual<double>.Parse("2.5", Invariant));
        Assert.Equal(new HyperDual<double>(-1e20, 0, 0, 0), HyperDual<double>.Parse("  -1E+20 ", Invariant));
        Assert.Equal(new Dual<float>(3, 0), Dual<float>.Parse("3", Invariant));
        Assert.Equal(new HyperDual<double>(1000, 0, 0, 0), HyperDual<double>.Parse("1,000", Invariant));
    }

    [Fact]
    public void ParsesTermsInAnyOrderWithMissingOnesZero()
    {
        Assert.Equal(new HyperDual<double>(0, 0, 3, 0), HyperDual<double>.Parse("3ε₂", Invariant));
        Assert.Equal(new HyperDual<double>(1, 0, 0, 4), HyperDual<double>.Parse("4ε₁ε₂ + 1", Invariant));
        Assert.Equal(new HyperDual<double>(1e20, -1e-5, 0, 0), HyperDual<double>.Parse("1e+20 - 1E-5ε₁", Invariant));
        Assert.Equal(new HyperDual<double>(-1, 2, 0, 0), HyperDual<double>.Parse("-1 - -2ε₁", Invariant));
        Assert.Equal(new Dual<double>(0, -7), Dual<double>.Parse("-7ε", Invariant));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("1 + 2ε₃")]
    [InlineData("1 + 2ε₁ + 3ε₁")]
    [InlineData("1 + 2")]
    [InlineData("1 +")]
    [InlineData("ε₁")]
    [InlineData("1 + (2ε₁")]
    [InlineData("1 + 2ε")]
    public void RejectsMalformedText(string text)
    {
        Assert.False(HyperDual<double>.TryParse(text, Invariant, out HyperDual<double> result));
        Assert.Equal(HyperDual<double>.Zero, result);
        Assert.Throws<FormatException>(() => HyperDual<double>.Parse(text, Invariant));
    }

    [Fact]
    public void RejectsMalformedDualText()
    {
        Assert.False(Dual<double>.TryParse("1 + 2ε₁", Invariant, out _));
        Assert.Throws<FormatException>(() => Dual<double>.Parse("1 + 2ε + 3ε", Invariant));
    }

    [Fact]
    public void NullTextIsAnArgumentErrorForParseAndFalseForTryParse()
    {
        ArgumentNullException e = Assert.Throws<ArgumentNullException>(() => HyperDual<double>.Parse((string)null!, NumberStyles.Float, Invariant));
        Assert.Equal("s", e.ParamName);
        Assert.False(HyperDual<double>.TryParse((string?)null, Invariant, out _));
        Assert.False(Dual<double>.TryParse((string?)null, NumberStyles.Float, Invariant, out _));
    }

    [Fact]
    public void RoundTripsRandomNumbersInEveryForm()
    {
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            var h = new HyperDual<double>(Draw(random), Draw(random), Draw(random), Draw(random));
            Assert.Equal(h, HyperDual<double>.Parse(h.ToString(), Invariant));
            Assert.Equal(h, HyperDual<double>.Parse(h.ToString("R", Invariant).AsSpan(), Invariant));
            Assert.Equal(h, HyperDual<double>.Parse(Encoding.UTF8.GetBytes(h.ToString()), Invariant));

            var f = new HyperDual<float>((float)Draw(random), (float)Draw(random), (float)Draw(random), (float)Draw(random));
            Assert.Equal(f, HyperDual<float>.Parse(f.ToString(), Invariant));

            var d = new Dual<double>(Draw(random), Draw(random));
            Assert.True(Dual<double>.TryParse(d.ToString(), Invariant, out Dual<double> back));
            Assert.Equal(d, back);
        }
    }

    [Fact]
    public void RoundTripsSpecialValuesAndNegativeZero()
    {
        var h = new HyperDual<double>(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0);
        HyperDual<double> back = HyperDual<double>.Parse(h.ToString(), Invariant);
        Assert.Equal(h, back);
        Assert.True(double.IsNegative(back.Epsilon12));
    }

    [Fact]
    public void RoundTripsNestedNumbers()
    {
        var inner1 = new HyperDual<double>(1, -2, 3, 4);
        var inner2 = new HyperDual<double>(-5, 6, -7, 8);
        var nested = new HyperDual<HyperDual<double>>(inner1, inner2, HyperDual<double>.Zero, new HyperDual<double>(0.5));
        string text = nested.ToString();
        Assert.Equal("(1 - 2ε₁ + 3ε₂ + 4ε₁ε₂) + (-5 + 6ε₁ - 7ε₂ + 8ε₁ε₂)ε₁ + (0 + 0ε₁ + 0ε₂ + 0ε₁ε₂)ε₂ + (0.5 + 0ε₁ + 0ε₂ + 0ε₁ε₂)ε₁ε₂", text);
        Assert.Equal(nested, HyperDual<HyperDual<double>>.Parse(text, Invariant));

        var dd = new Dual<Dual<double>>(new Dual<double>(1, 2), new Dual<double>(-3, 4));
        Assert.Equal(dd, Dual<Dual<double>>.Parse(dd.ToString(), Invariant));
    }

    [Fact]
    public void SpanFormattingReportsAShortDestination()
    {
        var h = new HyperDual<double>(1.5, 2, 3, 4);
        string expected = "1.5 + 2ε₁ + 3ε₂ + 4ε₁ε₂";

        Span<char> small = stackalloc char[5];
        Assert.False(h.TryFormat(small, out int written, default, Invariant));
        Assert.Equal(0, written);

        Span<char> enough = stackalloc char[64];
        Assert.True(h.TryFormat(enough, out written, default, Invariant));
        Assert.Equal(expected, enough[..written].ToString());

        byte[] utf8 = Encoding.UTF8.GetBytes(expected);
        Span<byte> bytes = stackalloc byte[utf8.Length];
        Assert.True(h.TryFormat(bytes, out int bytesWritten, default, Invariant));
        Assert.Equal(utf8, bytes[..bytesWritten].ToArray());
        Assert.False(h.TryFormat(bytes[..^1], out bytesWritten, default, Invariant));
        Assert.Equal(0, bytesWritten);

        Span<char> dualBuffer = stackalloc char[32];
        Assert.True(new Dual<double>(1, -1).TryFormat(dualBuffer, out written, "F1", Invariant));
        Assert.Equal("1.0 - 1.0ε", dualBuffer[..written].ToString());
    }

    [Fact]
    public void GenericParsingAndFormattingWorkThroughTheInterfaces()
    {
        Assert.Equal(new HyperDual<double>(1, 2, 3, 4), ParseGeneric<HyperDual<double>>("1 + 2ε₁ + 3ε₂ + 4ε₁ε₂"));
        Assert.Equal(new Dual<double>(1, 2), ParseGeneric<Dual<double>>("1 + 2ε"));
        Assert.Equal(new HyperDual<double>(6), ParseUtf8Generic<HyperDual<double>>("6"u8));
        Assert.True(Utf8TryParseGeneric<Dual<double>>("1 + 2ε"u8, out Dual<double> d));
        Assert.Equal(new Dual<double>(1, 2), d);
        Assert.Equal("1 + 2ε", FormatUtf8Generic(new Dual<double>(1, 2)));
    }

    private static T ParseGeneric<T>(string text)
        where T : INumberBase<T>
        => T.Parse(text, NumberStyles.Float, Invariant);

    private static T ParseUtf8Generic<T>(ReadOnlySpan<byte> text)
        where T : IUtf8SpanParsable<T>
        => T.Parse(text, Invariant);

    private static bool Utf8TryParseGeneric<T>(ReadOnlySpan<byte> text, out T result)
        where T : INumberBase<T>
        => T.TryParse(text, NumberStyles.Float, Invariant, out result!);

    private static string FormatUtf8Generic<T>(T value)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[64];
        Assert.True(value.TryFormat(buffer, out int written, default, Invariant));
        return Encoding.UTF8.GetString(buffer[..written]);
    }

    private static double Draw(Random random)
        => random.Next(4) switch
        {
            0 => 0,
            1 => Math.Round((random.NextDouble() - 0.5) * 10, 2),
            _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)),
        };
}
