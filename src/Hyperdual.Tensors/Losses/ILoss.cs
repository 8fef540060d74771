namespace Hyperdual.Tensors.Losses;

/// <summary>A scalar training loss, written once over the tensor number systems.</summary>
public interface ILoss
{
    /// <summary>The loss of a model output against the batch's targets, as a scalar (shape <c>[]</c>).</summary>
    /// <typeparam name="TSelf">The number system.</typeparam>
    /// <param name="output">The model output.</param>
    /// <param name="targets">The batch's labels and/or target values, lifted into the number system.</param>
    /// <returns>The scalar loss.</returns>
    TSelf Compute<TSelf>(TSelf output, LossTargets<TSelf> targets) where TSelf : ITensorNumber<TSelf>;
}
