using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Models;

/// <summary>The built-in models, initialised like PyTorch's defaults from a seed.</summary>
public static class ModelZoo
{
    /// <summary>The names accepted by <see cref="Create"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["logreg", "mlp", "cnn"];

    /// <summary>Creates a built-in model by name with its default sizes (MNIST: 784 inputs, 10 classes).</summary>
    /// <param name="name"><c>logreg</c>, <c>mlp</c> or <c>cnn</c>.</param>
    /// <param name="seed">The initialisation seed.</param>
    /// <returns>The model.</returns>
    public static SequentialModel Create(string name, ulong seed = 0) => name?.ToLowerInvariant() switch
    {
        "logreg" => LogisticRegression(seed: seed),
        "mlp" => Mlp(seed: seed),
        "cnn" => Cnn(seed: seed),
        _ => throw new ArgumentException($"Unknown model '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>
    /// The shape of one input sample of the model <see cref="Create"/> builds under <paramref name="name"/>: a
    /// flattened 28×28 image <c>[784]</c> for <c>logreg</c> and <c>mlp</c>, <c>[channels, height, width]</c> of the
    /// default <see cref="CnnOptions"/> (<c>[1, 28, 28]</c>) for <c>cnn</c>. A batch of n samples has shape
    /// <c>[n, ..InputShape(name)]</c>.
    /// </summary>
    /// <param name="name"><c>logreg</c>, <c>mlp</c> or <c>cnn</c>.</param>
    /// <returns>A new array with the sample's dimensions.</returns>
    public static int[] InputShape(string name)
    {
        var cnn = new CnnOptions();
        return name?.ToLowerInvariant() switch
        {
            "logreg" or "mlp" => [784],
            "cnn" => [cnn.InChannels, cnn.Height, cnn.Width],
            _ => throw new ArgumentException($"Unknown model '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>Multinomial logistic regression: flatten, linear inputs→classes (784→10: 7,850 parameters).</summary>
    /// <param name="inputs">Input features.</param>
    /// <param name="classes">Classes.</param>
    /// <param name="seed">The initialisation seed.</param>
    /// <returns>The model.</returns>
    public static SequentialModel LogisticRegression(int inputs = 784, int classes = 10, ulong seed = 0)
    {
        var parameters = new ParameterCollection();
        var network = new Sequential(new Flatten(), new Linear(parameters, "fc", inputs, classes));
        parameters.Initialize(seed);
        return new SequentialModel("logreg", parameters, network);
    }

    /// <summary>Multi-layer perceptron: flatten, then linear + activation per hidden width, then linear →classes.</summary>
    /// <param name="inputs">Input features.</param>
    /// <param name="hidden">Hidden widths (default: one layer of 128).</param>
    /// <param name="classes">Classes.</param>
    /// <param name="activation">The hidden activation.</param>
    /// <param name="seed">The initialisation seed.</param>
    /// <returns>The model.</returns>
    public static SequentialModel Mlp(int inputs = 784, IReadOnlyList<int>? hidden = null, int classes = 10,
        ActivationKind activation = ActivationKind.Relu, ulong seed = 0)
    {
        hidden ??= [128];
        var parameters = new ParameterCollection();
        var modules = new List<IModule> { new Flatten() };
        int width = inputs;
        for (int l = 0; l < hidden.Count; l++)
        {
            modules.Add(new Linear(parameters, $"fc{l + 1}", width, hidden[l]));
            modules.Add(new Activation(activation));
            width = hidden[l];
        }

        modules.Add(new Linear(parameters, $"fc{hidden.Count + 1}", width, classes));
        parameters.Initialize(seed);
        return new SequentialModel("mlp", parameters, new Sequential([.. modules]));
    }

    /// <summary>
    /// A fully connected autoencoder: flatten, then linear + activation per hidden width, then a linear layer back
    /// to the input width (784-128-32-128-784, the Tadam study's network: 209,968 parameters). The output layer is
    /// linear: the data sets here are standardised ((p/255 − mean)/std), so the target pixels lie outside [0, 1]
    /// and a sigmoid could not reach them; MSE against a linear output is the plain least-squares reconstruction.
    /// </summary>
    /// <param name="inputs">Input (and output) features.</param>
    /// <param name="hidden">Hidden widths, encoder then decoder (default 128, 32, 128).</param>
    /// <param name="activation">The hidden activation.</param>
    /// <param name="seed">The initialisation seed.</param>
    /// <returns>The model; its output has shape <c>[n, inputs]</c>.</returns>
    public static SequentialModel Autoencoder(int inputs = 784, IReadOnlyList<int>? hidden = null, ActivationKind activation = ActivationKind.Relu, ulong seed = 0)
    {
        SequentialModel network = Mlp(inputs, hidden ?? [128, 32, 128], inputs, activation, seed);
        return new SequentialModel("autoencoder", network.Parameters, network.Network);
    }

    /// <summary>The FoMoH paper's CNN (see <see cref="CnnOptions"/>); accepts <c>[n, C·H·W]</c> or NCHW input.</summary>
    /// <param name="options">The sizes (null: the paper's MNIST network, 431,080 parameters).</param>
    /// <param name="seed">The initialisation seed.</param>
    /// <returns>The model.</returns>
    public static SequentialModel Cnn(CnnOptions? options = null, ulong seed = 0)
    {
        CnnOptions o = options ?? new CnnOptions();
        int h1 = ((o.Height - o.KernelSize + 1) / 2), w1 = ((o.Width - o.KernelSize + 1) / 2);
        int h2 = ((h1 - o.KernelSize + 1) / 2), w2 = ((w1 - o.KernelSize + 1) / 2);
        if (h2 < 1 || w2 < 1)
        {
            throw new ArgumentException($"A {o.Height}×{o.Width} input is too small for two {o.KernelSize}×{o.KernelSize} convolutions with 2×2 pooling.", nameof(options));
        }

        var parameters = new ParameterCollection();
        var network = new Sequential(
            new Reshape(-1, o.InChannels, o.Height, o.Width),
            new Conv2d(parameters, "conv1", o.InChannels, o.Conv1Channels, o.KernelSize),
            new MaxPool2d(2),
            new Activation(ActivationKind.Relu),
            new Conv2d(parameters, "conv2", o.Conv1Channels, o.Conv2Channels, o.KernelSize),
            new MaxPool2d(2),
            new Activation(ActivationKind.Relu),
            new Flatten(),
            new Linear(parameters, "fc1", o.Conv2Channels * h2 * w2, o.Hidden),
            new Activation(ActivationKind.Relu),
            new Linear(parameters, "fc2", o.Hidden, o.Classes));
        parameters.Initialize(seed);
        return new SequentialModel("cnn", parameters, network);
    }
}
