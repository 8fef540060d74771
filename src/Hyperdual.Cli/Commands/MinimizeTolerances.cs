namespace Hyperdual.Cli.Commands;

/// <summary><c>--gtol</c>, <c>--xtol</c>, <c>--ftol</c> as given.</summary>
/// <param name="Gradient">The <c>--gtol</c> value, if given.</param>
/// <param name="Step">The <c>--xtol</c> value, if given.</param>
/// <param name="Function">The <c>--ftol</c> value, if given.</param>
internal sealed record MinimizeTolerances(double? Gradient, double? Step, double? Function);
