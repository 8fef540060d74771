namespace Hyperdual.Cli.Commands;

/// <summary>The point a command works at, from <c>--dim</c> and a coordinate list (<c>--at</c>, <c>--start</c>): checked against each other, the function's dimension rule and the memory the run needs, before the point is built.</summary>
internal static class PointOptions
{
    /// <summary>Resolves the point.</summary>
    /// <param name="listOption">The name of the coordinate-list option, for messages.</param>
    /// <param name="dimension">The value of <c>--dim</c>, if given.</param>
    /// <param name="list">The coordinate list, if given.</param>
    /// <param name="defaultDimension">The dimension when neither is given.</param>
    /// <param name="standardStart">The standard point of a dimension.</param>
    /// <param name="dimensionProblem">Why a dimension is not allowed, or <see langword="null"/>.</param>
    /// <param name="ensureFits">A library memory estimate for a dimension (throws <see cref="MemoryLimitException"/>).</param>
    /// <returns>The point.</returns>
    public static double[] Resolve(string listOption, int? dimension, string? list, int defaultDimension, Func<int, double[]> standardStart, Func<int, string?> dimensionProblem, Action<int> ensureFits)
    {
        if (list is null)
        {
            int n = dimension ?? defaultDimension;
            Check(dimensionProblem(n));
            MemoryLimits.Check($"--dim {n}", () => ensureFits(n));
            return standardStart(n);
        }

        double[] x = NumberListParser.Parse(list, listOption);
        if (dimension is int expected && x.Length != expected)
        {
            throw new CliUserException($"{listOption} has {x.Length} coordinates but --dim is {expected}");
        }

        Check(dimensionProblem(x.Length));
        MemoryLimits.Check($"{listOption} with {x.Length} coordinates", () => ensureFits(x.Length));
        return x;
    }

    private static void Check(string? problem)
    {
        if (problem is not null)
        {
            throw new CliUserException(problem);
        }
    }
}
