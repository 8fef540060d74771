using System.Globalization;

namespace Hyperdual.Cli;

/// <summary>Parses comma-separated lists of numbers given on the command line.</summary>
public static class NumberListParser
{
    /// <summary>Parses <paramref name="text"/> such as <c>1,-2.5,3e-4</c> (invariant culture).</summary>
    /// <param name="text">The comma-separated list.</param>
    /// <param name="optionName">The option the text came from, for error messages (for example <c>--at</c>).</param>
    /// <param name="allowNonFinite">Whether NaN and infinities are acceptable values.</param>
    /// <returns>The numbers.</returns>
    /// <exception cref="CliUserException">The list is empty or an entry is not a number.</exception>
    public static double[] Parse(string text, string optionName, bool allowNonFinite = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliUserException($"{optionName} needs a comma-separated list of numbers, got an empty value");
        }

        string[] parts = text.Split(',');
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new CliUserException($"{optionName}: entry {i + 1} '{part}' is not a number");
            }

            if (!allowNonFinite && !double.IsFinite(value))
            {
                throw new CliUserException($"{optionName}: entry {i + 1} '{part}' is not a finite number");
            }

            values[i] = value;
        }

        return values;
    }
}
