using System.Globalization;
using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>A state read by <see cref="OptimizerStateFile.Read"/>, with checks used by each optimizer's LoadState.</summary>
internal sealed class OptimizerStateContents<T>(
    OptimizerKind kind,
    long stepCount,
    List<KeyValuePair<string, double>> hyperParameters,
    List<KeyValuePair<string, double>> scalars,
    List<KeyValuePair<string, T[]?>> arrays)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public OptimizerKind Kind { get; } = kind;

    public long StepCount { get; } = stepCount;

    /// <summary>Throws unless the saved hyper-parameters are exactly (bit for bit) <paramref name="expected"/>.</summary>
    public void RequireHyperParameters(ReadOnlySpan<KeyValuePair<string, double>> expected)
    {
        foreach (KeyValuePair<string, double> pair in expected)
        {
            double saved = Find(hyperParameters, pair.Key, "hyper-parameter");
            if (BitConverter.DoubleToInt64Bits(saved) != BitConverter.DoubleToInt64Bits(pair.Value))
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The state was saved with {pair.Key} = {saved:R} but this optimizer has {pair.Key} = {pair.Value:R}; construct it with the same options."));
            }
        }

        if (hyperParameters.Count != expected.Length)
        {
            throw new InvalidDataException($"The state has {hyperParameters.Count} hyper-parameters; this {Kind} optimizer has {expected.Length}.");
        }
    }

    public double Scalar(string name) => Find(scalars, name, "scalar");

    /// <summary>The named array; throws if it is missing, or if its presence differs from <paramref name="mustExist"/>.</summary>
    public T[]? Array(string name, bool mustExist)
    {
        foreach (KeyValuePair<string, T[]?> pair in arrays)
        {
            if (pair.Key == name)
            {
                if ((pair.Value is not null) != mustExist)
                {
                    throw new InvalidDataException(mustExist
                        ? $"The state array '{name}' is absent but this optimizer needs it."
                        : $"The state array '{name}' is present but this optimizer's options do not use it.");
                }

                return pair.Value;
            }
        }

        throw new InvalidDataException($"The state has no array named '{name}'.");
    }

    private double Find(List<KeyValuePair<string, double>> values, string name, string what)
    {
        foreach (KeyValuePair<string, double> pair in values)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        throw new InvalidDataException($"The {Kind} state has no {what} named '{name}'.");
    }
}
