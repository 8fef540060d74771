using System.Runtime.Intrinsics;

namespace Hyperdual;

/// <summary>The lane operations on <see cref="Vector128{T}"/> (2 doubles).</summary>
internal readonly struct Lanes128 : ISimdLanes<Vector128<double>, Vector128<ulong>>
{
    public static int Count => Vector128<double>.Count;

    public static Vector128<ulong> EvenFrom(ulong first) => Vector128.Create(first) + (Vector128<ulong>.Indices << 1);

    public static Vector128<ulong> Broadcast(ulong value) => Vector128.Create(value);

    public static Vector128<ulong> Add(Vector128<ulong> a, Vector128<ulong> b) => a + b;

    public static Vector128<ulong> Multiply(Vector128<ulong> a, Vector128<ulong> b) => a * b;

    public static Vector128<ulong> Xor(Vector128<ulong> a, Vector128<ulong> b) => a ^ b;

    public static Vector128<ulong> And(Vector128<ulong> a, Vector128<ulong> b) => a & b;

    public static Vector128<ulong> ShiftRight(Vector128<ulong> a, int count) => a >>> count;

    public static Vector128<ulong> ShiftLeft(Vector128<ulong> a, int count) => a << count;

    public static Vector128<double> ToDouble(Vector128<ulong> a) => Vector128.ConvertToDouble(a);

    public static Vector128<double> AsDouble(Vector128<ulong> a) => a.AsDouble();

    public static Vector128<ulong> AsBits(Vector128<double> a) => a.AsUInt64();

    public static Vector128<double> Broadcast(double value) => Vector128.Create(value);

    public static Vector128<double> Add(Vector128<double> a, Vector128<double> b) => a + b;

    public static Vector128<double> Subtract(Vector128<double> a, Vector128<double> b) => a - b;

    public static Vector128<double> Multiply(Vector128<double> a, Vector128<double> b) => a * b;

    public static Vector128<double> Divide(Vector128<double> a, Vector128<double> b) => a / b;

    public static Vector128<double> FusedMultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c) => Vector128.FusedMultiplyAdd(a, b, c);

    public static Vector128<double> Sqrt(Vector128<double> a) => Vector128.Sqrt(a);

    public static void StoreInterleaved(Vector128<double> even, Vector128<double> odd, Span<double> destination)
    {
        (Vector128<double> low, Vector128<double> high) = Interleave(even, odd);
        low.CopyTo(destination);
        high.CopyTo(destination[Vector128<double>.Count..]);
    }

    public static void StoreInterleaved(Vector128<double> even, Vector128<double> odd, Span<float> destination)
    {
        (Vector128<double> low, Vector128<double> high) = Interleave(even, odd);
        Vector128.Narrow(low, high).CopyTo(destination);
    }

    private static (Vector128<double> Low, Vector128<double> High) Interleave(Vector128<double> even, Vector128<double> odd)
    {
        Vector128<ulong> oddLanes = Vector128.Equals(Vector128<ulong>.Indices & Vector128<ulong>.One, Vector128<ulong>.One);
        Vector128<long> low = Vector128.Create(0L, 0L), high = Vector128.Create(1L, 1L);
        return (
            Vector128.ConditionalSelect(oddLanes.AsDouble(), Vector128.Shuffle(odd, low), Vector128.Shuffle(even, low)),
            Vector128.ConditionalSelect(oddLanes.AsDouble(), Vector128.Shuffle(odd, high), Vector128.Shuffle(even, high)));
    }
}
