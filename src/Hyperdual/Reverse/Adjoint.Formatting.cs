using System.Globalization;
using System.Numerics;

namespace Hyperdual;

// Formatting and parsing of Adjoint<T>: the text form is the value's (the node is not written, and parsing
// gives a constant).
public readonly partial struct Adjoint<T>
{
    //
    // IFormattable
    //

    /// <summary>Formats the value with <paramref name="format"/>; the node is not written.</summary>
    /// <param name="format">The number format, or null for the default.</param>
    /// <param name="formatProvider">The culture, or null for the current one.</param>
    /// <returns>The text of the value.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format, formatProvider);

    //
    // IParsable
    //

    /// <summary>Parses a number as <typeparamref name="T"/> does, giving a constant.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed constant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a number.</exception>
    public static Adjoint<T> Parse(string s, IFormatProvider? provider) => new(T.Parse(s, provider));

    /// <summary>Tries to parse a number as <typeparamref name="T"/> does, giving a constant.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed constant, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out Adjoint<T> result)
    {
        bool parsed = T.TryParse(s, provider, out T? value);
        result = parsed ? new(value!) : Zero;
        return parsed;
    }

    //
    // ISpanFormattable
    //

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => Value.TryFormat(destination, out charsWritten, format, provider);

    //
    // ISpanParsable
    //

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Adjoint<T> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(T.Parse(s, provider));

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out Adjoint{T})"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Adjoint<T> result)
    {
        bool parsed = T.TryParse(s, provider, out T? value);
        result = parsed ? new(value!) : Zero;
        return parsed;
    }

    //
    // INumberBase
    //

    /// <summary>Parses a number with <paramref name="style"/> as <typeparamref name="T"/> does, giving a constant.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">The number style.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed constant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a number.</exception>
    public static Adjoint<T> Parse(string s, NumberStyles style, IFormatProvider? provider) => new(T.Parse(s, style, provider));

    /// <inheritdoc cref="Parse(string, NumberStyles, IFormatProvider?)"/>
    public static Adjoint<T> Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider) => new(T.Parse(s, style, provider));

    /// <summary>Parses UTF-8 text with <paramref name="style"/>, giving a constant.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="style">The number style.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed constant.</returns>
    /// <exception cref="FormatException">The text is not a number.</exception>
    public static Adjoint<T> Parse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider) => new(T.Parse(utf8Text, style, provider));

    /// <summary>Tries to parse a number with <paramref name="style"/>, giving a constant.</summary>
    /// <param name="s">The text.</param>
    /// <param name="style">The number style.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed constant, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out Adjoint<T> result)
    {
        bool parsed = T.TryParse(s, style, provider, out T? value);
        result = parsed ? new(value!) : Zero;
        return parsed;
    }

    /// <inheritdoc cref="TryParse(string?, NumberStyles, IFormatProvider?, out Adjoint{T})"/>
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out Adjoint<T> result)
    {
        bool parsed = T.TryParse(s, style, provider, out T? value);
        result = parsed ? new(value!) : Zero;
        return parsed;
    }

    /// <summary>Tries to parse UTF-8 text with <paramref name="style"/>, giving a constant.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="style">The number style.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed constant, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider, out Adjoint<T> result)
    {
        bool parsed = T.TryParse(utf8Text, style, provider, out T? value);
        result = parsed ? new(value!) : Zero;
        return parsed;
    }

    //
    // IUtf8SpanFormattable
    //

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => Value.TryFormat(utf8Destination, out bytesWritten, format, provider);

    //
    // IUtf8SpanParsable
    //

    /// <summary>Parses UTF-8 text as <typeparamref name="T"/> does, giving a constant.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <returns>The parsed constant.</returns>
    public static Adjoint<T> Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => new(T.Parse(utf8Text, provider));

    /// <summary>Tries to parse UTF-8 text as <typeparamref name="T"/> does, giving a constant.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture, or null for the current one.</param>
    /// <param name="result">The parsed constant, or zero.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Adjoint<T> result)
    {
        bool parsed = T.TryParse(utf8Text, provider, out T? value);
        result = parsed ? new(value!) : Zero;
        return parsed;
    }
}
