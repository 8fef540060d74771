using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Benchmarks.Tape;

/// <summary>
/// One model and a synthetic float32 MNIST-shaped batch, evaluated three ways with their own
/// workspaces: a plain forward pass (the loss only), one backprop step (L, ∇L) and one K-direction
/// jet (L, g, H).
/// </summary>
public sealed class TapeWorkload
{
    private readonly Batch<float> _batch;
    private readonly double[] _theta;
    private readonly float[] _gradient;
    private readonly Directions _directions;

    public TapeWorkload(string model, int batch, int k, int threads)
    {
        Tensors.Kernels.KernelSettings.MaxThreads = threads;
        SequentialModel m = ModelZoo.Create(model, seed: 1);
        int[] shape = model == "cnn" ? [batch, 1, 28, 28] : [batch, 784];
        var values = new double[TensorShape.Product(shape)];
        for (int e = 0; e < values.Length; e++)
        {
            values[e] = CounterRandom.Uniform(7, 0, (ulong)e);
        }

        int[] labels = Enumerable.Range(0, batch).Select(r => (int)(CounterRandom.Uniform(7, 1, (ulong)r) * 10)).ToArray();
        _batch = new Batch<float>(Tensor<float>.FromDoubles(values, shape), labels);
        _theta = m.Parameters.ValuesArray;
        _gradient = new float[_theta.Length];
        _directions = Directions.FromSeed(3, k, _theta.Length);
        Plain = new PlainEvaluator<float>(m);
        Backprop = new BackpropEvaluator<float>(m, CrossEntropyLoss.Instance);
        Jets = new JetEvaluator<float>(m, CrossEntropyLoss.Instance);
        ParameterCount = _theta.Length;
    }

    public int ParameterCount { get; }

    public PlainEvaluator<float> Plain { get; }

    public BackpropEvaluator<float> Backprop { get; }

    public JetEvaluator<float> Jets { get; }

    /// <summary>The loss only.</summary>
    public double Forward() => Plain.Loss(CrossEntropyLoss.Instance, _batch, _theta);

    /// <summary>One backprop step: L and ∇L (into a reused array).</summary>
    public double BackpropStep() => Backprop.Evaluate(_batch, _theta, _gradient);

    /// <summary>One K-direction jet evaluation: L, g and H.</summary>
    public double Jet() => Jets.Evaluate(_batch, _theta, _directions).Loss;
}
