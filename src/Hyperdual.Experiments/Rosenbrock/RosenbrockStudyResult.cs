namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>Every run and the per-method summaries of <see cref="RosenbrockStudy.Run"/>.</summary>
/// <param name="Methods">The methods, in study and row order.</param>
/// <param name="Runs">All runs, in study, method, seed order.</param>
/// <param name="Summaries">One row per study and method, in the order of <paramref name="Methods"/>.</param>
/// <param name="Machine">Where the study ran.</param>
/// <param name="WallSeconds">The wall-clock seconds of the whole study.</param>
public sealed record RosenbrockStudyResult(
    IReadOnlyList<RosenbrockMethod> Methods, IReadOnlyList<StudyRun> Runs, IReadOnlyList<StudySummary> Summaries, StudyMachine Machine, double WallSeconds);
