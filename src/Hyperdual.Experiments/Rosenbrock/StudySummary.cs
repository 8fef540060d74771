namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>The final-loss statistics of one method over the seeds of a study.</summary>
/// <param name="Study">The study name.</param>
/// <param name="Method">The method label.</param>
/// <param name="Runs">The number of seeds.</param>
/// <param name="Median">The median final loss (non-finite losses sort above every finite one).</param>
/// <param name="Min">The smallest final loss.</param>
/// <param name="Max">The largest final loss (NaN counts as largest).</param>
/// <param name="BelowThreshold">How many runs ended below <see cref="RosenbrockStudy.SuccessThreshold"/>.</param>
/// <param name="NonFinite">How many runs ended NaN or infinite.</param>
/// <param name="Reference">What the reference implementation (fomoh f0da7ae) reported for this row, where known; otherwise empty.</param>
public sealed record StudySummary(string Study, string Method, int Runs, double Median, double Min, double Max, int BelowThreshold, int NonFinite, string Reference);
