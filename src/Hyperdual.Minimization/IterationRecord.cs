namespace Hyperdual.Minimization;

/// <summary>One row of a minimiser's per-iteration trace.</summary>
/// <param name="Iteration">The iteration number; 0 is the starting point.</param>
/// <param name="Value">The function value at the iterate.</param>
/// <param name="GradientNorm">‖∇f‖ at the iterate, or NaN where the method does not form the full gradient (FoMoH family, FGD).</param>
/// <param name="StepNorm">The norm of the step taken to reach this iterate (0 for iteration 0 and for rejected steps).</param>
/// <param name="TrustRadius">The trust radius after this iteration (Newton trust region), otherwise NaN.</param>
/// <param name="FunctionEvaluations">Cumulative plain-value plus derivative evaluations so far.</param>
/// <param name="Point">A copy of the iterate.</param>
public sealed record IterationRecord(int Iteration, double Value, double GradientNorm, double StepNorm, double TrustRadius, int FunctionEvaluations, IReadOnlyList<double> Point);
