namespace Hyperdual.Training;

/// <summary>A step met a non-finite value; <see cref="BeforeUpdate"/> says whether the evaluation at the step's
/// starting point failed (the previous update caused it) or the update itself did.</summary>
internal sealed class NonFiniteStepException(string what, bool beforeUpdate) : Exception(what)
{
    public bool BeforeUpdate { get; } = beforeUpdate;
}
