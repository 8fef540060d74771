using System.Numerics;
using System.Runtime.InteropServices;
using Hyperdual.Tensors;

namespace Hyperdual.Data;

/// <summary>
/// A labelled data set held in memory: features already normalised, stored row-major as
/// <see cref="Count"/> × <see cref="FeatureLength"/> floats, and one integer label per example.
/// </summary>
public sealed class LabelledDataSet
{
    private readonly int[] _sampleShape;

    /// <summary>Creates the set over <paramref name="features"/> and <paramref name="labels"/> (not copied).</summary>
    /// <param name="name">The set's name: <c>mnist</c>, <c>fashion-mnist</c>, <c>csv:…</c>.</param>
    /// <param name="features">Count × FeatureLength floats, row-major; every value finite.</param>
    /// <param name="labels">One label per example, each in [0, <paramref name="classCount"/>).</param>
    /// <param name="sampleShape">The shape of one example (its product is the feature length), e.g. [1, 28, 28].</param>
    /// <param name="classCount">The number of classes, at least 1.</param>
    public LabelledDataSet(string name, ReadOnlyMemory<float> features, ReadOnlyMemory<int> labels, IReadOnlyList<int> sampleShape, int classCount)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(sampleShape);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (sampleShape.Count == 0 || sampleShape.Any(d => d < 1))
        {
            throw new ArgumentException($"The sample shape {TensorShape.Format(sampleShape.ToArray())} needs at least one dimension, each at least 1.", nameof(sampleShape));
        }

        _sampleShape = [.. sampleShape];
        FeatureLength = TensorShape.Product(_sampleShape);
        if ((long)labels.Length * FeatureLength != features.Length)
        {
            throw new ArgumentException(
                $"{features.Length} feature values for {labels.Length} labels of {FeatureLength} features each.", nameof(features));
        }

        ReadOnlySpan<int> span = labels.Span;
        for (int i = 0; i < span.Length; i++)
        {
            if ((uint)span[i] >= (uint)classCount)
            {
                throw new ArgumentException($"Label {span[i]} of example {i} lies outside [0, {classCount}).", nameof(labels));
            }
        }

        Name = name;
        Features = features;
        Labels = labels;
        ClassCount = classCount;
    }

    /// <summary>The set's name: <c>mnist</c>, <c>fashion-mnist</c>, <c>csv:…</c>.</summary>
    public string Name { get; }

    /// <summary>The number of examples.</summary>
    public int Count => Labels.Length;

    /// <summary>The number of features of one example (784 for MNIST).</summary>
    public int FeatureLength { get; }

    /// <summary>The shape of one example: [1, 28, 28] for (Fashion-)MNIST, [features] for CSV.</summary>
    public IReadOnlyList<int> SampleShape => _sampleShape;

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>The normalised features, row-major, <see cref="Count"/> × <see cref="FeatureLength"/>.</summary>
    public ReadOnlyMemory<float> Features { get; }

    /// <summary>The labels, each in [0, <see cref="ClassCount"/>).</summary>
    public ReadOnlyMemory<int> Labels { get; }

    /// <summary>The first <paramref name="count"/> examples, as a view of the same memory.</summary>
    /// <param name="count">How many, 0 ≤ count ≤ <see cref="Count"/>.</param>
    /// <returns>The view.</returns>
    public LabelledDataSet Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        return count == Count
            ? this
            : new LabelledDataSet(Name, Features[..(count * FeatureLength)], Labels[..count], _sampleShape, ClassCount);
    }

    /// <summary>The number of examples of each class.</summary>
    /// <returns>An array of <see cref="ClassCount"/> counts.</returns>
    public int[] ClassHistogram()
    {
        var histogram = new int[ClassCount];
        foreach (int label in Labels.Span)
        {
            histogram[label]++;
        }

        return histogram;
    }

    /// <summary>Copies the examples at <paramref name="indices"/> into a new batch.</summary>
    /// <typeparam name="T">The batch's number type (<see cref="float"/> or <see cref="double"/>).</typeparam>
    /// <param name="indices">The examples, each in [0, <see cref="Count"/>); at least one.</param>
    /// <returns>A batch whose inputs are shaped [n, ..<see cref="SampleShape"/>] and whose labels are the examples' labels.</returns>
    public Batch<T> CreateBatch<T>(ReadOnlySpan<int> indices) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var inputs = new T[indices.Length * FeatureLength];
        var labels = new int[indices.Length];
        CopyExamples(indices, inputs, labels);
        return new Batch<T>(new Tensor<T>(inputs, BatchShape(indices.Length)), labels);
    }

    /// <summary>The shape of a batch of <paramref name="size"/> examples: [size, ..SampleShape].</summary>
    internal int[] BatchShape(int size) => [size, .. _sampleShape];

    /// <summary>Copies the examples at <paramref name="indices"/> into <paramref name="inputs"/> (converted
    /// to <typeparamref name="T"/>) and their labels into <paramref name="labels"/>.</summary>
    internal void CopyExamples<T>(ReadOnlySpan<int> indices, Span<T> inputs, Span<int> labels) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<float> features = Features.Span;
        ReadOnlySpan<int> allLabels = Labels.Span;
        int width = FeatureLength;
        for (int r = 0; r < indices.Length; r++)
        {
            int index = indices[r];
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), index, $"The example index must lie in [0, {Count}).");
            }

            ReadOnlySpan<float> row = features.Slice(index * width, width);
            Span<T> destination = inputs.Slice(r * width, width);
            if (typeof(T) == typeof(float))
            {
                row.CopyTo(MemoryMarshal.Cast<T, float>(destination));
            }
            else
            {
                for (int c = 0; c < width; c++)
                {
                    destination[c] = T.CreateTruncating(row[c]);
                }
            }

            labels[r] = allLabels[index];
        }
    }
}
