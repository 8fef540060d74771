namespace Hyperdual.Training;

/// <summary>The element type the model is evaluated in. Parameters and optimizer state are always float64.</summary>
public enum Precision
{
    /// <summary>float32: the default for training.</summary>
    Single,

    /// <summary>float64: for verification.</summary>
    Double,
}
