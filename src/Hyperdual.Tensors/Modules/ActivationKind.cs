namespace Hyperdual.Tensors.Modules;

/// <summary>The elementwise activations available as modules.</summary>
public enum ActivationKind
{
    /// <summary>max(x, 0).</summary>
    Relu,

    /// <summary>x for x &gt; 0, 0.01·x otherwise.</summary>
    LeakyRelu,

    /// <summary>tanh(x).</summary>
    Tanh,

    /// <summary>1/(1 + e^−x).</summary>
    Sigmoid,

    /// <summary>GELU (tanh approximation).</summary>
    Gelu,

    /// <summary>log(1 + eˣ).</summary>
    Softplus,

    /// <summary>x·sigmoid(x).</summary>
    Silu,
}
