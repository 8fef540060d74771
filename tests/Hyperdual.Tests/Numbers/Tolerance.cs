using System.Numerics;

namespace Hyperdual.Tests.Numbers;

/// <summary>Magnitude-scaled comparisons of computed parts with independent expectations.</summary>
internal static class Tolerance
{
    /// <summary>The relative tolerance for closed-form checks in the scalar type T.</summary>
    public static double For<T>()
        where T : IFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? 1e-5 : 1e-13;

    /// <summary>
    /// Asserts |expected − actual| ≤ relative·scale, where scale is the sum of the magnitudes of the terms
    /// that make up the expectation (so cancellation does not make the test impossibly strict).
    /// NaN and infinities must match exactly.
    /// </summary>
    public static void Close(double expected, double actual, double scale, double relative, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }

        double allowed = relative * scale;
        double difference = Math.Abs(expected - actual);
        Assert.True(difference <= allowed, $"{what}: expected {expected:R}, got {actual:R}, |difference| {difference:E3} > {allowed:E3}");
    }

    /// <summary>Converts any scalar to double for comparisons.</summary>
    public static double D<T>(T value)
        where T : INumberBase<T>
        => double.CreateChecked(value);
}
