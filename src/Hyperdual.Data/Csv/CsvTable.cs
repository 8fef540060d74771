namespace Hyperdual.Data.Csv;

/// <summary>The raw (not yet standardised) content of a CSV file of numeric features and an integer label.</summary>
/// <param name="Path">The file.</param>
/// <param name="Features">Row-major, <see cref="Count"/> × <see cref="FeatureCount"/>, every value finite.</param>
/// <param name="Labels">One non-negative label per row.</param>
/// <param name="Lines">The line number of each row (for messages).</param>
/// <param name="ColumnCount">The number of columns, the label's included.</param>
/// <param name="LabelColumn">The zero-based label column.</param>
/// <param name="Header">The column names, or null when the file has no header.</param>
internal sealed record CsvTable(string Path, float[] Features, int[] Labels, int[] Lines, int ColumnCount, int LabelColumn, IReadOnlyList<string>? Header)
{
    /// <summary>The number of rows.</summary>
    public int Count => Labels.Length;

    /// <summary>The number of feature columns.</summary>
    public int FeatureCount => ColumnCount - 1;

    /// <summary>Names column <paramref name="column"/> (zero-based) for messages: <c>column 3 ('x2')</c>.</summary>
    public string DescribeColumn(int column) => DescribeColumn(Header, column);

    /// <summary>Names column <paramref name="column"/> (zero-based) of a file with <paramref name="header"/> (or none).</summary>
    public static string DescribeColumn(IReadOnlyList<string>? header, int column) =>
        header is null ? $"column {column + 1}" : $"column {column + 1} ('{header[column]}')";
}
