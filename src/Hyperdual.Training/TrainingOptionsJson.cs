using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hyperdual.Training;

/// <summary>The JSON form of <see cref="TrainingOptions"/> (in checkpoints and <c>run.json</c>): enums as names,
/// non-finite numbers as <c>"Infinity"</c>/<c>"NaN"</c> strings.</summary>
public static class TrainingOptionsJson
{
    /// <summary>The serializer settings used for run files.</summary>
    public static JsonSerializerOptions Settings { get; } = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The options as JSON.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(TrainingOptions options) => JsonSerializer.Serialize(options, Settings);

    /// <summary>Options from JSON written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidDataException">The text is not such JSON.</exception>
    public static TrainingOptions Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TrainingOptions>(json, Settings) ?? throw new InvalidDataException("The run settings are empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The run settings are not valid: {e.Message}", e);
        }
    }
}
