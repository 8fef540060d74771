using Hyperdual.Training;

namespace Hyperdual.Experiments.Soaa;

/// <summary>One network and data set of the SOAA study (Tadam's protocol).</summary>
/// <param name="Name">The task's name in files and tables, e.g. <c>autoencoder-mnist</c>.</param>
/// <param name="DataSet">The data set: <c>mnist</c> or <c>fashion-mnist</c>.</param>
/// <param name="Model">The model, as <see cref="ModelFactory"/> names it.</param>
/// <param name="Task">The training task (the loss).</param>
/// <param name="Description">The network and loss in words, for the report.</param>
public sealed record SoaaStudyTask(string Name, string DataSet, string Model, TrainingTask Task, string Description)
{
    /// <summary>The three tasks: the 784-128-32-128-784 autoencoder with MSE on MNIST and on Fashion-MNIST, and the
    /// 784-256-10 classifier with cross-entropy on MNIST.</summary>
    public static IReadOnlyList<SoaaStudyTask> All { get; } =
    [
        new("autoencoder-mnist", "mnist", "autoencoder:128,32,128", TrainingTask.Reconstruct, "autoencoder 784-128-32-128-784 (ReLU, linear output), MSE, MNIST"),
        new("autoencoder-fashion-mnist", "fashion-mnist", "autoencoder:128,32,128", TrainingTask.Reconstruct, "autoencoder 784-128-32-128-784 (ReLU, linear output), MSE, Fashion-MNIST"),
        new("mlp-mnist", "mnist", "mlp:256", TrainingTask.Classify, "MLP 784-256-10 (ReLU), cross-entropy, MNIST"),
    ];

    /// <summary>What the held-out loss is called in tables: MSE or cross-entropy.</summary>
    public string LossName => Task == TrainingTask.Reconstruct ? "MSE" : "cross-entropy";
}
