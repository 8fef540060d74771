namespace Hyperdual.Distributed.Grains;

/// <summary>What a worker does after submitting its share.</summary>
public enum ShareVerdict
{
    /// <summary>Every share arrived: apply the combined step.</summary>
    Apply,

    /// <summary>The attempt was abandoned (a worker was lost): apply nothing and ask for the next assignment.</summary>
    Retry,

    /// <summary>The run is over (or this worker was declared lost): apply nothing and stop.</summary>
    Stop,
}
