using System.Globalization;

namespace Hyperdual.Distributed;

/// <summary>
/// Where a run's silos find one another: <c>redis://HOST:PORT</c>, a Redis server holding the membership table
/// (Orleans' Redis clustering; for several machines), or <c>local:PORT</c>, the gateway port of the coordinator's silo on
/// 127.0.0.1 (the workers <c>hyperdual train --workers N</c> starts itself).
/// </summary>
/// <param name="IsRedis">Whether the membership lives in Redis (else: the coordinator's silo on 127.0.0.1 is the primary).</param>
/// <param name="Host">The Redis host (127.0.0.1 for <c>local:</c>).</param>
/// <param name="Port">The Redis port, or the gateway port of the coordinator's silo.</param>
public sealed record ClusterAddress(bool IsRedis, string Host, int Port)
{
    /// <summary>The Redis scheme prefix.</summary>
    public const string RedisScheme = "redis://";

    /// <summary>The local scheme prefix.</summary>
    public const string LocalScheme = "local:";

    /// <summary>Parses <c>redis://HOST:PORT</c> or <c>local:PORT</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The address.</returns>
    /// <exception cref="FormatException">The text is neither form, or the port is not in [1, 65535].</exception>
    public static ClusterAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(LocalScheme, StringComparison.Ordinal))
        {
            return new ClusterAddress(false, "127.0.0.1", ParsePort(text[LocalScheme.Length..], text));
        }

        if (!text.StartsWith(RedisScheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"'{text}' is not redis://HOST:PORT");
        }

        string rest = text[RedisScheme.Length..];
        int colon = rest.LastIndexOf(':');
        if (colon <= 0)
        {
            throw new FormatException($"'{text}' is not redis://HOST:PORT (the host or port is missing)");
        }

        return new ClusterAddress(true, rest[..colon], ParsePort(rest[(colon + 1)..], text));
    }

    /// <inheritdoc/>
    public override string ToString() => IsRedis ? $"{RedisScheme}{Host}:{Port}" : $"{LocalScheme}{Port}";

    private static int ParsePort(string port, string text) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 65535
            ? value
            : throw new FormatException($"'{text}' has no port in [1, 65535]");
}
