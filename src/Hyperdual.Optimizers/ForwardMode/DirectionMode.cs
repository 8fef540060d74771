namespace Hyperdual.Optimizers.ForwardMode;

/// <summary>Where FoMoH-KD's K directions come from.</summary>
public enum DirectionMode
{
    /// <summary>All K directions are fresh draws vᵢ ~ N(0, I) from the step's seed (the FoMoH paper's method).</summary>
    Random,

    /// <summary>
    /// One direction is the previous update, rescaled to the expected norm √n of a random direction; the other
    /// K − 1 are random. The step is then a Newton step in a subspace that keeps the last search direction, a
    /// forward-only relative of nonlinear conjugate gradients. The first step (no previous update) is all random.
    /// </summary>
    Momentum,
}
