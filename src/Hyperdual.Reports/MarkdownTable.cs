using System.Text;

namespace Hyperdual.Reports;

/// <summary>A GitHub-flavoured markdown table with a header, an alignment row and data rows.</summary>
public static class MarkdownTable
{
    /// <summary>Renders a table; pipes in cells are escaped and line breaks become spaces.</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows; each must have as many cells as the header.</param>
    /// <param name="rightAligned">Per column, whether it is right-aligned (numbers); <see langword="null"/> for all left-aligned.</param>
    /// <returns>The markdown text, one line per row, ending with a newline.</returns>
    /// <exception cref="ArgumentException">A row or the alignment list has the wrong length, or the header is empty.</exception>
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (header.Count == 0)
        {
            throw new ArgumentException("A markdown table needs at least one column.", nameof(header));
        }

        if (rightAligned is not null && rightAligned.Count != header.Count)
        {
            throw new ArgumentException($"The alignment list has {rightAligned.Count} entries; the header has {header.Count}.", nameof(rightAligned));
        }

        var builder = new StringBuilder();
        AppendRow(builder, header);
        builder.Append('|');
        for (int i = 0; i < header.Count; i++)
        {
            builder.Append(rightAligned is not null && rightAligned[i] ? " ---: |" : " --- |");
        }

        builder.Append('\n');
        int index = 0;
        foreach (IReadOnlyList<string> row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"Row {index} has {row.Count} cells; the header has {header.Count}.", nameof(rows));
            }

            AppendRow(builder, row);
            index++;
        }

        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string> cells)
    {
        builder.Append('|');
        foreach (string cell in cells)
        {
            string text = (cell ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            builder.Append(' ').Append(text).Append(" |");
        }

        builder.Append('\n');
    }
}
