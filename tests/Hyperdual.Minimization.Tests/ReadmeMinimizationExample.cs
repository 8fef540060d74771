// The code between the markers is copied verbatim into README.md; ReadmeMinimizationExampleTests keeps
// the two equal and checks the example's results.
// begin-readme
using Hyperdual.Minimization;
using Hyperdual.TestFunctions;

static class MinimizationExample
{
    public static (MinimizationResult Newton, MinimizationResult FomohKd) Run()
    {
        var f = new Rosenbrock();                               // or your own IScalarFunction
        MinimizationResult newton = Minimizer.NewtonTrustRegion(f, [-1.2, 1.0]);
        // newton.Minimizer ≈ [1, 1]; also Value, GradientNorm, Iterations, Reason, optional Trace
        MinimizationResult fomoh = Minimizer.FomohKd(f, [-1.2, 1.0],
            new ForwardModeOptions { Directions = 2, Seed = 7, MaxIterations = 200 });
        return (newton, fomoh);
    }
}
// end-readme
