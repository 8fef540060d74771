using System.Numerics;

namespace Hyperdual.Tensors.Tests.Kernels;

/// <summary>Deterministic test inputs and comparison helpers shared by the kernel tests.</summary>
internal static class KernelTestData
{
    /// <summary>Uniform values in [-1, 1) from a fixed seed.</summary>
    public static T[] Random<T>(int length, int seed)
        where T : INumberBase<T>
    {
        var random = new Random(seed);
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = T.CreateChecked((random.NextDouble() * 2) - 1);
        }

        return values;
    }

    /// <summary>Small integers in [-range, range] from a fixed seed (exact in every float type; useful for ties and Half).</summary>
    public static T[] SmallIntegers<T>(int length, int seed, int range)
        where T : INumberBase<T>
    {
        var random = new Random(seed);
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = T.CreateChecked(random.Next(-range, range + 1));
        }

        return values;
    }

    public static double[] ToDouble<T>(ReadOnlySpan<T> values)
        where T : INumberBase<T>
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = double.CreateChecked(values[i]);
        }

        return result;
    }

    /// <summary>Unit roundoff of the element type.</summary>
    public static double Epsilon<T>() =>
        typeof(T) == typeof(float) ? Math.Pow(2, -24)
        : typeof(T) == typeof(Half) ? Math.Pow(2, -11)
        : Math.Pow(2, -53);

    /// <summary>Asserts |actual − expected| ≤ tolerance[i] elementwise with a readable message.</summary>
    public static void AssertClose<T>(ReadOnlySpan<double> expected, ReadOnlySpan<T> actual, ReadOnlySpan<double> tolerance, string what)
        where T : INumberBase<T>
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double a = double.CreateChecked(actual[i]);
            double diff = Math.Abs(a - expected[i]);
            if (!(diff <= tolerance[i]))
            {
                Assert.Fail($"{what}: element {i}: expected {expected[i]:R}, got {a:R} (|diff| {diff:E3} > tol {tolerance[i]:E3})");
            }
        }
    }

    /// <summary>Asserts closeness with a tolerance scaled by the magnitude of the terms that were summed.</summary>
    public static void AssertClose<T>(ReadOnlySpan<double> expected, ReadOnlySpan<T> actual, ReadOnlySpan<double> magnitude, int terms, string what)
        where T : INumberBase<T>
    {
        var tolerance = new double[magnitude.Length];
        double eps = Epsilon<T>();
        for (int i = 0; i < tolerance.Length; i++)
        {
            tolerance[i] = (4.0 * (terms + 2) * eps * magnitude[i]) + 1e-300;
        }

        AssertClose(expected, actual, tolerance, what);
    }
}
