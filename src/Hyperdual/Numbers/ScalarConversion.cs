using System.Numerics;

namespace Hyperdual;

/// <summary>Conversions between a scalar type and any other number type, reporting failure instead of throwing.</summary>
internal static class ScalarConversion
{
    /// <summary>Converts with <c>CreateChecked</c>; false when neither type knows the other.</summary>
    public static bool TryCreateChecked<TTo, TFrom>(TFrom value, out TTo result)
        where TTo : INumberBase<TTo>
        where TFrom : INumberBase<TFrom>
    {
        try
        {
            result = TTo.CreateChecked(value);
            return true;
        }
        catch (NotSupportedException)
        {
            result = TTo.Zero;
            return false;
        }
    }

    /// <summary>Converts with <c>CreateSaturating</c>; false when neither type knows the other.</summary>
    public static bool TryCreateSaturating<TTo, TFrom>(TFrom value, out TTo result)
        where TTo : INumberBase<TTo>
        where TFrom : INumberBase<TFrom>
    {
        try
        {
            result = TTo.CreateSaturating(value);
            return true;
        }
        catch (NotSupportedException)
        {
            result = TTo.Zero;
            return false;
        }
    }

    /// <summary>Converts with <c>CreateTruncating</c>; false when neither type knows the other.</summary>
    public static bool TryCreateTruncating<TTo, TFrom>(TFrom value, out TTo result)
        where TTo : INumberBase<TTo>
        where TFrom : INumberBase<TFrom>
    {
        try
        {
            result = TTo.CreateTruncating(value);
            return true;
        }
        catch (NotSupportedException)
        {
            result = TTo.Zero;
            return false;
        }
    }
}
