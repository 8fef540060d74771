using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Hyperdual;

// Formatting and parsing of ChainRuleNumber<T, TParts>: the value followed by the parts' own text; parsing reads a
// plain number, a constant.
public readonly partial struct ChainRuleNumber<T, TParts>
{
    /// <summary>The default number style for parsing, as for <see cref="double"/>.</summary>
    private const NumberStyles DefaultStyle = NumberStyles.Float | NumberStyles.AllowThousands;

    //
    // IFormattable
    //

    /// <summary>The value followed by the parts' text (<see cref="IDerivativeParts{TSelf, T}.FormatParts"/>), each number with <paramref name="format"/>.</summary>
    /// <param name="format">The number format, or null for the default.</param>
    /// <param name="formatProvider">The culture, or null for the current one.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => Value.ToString(format, formatProvider) + TParts.FormatParts(in parts, format, formatProvider);

    //
    // INumberBase
    //

    /// <summary>Parses a plain number as a constant.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">The number style.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The constant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a number.</exception>
    public static ChainRuleNumber<T, TParts> Parse(string s, NumberStyles style, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), style, provider);
    }

    /// <inheritdoc cref="Parse(string, NumberStyles, IFormatProvider?)"/>
    public static ChainRuleNumber<T, TParts> Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider)
        => TryParse(s, style, provider, out ChainRuleNumber<T, TParts> result) ? result : throw new FormatException($"'{s}' is not a number.");

    /// <inheritdoc cref="Parse(string, NumberStyles, IFormatProvider?)"/>
    public static ChainRuleNumber<T, TParts> Parse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider)
        => Parse(Encoding.UTF8.GetString(utf8Text), style, provider);

    /// <summary>Tries to parse a plain number as a constant.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">The number style.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The constant, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out ChainRuleNumber<T, TParts> result)
    {
        if (s is null)
        {
            result = Zero;
            return false;
        }

        return TryParse(s.AsSpan(), style, provider, out result);
    }

    /// <inheritdoc cref="TryParse(string?, NumberStyles, IFormatProvider?, out ChainRuleNumber{T, TParts})"/>
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out ChainRuleNumber<T, TParts> result)
    {
        if (T.TryParse(s, style, provider, out T? value))
        {
            result = new(value);
            return true;
        }

        result = Zero;
        return false;
    }

    /// <inheritdoc cref="TryParse(string?, NumberStyles, IFormatProvider?, out ChainRuleNumber{T, TParts})"/>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider, out ChainRuleNumber<T, TParts> result)
        => TryParse(Encoding.UTF8.GetString(utf8Text), style, provider, out result);

    //
    // IParsable
    //

    /// <inheritdoc cref="Parse(string, NumberStyles, IFormatProvider?)"/>
    public static ChainRuleNumber<T, TParts> Parse(string s, IFormatProvider? provider) => Parse(s, DefaultStyle, provider);

    /// <inheritdoc cref="TryParse(string?, NumberStyles, IFormatProvider?, out ChainRuleNumber{T, TParts})"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ChainRuleNumber<T, TParts> result)
        => TryParse(s, DefaultStyle, provider, out result);

    //
    // ISpanFormattable
    //

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => PerturbationText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    //
    // ISpanParsable
    //

    /// <inheritdoc cref="Parse(string, NumberStyles, IFormatProvider?)"/>
    public static ChainRuleNumber<T, TParts> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, DefaultStyle, provider);

    /// <inheritdoc cref="TryParse(string?, NumberStyles, IFormatProvider?, out ChainRuleNumber{T, TParts})"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ChainRuleNumber<T, TParts> result)
        => TryParse(s, DefaultStyle, provider, out result);

    //
    // IUtf8SpanFormattable
    //

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => PerturbationText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), utf8Destination, out bytesWritten);

    //
    // IUtf8SpanParsable
    //

    /// <inheritdoc cref="Parse(string, NumberStyles, IFormatProvider?)"/>
    public static ChainRuleNumber<T, TParts> Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text, DefaultStyle, provider);

    /// <inheritdoc cref="TryParse(string?, NumberStyles, IFormatProvider?, out ChainRuleNumber{T, TParts})"/>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out ChainRuleNumber<T, TParts> result)
        => TryParse(utf8Text, DefaultStyle, provider, out result);
}
