namespace Hyperdual.Minimization.Constrained;

/// <summary>A textbook constrained problem with its standard start and known solution.</summary>
/// <param name="Name">The catalog name (lower-case, hyphenated).</param>
/// <param name="Description">A one-line statement of the problem.</param>
/// <param name="Problem">The problem.</param>
/// <param name="StandardStart">The customary starting point.</param>
/// <param name="KnownMinimizer">The known solution.</param>
/// <param name="MinimumValue">The objective at the solution.</param>
public sealed record ConstrainedTestProblem(
    string Name,
    string Description,
    ConstrainedProblem Problem,
    IReadOnlyList<double> StandardStart,
    IReadOnlyList<double> KnownMinimizer,
    double MinimumValue);
