using Hyperdual.Tensors;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Samples.CustomModel;

/// <summary>
/// A user's own model, written once with the public ops: a gated residual block
/// h = x + tanh(x W₁ᵀ + b₁) ⊙ sigmoid(x W₂ᵀ + b₂), then logits = h W₃ᵀ + b₃. The same Forward runs on
/// plain tensors, on jets (forward-mode second order) and on hyper-dual tensors.
/// </summary>
public sealed class GatedResidualModel : IModel
{
    private readonly Linear _transform;
    private readonly Linear _gate;
    private readonly Linear _head;

    public GatedResidualModel(int features, int classes, ulong seed)
    {
        Parameters = new ParameterCollection();
        _transform = new Linear(Parameters, "transform", features, features);
        _gate = new Linear(Parameters, "gate", features, features);
        _head = new Linear(Parameters, "head", features, classes);
        Parameters.Initialize(seed);
    }

    public ParameterCollection Parameters { get; }

    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf>
    {
        TSelf x = TSelf.Flatten(input);
        TSelf update = TSelf.Tanh(_transform.Forward(x, parameters));
        TSelf gate = TSelf.Sigmoid(_gate.Forward(x, parameters));
        TSelf h = TSelf.Add(x, TSelf.Multiply(update, gate));
        return _head.Forward(h, parameters);
    }
}
