using System.Globalization;
using System.Numerics;
using System.Text;

namespace Hyperdual;

/// <summary>
/// Text form shared by the dual number types: <c>a + bε₁ + cε₂ + dε₁ε₂</c>. A negative part is written with
/// a <c> - </c> separator; a part whose own text contains a space (a nested dual number) is wrapped in
/// parentheses and always joined with <c> + </c>.
/// </summary>
internal static class PerturbationText
{
    /// <summary>Formats the parts, the first being the value, each followed by its unit.</summary>
    public static string Format<T>(ReadOnlySpan<T> parts, ReadOnlySpan<string> units, string? format, IFormatProvider? provider)
        where T : IFloatingPointIeee754<T>
    {
        var builder = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            T part = parts[i];
            string text = part.ToString(format, provider);
            bool compound = text.Contains(' ', StringComparison.Ordinal);
            if (i > 0)
            {
                if (!compound && T.IsNegative(part) && !T.IsNaN(part))
                {
                    builder.Append(" - ");
                    text = (-part).ToString(format, provider);
                }
                else
                {
                    builder.Append(" + ");
                }
            }

            if (compound)
            {
                builder.Append('(').Append(text).Append(')');
            }
            else
            {
                builder.Append(text);
            }

            builder.Append(units[i]);
        }

        return builder.ToString();
    }

    /// <summary>Copies the formatted text into a character span.</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Copies the formatted text into a UTF-8 byte span.</summary>
    public static bool TryCopy(string text, Span<byte> utf8Destination, out int bytesWritten)
    {
        if (Encoding.UTF8.GetByteCount(text) <= utf8Destination.Length)
        {
            bytesWritten = Encoding.UTF8.GetBytes(text, utf8Destination);
            return true;
        }

        bytesWritten = 0;
        return false;
    }

    /// <summary>
    /// Parses either a plain number (all other parts zero) or the text form written by
    /// <see cref="Format"/>; units may appear in any order, each at most once, missing ones are zero.
    /// </summary>
    public static bool TryParse<T>(ReadOnlySpan<char> text, NumberStyles style, IFormatProvider? provider, ReadOnlySpan<string> units, Span<T> parts)
        where T : IFloatingPointIeee754<T>
    {
        parts.Clear();
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        if (T.TryParse(text, style, provider, out T? plain))
        {
            parts[0] = plain!;
            return true;
        }

        Span<bool> seen = stackalloc bool[parts.Length];
        int depth = 0;
        int start = 0;
        bool negative = false;
        for (int i = 0; i <= text.Length; i++)
        {
            bool end = i == text.Length;
            if (!end)
            {
                char c = text[i];
                if (c == '(')
                {
                    depth++;
                    continue;
                }

                if (c == ')')
                {
                    depth--;
                    continue;
                }

                bool separator = depth == 0 && (c == '+' || c == '-') && i > 0 && text[i - 1] == ' '
                    && i + 1 < text.Length && text[i + 1] == ' ';
                if (!separator)
                {
                    continue;
                }
            }

            if (!TryParseTerm(text[start..i].Trim(), negative, style, provider, units, parts, seen))
            {
                return false;
            }

            if (!end)
            {
                negative = text[i] == '-';
                start = i + 1;
            }
        }

        return depth == 0;
    }

    /// <summary>Parses one term <c>coefficient unit</c> into its slot.</summary>
    private static bool TryParseTerm<T>(ReadOnlySpan<char> term, bool negative, NumberStyles style, IFormatProvider? provider, ReadOnlySpan<string> units, Span<T> parts, Span<bool> seen)
        where T : IFloatingPointIeee754<T>
    {
        // The longest unit that ends the term names the slot (ε₁ε₂ before ε₂); no unit is the value.
        int slot = 0;
        int unitLength = 0;
        for (int k = 1; k < units.Length; k++)
        {
            if (units[k].Length > unitLength && term.EndsWith(units[k], StringComparison.Ordinal))
            {
                slot = k;
                unitLength = units[k].Length;
            }
        }

        ReadOnlySpan<char> coefficient = term[..^unitLength].Trim();
        if (coefficient.Length >= 2 && coefficient[0] == '(' && coefficient[^1] == ')')
        {
            coefficient = coefficient[1..^1];
        }

        if (seen[slot] || coefficient.IsEmpty || !T.TryParse(coefficient, style, provider, out T? value))
        {
            return false;
        }

        seen[slot] = true;
        parts[slot] = negative ? -value! : value!;
        return true;
    }
}
