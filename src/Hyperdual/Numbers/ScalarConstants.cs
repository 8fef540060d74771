using System.Numerics;

namespace Hyperdual;

/// <summary>Constants of a scalar type used by the derivative rules, computed once per type.</summary>
/// <typeparam name="T">The scalar type.</typeparam>
internal static class ScalarConstants<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>1/2.</summary>
    public static readonly T Half = T.One / (T.One + T.One);

    /// <summary>2.</summary>
    public static readonly T Two = T.One + T.One;

    /// <summary>3.</summary>
    public static readonly T Three = T.One + T.One + T.One;

    /// <summary>ln 2.</summary>
    public static readonly T Ln2 = T.Log(T.One + T.One);

    /// <summary>ln 10.</summary>
    public static readonly T Ln10 = T.Log(T.CreateChecked(10));

    /// <summary>π².</summary>
    public static readonly T PiSquared = T.Pi * T.Pi;

    /// <summary>π/180, radians per degree.</summary>
    public static readonly T RadiansPerDegree = T.Pi / T.CreateChecked(180);

    /// <summary>180/π, degrees per radian.</summary>
    public static readonly T DegreesPerRadian = T.CreateChecked(180) / T.Pi;
}
