using Hyperdual.Optimizers;
using Hyperdual.Training;

namespace Hyperdual.Distributed;

/// <summary>Which runs train data-parallel: every optimizer whose step needs only the mini-batch's combined
/// (L, g, H̃) or (L, ∇L). FoMoH-BP (its direction is the gradient, a second round trip), backtracking (trial losses
/// on the whole batch) and learning-rate halving on divergence (a roll-back every replica would have to agree on) do not.</summary>
public static class DistributedSupport
{
    /// <summary>Throws when the settings cannot run data-parallel.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentException">The reason, naming the setting.</exception>
    public static void Check(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (OptimizerCatalog.Kind(options.Optimizer) == OptimizerKind.FomohBp)
        {
            throw new ArgumentException("fomoh-bp does not run on workers (its direction is the full gradient, a second exchange each step); use fomoh-kd, fomoh, fgd or a backprop optimizer", nameof(options));
        }

        if (options.Backtracking)
        {
            throw new ArgumentException("--backtracking does not run on workers (its trial losses need the whole mini-batch)", nameof(options));
        }

        if (options.OnDivergence != DivergencePolicy.Stop)
        {
            throw new ArgumentException("--on-divergence halve does not run on workers; a diverged distributed run stops with its last checkpoint", nameof(options));
        }
    }
}
