using System.Runtime.Intrinsics;

namespace Hyperdual.Tensors.Kernels;

/// <summary>
/// Process-wide defaults for the kernels: the SIMD level and the number of worker threads.
/// Each kernel also has an overload taking these explicitly, which tests use instead of mutating
/// this shared state.
/// </summary>
public static class KernelSettings
{
    /// <summary>Name of the environment variable that overrides the detected SIMD level: <c>scalar</c>, <c>v128</c>, <c>v256</c> or <c>v512</c>.</summary>
    public const string SimdEnvironmentVariable = "HYPERDUAL_SIMD";

    private static SimdLevel? simdLevel;
    private static int maxThreads = Environment.ProcessorCount;

    /// <summary>
    /// The SIMD level used by kernels called without an explicit level. Defaults to the highest level
    /// the hardware accelerates, unless the environment variable <see cref="SimdEnvironmentVariable"/> names another.
    /// </summary>
    /// <exception cref="InvalidOperationException">Read while the environment variable holds an unknown level (and no level was set).</exception>
    public static SimdLevel SimdLevel
    {
        get => simdLevel ??= InitialSimdLevel();
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown SIMD level.");
            }

            simdLevel = value;
        }
    }

    /// <summary>
    /// The most worker threads a kernel uses (the calling thread included). Defaults to
    /// <see cref="Environment.ProcessorCount"/>; 1 means single-threaded.
    /// </summary>
    public static int MaxThreads
    {
        get => maxThreads;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxThreads = value;
        }
    }

    /// <summary>The highest SIMD level this machine's hardware accelerates.</summary>
    public static SimdLevel HardwareSimdLevel =>
        Vector512.IsHardwareAccelerated ? SimdLevel.Vector512
        : Vector256.IsHardwareAccelerated ? SimdLevel.Vector256
        : Vector128.IsHardwareAccelerated ? SimdLevel.Vector128
        : SimdLevel.Scalar;

    /// <summary>Parses a level name as accepted by <see cref="SimdEnvironmentVariable"/>.</summary>
    /// <param name="text">One of <c>scalar</c>, <c>v128</c>, <c>v256</c>, <c>v512</c> (case-insensitive).</param>
    /// <param name="level">The parsed level.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a level.</returns>
    public static bool TryParseSimdLevel(string? text, out SimdLevel level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "scalar": level = SimdLevel.Scalar; return true;
            case "v128" or "vector128": level = SimdLevel.Vector128; return true;
            case "v256" or "vector256": level = SimdLevel.Vector256; return true;
            case "v512" or "vector512": level = SimdLevel.Vector512; return true;
            default: level = SimdLevel.Scalar; return false;
        }
    }

    private static SimdLevel InitialSimdLevel() => InitialSimdLevel(Environment.GetEnvironmentVariable(SimdEnvironmentVariable), HardwareSimdLevel);

    /// <summary>The default level: the one <paramref name="text"/> (the environment variable's value) names, else <paramref name="hardware"/>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="text"/> is set but names no level.</exception>
    internal static SimdLevel InitialSimdLevel(string? text, SimdLevel hardware)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return hardware;
        }

        if (!TryParseSimdLevel(text, out SimdLevel level))
        {
            throw new InvalidOperationException(
                $"Environment variable {SimdEnvironmentVariable}='{text}' is not one of scalar, v128, v256, v512.");
        }

        return level;
    }
}
