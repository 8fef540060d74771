using System.Numerics;
using Hyperdual.Tensors;
using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Losses;

namespace Hyperdual.Training;

/// <summary>A <see cref="TrainingTask"/> as the training loop uses it: the loss, how a data batch becomes a
/// loss batch, and how a held-out batch is scored.</summary>
/// <typeparam name="T">The element type of evaluations.</typeparam>
internal abstract class TaskObjective<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The loss the optimizer minimises.</summary>
    public abstract ILoss Loss { get; }

    /// <summary>Whether evaluations count correct predictions (false: the accuracy is NaN).</summary>
    public abstract bool HasAccuracy { get; }

    /// <summary>The objective of <paramref name="task"/>.</summary>
    public static TaskObjective<T> For(TrainingTask task) => task switch
    {
        TrainingTask.Classify => new Classification(),
        TrainingTask.Reconstruct => new Reconstruction(),
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown training task."),
    };

    /// <summary>The batch the loss sees: the data batch with the task's targets.</summary>
    public abstract Batch<T> WithTargets(Batch<T> batch);

    /// <summary>The loss on a held-out batch and its count of correct predictions (0 without accuracy).</summary>
    public abstract (double Loss, int Correct) Score(PlainEvaluator<T> plain, Batch<T> batch, ReadOnlyMemory<double> parameters);

    private sealed class Classification : TaskObjective<T>
    {
        public override ILoss Loss => CrossEntropyLoss.Instance;

        public override bool HasAccuracy => true;

        public override Batch<T> WithTargets(Batch<T> batch) => batch;

        public override (double Loss, int Correct) Score(PlainEvaluator<T> plain, Batch<T> batch, ReadOnlyMemory<double> parameters) =>
            plain.Classify(Loss, batch, parameters);
    }

    // The target is a [n, features] view of the inputs' own storage, so it follows the loader's reused buffer.
    private sealed class Reconstruction : TaskObjective<T>
    {
        public override ILoss Loss => MeanSquaredErrorLoss.Instance;

        public override bool HasAccuracy => false;

        public override Batch<T> WithTargets(Batch<T> batch) =>
            new(batch.Inputs, batch.Labels, batch.Inputs.Reshape(batch.Size, -1));

        public override (double Loss, int Correct) Score(PlainEvaluator<T> plain, Batch<T> batch, ReadOnlyMemory<double> parameters) =>
            (plain.Loss(Loss, WithTargets(batch), parameters), 0);
    }
}
