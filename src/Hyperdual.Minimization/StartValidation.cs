namespace Hyperdual.Minimization;

/// <summary>Checks shared by every minimiser's entry point.</summary>
internal static class StartValidation
{
    public static double[] CopyFiniteStart(ReadOnlySpan<double> start, string paramName)
    {
        if (start.IsEmpty)
        {
            throw new ArgumentException("The starting point is empty; it must have one entry per variable.", paramName);
        }

        for (int i = 0; i < start.Length; i++)
        {
            if (!double.IsFinite(start[i]))
            {
                throw new ArgumentException($"The starting point has a non-finite entry x[{i}] = {start[i]}.", paramName);
            }
        }

        return start.ToArray();
    }

    /// <summary>
    /// Evaluates <paramref name="function"/> once at the start so that a dimension mismatch surfaces as an
    /// <see cref="ArgumentException"/> naming the function, not as an index error deep inside a solver.
    /// </summary>
    /// <returns>The value at the start.</returns>
    public static double Probe(IScalarFunction function, double[] start, string role, string paramName)
    {
        try
        {
            return function.Evaluate<double>(start);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException)
        {
            throw new ArgumentException($"The {role} cannot be evaluated at a point of dimension {start.Length}: {e.Message}", paramName, e);
        }
    }
}
