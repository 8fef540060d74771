namespace Hyperdual.Data.Csv;

/// <summary>Loads <c>csv:TRAIN[&lt;path-list separator&gt;TEST]</c>: reads, checks labels, splits and standardises.</summary>
internal static class CsvDataSet
{
    /// <summary>Loads the CSV data set named by <paramref name="paths"/>.</summary>
    public static DataSplits Load(string paths, DataOptions options)
    {
        string[] parts = paths.Split(Path.PathSeparator);
        if (parts.Length > 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new DataException(
                $"{DataCatalog.CsvPrefix}{paths}: expected {DataCatalog.CsvPrefix}TRAIN or {DataCatalog.CsvPrefix}TRAIN{Path.PathSeparator}TEST with non-empty paths.");
        }

        CsvTable train = CsvFileReader.Read(parts[0], options.LabelColumn, columnCount: null);
        CsvTable? test = parts.Length == 2 ? CsvFileReader.Read(parts[1], train.LabelColumn, train.ColumnCount) : null;
        int classes = options.ClassCount ?? (Math.Max(train.Labels.Max(), test is null || test.Count == 0 ? 0 : test.Labels.Max()) + 1);
        if (classes < 1)
        {
            throw new DataException($"{train.Path}: the class count must be at least 1, got {classes}.");
        }

        CheckLabels(train, classes);
        if (test is not null)
        {
            CheckLabels(test, classes);
        }

        string name = DataCatalog.CsvPrefix + paths;
        int[] shape = [train.FeatureCount];
        var trainSet = new LabelledDataSet(name, train.Features, train.Labels, shape, classes);
        var testSet = new LabelledDataSet(name, test?.Features ?? [], test?.Labels ?? [], shape, classes);
        DataSplits splits = Splitting.Apply(trainSet, testSet, options with { Subset = null });

        // Standardise with the statistics of the training rows only (after validation is carved out).
        FeatureStandardiser standardiser = FeatureStandardiser.Fit(splits.Train.Features.Span, train.FeatureCount);
        LabelledDataSet Standardised(LabelledDataSet set)
        {
            float[] features = set.Features.ToArray();
            standardiser.Apply(features);
            return new LabelledDataSet(set.Name, features, set.Labels, set.SampleShape, set.ClassCount);
        }

        LabelledDataSet trainOut = Standardised(splits.Train);
        LabelledDataSet testOut = Standardised(splits.Test);
        LabelledDataSet? validationOut = splits.Validation is null ? null : Standardised(splits.Validation);
        if (options.Subset is int n)
        {
            trainOut = trainOut.Take(Math.Min(n, trainOut.Count));
            testOut = testOut.Take(Math.Min(n, testOut.Count));
        }

        return new DataSplits(trainOut, testOut, validationOut);
    }

    private static void CheckLabels(CsvTable table, int classes)
    {
        for (int i = 0; i < table.Count; i++)
        {
            if (table.Labels[i] >= classes)
            {
                throw new DataException(
                    $"{table.Path}: line {table.Lines[i]}, {table.DescribeColumn(table.LabelColumn)}: the label {table.Labels[i]} lies outside [0, {classes}).");
            }
        }
    }
}
