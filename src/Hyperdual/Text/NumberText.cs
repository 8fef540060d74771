using System.Globalization;

namespace Hyperdual.Text;

/// <summary>
/// The one rule for reading numbers from text (command-line options and files): invariant culture,
/// plain digits with an optional sign, decimal point and exponent (<c>-1.5e-3</c>), no group
/// separators, no spaces, no hexadecimal; <c>inf</c>, <c>-inf</c> and <c>nan</c> (any case, also
/// <c>infinity</c>) only where the caller allows them. A fault is reported with <see cref="Fault"/>, so
/// the same fault reads the same everywhere.
/// </summary>
public static class NumberText
{
    /// <summary>Parses a real number.</summary>
    /// <param name="text">The text, e.g. <c>0.5</c>, <c>-2e-3</c>, <c>inf</c>.</param>
    /// <param name="allowNonFinite">Whether <c>inf</c>, <c>-inf</c> and <c>nan</c> are accepted; when false, a literal too large for a double (<c>1e400</c>) is refused too.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether <paramref name="text"/> is a number under the rule.</returns>
    public static bool TryParseDouble(ReadOnlySpan<char> text, bool allowNonFinite, out double value)
    {
        value = 0;
        if (TryParseNonFinite(text, out double special))
        {
            value = special;
            return allowNonFinite;
        }

        if (!IsDecimalLiteral(text)
            || !double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        return allowNonFinite || double.IsFinite(value);
    }

    /// <summary>Parses a whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="text">The text: an optional sign and decimal digits.</param>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether <paramref name="text"/> is a whole number in range.</returns>
    public static bool TryParseInt64(ReadOnlySpan<char> text, long min, long max, out long value)
    {
        value = 0;
        return IsIntegerLiteral(text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max;
    }

    /// <summary>Parses a non-negative whole number in [<paramref name="min"/>, <paramref name="max"/>] (seeds, counts).</summary>
    /// <param name="text">The text: an optional <c>+</c> and decimal digits.</param>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether <paramref name="text"/> is a whole number in range.</returns>
    public static bool TryParseUInt64(ReadOnlySpan<char> text, ulong min, ulong max, out ulong value)
    {
        value = 0;
        return IsIntegerLiteral(text)
            && ulong.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max;
    }

    /// <summary>
    /// Parses a memory size: a whole number of bytes (<c>1048576</c>), or a number under the rule of
    /// <see cref="TryParseDouble"/> followed by a binary unit <c>K</c>, <c>M</c>, <c>G</c> or <c>T</c> (any case,
    /// optionally with <c>iB</c> or <c>B</c>: <c>512M</c>, <c>1.5GiB</c>); a fraction of a byte is dropped.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="min">The smallest accepted size in bytes.</param>
    /// <param name="value">The size in bytes.</param>
    /// <returns>Whether <paramref name="text"/> is a size of at least <paramref name="min"/> bytes that fits in a long.</returns>
    public static bool TryParseByteSize(ReadOnlySpan<char> text, long min, out long value)
    {
        value = 0;
        ReadOnlySpan<char> number = text;
        foreach (string suffix in (ReadOnlySpan<string>)["iB", "B"])
        {
            if (number.Length > 1 && number.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsAsciiLetter(number[^(suffix.Length + 1)]))
            {
                number = number[..^suffix.Length];
                break;
            }
        }

        int power = number.Length == 0 ? -1 : char.ToUpperInvariant(number[^1]) switch { 'K' => 1, 'M' => 2, 'G' => 3, 'T' => 4, _ => 0 };
        if (power == 0)
        {
            return TryParseInt64(number, min, long.MaxValue, out value);
        }

        if (power < 0 || !TryParseDouble(number[..^1], allowNonFinite: false, out double count) || count < 0)
        {
            return false;
        }

        double bytes = Math.Floor(count * Math.Pow(1024, power));
        if (!(bytes >= min && bytes < 9.2e18))
        {
            return false;
        }

        value = (long)bytes;
        return true;
    }

    /// <summary>What a memory size must look like, in words, for <see cref="Fault"/>.</summary>
    /// <param name="min">The smallest accepted size in bytes.</param>
    /// <returns>For example "a size of at least 1 byte such as 512M, 2G or 1048576 (bytes)".</returns>
    public static string DescribeByteSize(long min) =>
        string.Create(CultureInfo.InvariantCulture, $"a size of at least {min} {(min == 1 ? "byte" : "bytes")} such as 512M, 2G or 1048576 (bytes)");

    /// <summary>What a real number must look like, in words, for <see cref="Fault"/>.</summary>
    /// <param name="positive">Whether only numbers greater than zero are accepted.</param>
    /// <param name="allowNonFinite">Whether <c>inf</c>, <c>-inf</c> and <c>nan</c> are accepted.</param>
    /// <returns>For example "a positive finite number such as 0.5 or 1e-3".</returns>
    public static string DescribeReal(bool positive, bool allowNonFinite) => (positive, allowNonFinite) switch
    {
        (true, false) => "a positive finite number such as 0.5 or 1e-3",
        (false, false) => "a finite number such as -1.5 or 2e-3",
        (true, true) => "a positive number such as 0.5, 1e-3 or inf",
        _ => "a number such as -1.5, 2e-3, inf, -inf or nan",
    };

    /// <summary>What a whole number must look like, in words, for <see cref="Fault"/>.</summary>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value.</param>
    /// <returns>For example "a whole number from 1 to 16".</returns>
    public static string DescribeWhole(decimal min, decimal max) =>
        string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");

    /// <summary>The one message for a number that does not parse or is out of range.</summary>
    /// <param name="source">Where the text came from: an option (<c>--lr</c>), an option's entry, a file and line.</param>
    /// <param name="expected">What was expected, from <see cref="DescribeReal"/> or <see cref="DescribeWhole"/>.</param>
    /// <param name="text">The text that was read.</param>
    /// <returns><c>SOURCE: expected EXPECTED, got 'TEXT'</c> on one line.</returns>
    public static string Fault(string source, string expected, string text) =>
        $"{source}: expected {expected}, got '{OneLine(text)}'";

    private static string OneLine(string text)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 40 ? flat : string.Concat(flat.AsSpan(0, 40), "…");
    }

    private static bool TryParseNonFinite(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        bool negative = false;
        ReadOnlySpan<char> body = text;
        if (body.Length > 0 && (body[0] == '-' || body[0] == '+'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase) && text.Length == body.Length)
        {
            value = double.NaN;
            return true;
        }

        return false;
    }

    // [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
    private static bool IsDecimalLiteral(ReadOnlySpan<char> text)
    {
        int i = SkipSign(text, 0);
        int integerDigits = CountDigits(text, i);
        i += integerDigits;
        int fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fractionDigits = CountDigits(text, i);
            i += fractionDigits;
        }

        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i = SkipSign(text, i + 1);
            int exponentDigits = CountDigits(text, i);
            if (exponentDigits == 0)
            {
                return false;
            }

            i += exponentDigits;
        }

        return i == text.Length;
    }

    private static bool IsIntegerLiteral(ReadOnlySpan<char> text)
    {
        int i = SkipSign(text, 0);
        int digits = CountDigits(text, i);
        return digits > 0 && i + digits == text.Length;
    }

    private static int SkipSign(ReadOnlySpan<char> text, int i) => i < text.Length && (text[i] == '+' || text[i] == '-') ? i + 1 : i;

    private static int CountDigits(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
