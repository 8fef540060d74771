namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>The final-loss statistics and the costs of one method over the seeds of a study.</summary>
/// <param name="Study">The study name.</param>
/// <param name="Method">The method label.</param>
/// <param name="Runs">The number of seeds.</param>
/// <param name="Median">The median final loss (non-finite losses sort above every finite one).</param>
/// <param name="Min">The smallest final loss.</param>
/// <param name="Max">The largest final loss (NaN counts as largest).</param>
/// <param name="BelowThreshold">How many runs ended below <see cref="RosenbrockStudy.SuccessThreshold"/>.</param>
/// <param name="NonFinite">How many runs ended NaN or infinite (diverged).</param>
/// <param name="AtBudget">How many runs stopped because they used their whole iteration budget.</param>
/// <param name="DirectionalPassesPerEvaluation">Directional passes per derivative evaluation, from the method's definition (<see cref="RosenbrockMethod.DirectionalPassesPerEvaluation"/>).</param>
/// <param name="MedianDirectionalPasses">The median over the runs of the directional passes each spent.</param>
/// <param name="MedianValueEvaluations">The median over the runs of the plain evaluations of f each spent.</param>
/// <param name="Seconds">The wall-clock seconds of all the method's runs together.</param>
/// <param name="Reference">What the reference implementation (fomoh f0da7ae) reached on this row when measured (<see cref="RosenbrockReference"/>); otherwise empty.</param>
public sealed record StudySummary(
    string Study,
    string Method,
    int Runs,
    double Median,
    double Min,
    double Max,
    int BelowThreshold,
    int NonFinite,
    int AtBudget,
    long DirectionalPassesPerEvaluation,
    double MedianDirectionalPasses,
    double MedianValueEvaluations,
    double Seconds,
    string Reference);
