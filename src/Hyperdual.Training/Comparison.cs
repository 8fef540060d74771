using Hyperdual.Data;

namespace Hyperdual.Training;

/// <summary>Runs several optimizers on equal terms: for each seed every optimizer starts from the same initial
/// weights (the model is initialised from the seed) and sees the same mini-batches (the order is a function of
/// the seed and the step).</summary>
public static class Comparison
{
    /// <summary>Runs every optimizer for every seed.</summary>
    /// <param name="options">The shared settings (model, data, steps, batch size, evaluation).</param>
    /// <param name="optimizers">The optimizers.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="data">The data.</param>
    /// <param name="observerOf">An observer per run, by label and seed (may return null).</param>
    /// <param name="cancellation">Stops after the current step of the current run.</param>
    /// <returns>The runs, seed-major.</returns>
    public static ComparisonResult Run(
        TrainingOptions options,
        IReadOnlyList<OptimizerChoice> optimizers,
        IReadOnlyList<ulong> seeds,
        DataSplits data,
        Func<string, ulong, ITrainingObserver?>? observerOf = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(optimizers);
        ArgumentNullException.ThrowIfNull(seeds);
        if (optimizers.Count == 0 || seeds.Count == 0)
        {
            throw new ArgumentException("A comparison needs at least one optimizer and one seed.", nameof(optimizers));
        }

        if (optimizers.Select(o => o.Label).Distinct().Count() != optimizers.Count)
        {
            throw new ArgumentException("An optimizer is listed twice.", nameof(optimizers));
        }

        var runs = new List<ComparisonRun>();
        foreach (ulong seed in seeds)
        {
            foreach (OptimizerChoice choice in optimizers)
            {
                cancellation.ThrowIfCancellationRequested();
                TrainingOptions run = choice.Apply(options) with { Seed = seed };
                TrainingResult result;
                try
                {
                    result = Trainer.Run(run, data, observer: observerOf?.Invoke(choice.Label, seed), cancellation: cancellation);
                }
                catch (TrainingDivergedException e)
                {
                    throw new TrainingDivergedException(e.Step, $"{choice.Label}, seed {seed}: {e.Message}");
                }

                runs.Add(new ComparisonRun(choice.Label, seed, result));
            }
        }

        return new ComparisonResult(options, [.. optimizers.Select(o => o.Label)], [.. seeds], runs);
    }
}
