namespace Hyperdual.Experiments.Mnist;

/// <summary>The budgets of one model in the MNIST study.</summary>
/// <param name="Model"><c>logreg</c> or <c>cnn</c>.</param>
/// <param name="BatchSize">The mini-batch size of every run.</param>
/// <param name="Steps">The step budget of the final (test-set) runs.</param>
/// <param name="EvaluateEvery">The test-set evaluation interval of the final runs.</param>
/// <param name="Seeds">The seeds of the final runs.</param>
/// <param name="SweepSteps">The step budget of each sweep candidate (evaluated on the validation split at the end).</param>
/// <param name="SweepPoints">How many log-spaced rates each sweep tries.</param>
public sealed record MnistModelPlan(string Model, int BatchSize, int Steps, int EvaluateEvery, IReadOnlyList<ulong> Seeds, int SweepSteps, int SweepPoints)
{
    /// <summary>The steps the report tabulates: about a third, two thirds and the end of the budget (each rounded down to
    /// an evaluation), and the reference's step when it is an evaluation of ours; increasing, without 0.</summary>
    public IReadOnlyList<long> Checkpoints
    {
        get
        {
            long Down(long step) => step == Steps ? step : step / EvaluateEvery * EvaluateEvery;
            var steps = new SortedSet<long> { Down(Steps / 3), Down(2L * Steps / 3), Steps };
            int reference = MnistReference.Step(Model);
            if (reference <= Steps && (reference % EvaluateEvery == 0 || reference == Steps))
            {
                steps.Add(reference);
            }

            steps.Remove(0);
            return [.. steps];
        }
    }

    /// <summary>Whether our runs are evaluated at the reference's step, so the two columns compare like for like.</summary>
    public bool ReachesReferenceStep => Checkpoints.Contains(MnistReference.Step(Model));
}
