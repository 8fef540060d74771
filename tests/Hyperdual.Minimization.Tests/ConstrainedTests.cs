using Hyperdual.Minimization.Constrained;

namespace Hyperdual.Minimization.Tests;

public sealed class ConstrainedTests
{
    public static TheoryData<string> ProblemNames()
    {
        var data = new TheoryData<string>();
        foreach (ConstrainedTestProblem p in ConstrainedTestProblemCatalog.All)
        {
            data.Add(p.Name);
        }

        return data;
    }

    [Fact]
    public void CatalogHasAtLeastFiveTextbookProblems()
    {
        Assert.True(ConstrainedTestProblemCatalog.All.Count >= 5);
        Assert.Equal(ConstrainedTestProblemCatalog.All.Count, ConstrainedTestProblemCatalog.All.Select(p => p.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ProblemNames))]
    public void SolvesTextbookProblemToTheKnownOptimum(string name)
    {
        ConstrainedTestProblem p = ConstrainedTestProblemCatalog.Get(name);
        // The stated optimum is feasible and has the stated value (checks the catalog itself).
        Assert.True(p.Problem.Violation(p.KnownMinimizer.ToArray()) <= 1e-8);
        Assert.Equal(p.MinimumValue, p.Problem.Objective.Evaluate<double>(p.KnownMinimizer.ToArray()), 1e-8);

        ConstrainedResult result = ConstrainedMinimizer.AugmentedLagrangian(p.Problem, p.StandardStart.ToArray());
        Assert.Equal(StopReason.ConstraintTolerance, result.Reason);
        Assert.True(result.Converged);
        Assert.Equal(p.MinimumValue, result.Value, 1e-6);
        Assert.True(result.ConstraintViolation <= 1e-6, $"violation {result.ConstraintViolation}");
        Assert.True(result.LagrangianGradientNorm <= 1e-6, $"KKT residual {result.LagrangianGradientNorm}");
        for (int i = 0; i < p.Problem.Dimension; i++)
        {
            Assert.Equal(p.KnownMinimizer[i], result.Minimizer[i], 1e-5);
        }

        Assert.All(result.InequalityMultipliers, m => Assert.True(m >= 0.0));
        Assert.All(result.LowerBoundMultipliers, m => Assert.True(m >= 0.0));
        Assert.All(result.UpperBoundMultipliers, m => Assert.True(m >= 0.0));
    }

    [Fact]
    public void MultipliersMatchHandDerivedKktValues()
    {
        // min x + y on the unit circle: ∇f = λ∇c → (1, 1) = λ (2x, 2y) at x = y = −1/√2 → λ = −1/√2.
        ConstrainedResult circle = ConstrainedMinimizer.AugmentedLagrangian(ConstrainedTestProblemCatalog.Get("circle-linear").Problem, [1.0, 0.5]);
        Assert.Equal(-1.0 / Math.Sqrt(2.0), circle.EqualityMultipliers[0], 1e-6);

        // QP: ∇f = (2(1.5 − 2), 2(0.5 − 1)) = (−1, −1) = μ∇h = μ(−1, −1) → μ = 1; bounds inactive → 0.
        ConstrainedResult qp = ConstrainedMinimizer.AugmentedLagrangian(ConstrainedTestProblemCatalog.Get("qp-active-inactive").Problem, [0.0, 0.0]);
        Assert.Equal(1.0, qp.InequalityMultipliers[0], 1e-6);
        Assert.All(qp.LowerBoundMultipliers, m => Assert.Equal(0.0, m, 1e-9));

        // HS35: ∇f(x*) = (−2/9, −2/9, −4/9) = μ(−1, −1, −2) → μ = 2/9.
        ConstrainedResult hs35 = ConstrainedMinimizer.AugmentedLagrangian(ConstrainedTestProblemCatalog.Get("hs035").Problem, [0.5, 0.5, 0.5]);
        Assert.Equal(2.0 / 9.0, hs35.InequalityMultipliers[0], 1e-6);
    }

    [Fact]
    public void ActiveUpperBoundGetsItsMultiplier()
    {
        // min (x − 3)² with 0 ≤ x ≤ 1: x* = 1, ∇f = −4 = −ω → ω = 4; the lower bound is inactive.
        var problem = new ConstrainedProblem(new TestProblems.Quadratic(new double[,] { { 2 } }, [6]), 1, lowerBounds: [0.0], upperBounds: [1.0]);
        ConstrainedResult result = ConstrainedMinimizer.AugmentedLagrangian(problem, [0.5]);
        Assert.Equal(1.0, result.Minimizer[0], 1e-7);
        Assert.Equal(4.0, result.UpperBoundMultipliers[0], 1e-6);
        Assert.Equal(0.0, result.LowerBoundMultipliers[0], 1e-9);
    }

    [Fact]
    public void TraceHasOneRowPerOuterIteration()
    {
        ConstrainedResult result = ConstrainedMinimizer.AugmentedLagrangian(ConstrainedTestProblemCatalog.Get("hs071").Problem, [1.0, 5.0, 5.0, 1.0], new AugmentedLagrangianOptions { RecordTrace = true });
        Assert.Equal(result.OuterIterations, result.Trace!.Count);
        Assert.True(result.Trace[^1].Violation <= 1e-9);
    }

    [Fact]
    public void RejectsBadInput()
    {
        var objective = new TestProblems.Rosenbrock2D();
        Assert.Equal("lowerBounds", Assert.Throws<ArgumentException>(() => new ConstrainedProblem(objective, 2, lowerBounds: [1.0, 2.0], upperBounds: [0.0, 3.0])).ParamName);
        Assert.Equal("upperBounds", Assert.Throws<ArgumentException>(() => new ConstrainedProblem(objective, 2, upperBounds: [1.0])).ParamName);
        Assert.Equal("lowerBounds", Assert.Throws<ArgumentException>(() => new ConstrainedProblem(objective, 2, lowerBounds: [double.NaN, 0.0])).ParamName);
        Assert.Equal("dimension", Assert.Throws<ArgumentException>(() => new ConstrainedProblem(objective, 0)).ParamName);
        Assert.Equal("equalities", Assert.Throws<ArgumentException>(() => new ConstrainedProblem(objective, 2, equalities: [null!])).ParamName);

        var problem = new ConstrainedProblem(objective, 2);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => ConstrainedMinimizer.AugmentedLagrangian(problem, [1.0, 2.0, 3.0])).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => ConstrainedMinimizer.AugmentedLagrangian(problem, [double.NaN, 2.0])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => ConstrainedMinimizer.AugmentedLagrangian(problem, [1.0, 2.0], new AugmentedLagrangianOptions { InitialPenalty = 0.0 })).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => problem.Violation([1.0])).ParamName);

        // A constraint written for four variables on a two-variable problem, and an objective that is NaN at the start.
        var mismatched = new ConstrainedProblem(objective, 2, equalities: [ConstrainedTestProblemCatalog.Get("hs071").Problem.Equalities[0]]);
        ArgumentException dimension = Assert.Throws<ArgumentException>(() => ConstrainedMinimizer.AugmentedLagrangian(mismatched, [1.0, 2.0]));
        Assert.Equal("start", dimension.ParamName);
        Assert.Contains("equality constraint 0", dimension.Message);
        var undefined = new ConstrainedProblem(new TestProblems.NotANumber(), 1);
        Assert.Contains("objective is NaN", Assert.Throws<ArgumentException>(() => ConstrainedMinimizer.AugmentedLagrangian(undefined, [1.0])).Message);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ConstrainedTestProblemCatalog.Get("no-such-problem")).ParamName);
    }
}
