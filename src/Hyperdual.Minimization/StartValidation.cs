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
}
