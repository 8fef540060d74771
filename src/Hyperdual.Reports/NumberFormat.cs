using System.Globalization;

namespace Hyperdual.Reports;

/// <summary>
/// The one way numbers are written as text (terminal output, CSV): invariant culture, a lower-case
/// exponent with its sign and without padding (<c>6.59e-10</c>, <c>1.5e+97</c>; never <c>E-010</c>),
/// and the non-finite values spelled
/// <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> — the spellings the JSON output uses and the number
/// parser reads back.
/// </summary>
public static class NumberFormat
{
    /// <summary>The shortest text that reads back to the same double, e.g. <c>6.594843560137065e-10</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Exact(double value) => Finish(value, "R");

    /// <summary>The number rounded to <paramref name="significantDigits"/> significant digits, e.g. <c>3.28e-15</c> (for tolerances and errors).</summary>
    /// <param name="value">The number.</param>
    /// <param name="significantDigits">1 to 17.</param>
    /// <returns>The text.</returns>
    public static string Significant(double value, int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significantDigits, 17);
        return Finish(value, "G" + significantDigits.ToString(CultureInfo.InvariantCulture));
    }

    private static string Finish(double value, string format)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        string text = value.ToString(format, CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        // .NET writes E+97, E-10 or E-015 depending on the format: one form, e+97 / e-10 / e-15.
        char sign = text[e + 1] == '-' ? '-' : '+';
        string digits = text[(e + 1)..].TrimStart('+', '-').TrimStart('0');
        return string.Concat(text.AsSpan(0, e), "e", sign.ToString(), digits.Length == 0 ? "0" : digits);
    }
}
