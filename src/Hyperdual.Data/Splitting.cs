namespace Hyperdual.Data;

/// <summary>Carves a seeded validation split out of a training set and applies the subset option.</summary>
internal static class Splitting
{
    /// <summary>The <see cref="CounterRandom"/> stream of the validation split (apart from shuffling's streams).</summary>
    private const ulong ValidationStream = 0x5641_4C49_4400_0000UL;

    /// <summary>Picks <paramref name="validation"/> examples of <paramref name="train"/> by a seeded permutation; both
    /// parts keep the original order of their examples.</summary>
    /// <returns>The remaining training examples and the validation examples.</returns>
    public static (LabelledDataSet Train, LabelledDataSet Validation) CarveValidation(LabelledDataSet train, int validation, ulong seed)
    {
        int[] order = ShuffledBatches.Permutation(train.Count, seed, ValidationStream);
        var chosen = new bool[train.Count];
        foreach (int index in order.AsSpan(0, validation))
        {
            chosen[index] = true;
        }

        int[] validationIndices = [.. Enumerable.Range(0, train.Count).Where(i => chosen[i])];
        int[] trainIndices = [.. Enumerable.Range(0, train.Count).Where(i => !chosen[i])];
        return (Select(train, trainIndices), Select(train, validationIndices));
    }

    /// <summary>A new set holding the examples at <paramref name="indices"/>, in that order.</summary>
    public static LabelledDataSet Select(LabelledDataSet set, int[] indices)
    {
        var features = new float[indices.Length * set.FeatureLength];
        var labels = new int[indices.Length];
        set.CopyExamples<float>(indices, features, labels);
        return new LabelledDataSet(set.Name, features, labels, set.SampleShape, set.ClassCount);
    }

    /// <summary>Applies the options' validation and subset settings to published splits.</summary>
    public static DataSplits Apply(LabelledDataSet train, LabelledDataSet test, DataOptions options)
    {
        LabelledDataSet? validation = null;
        if (options.Validation > 0)
        {
            if (options.Validation >= train.Count)
            {
                throw new DataException(
                    $"{train.Name}: a validation split of {options.Validation} examples leaves none of the {train.Count} training examples.");
            }

            (train, validation) = CarveValidation(train, options.Validation, options.Seed);
        }

        if (options.Subset is int n)
        {
            train = train.Take(Math.Min(n, train.Count));
            test = test.Take(Math.Min(n, test.Count));
        }

        return new DataSplits(train, test, validation);
    }
}
