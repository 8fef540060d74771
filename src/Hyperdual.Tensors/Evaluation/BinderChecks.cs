using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

internal static class BinderChecks
{
    public static void Fits(Parameter parameter, int length)
    {
        if ((long)parameter.Offset + parameter.Length > length)
        {
            throw new ArgumentException(
                $"The parameter '{parameter.Name}' occupies [{parameter.Offset}, {parameter.Offset + parameter.Length}) but the parameter vector has length {length}.", nameof(parameter));
        }
    }
}
