namespace Hyperdual.Cli.Tests.BadInput;

/// <summary>
/// Every command's table of bad inputs. A new command adds a <c>XxxRows.cs</c> beside the others
/// (mostly calls to <see cref="BadInputRows"/>) and one entry here; a test fails while a command of the
/// tool has no table.
/// </summary>
internal static class BadInputMatrix
{
    public static readonly IReadOnlyDictionary<string, Func<IEnumerable<BadInputRow>>> Tables = new Dictionary<string, Func<IEnumerable<BadInputRow>>>
    {
        ["bench"] = BenchRows.Rows,
        ["bench-distributed"] = DistributedBenchRows.Rows,
        ["compare"] = CompareRows.Rows,
        ["data"] = DataRows.Rows,
        ["derivatives"] = DerivativesRows.Rows,
        ["functions"] = FunctionsRows.Rows,
        ["gradcheck"] = GradCheckRows.Rows,
        ["minimize"] = MinimizeRows.Rows,
        ["reproduce"] = ReproduceRows.Rows,
        ["train"] = TrainRows.Rows,
        ["worker"] = WorkerRows.Rows,
    };

    /// <summary>Every row by its id.</summary>
    public static readonly IReadOnlyDictionary<string, BadInputRow> Rows = Tables.Values.SelectMany(t => t()).ToDictionary(r => r.Id);
}
