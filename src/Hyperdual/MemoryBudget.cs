using System.Globalization;

namespace Hyperdual;

/// <summary>
/// Checks a request's estimated memory against what the process may use before it allocates, so a size
/// that cannot fit fails at once with <see cref="MemoryLimitException"/> instead of an
/// <see cref="OutOfMemoryException"/> after minutes of work. Estimates are doubles, so products of sizes
/// never overflow.
/// </summary>
public static class MemoryBudget
{
    /// <summary>The share of <see cref="AvailableBytes"/> a single request may take.</summary>
    public const double UsableFraction = 0.8;

    /// <summary>The bytes the process may use (the GC's view of physical memory or the container limit).</summary>
    public static long AvailableBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Throws unless <paramref name="bytes"/> fits in <see cref="UsableFraction"/> of <see cref="AvailableBytes"/>.</summary>
    /// <param name="bytes">The estimate.</param>
    /// <param name="what">What needs it, e.g. "the 100000×100000 Hessian".</param>
    /// <exception cref="MemoryLimitException">It does not fit.</exception>
    public static void Ensure(double bytes, string what)
    {
        long available = AvailableBytes;
        if (!(bytes <= UsableFraction * available))
        {
            throw new MemoryLimitException(what, bytes, available);
        }
    }

    /// <summary>A byte count in binary units, e.g. <c>74.5 PiB</c>, <c>512 B</c>.</summary>
    /// <param name="bytes">The count.</param>
    /// <returns>The text.</returns>
    public static string Describe(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];
        int unit = 0;
        while (bytes >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(unit == 0 ? bytes.ToString("0", CultureInfo.InvariantCulture) : bytes.ToString("0.#", CultureInfo.InvariantCulture))} {units[unit]}");
    }
}
