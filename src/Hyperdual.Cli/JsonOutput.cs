using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hyperdual.Cli;

/// <summary>Writes results as JSON for scripts (<c>--json</c>): compact, invariant, NaN/∞ as strings.</summary>
public static class JsonOutput
{
    /// <summary>The serializer options every command uses.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Serializes <paramref name="value"/> as one line of JSON to <paramref name="output"/>.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="value">A record, anonymous object, dictionary or array.</param>
    public static void Write(TextWriter output, object value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Options));
    }

    /// <summary>Converts a rectangular matrix to the jagged form JSON can hold.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>An array of rows.</returns>
    public static double[][] Rows(double[,] matrix)
    {
        var rows = new double[matrix.GetLength(0)][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new double[matrix.GetLength(1)];
            for (int j = 0; j < rows[i].Length; j++)
            {
                rows[i][j] = matrix[i, j];
            }
        }

        return rows;
    }
}
