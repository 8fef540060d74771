using System.Numerics;
using System.Numerics.Tensors;

namespace Hyperdual.Tensors.Ops;

/// <summary>Adds a per-channel bias to every part of a layer output laid out <c>[n, channels, inner]</c> per part.</summary>
internal static class BiasParts
{
    /// <summary>output[.., c, ..] += bias[c] for one part.</summary>
    public static void AddToPart<T>(Span<T> part, ReadOnlySpan<T> bias, int batch, int channels, int inner)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (inner == 1)
        {
            for (int r = 0; r < batch; r++)
            {
                Span<T> row = part.Slice(r * channels, channels);
                TensorPrimitives.Add(row, bias, row);
            }

            return;
        }

        for (int r = 0; r < batch; r++)
        {
            for (int c = 0; c < channels; c++)
            {
                Span<T> plane = part.Slice(((r * channels) + c) * inner, inner);
                TensorPrimitives.Add(plane, bias[c], plane);
            }
        }
    }

    /// <summary>Adds every stored part of the bias jet to the matching part of <paramref name="output"/>
    /// (the bias value to the value, bias tangents to tangents, bias second-order parts to second-order parts).</summary>
    public static void AddToJet<T>(Jet<T> output, Jet<T> bias, int batch, int channels, int inner)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = output.PartLength;
        int parts = bias.StoredPartCount;
        for (int p = 0; p < parts; p++)
        {
            AddToPart(output.Parts.Slice(p * n, n), bias.Parts.Slice(p * channels, channels), batch, channels, inner);
        }
    }

    public static void CheckBias(ReadOnlySpan<int> shape, int channels, string op)
    {
        if (shape.Length != 1 || shape[0] != channels)
        {
            throw new ArgumentException($"{op}: expected a bias of shape [{channels}], got {TensorShape.Format(shape)}.", "bias");
        }
    }
    /// <summary>gradBias[c] = Σ over rows and inner positions of gradOutput[.., c, ..] (overwrites): the adjoint of <see cref="AddToPart{T}"/>.</summary>
    public static void SumToBias<T>(ReadOnlySpan<T> gradOutput, int batch, int channels, int inner, Span<T> gradBias)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        gradBias.Clear();
        for (int r = 0; r < batch; r++)
        {
            for (int c = 0; c < channels; c++)
            {
                gradBias[c] += inner == 1 ? gradOutput[(r * channels) + c] : TensorPrimitives.Sum(gradOutput.Slice(((r * channels) + c) * inner, inner));
            }
        }
    }
}
