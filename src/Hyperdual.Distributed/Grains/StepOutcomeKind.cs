namespace Hyperdual.Distributed.Grains;

/// <summary>How an attempt at a step ended.</summary>
public enum StepOutcomeKind
{
    /// <summary>Every participant's share arrived and was combined.</summary>
    Completed,

    /// <summary>One or more participants were lost before their share arrived; nobody applied the step.</summary>
    WorkersLost,

    /// <summary>A worker's parameter hash differed from the coordinator's; nobody applied the step.</summary>
    Mismatch,
}
