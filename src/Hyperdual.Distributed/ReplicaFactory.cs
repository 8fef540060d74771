using Hyperdual.Data;
using Hyperdual.Training;

namespace Hyperdual.Distributed;

/// <summary>Builds the <see cref="IReplica"/> of a run's precision.</summary>
public static class ReplicaFactory
{
    /// <summary>A replica at the run's initial weights.</summary>
    /// <param name="options">The run's settings.</param>
    /// <param name="train">The training set.</param>
    /// <returns>The replica.</returns>
    public static IReplica Create(TrainingOptions options, LabelledDataSet train)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Precision == Precision.Double ? new Replica<double>(options, train) : new Replica<float>(options, train);
    }
}
