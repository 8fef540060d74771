using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Models;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Benchmarks.Jets;

/// <summary>
/// One model, a synthetic float32 MNIST-shaped batch and seeded directions, evaluated either as ONE
/// K-direction jet or as K(K+1)/2 separate hyper-dual passes on the same kernels: for each pair
/// i ≤ j, a K = 2 jet along (vᵢ, vⱼ) tracking only its (0, 1) part — value, ε₁, ε₂, ε₁ε₂, exactly a
/// hyper-dual number (for i = j too, as the fomoh reference does).
/// </summary>
public sealed class JetWorkload
{
    private readonly JetEvaluator<float> _evaluator;
    private readonly Batch<float> _batch;
    private readonly double[] _theta;
    private readonly Directions _directions;
    private static readonly JetPairs MixedOnly = JetPairs.Of(2, (0, 1));

    public JetWorkload(string model, int batch, int k, int threads)
    {
        Tensors.Kernels.KernelSettings.MaxThreads = threads;
        SequentialModel m = ModelZoo.Create(model, seed: 1);
        _evaluator = new JetEvaluator<float>(m, CrossEntropyLoss.Instance);
        int[] shape = model == "cnn" ? [batch, 1, 28, 28] : [batch, 784];
        var values = new double[TensorShape.Product(shape)];
        for (int e = 0; e < values.Length; e++)
        {
            values[e] = CounterRandom.Uniform(7, 0, (ulong)e);
        }

        int[] labels = Enumerable.Range(0, batch).Select(r => (int)(CounterRandom.Uniform(7, 1, (ulong)r) * 10)).ToArray();
        _batch = new Batch<float>(Tensor<float>.FromDoubles(values, shape), labels);
        _theta = m.Parameters.ValuesArray;
        // Materialised once, so both methods pay only a copy per bound parameter and the comparison
        // measures the shared arithmetic, not the cost of regenerating normals per pass.
        Directions seeded = Directions.FromSeed(3, k, _theta.Length);
        _directions = Directions.FromVectors(Enumerable.Range(0, k).Select(seeded.ToArray).ToArray());
        K = k;
    }

    public int K { get; }

    /// <summary>One jet evaluation with all K(K+1)/2 pairs.</summary>
    public double Jet() => _evaluator.Evaluate(_batch, _theta, _directions).Loss;

    /// <summary>K(K+1)/2 hyper-dual passes, one per pair.</summary>
    public double SeparatePasses()
    {
        double sum = 0;
        for (int i = 0; i < K; i++)
        {
            for (int j = i; j < K; j++)
            {
                sum += _evaluator.Evaluate(_batch, _theta, _directions.Select(i, j), MixedOnly).H[0, 1];
            }
        }

        return sum;
    }
}
