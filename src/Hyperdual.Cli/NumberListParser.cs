using Hyperdual.Text;

namespace Hyperdual.Cli;

/// <summary>Parses comma-separated lists of numbers given on the command line, each entry by the rule of <see cref="NumberText"/>.</summary>
public static class NumberListParser
{
    /// <summary>Parses <paramref name="text"/> such as <c>1,-2.5,3e-4</c>.</summary>
    /// <param name="text">The comma-separated list.</param>
    /// <param name="optionName">The option the text came from, for error messages (for example <c>--at</c>).</param>
    /// <param name="allowNonFinite">Whether <c>inf</c>, <c>-inf</c> and <c>nan</c> are acceptable values.</param>
    /// <returns>The numbers.</returns>
    /// <exception cref="CliUserException">The list is empty or an entry is not a number under the rule.</exception>
    public static double[] Parse(string text, string optionName, bool allowNonFinite = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliUserException(NumberText.Fault(optionName, "a comma-separated list of numbers such as 1,-2.5,3e-4", text ?? string.Empty));
        }

        string[] parts = text.Split(',');
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            if (!NumberText.TryParseDouble(part, allowNonFinite, out values[i]))
            {
                throw new CliUserException(NumberText.Fault($"{optionName} entry {i + 1}", NumberText.DescribeReal(positive: false, allowNonFinite), part));
            }
        }

        return values;
    }

    /// <summary>Parses <paramref name="text"/> such as <c>2,4,8</c>, each entry a whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="text">The comma-separated list.</param>
    /// <param name="optionName">The option the text came from, for error messages.</param>
    /// <param name="min">The smallest entry allowed.</param>
    /// <param name="max">The largest entry allowed.</param>
    /// <returns>The numbers.</returns>
    /// <exception cref="CliUserException">The list is empty or an entry is not a whole number in range.</exception>
    public static int[] ParseWhole(string text, string optionName, int min, int max)
    {
        string expected = NumberText.DescribeWhole(min, max);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliUserException(NumberText.Fault(optionName, $"a comma-separated list of {expected.Replace("a whole number", "whole numbers", StringComparison.Ordinal)}", text ?? string.Empty));
        }

        string[] parts = text.Split(',');
        var values = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            if (!NumberText.TryParseInt64(part, min, max, out long value))
            {
                throw new CliUserException(NumberText.Fault($"{optionName} entry {i + 1}", expected, part));
            }

            values[i] = (int)value;
        }

        return values;
    }
}
