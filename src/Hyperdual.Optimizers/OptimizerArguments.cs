namespace Hyperdual.Optimizers;

/// <summary>The argument checks of the optimizers themselves: their size and the spans each step is given.</summary>
internal static class OptimizerArguments
{
    /// <summary>Throws unless an optimizer is built for at least one parameter.</summary>
    /// <param name="parameterCount">The number of parameters.</param>
    public static void ParameterCount(int parameterCount)
    {
        if (parameterCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parameterCount), parameterCount, "An optimizer needs at least one parameter.");
        }
    }

    /// <summary>Throws unless the parameters and the gradient both have the optimizer's length.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="parameters">The parameters.</param>
    /// <param name="gradient">The gradient.</param>
    /// <param name="parameterCount">The optimizer's parameter count.</param>
    public static void StepSpans<T>(Span<T> parameters, ReadOnlySpan<T> gradient, int parameterCount)
    {
        if (parameters.Length != parameterCount)
        {
            throw new ArgumentException($"The parameter vector has {parameters.Length} elements; this optimizer was built for {parameterCount}.", nameof(parameters));
        }

        if (gradient.Length != parameterCount)
        {
            throw new ArgumentException($"The gradient has {gradient.Length} elements; the parameter vector has {parameterCount}.", nameof(gradient));
        }
    }
}
