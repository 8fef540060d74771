namespace Hyperdual.Experiments.Mnist;

/// <summary>The rate a study row's final runs used and how it was chosen.</summary>
/// <param name="Label">The row's label.</param>
/// <param name="Rate">The rate.</param>
/// <param name="How">How: the sweep's best on the validation split, a fixed rate, or the fallback when every candidate diverged.</param>
/// <param name="ValidationLoss">The winning candidate's final validation loss (NaN for a fixed rate or the fallback).</param>
public sealed record RateChoice(string Label, double Rate, string How, double ValidationLoss);
