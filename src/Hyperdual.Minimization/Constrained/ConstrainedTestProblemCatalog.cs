namespace Hyperdual.Minimization.Constrained;

/// <summary>Textbook constrained problems with known optima, by name.</summary>
public static class ConstrainedTestProblemCatalog
{
    private static readonly Lazy<IReadOnlyList<ConstrainedTestProblem>> Problems = new(Build);

    /// <summary>Every problem in the catalog.</summary>
    public static IReadOnlyList<ConstrainedTestProblem> All => Problems.Value;

    /// <summary>Looks a problem up by name (case-insensitive).</summary>
    /// <param name="name">The problem name.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">No problem has that name; the message lists the known names.</exception>
    public static ConstrainedTestProblem Get(string name)
    {
        if (TryGet(name, out ConstrainedTestProblem? problem))
        {
            return problem!;
        }

        throw new ArgumentException($"Unknown constrained problem '{name}'. Known: {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
    }

    /// <summary>Tries to look a problem up by name (case-insensitive).</summary>
    /// <param name="name">The problem name.</param>
    /// <param name="problem">The problem when found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string name, out ConstrainedTestProblem? problem)
    {
        problem = All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return problem is not null;
    }

    private static IReadOnlyList<ConstrainedTestProblem> Build()
    {
        double r = 1.0 / Math.Sqrt(2.0);
        return
        [
            new ConstrainedTestProblem(
                "circle-linear",
                "min x + y subject to x² + y² = 1",
                new ConstrainedProblem(new SumOfTwo(), 2, equalities: [new UnitCircle()]),
                [1.0, 0.5],
                [-r, -r],
                -Math.Sqrt(2.0)),
            new ConstrainedTestProblem(
                "qp-active-inactive",
                "min (x − 2)² + (y − 1)² subject to x + y ≤ 2 (active), x ≥ 0, y ≥ 0 (inactive)",
                new ConstrainedProblem(new ShiftedParaboloid(), 2, inequalities: [new HalfPlaneSumAtMostTwo()], lowerBounds: [0.0, 0.0]),
                [0.0, 0.0],
                [1.5, 0.5],
                0.5),
            new ConstrainedTestProblem(
                "hs006",
                "Hock–Schittkowski 6: min (1 − x₁)² subject to 10(x₂ − x₁²) = 0",
                new ConstrainedProblem(new Hs006Objective(), 2, equalities: [new Hs006Constraint()]),
                [-1.2, 1.0],
                [1.0, 1.0],
                0.0),
            new ConstrainedTestProblem(
                "hs007",
                "Hock–Schittkowski 7: min log(1 + x₁²) − x₂ subject to (1 + x₁²)² + x₂² = 4",
                new ConstrainedProblem(new Hs007Objective(), 2, equalities: [new Hs007Constraint()]),
                [2.0, 2.0],
                [0.0, Math.Sqrt(3.0)],
                -Math.Sqrt(3.0)),
            new ConstrainedTestProblem(
                "hs028",
                "Hock–Schittkowski 28: min (x₁ + x₂)² + (x₂ + x₃)² subject to x₁ + 2x₂ + 3x₃ = 1",
                new ConstrainedProblem(new Hs028Objective(), 3, equalities: [new Hs028Constraint()]),
                [-4.0, 1.0, 1.0],
                [0.5, -0.5, 0.5],
                0.0),
            new ConstrainedTestProblem(
                "hs035",
                "Hock–Schittkowski 35 (Beale): a convex QP with x₁ + x₂ + 2x₃ ≤ 3 and x ≥ 0",
                new ConstrainedProblem(new Hs035Objective(), 3, inequalities: [new Hs035Constraint()], lowerBounds: [0.0, 0.0, 0.0]),
                [0.5, 0.5, 0.5],
                [4.0 / 3.0, 7.0 / 9.0, 4.0 / 9.0],
                1.0 / 9.0),
            new ConstrainedTestProblem(
                "hs071",
                "Hock–Schittkowski 71: min x₁x₄(x₁ + x₂ + x₃) + x₃ subject to x₁x₂x₃x₄ ≥ 25, Σxᵢ² = 40, 1 ≤ x ≤ 5",
                new ConstrainedProblem(new Hs071Objective(), 4, equalities: [new Hs071Sphere()], inequalities: [new Hs071Product()], lowerBounds: [1.0, 1.0, 1.0, 1.0], upperBounds: [5.0, 5.0, 5.0, 5.0]),
                [1.0, 5.0, 5.0, 1.0],
                [1.0, 4.742999637264416, 3.8211499841848733, 1.3794082931726734],
                17.0140172891563),
        ];
    }
}
