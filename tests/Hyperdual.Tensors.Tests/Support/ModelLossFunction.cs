using System.Numerics;
using System.Reflection;
using Hyperdual.Tensors.Losses;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Tests.Support;

/// <summary>A model's loss as a scalar function of its flat parameters, for any unmanaged number type
/// (so <see cref="Derivatives"/> can differentiate a tiny model with scalar hyper-dual passes).</summary>
public sealed class ModelLossFunction(IModel model, ILoss loss, Batch<double> batch) : IScalarFunction
{
    private static readonly MethodInfo Typed = typeof(ModelLossFunction).GetMethod(nameof(EvaluateTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public T Evaluate<T>(ReadOnlySpan<T> x) where T : IFloatingPointIeee754<T> =>
        (T)Typed.MakeGenericMethod(typeof(T)).Invoke(this, [x.ToArray()])!;

    private T EvaluateTyped<T>(T[] x) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var inputs = new Tensor<T>(batch.Inputs.Shape.ToArray());
        for (int e = 0; e < inputs.Length; e++)
        {
            inputs[e] = T.CreateTruncating(batch.Inputs[e]);
        }

        Tensor<T> output = model.Forward(inputs, new ArrayBinder<T>(x));
        return loss.Compute(output, new LossTargets<Tensor<T>>(batch.Labels, null))[0];
    }

    private sealed class ArrayBinder<T>(T[] values) : IParameterBinder<Tensor<T>> where T : unmanaged, IFloatingPointIeee754<T>
    {
        public Tensor<T> Bind(Parameter parameter) =>
            new(values.AsSpan(parameter.Offset, parameter.Length).ToArray(), parameter.Shape.ToArray());
    }
}
