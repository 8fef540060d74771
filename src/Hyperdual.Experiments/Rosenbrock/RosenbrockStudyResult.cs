namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>Every run and the per-method summaries of <see cref="RosenbrockStudy.Run"/>.</summary>
/// <param name="Runs">All runs, in study, method, seed order.</param>
/// <param name="Summaries">One row per study and method.</param>
public sealed record RosenbrockStudyResult(IReadOnlyList<StudyRun> Runs, IReadOnlyList<StudySummary> Summaries);
