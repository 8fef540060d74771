using Hyperdual.Data;

namespace Hyperdual.Training.Tests;

// Small classification sets the tests build themselves: class c's examples are centred at a fixed random mean
// with unit Gaussian noise, so a linear model can learn them.
internal static class SyntheticData
{
    public static DataSplits Create(int train = 600, int test = 200, int features = 20, int classes = 3, ulong seed = 5)
    {
        var means = new double[classes, features];
        for (int c = 0; c < classes; c++)
        {
            for (int f = 0; f < features; f++)
            {
                means[c, f] = 1.5 * CounterRandom.Normal(seed, 100, (ulong)((c * features) + f));
            }
        }

        LabelledDataSet Make(string name, int count, ulong stream)
        {
            var x = new float[count * features];
            var y = new int[count];
            for (int i = 0; i < count; i++)
            {
                y[i] = (int)(CounterRandom.Uniform(seed, stream, (ulong)i) * classes);
                for (int f = 0; f < features; f++)
                {
                    x[(i * features) + f] = (float)(means[y[i], f] + CounterRandom.Normal(seed, stream + 1, (ulong)((i * features) + f)));
                }
            }

            return new LabelledDataSet(name, x, y, [features], classes);
        }

        return new DataSplits(Make("synthetic", train, 1), Make("synthetic", test, 3), null);
    }

    // One example per row, every feature equal to `value`, every label `label`: for divergence tests.
    public static DataSplits Constant(int count, int features, float value, int label, int classes)
    {
        var x = Enumerable.Repeat(value, count * features).ToArray();
        var y = Enumerable.Repeat(label, count).ToArray();
        var set = new LabelledDataSet("constant", x, y, [features], classes);
        return new DataSplits(set, set, null);
    }
}
