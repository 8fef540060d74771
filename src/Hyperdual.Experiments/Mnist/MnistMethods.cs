namespace Hyperdual.Experiments.Mnist;

/// <summary>The rows of the MNIST study and their sweep ranges (inside the reference implementation's own ranges).</summary>
public static class MnistMethods
{
    /// <summary>The rows for <paramref name="model"/>: FGD, FoMoH (swept and at the reference README's rate), FoMoH-BP,
    /// FoMoH-KD K = 2 and 3 (and K = 3 with momentum directions), backprop SGD, Adam and SOAA.</summary>
    /// <param name="model"><c>logreg</c> or <c>cnn</c>.</param>
    /// <returns>The rows, in report order.</returns>
    public static IReadOnlyList<MnistMethod> For(string model) =>
    [
        MnistMethod.Swept("fgd", 1e-5, 1e-1),
        MnistMethod.Swept("fomoh", 1e-3, 1.0),
        MnistMethod.Fixed(MnistReference.ReadmeFomohLabel, "fomoh", MnistReference.ReadmeFomohRate(model)),
        MnistMethod.Swept("fomoh-bp", 1e-2, 1.0),
        MnistMethod.Swept("fomoh-kd:2", 1e-3, 1.0),
        MnistMethod.Swept("fomoh-kd:3", 1e-3, 1.0),
        MnistMethod.Swept("fomoh-kd:3+momentum", 1e-3, 1.0),
        MnistMethod.Swept("sgd", 1e-2, 0.5),
        MnistMethod.Swept("adam", 1e-4, 1e-2),
        MnistMethod.Swept("soaa", 1e-4, 1e-2),
    ];
}
