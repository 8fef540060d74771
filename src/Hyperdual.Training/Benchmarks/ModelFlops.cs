using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Training.Benchmarks;

/// <summary>
/// The GEMM and convolution FLOPs of a model, counted from its layers' shapes: a linear layer costs
/// 2·in·out per example, a convolution 2·(weight elements)·(output pixels). A K-direction jet runs
/// 1 + K products in the first layer (its input carries no tangent) and 1 + 2.5K + 1.5K² in every
/// other; backprop costs three forward passes.
/// </summary>
public sealed class ModelFlops
{
    private ModelFlops(IReadOnlyList<double> layers) => LayerFlopsPerExample = layers;

    /// <summary>The FLOPs of each linear or convolution layer's forward product for one example, first layer first.</summary>
    public IReadOnlyList<double> LayerFlopsPerExample { get; }

    /// <summary>Counts the layers of a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="exampleShape">The shape of one example (without the batch axis).</param>
    /// <returns>The counts.</returns>
    public static ModelFlops Count(SequentialModel model, int[] exampleShape)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(exampleShape);
        var layers = new List<double>();
        var binder = new TensorBinder<float>(model.Parameters.ValuesArray);
        Walk(model.Network, new Tensor<float>([1, .. exampleShape]), binder, layers);
        return new ModelFlops(layers);
    }

    /// <summary>The forward pass's FLOPs for a batch.</summary>
    /// <param name="batch">The batch size.</param>
    /// <returns>The FLOPs.</returns>
    public double Forward(int batch) => LayerFlopsPerExample.Sum() * batch;

    /// <summary>A backprop evaluation's FLOPs (forward, and the two products of the reverse pass).</summary>
    /// <param name="batch">The batch size.</param>
    /// <returns>The FLOPs.</returns>
    public double Backprop(int batch) => 3 * Forward(batch);

    /// <summary>A K-direction second-order jet evaluation's FLOPs.</summary>
    /// <param name="batch">The batch size.</param>
    /// <param name="k">The number of directions.</param>
    /// <returns>The FLOPs.</returns>
    public double Jet(int batch, int k)
    {
        double total = 0;
        for (int l = 0; l < LayerFlopsPerExample.Count; l++)
        {
            total += LayerFlopsPerExample[l] * (l == 0 ? 1 + k : 1 + (2.5 * k) + (1.5 * k * k));
        }

        return total * batch;
    }

    private static Tensor<float> Walk(IModule module, Tensor<float> input, TensorBinder<float> binder, List<double> layers)
    {
        switch (module)
        {
            case Sequential chain:
                foreach (IModule inner in chain.Modules)
                {
                    input = Walk(inner, input, binder, layers);
                }

                return input;
            case Linear linear:
                layers.Add(2.0 * linear.Weight.Length);
                return linear.Forward(input, binder);
            case Conv2d convolution:
                Tensor<float> output = convolution.Forward(input, binder);
                layers.Add(2.0 * convolution.Weight.Length * output.Dim(2) * output.Dim(3));
                return output;
            default:
                return module.Forward(input, binder);
        }
    }
}
