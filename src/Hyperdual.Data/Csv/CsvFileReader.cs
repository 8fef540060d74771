using Hyperdual.Text;
using nietras.SeparatedValues;

namespace Hyperdual.Data.Csv;

/// <summary>
/// Reads a CSV file of numeric feature columns and one integer label column: comma or semicolon
/// separated (detected from the first row), an optional header (a first row with no number in it),
/// RFC 4180 quoting; numbers by the rule of <see cref="NumberText"/> (surrounding spaces ignored). A row of the wrong width, a cell that is not a number, NaN or ±∞, a value beyond
/// the float range, or a label that is not a non-negative integer is a <see cref="DataException"/>
/// naming the file, the line and the column.
/// </summary>
/// <remarks>
/// Parsing uses nietras <c>Sep</c> rather than a hand-written splitter: it handles quoting, CR/LF and
/// CRLF line ends, a byte-order mark and separator detection correctly, reports each row's line numbers
/// (also when a quoted cell spans lines), and hands out cells as spans without allocating, so a
/// million-row file costs no per-cell garbage. A hand-written parser would have to re-implement and
/// test all of that; what we still do ourselves is the checking, so that every message names the line
/// and column. One quirk is worked around below: with <c>HasHeader = false</c>, Sep 0.18.0 numbers the
/// first row's line as 2. Numbers are parsed with the invariant culture (a decimal point, never a comma).
/// </remarks>
internal static class CsvFileReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="labelColumn">The zero-based label column; null = the last one.</param>
    /// <param name="columnCount">The number of columns the file must have (to match a training file), or null.</param>
    /// <returns>The table.</returns>
    public static CsvTable Read(string path, int? labelColumn, int? columnCount)
    {
        if (!File.Exists(path))
        {
            throw new DataException($"{path}: no such file.");
        }

        var features = new List<float>();
        var labels = new List<int>();
        var lines = new List<int>();
        string[]? header = null;
        int columns = columnCount ?? -1;
        int label = -1;
        bool first = true;
        try
        {
            using SepReader reader = Sep.Reader(o => o with
            {
                HasHeader = false,
                DisableColCountCheck = true,
                Unescape = true,
                Trim = SepTrim.All,
            }).FromFile(path);
            char separator = reader.Spec.Sep.Separator;
            foreach (SepReader.Row row in reader)
            {
                // Sep 0.18.0 reports the first row of a header-less read as starting on line 2; a file's first
                // row starts on line 1 by definition.
                int line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
                if (first)
                {
                    first = false;
                    if (separator is not (',' or ';'))
                    {
                        throw new DataException($"{path}: line {line}: no comma or semicolon separator found (detected '{separator}'); the features need a comma- or semicolon-separated file.");
                    }

                    if (columns < 0)
                    {
                        columns = row.ColCount;
                    }

                    if (columns < 2)
                    {
                        throw new DataException($"{path}: line {line}: {row.ColCount} column; a label and at least one feature column are needed.");
                    }

                    label = labelColumn ?? (columns - 1);
                    if (label < 0 || label >= columns)
                    {
                        throw new DataException($"{path}: the label column {label} does not exist; the file has columns 0 to {columns - 1} (zero-based).");
                    }

                    if (IsHeader(row))
                    {
                        header = new string[row.ColCount];
                        for (int c = 0; c < row.ColCount; c++)
                        {
                            header[c] = row[c].ToString();
                        }

                        if (row.ColCount != columns)
                        {
                            throw new DataException($"{path}: line {line}: the header has {row.ColCount} columns, expected {columns}.");
                        }

                        continue;
                    }
                }

                if (row.ColCount != columns)
                {
                    throw new DataException($"{path}: line {line}: {row.ColCount} columns, expected {columns}.");
                }

                for (int c = 0; c < columns; c++)
                {
                    ReadOnlySpan<char> cell = row[c].Span.Trim();
                    string where = $"{path}: line {line}, {CsvTable.DescribeColumn(header, c)}";
                    if (c == label)
                    {
                        if (!NumberText.TryParseInt64(cell, int.MinValue, int.MaxValue, out long whole))
                        {
                            throw new DataException($"{where}: the label '{cell}' is not an integer.");
                        }

                        int value = (int)whole;
                        if (value < 0)
                        {
                            throw new DataException($"{where}: the label {value} is negative.");
                        }

                        labels.Add(value);
                        continue;
                    }

                    if (!NumberText.TryParseDouble(cell, allowNonFinite: true, out double number))
                    {
                        throw new DataException($"{where}: '{cell}' is not a number.");
                    }

                    if (!double.IsFinite(number))
                    {
                        throw new DataException($"{where}: {cell} is not a finite number.");
                    }

                    if (Math.Abs(number) > float.MaxValue)
                    {
                        throw new DataException($"{where}: {cell} lies beyond the float range.");
                    }

                    features.Add((float)number);
                }

                lines.Add(line);
            }
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new DataException($"{path}: cannot be read ({e.Message.TrimEnd('.')}).", e);
        }
        catch (InvalidDataException e)
        {
            throw new DataException($"{path}: malformed CSV ({e.Message.TrimEnd('.')}).", e);
        }

        if (labels.Count == 0)
        {
            throw new DataException($"{path}: no data rows.");
        }

        return new CsvTable(path, [.. features], [.. labels], [.. lines], columns, label, header);
    }

    /// <summary>A header row has no cell that parses as a number.</summary>
    private static bool IsHeader(SepReader.Row row)
    {
        for (int c = 0; c < row.ColCount; c++)
        {
            if (NumberText.TryParseDouble(row[c].Span.Trim(), allowNonFinite: true, out _))
            {
                return false;
            }
        }

        return true;
    }
}
