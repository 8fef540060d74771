namespace Hyperdual.Optimizers;

/// <summary>
/// What SOAA's trust-region band <c>[(1 − γ)^((t−1)/T), 1 + γ^((t−1)/T)]</c> does after the planned
/// number of steps <c>T</c>.
/// </summary>
public enum SoaaBandAfterPlannedSteps
{
    /// <summary>
    /// Keep evaluating the formula (the transcription as written): the exponent passes 1, the lower edge
    /// falls towards 0 and the upper edge towards 1, so past <c>T</c> the factor can only shrink below 1,
    /// which anneals the step.
    /// </summary>
    Continue = 0,

    /// <summary>Hold the band at its value at <c>t = T + 1</c>: <c>[1 − γ, 1 + γ]</c>.</summary>
    HoldFinal = 1,
}
