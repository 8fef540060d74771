using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Tests.Support;

/// <summary>Small instances of the built-in models and random batches for them.</summary>
public static class TestModels
{
    public static readonly CnnOptions TinyCnn = new()
    {
        Height = 14, Width = 14, Conv1Channels = 3, Conv2Channels = 4, KernelSize = 3, Hidden = 12, Classes = 5,
    };

    public static (IModel Model, int[] InputShape, int Classes) Create(string name) => name switch
    {
        "logreg" => (ModelZoo.LogisticRegression(inputs: 20, classes: 4, seed: 3), [20], 4),
        "logreg-mnist" => (ModelZoo.LogisticRegression(seed: 3), [784], 10),
        "mlp" => (ModelZoo.Mlp(inputs: 12, hidden: [10, 8], classes: 4, activation: ActivationKind.Tanh, seed: 4), [12], 4),
        "mlp-relu" => (ModelZoo.Mlp(inputs: 12, hidden: [9], classes: 3, seed: 5), [12], 3),
        "cnn" => (ModelZoo.Cnn(TinyCnn, seed: 6), [1, 14, 14], 5),
        _ => throw new ArgumentException(name),
    };

    public static Batch<T> RandomBatch<T>(int[] inputShape, int classes, int size, int seed)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var rng = new Random(seed);
        int[] shape = [size, .. inputShape];
        var values = new double[TensorShape.Product(shape)];
        for (int e = 0; e < values.Length; e++)
        {
            values[e] = rng.NextDouble();
        }

        int[] labels = Enumerable.Range(0, size).Select(_ => rng.Next(classes)).ToArray();
        return new Batch<T>(Tensor<T>.FromDoubles(values, shape), labels);
    }
}
