namespace Hyperdual.Minimization.Constrained;

/// <summary>One outer iteration of the augmented-Lagrangian method.</summary>
/// <param name="OuterIteration">The outer iteration number, from 1.</param>
/// <param name="Value">The objective f at the inner solution.</param>
/// <param name="Violation">The constraint violation at the inner solution.</param>
/// <param name="Penalty">The penalty ρ used for this inner solve.</param>
/// <param name="InnerIterations">Newton trust-region iterations of the inner solve.</param>
/// <param name="InnerReason">Why the inner solve stopped.</param>
public sealed record ConstrainedIterationRecord(int OuterIteration, double Value, double Violation, double Penalty, int InnerIterations, StopReason InnerReason);
