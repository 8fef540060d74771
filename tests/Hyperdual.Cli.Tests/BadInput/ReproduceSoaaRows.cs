using Hyperdual.Text;
using static Hyperdual.Cli.Tests.BadInput.BadInputRows;

namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>The bad-input rows of <c>reproduce soaa</c>: each is refused before any training starts.</summary>
internal static class ReproduceSoaaRows
{
    public static IEnumerable<BadInputRow> Rows()
    {
        const string c = "reproduce soaa";
        string[] prefix = ["reproduce", "soaa", "--quick"];
        string seedRule = NumberText.DescribeWhole(ulong.MinValue, ulong.MaxValue);
        return
        [
            .. OutputFolder(c, prefix, "--out", "report.md"),
            .. Whole(c, [.. prefix, "--out", "{sandbox}/out"], "--epochs", 1, 1000),
            .. Whole(c, [.. prefix, "--out", "{sandbox}/out"], "--threads", 1, 1024),
            Row(c, "malformed seed", [.. prefix, "--out", "{sandbox}/out", "--seeds", "0,x"], NumberText.Fault("--seeds", seedRule, "x")),
            Row(c, "negative seed", [.. prefix, "--out", "{sandbox}/out", "--seeds", "-1"], NumberText.Fault("--seeds", seedRule, "-1")),
            Row(c, "empty seed list", [.. prefix, "--out", "{sandbox}/out", "--seeds", ""], NumberText.Fault("--seeds", seedRule, "")),
            Row(c, "repeated seed", [.. prefix, "--out", "{sandbox}/out", "--seeds", "1,2,1"], "--seeds: a seed is listed twice"),
            Row(c, "data folder is a file", [.. prefix, "--out", "{sandbox}/out", "--data-dir", "{sandbox}/file.txt"], "--data-dir: '{sandbox}/file.txt' is a file, not a folder"),
            Row(c, "empty data folder", [.. prefix, "--out", "{sandbox}/out", "--data-dir", ""], "--data-dir: expected a folder path"),
        ];
    }
}
