namespace Hyperdual.Optimizers;

/// <summary>
/// SOAA's trust-region factor <c>d</c> as pure functions, so that each rule can be read and tested alone.
/// </summary>
public static class SoaaTrustRegion
{
    /// <summary>
    /// The band <c>[(1 − γ)^e, 1 + γ^e]</c> with <c>e = (t − 1) / T</c> that holds <c>d</c> at step <c>t</c>.
    /// At <c>t = 1</c> it is <c>[1, 2]</c>; at <c>t = T + 1</c> it is <c>[1 − γ, 1 + γ]</c>. The lower edge
    /// never exceeds 1 and the upper edge is never below 1, so <c>d = 1</c> is always inside.
    /// </summary>
    /// <param name="step">The 1-based step <c>t</c>.</param>
    /// <param name="plannedSteps">The planned number of steps <c>T</c>.</param>
    /// <param name="gamma">γ in [0, 1).</param>
    /// <param name="afterPlannedSteps">
    /// Past <c>T</c>: <see cref="SoaaBandAfterPlannedSteps.Continue"/> lets <c>e</c> exceed 1 (the band
    /// tends to [0, 1]); <see cref="SoaaBandAfterPlannedSteps.HoldFinal"/> caps <c>e</c> at 1.
    /// </param>
    /// <returns>The lower and upper edges.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static (double Lower, double Upper) Band(long step, long plannedSteps, double gamma, SoaaBandAfterPlannedSteps afterPlannedSteps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(plannedSteps, 1);
        OptionChecks.DecayRate(gamma, nameof(gamma));
        double exponent = (step - 1) / (double)plannedSteps;
        if (afterPlannedSteps == SoaaBandAfterPlannedSteps.HoldFinal)
        {
            exponent = Math.Min(exponent, 1.0);
        }

        return (Math.Pow(1.0 - gamma, exponent), 1.0 + Math.Pow(gamma, exponent));
    }

    /// <summary>
    /// The ratio of observed to predicted reduction, <c>ρ = (ℓ̂ₜ₋₁ − ℓₜ) / max(pₜ₋₁, ε)</c>. A prediction
    /// <c>p ≤ ε</c> (including a non-positive one) is replaced by ε, so ρ is finite for finite losses.
    /// </summary>
    /// <param name="previousLossEstimate">ℓ̂ₜ₋₁, the bias-corrected average of the losses up to step t − 1.</param>
    /// <param name="loss">ℓₜ, the loss at the current parameters.</param>
    /// <param name="predictedReduction">pₜ₋₁, the reduction predicted by the previous step's model.</param>
    /// <param name="epsilon">ε.</param>
    /// <returns>ρ.</returns>
    public static double Ratio(double previousLossEstimate, double loss, double predictedReduction, double epsilon) =>
        (previousLossEstimate - loss) / Math.Max(predictedReduction, epsilon);

    /// <summary>
    /// The next trust-region factor from the current one and ρ under the options' rule, clipped into
    /// the band of step <paramref name="step"/> (the band at the step that will use <c>d</c>, not the
    /// previous one). A NaN ρ (which finite losses cannot produce) counts as ρ = 0: the most cautious move.
    /// </summary>
    /// <param name="trustRegion">The current <c>d</c>.</param>
    /// <param name="ratio">ρ.</param>
    /// <param name="step">The 1-based step <c>t</c> that will use the new <c>d</c>.</param>
    /// <param name="options">The SOAA options (rule, γ, planned steps, behaviour past them).</param>
    /// <returns>The new <c>d</c>, inside the band.</returns>
    public static double Update(double trustRegion, double ratio, long step, SoaaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (double.IsNaN(ratio))
        {
            ratio = 0.0;
        }

        double gamma = options.Gamma;
        double proposed = options.TrustRegionRule switch
        {
            SoaaTrustRegionRule.ClippedRatio => ratio * trustRegion,
            SoaaTrustRegionRule.ThreeBand when ratio < gamma => (1.0 - gamma) * trustRegion,
            SoaaTrustRegionRule.ThreeBand when ratio > 1.0 - gamma => (1.0 + gamma) * trustRegion,
            SoaaTrustRegionRule.ThreeBand => trustRegion,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.TrustRegionRule, "Unknown trust-region rule."),
        };

        (double lower, double upper) = Band(step, options.PlannedSteps, gamma, options.AfterPlannedSteps);

        // Math.Clamp maps ±∞ to the edges. A NaN proposal (0·∞, possible only once the lower edge has
        // underflowed to 0 far past T) also goes to the lower edge.
        return double.IsNaN(proposed) ? lower : Math.Clamp(proposed, lower, upper);
    }
}
