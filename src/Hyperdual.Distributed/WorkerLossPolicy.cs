namespace Hyperdual.Distributed;

/// <summary>What a data-parallel run does when a worker is lost.</summary>
public enum WorkerLossPolicy
{
    /// <summary>Retry the step the worker was lost in with the remaining workers, the batch re-sharded among them.</summary>
    Continue,

    /// <summary>Stop with a checkpoint of the last step every worker applied.</summary>
    Stop,
}
