namespace Hyperdual.Training;

/// <summary>
/// Groups a run's steps into epochs of a fixed number of steps: epoch e holds steps (e − 1)·S + 1 … e·S. Its train
/// loss is the mean of those steps' mini-batch losses (not a second pass over the training set, which would cost as
/// much as the epoch's forward passes); its test loss is the evaluation after step e·S.
/// </summary>
public static class EpochAggregation
{
    /// <summary>Epoch 0 (the evaluation at step 0, when there is one) and every complete epoch of <paramref name="steps"/>;
    /// a trailing partial epoch (a run that stopped mid-epoch) is left out.</summary>
    /// <param name="steps">The run's steps in order, numbered from 1 without gaps.</param>
    /// <param name="evaluations">The run's evaluations (those at epoch ends are used).</param>
    /// <param name="stepsPerEpoch">S, at least 1.</param>
    /// <returns>The epochs in order.</returns>
    /// <exception cref="ArgumentException">The steps are not numbered 1, 2, 3, ….</exception>
    public static IReadOnlyList<EpochRecord> Aggregate(IReadOnlyList<StepRecord> steps, IReadOnlyList<EvaluationRecord> evaluations, long stepsPerEpoch)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepsPerEpoch, 1);
        var byStep = new Dictionary<long, EvaluationRecord>();
        foreach (EvaluationRecord e in evaluations)
        {
            byStep[e.Step] = e;
        }

        var epochs = new List<EpochRecord>();
        if (byStep.TryGetValue(0, out EvaluationRecord? initial))
        {
            epochs.Add(new EpochRecord(0, 0, double.NaN, initial.Loss, initial.Accuracy, 0.0));
        }

        double seconds = 0.0;
        long complete = steps.Count / stepsPerEpoch;
        for (int epoch = 1; epoch <= complete; epoch++)
        {
            double lossSum = 0.0;
            long last = epoch * stepsPerEpoch;
            for (long step = last - stepsPerEpoch + 1; step <= last; step++)
            {
                StepRecord record = steps[(int)(step - 1)];
                if (record.Step != step)
                {
                    throw new ArgumentException($"Step record {step - 1} is step {record.Step}; the steps must be numbered 1, 2, 3, … without gaps.", nameof(steps));
                }

                lossSum += record.TrainLoss;
                seconds += record.Seconds;
            }

            EvaluationRecord? after = byStep.GetValueOrDefault(last);
            epochs.Add(new EpochRecord(epoch, last, lossSum / stepsPerEpoch, after?.Loss ?? double.NaN, after?.Accuracy ?? double.NaN, after?.TrainingSeconds ?? seconds));
        }

        return epochs;
    }
}
