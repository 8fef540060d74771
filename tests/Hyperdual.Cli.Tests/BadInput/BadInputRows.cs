using Hyperdual.Text;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>
/// Builds the rows every command shares, so a command's table is a few calls: the fault classes of a
/// number option, of an output file option and of an output folder option. Each builder takes the
/// command's valid arguments (<c>prefix</c>) and adds the faulty option last.
/// </summary>
internal static class BadInputRows
{
    /// <summary>Malformed, culture-dependent and (unless allowed) non-finite texts for a real-valued option.</summary>
    public static IEnumerable<BadInputRow> Real(string command, string[] prefix, string option, bool positive = false, bool allowNonFinite = false)
    {
        string expected = NumberText.DescribeReal(positive, allowNonFinite);
        IEnumerable<(string Fault, string Text)> texts = CommonNumberFaults();
        if (!allowNonFinite)
        {
            texts = texts.Concat([("non-finite", "inf"), ("non-finite", "-inf"), ("non-finite", "nan"), ("non-finite", "NaN"), ("non-finite", "Infinity"), ("overflow", "1e400")]);
        }

        if (positive)
        {
            texts = texts.Concat([("out of range", "0"), ("out of range", "-1e-3")]);
        }

        return texts.Select(t => Row(command, t.Fault, [.. prefix, option, t.Text], NumberText.Fault(option, expected, t.Text)));
    }

    /// <summary>Malformed, culture-dependent and out-of-range texts for a whole-number option in [min, max].</summary>
    public static IEnumerable<BadInputRow> Whole(string command, string[] prefix, string option, decimal min, decimal max)
    {
        string expected = NumberText.DescribeWhole(min, max);
        IEnumerable<(string Fault, string Text)> texts = CommonNumberFaults().Concat(
        [
            ("malformed", "1.5"),
            ("malformed", "1e3"),
            ("malformed", "inf"),
            ("out of range", (min - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("out of range", (max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("out of range", "99999999999999999999999"),
        ]);
        return texts.Select(t => Row(command, t.Fault, [.. prefix, option, t.Text], NumberText.Fault(option, expected, t.Text)));
    }

    /// <summary>Malformed, non-finite and out-of-range texts for a memory-size option of at least 1 byte.</summary>
    public static IEnumerable<BadInputRow> ByteSize(string command, string[] prefix, string option)
    {
        string expected = NumberText.DescribeByteSize(1);
        IEnumerable<(string Fault, string Text)> texts = CommonNumberFaults().Concat(
        [
            ("malformed", "512Q"),
            ("malformed", "M"),
            ("malformed", "1.5"),
            ("malformed", "1e3"),
            ("malformed", "2 G"),
            ("culture-dependent", "1,5G"),
            ("non-finite", "inf"),
            ("non-finite", "nanG"),
            ("out of range", "0"),
            ("out of range", "0.0001K"),
            ("out of range", "-1"),
            ("out of range", "-2G"),
            ("out of range", "99999999999999999999999"),
            ("out of range", "9999999T"),
        ]);
        return texts.Select(t => Row(command, t.Fault, [.. prefix, option, t.Text], NumberText.Fault(option, expected, t.Text)));
    }

    /// <summary>A path option that names one file: folders, links to folders, parents that are files, unwritable places, empty.</summary>
    /// <remarks>A FIFO, a character device and a link to a regular file are valid file outputs (written through / target replaced), so they are not rows here.</remarks>
    public static IEnumerable<BadInputRow> OutputFile(string command, string[] prefix, string option)
    {
        yield return Row(command, "path is a folder", [.. prefix, option, "{sandbox}/dir"], $"{option}: '{{sandbox}}/dir' is a folder, not a file");
        yield return Row(command, "path is a folder", [.. prefix, option, "{sandbox}/dir/"], $"{option}: '{{sandbox}}/dir/' names a folder, not a file");
        yield return Row(command, "symlink to a folder", [.. prefix, option, "{sandbox}/link-to-dir"], "is a folder, not a file");
        yield return Row(command, "parent is a file", [.. prefix, option, "{sandbox}/file.txt/out.csv"], "'{sandbox}/file.txt' is a file, not a folder");
        yield return Row(command, "missing parent under a file", [.. prefix, option, "{sandbox}/file.txt/missing/out.csv"], "'{sandbox}/file.txt' is a file, not a folder");
        yield return Row(command, "unwritable place", [.. prefix, option, Sandbox.Unwritable + ".csv"], $"{option}: cannot write '{Sandbox.Unwritable}.csv'");
        yield return Row(command, "empty path", [.. prefix, option, ""], $"{option}: expected a file path");
    }

    /// <summary>A path option that names a result folder: files, FIFOs and links to them, parents that are files, unwritable places, a target inside that is a folder.</summary>
    /// <param name="command">The command.</param>
    /// <param name="prefix">Its valid arguments.</param>
    /// <param name="option">The folder option.</param>
    /// <param name="oneTarget">The name of one file the command writes into the folder.</param>
    public static IEnumerable<BadInputRow> OutputFolder(string command, string[] prefix, string option, string oneTarget)
    {
        yield return Row(command, "folder path is a file", [.. prefix, option, "{sandbox}/file.txt"], $"{option}: '{{sandbox}}/file.txt' is a file, not a folder");
        yield return Row(command, "folder path is a FIFO", [.. prefix, option, "{sandbox}/fifo"], $"{option}: '{{sandbox}}/fifo' is a file, not a folder");
        yield return Row(command, "symlink to a FIFO", [.. prefix, option, "{sandbox}/link-to-fifo"], "is a file, not a folder");
        yield return Row(command, "symlink to a file", [.. prefix, option, "{sandbox}/link-to-file"], "is a file, not a folder");
        yield return Row(command, "parent is a file", [.. prefix, option, "{sandbox}/file.txt/results"], "'{sandbox}/file.txt' is a file, not a folder");
        yield return Row(command, "unwritable place", [.. prefix, option, Sandbox.Unwritable], $"{option}: cannot write '{Sandbox.Unwritable}/");
        yield return Row(command, "empty path", [.. prefix, option, ""], $"{option}: expected a folder path");
        yield return Row(command, "a target is a folder", [.. prefix, option, "{sandbox}/results"], $"'{{sandbox}}/results/{oneTarget}' is a folder, not a file",
            sandbox => Directory.CreateDirectory(Path.Combine(sandbox.Root, "results", oneTarget)));
        yield return Row(command, "a target is a FIFO", [.. prefix, option, "{sandbox}/dir"], $"'{{sandbox}}/dir/{oneTarget}' (a link to '{{sandbox}}/fifo') is not a regular file",
            sandbox => File.CreateSymbolicLink(Path.Combine(sandbox.Root, "dir", oneTarget), Path.Combine(sandbox.Root, "fifo")));
    }

    /// <summary>A size the library's memory estimate refuses before allocating: the message names the option, the estimate and what is available.</summary>
    public static BadInputRow TooLarge(string command, string[] args, string optionAndValue) =>
        Row(command, "size beyond memory", args, $"{optionAndValue}: ", exitCode: ExitCodes.UserError) with { ExpectedAlso = ["of memory;", "is available"] };

    /// <summary>A row with <c>{sandbox}</c> allowed in the expected text too.</summary>
    public static BadInputRow Row(string command, string fault, string[] args, string expected, Action<Sandbox>? setup = null, int exitCode = ExitCodes.UserError) =>
        new(command, fault, args, expected, setup, exitCode);

    private static IEnumerable<(string Fault, string Text)> CommonNumberFaults() =>
    [
        ("malformed", "abc"),
        ("malformed", ""),
        ("malformed", "1.5.2"),
        ("malformed", "0x10"),
        ("malformed", "1e"),
        ("malformed", "+"),
        ("culture-dependent", "1,5"),
        ("culture-dependent", "1,,,0"),
        ("culture-dependent", "1.000,5"),
        ("culture-dependent", "1 000"),
        ("culture-dependent", "1_000"),
        ("culture-dependent", "١٢"),
    ];
}
