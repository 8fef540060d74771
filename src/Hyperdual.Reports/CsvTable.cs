using System.Text;

namespace Hyperdual.Reports;

/// <summary>
/// Comma-separated values (RFC 4180): a header row, then data rows; fields containing a comma, quote or
/// line break are quoted with inner quotes doubled; numbers are formatted with the invariant culture.
/// </summary>
public static class CsvTable
{
    /// <summary>Renders a table as CSV text (lines end with \n).</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows; each must have as many fields as the header.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentException">A row has the wrong number of fields.</exception>
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new StringBuilder();
        AppendRow(builder, header);
        int index = 0;
        foreach (IReadOnlyList<string> row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"Row {index} has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            }

            AppendRow(builder, row);
            index++;
        }

        return builder.ToString();
    }

    /// <summary>Renders and writes a CSV file atomically.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentException">A row has the wrong number of fields, or the path is empty.</exception>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        AtomicFile.WriteAllText(path, Render(header, rows));
    }

    /// <summary>Formats a number for CSV by <see cref="NumberFormat.Exact"/>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The field text.</returns>
    public static string Number(double value) => NumberFormat.Exact(value);

    /// <summary>Quotes a field when it contains a comma, a double quote or a line break.</summary>
    /// <param name="field">The raw field.</param>
    /// <returns>The field as it appears in the file.</returns>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(Escape(fields[i] ?? string.Empty));
        }

        builder.Append('\n');
    }
}
