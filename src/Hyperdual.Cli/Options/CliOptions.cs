using System.CommandLine;
using System.CommandLine.Parsing;
using Hyperdual.Text;

namespace Hyperdual.Cli.Options;

/// <summary>
/// The only way commands create options that carry numbers or names, so every value the command line
/// reads follows one rule (<see cref="NumberText"/>: invariant culture, no group separators, non-finite
/// values only where allowed) and every fault reads <c>--option: expected …, got '…'</c>.
/// </summary>
/// <remarks>
/// Short aliases follow one convention across commands: <c>-f</c> <c>--function</c>, <c>-n</c>
/// <c>--dim</c>, <c>-k</c> <c>--k</c>, <c>-s</c> <c>--seed</c>, <c>-b</c> <c>--batch</c>, <c>-o</c>
/// <c>--out</c>; no other option has one. Names (<see cref="Choice"/>) are case-insensitive.
/// </remarks>
public static class CliOptions
{
    /// <summary>A real-valued option with a default.</summary>
    /// <param name="name">The option, e.g. <c>--lr</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is absent.</param>
    /// <param name="positive">Whether only values greater than zero are accepted.</param>
    /// <param name="allowNonFinite">Whether <c>inf</c>, <c>-inf</c> and <c>nan</c> are accepted.</param>
    /// <param name="alias">A short alias, only from the convention in the remarks.</param>
    /// <returns>The option.</returns>
    public static Option<double> Double(string name, string description, double defaultValue, bool positive = false, bool allowNonFinite = false, string? alias = null) =>
        Create(name, description, alias, NumberText.DescribeReal(positive, allowNonFinite), text => ParseReal(text, positive, allowNonFinite), defaultValue);

    /// <summary>A real-valued option that may be absent (<see langword="null"/>).</summary>
    /// <param name="name">The option, e.g. <c>--lr</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="positive">Whether only values greater than zero are accepted.</param>
    /// <param name="allowNonFinite">Whether <c>inf</c>, <c>-inf</c> and <c>nan</c> are accepted.</param>
    /// <param name="alias">A short alias, only from the convention in the remarks.</param>
    /// <returns>The option.</returns>
    public static Option<double?> OptionalDouble(string name, string description, bool positive = false, bool allowNonFinite = false, string? alias = null) =>
        Create<double?>(name, description, alias, NumberText.DescribeReal(positive, allowNonFinite), text => ParseReal(text, positive, allowNonFinite) is (true, double v) ? (true, v) : (false, null), null);

    /// <summary>A whole-number option in [<paramref name="min"/>, <paramref name="max"/>] with a default.</summary>
    /// <param name="name">The option, e.g. <c>--k</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value (a library limit where there is one).</param>
    /// <param name="defaultValue">The value when the option is absent.</param>
    /// <param name="alias">A short alias, only from the convention in the remarks.</param>
    /// <returns>The option.</returns>
    public static Option<int> Int(string name, string description, int min, int max, int defaultValue, string? alias = null) =>
        Create(name, description, alias, NumberText.DescribeWhole(min, max), text => ParseInt(text, min, max), defaultValue);

    /// <summary>A whole-number option in [<paramref name="min"/>, <paramref name="max"/>] that may be absent (<see langword="null"/>).</summary>
    /// <param name="name">The option, e.g. <c>--dim</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value (a library limit where there is one).</param>
    /// <param name="alias">A short alias, only from the convention in the remarks.</param>
    /// <returns>The option.</returns>
    public static Option<int?> OptionalInt(string name, string description, int min, int max, string? alias = null) =>
        Create<int?>(name, description, alias, NumberText.DescribeWhole(min, max), text => ParseInt(text, min, max) is (true, int v) ? (true, v) : (false, null), null);

    /// <summary>An unsigned 64-bit option (seeds) with a default.</summary>
    /// <param name="name">The option, e.g. <c>--seed</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is absent.</param>
    /// <param name="alias">A short alias, only from the convention in the remarks.</param>
    /// <returns>The option.</returns>
    public static Option<ulong> UInt64(string name, string description, ulong defaultValue, string? alias = null) =>
        Create(name, description, alias, NumberText.DescribeWhole(ulong.MinValue, ulong.MaxValue),
            text => (NumberText.TryParseUInt64(text, ulong.MinValue, ulong.MaxValue, out ulong v), v), defaultValue);

    /// <summary>A memory size in bytes that may be absent (<see langword="null"/>): <c>512M</c>, <c>2G</c>, bytes
    /// (<see cref="NumberText.TryParseByteSize"/>).</summary>
    /// <param name="name">The option, e.g. <c>--memory-budget</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="min">The smallest accepted size in bytes.</param>
    /// <returns>The option.</returns>
    public static Option<long?> OptionalByteSize(string name, string description, long min) =>
        Create<long?>(name, description, null, NumberText.DescribeByteSize(min), text => NumberText.TryParseByteSize(text, min, out long v) ? (true, v) : (false, null), null);

    /// <summary>A name from a fixed list, matched case-insensitively and returned as listed.</summary>
    /// <param name="name">The option, e.g. <c>--method</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="choices">The accepted names.</param>
    /// <param name="defaultValue">The value when the option is absent; <see langword="null"/> makes the option required.</param>
    /// <param name="alias">A short alias, only from the convention in the remarks.</param>
    /// <returns>The option.</returns>
    public static Option<string> Choice(string name, string description, IReadOnlyList<string> choices, string? defaultValue = null, string? alias = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Option<string> option = Create<string>(name, description, alias, $"one of {string.Join(", ", choices)}",
            text => choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is string c ? (true, c) : (false, string.Empty), defaultValue!);
        option.Required = defaultValue is null;
        if (defaultValue is null)
        {
            option.DefaultValueFactory = null;
        }

        return option;
    }

    private static Option<T> Create<T>(string name, string description, string? alias, string expected, Func<string, (bool Ok, T Value)> parse, T defaultValue)
    {
        Option<T> option = alias is null ? new Option<T>(name) : new Option<T>(name, alias);
        option.Description = description;
        option.HelpName = HelpName(expected);
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result => Parse(result, name, expected, parse);
        return option;
    }

    private static T Parse<T>(ArgumentResult result, string name, string expected, Func<string, (bool Ok, T Value)> parse)
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        (bool ok, T value) = parse(text);
        if (!ok)
        {
            result.AddError(NumberText.Fault(name, expected, text));
        }

        return value;
    }

    private static (bool Ok, double Value) ParseReal(string text, bool positive, bool allowNonFinite) =>
        (NumberText.TryParseDouble(text, allowNonFinite, out double v) && (!positive || v > 0), v);

    private static (bool Ok, int Value) ParseInt(string text, int min, int max) =>
        (NumberText.TryParseInt64(text, min, max, out long v), (int)v);

    private static string HelpName(string expected) => expected.StartsWith("one of", StringComparison.Ordinal) ? "name"
        : expected.Contains("whole", StringComparison.Ordinal) ? "integer"
        : expected.StartsWith("a size", StringComparison.Ordinal) ? "size" : "number";
}
