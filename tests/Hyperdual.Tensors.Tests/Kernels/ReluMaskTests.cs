using System.Numerics;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Tests.Kernels;

public sealed class ReluMaskTests
{
    public static TheoryData<SimdLevel> Levels()
    {
        var data = new TheoryData<SimdLevel>();
        foreach (SimdLevel level in Enum.GetValues<SimdLevel>())
        {
            data.Add(level);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void FloatMatchesTheScalarRuleBitForBitAtEveryLengthAndSpecialValue(SimdLevel level) => Check<float>(level);

    [Theory]
    [MemberData(nameof(Levels))]
    public void DoubleMatchesTheScalarRuleBitForBitAtEveryLengthAndSpecialValue(SimdLevel level) => Check<double>(level);

    [Theory]
    [MemberData(nameof(Levels))]
    public void InPlaceMasksTheSourceItself(SimdLevel level)
    {
        float[] values = [1f, -2f, 3f, float.NaN, -0f, 0f, 5f, -1f, 2f, 2f, -3f, 4f, 4f, 1f, -1f, 9f, 7f, -7f];
        float[] selector = [.. values.Select((_, e) => e % 3 == 0 ? -1f : 1f)];
        float[] expected = [.. values.Select((v, e) => e % 3 == 0 ? 0f : v)];
        ReluMask.Apply<float>(level, selector, values, values);
        Assert.Equal(expected, values);
    }

    [Fact]
    public void UnequalLengthsAreRefused() =>
        Assert.Throws<ArgumentException>(() => ReluMask.Apply<float>(SimdLevel.Scalar, new float[3], new float[2], new float[3]));

    private static void Check<T>(SimdLevel level)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] special = [T.NaN, T.NegativeZero, T.Zero, T.Epsilon, -T.Epsilon, T.PositiveInfinity, T.NegativeInfinity, T.One, -T.One];
        var random = new Random(7);
        for (int length = 0; length <= 140; length++)
        {
            var selector = new T[length];
            var source = new T[length];
            for (int e = 0; e < length; e++)
            {
                selector[e] = e % 5 == 0 ? special[random.Next(special.Length)] : T.CreateTruncating((random.NextDouble() * 2) - 1);
                source[e] = e % 7 == 0 ? special[random.Next(special.Length)] : T.CreateTruncating((random.NextDouble() * 4) - 2);
            }

            var destination = new T[length];
            ReluMask.Apply<T>(level, selector, source, destination);
            for (int e = 0; e < length; e++)
            {
                // The rule written out: keep the source where the selector is positive, else +0 (never −0 or NaN).
                T expected = selector[e] > T.Zero ? source[e] : T.Zero;
                Assert.True(Bits(expected) == Bits(destination[e]), $"length {length}, element {e}: selector {selector[e]}, source {source[e]} → {destination[e]}, expected {expected}");
            }
        }
    }

    private static long Bits<T>(T value)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        value is float f ? BitConverter.SingleToInt32Bits(f) : BitConverter.DoubleToInt64Bits(double.CreateTruncating(value));
}
