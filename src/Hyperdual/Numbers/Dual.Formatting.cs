using System.Globalization;
using System.Numerics;
using System.Text;

namespace Hyperdual;

// Formatting and parsing of Dual<T>: the text form is "a + bε".
public readonly partial struct Dual<T>
{
    private static readonly string[] Units = ["", "ε"];

    /// <summary>The default number style for parsing, as for <see cref="double"/>.</summary>
    private const NumberStyles DefaultStyle = NumberStyles.Float | NumberStyles.AllowThousands;

    //
    // IFormattable
    //

    /// <summary>Formats as <c>a + bε</c>, each part with <paramref name="format"/>.</summary>
    /// <param name="format">The number format of each part, or null for the default.</param>
    /// <param name="formatProvider">The culture, or null for the current one.</param>
    /// <returns>The text; negative parts are written with " - ", nested dual parts in parentheses.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => PerturbationText.Format<T>([Value, Epsilon], Units, format, formatProvider);

    //
    // INumberBase
    //

    /// <summary>Parses a plain number (a constant) or the text form, each number with <paramref name="style"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">The number style of each part.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not in either form.</exception>
    public static Dual<T> Parse(string s, NumberStyles style, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), style, provider);
    }

    /// <inheritdoc cref="Parse(string, NumberStyles, IFormatProvider?)"/>
    public static Dual<T> Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider)
        => TryParse(s, style, provider, out Dual<T> result)
            ? result
            : throw new FormatException($"'{s}' is neither a number nor of the form 'a + bε'.");

    /// <summary>Parses UTF-8 text; see <see cref="Parse(string, NumberStyles, IFormatProvider?)"/>.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="style">The number style of each part.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="FormatException">The text is not in either form.</exception>
    public static Dual<T> Parse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider)
        => Parse(Encoding.UTF8.GetString(utf8Text), style, provider);

    /// <summary>Tries to parse a plain number (a constant) or the text form, each number with <paramref name="style"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">The number style of each part.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed number, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out Dual<T> result)
    {
        if (s is null)
        {
            result = Zero;
            return false;
        }

        return TryParse(s.AsSpan(), style, provider, out result);
    }

    /// <inheritdoc cref="TryParse(string?, NumberStyles, IFormatProvider?, out Dual{T})"/>
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out Dual<T> result)
    {
        T[] parts = new T[2];
        if (PerturbationText.TryParse<T>(s, style, provider, Units, parts))
        {
            result = new(parts[0], parts[1]);
            return true;
        }

        result = Zero;
        return false;
    }

    /// <summary>Tries to parse UTF-8 text; see <see cref="TryParse(string?, NumberStyles, IFormatProvider?, out Dual{T})"/>.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="style">The number style of each part.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed number, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider, out Dual<T> result)
        => TryParse(Encoding.UTF8.GetString(utf8Text), style, provider, out result);

    //
    // IParsable
    //

    /// <summary>Parses a plain number (a constant) or the text form <c>a + bε</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not in either form.</exception>
    public static Dual<T> Parse(string s, IFormatProvider? provider) => Parse(s, DefaultStyle, provider);

    /// <summary>Tries to parse a plain number (a constant) or the text form <c>a + bε</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed number, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out Dual<T> result)
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

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Dual<T> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, DefaultStyle, provider);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out Dual{T})"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Dual<T> result)
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

    /// <summary>Parses UTF-8 text; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed number.</returns>
    public static Dual<T> Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text, DefaultStyle, provider);

    /// <summary>Tries to parse UTF-8 text; see <see cref="TryParse(string?, IFormatProvider?, out Dual{T})"/>.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed number, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Dual<T> result)
        => TryParse(utf8Text, DefaultStyle, provider, out result);
}
