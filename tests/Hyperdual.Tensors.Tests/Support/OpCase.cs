namespace Hyperdual.Tensors.Tests.Support;

/// <summary>Where an operand's random values are drawn.</summary>
public enum Domain
{
    Any,
    Positive,
    AwayFromZero,
    Probability,
}

/// <summary>How the operands' jets are populated in a test.</summary>
public enum JetLayoutKind
{
    /// <summary>Every operand has tangents and second-order parts.</summary>
    Full,

    /// <summary>Every operand has tangents only.</summary>
    FirstOrder,

    /// <summary>The first operand is full, the others are constants.</summary>
    ConstantRest,

    /// <summary>The first operand is a constant, the others have tangents only.</summary>
    ConstantFirst,
}

/// <summary>An op under test, written once over the number systems (as a model would be).</summary>
public sealed record OpCase(string Name, (int[] Shape, Domain Domain)[] Operands)
{
    public static readonly int[] Labels = [2, 0, 4, 1];

    public TSelf Apply<TSelf>(TSelf[] x) where TSelf : ITensorNumber<TSelf> => Name switch
    {
        "add" or "add-broadcast" => TSelf.Add(x[0], x[1]),
        "subtract" or "subtract-broadcast" => TSelf.Subtract(x[0], x[1]),
        "multiply" or "multiply-broadcast" => TSelf.Multiply(x[0], x[1]),
        "divide" or "divide-scalar" => TSelf.Divide(x[0], x[1]),
        "affine" => TSelf.Affine(x[0], -1.5, 0.25),
        "matmul" => TSelf.MatMul(x[0], x[1]),
        "linear" => TSelf.Linear(x[0], x[1], x[2]),
        "linear-nobias" => TSelf.Linear(x[0], x[1], default),
        "conv2d" => TSelf.Conv2d(x[0], x[1], x[2], 1, 1),
        "conv2d-stride2" => TSelf.Conv2d(x[0], x[1], default, 2, 0),
        "maxpool2d" => TSelf.MaxPool2d(x[0], 2, 2),
        "maxpool2d-overlap" => TSelf.MaxPool2d(x[0], 3, 1),
        "avgpool2d" => TSelf.AvgPool2d(x[0], 2, 2),
        "reshape" => TSelf.Reshape(x[0], [3, -1]),
        "flatten" => TSelf.Flatten(x[0]),
        "sum" => TSelf.Sum(x[0]),
        "mean" => TSelf.Mean(x[0]),
        "relu" => TSelf.Relu(x[0]),
        "leaky-relu" => TSelf.LeakyRelu(x[0], 0.1),
        "tanh" => TSelf.Tanh(x[0]),
        "sigmoid" => TSelf.Sigmoid(x[0]),
        "gelu" => TSelf.Gelu(x[0]),
        "softplus" => TSelf.Softplus(x[0]),
        "silu" => TSelf.Silu(x[0]),
        "exp" => TSelf.Exp(x[0]),
        "log" => TSelf.Log(x[0]),
        "softmax" => TSelf.Softmax(x[0]),
        "log-softmax" => TSelf.LogSoftmax(x[0]),
        "cross-entropy" => TSelf.CrossEntropy(x[0], Labels),
        "mse" => TSelf.MeanSquaredError(x[0], x[1]),
        "bce-with-logits" => TSelf.BinaryCrossEntropyWithLogits(x[0], x[1]),
        "composite" => TSelf.Mean(TSelf.Multiply(TSelf.Tanh(TSelf.Linear(x[0], x[1], default)), TSelf.Sigmoid(TSelf.Linear(x[0], x[1], default)))),
        _ => throw new ArgumentException($"Unknown case {Name}"),
    };

    public static IReadOnlyList<OpCase> All { get; } =
    [
        new("add", [([3, 4], Domain.Any), ([3, 4], Domain.Any)]),
        new("add-broadcast", [([3, 4], Domain.Any), ([4], Domain.Any)]),
        new("subtract", [([3, 4], Domain.Any), ([3, 4], Domain.Any)]),
        new("subtract-broadcast", [([2, 3, 4], Domain.Any), ([3, 4], Domain.Any)]),
        new("multiply", [([3, 4], Domain.Any), ([3, 4], Domain.Any)]),
        new("multiply-broadcast", [([3, 4], Domain.Any), ([4], Domain.Any)]),
        new("divide", [([3, 4], Domain.Any), ([3, 4], Domain.AwayFromZero)]),
        new("divide-scalar", [([3, 4], Domain.Any), ([], Domain.AwayFromZero)]),
        new("affine", [([2, 5], Domain.Any)]),
        new("matmul", [([3, 4], Domain.Any), ([4, 2], Domain.Any)]),
        new("linear", [([3, 4], Domain.Any), ([5, 4], Domain.Any), ([5], Domain.Any)]),
        new("linear-nobias", [([3, 4], Domain.Any), ([5, 4], Domain.Any)]),
        new("conv2d", [([2, 2, 5, 5], Domain.Any), ([3, 2, 3, 3], Domain.Any), ([3], Domain.Any)]),
        new("conv2d-stride2", [([2, 2, 5, 5], Domain.Any), ([3, 2, 3, 3], Domain.Any)]),
        new("maxpool2d", [([2, 2, 4, 4], Domain.Any)]),
        new("maxpool2d-overlap", [([1, 2, 4, 5], Domain.Any)]),
        new("avgpool2d", [([2, 2, 4, 4], Domain.Any)]),
        new("reshape", [([2, 6], Domain.Any)]),
        new("flatten", [([2, 2, 3], Domain.Any)]),
        new("sum", [([3, 4], Domain.Any)]),
        new("mean", [([3, 4], Domain.Any)]),
        new("relu", [([3, 4], Domain.AwayFromZero)]),
        new("leaky-relu", [([3, 4], Domain.AwayFromZero)]),
        new("tanh", [([3, 4], Domain.Any)]),
        new("sigmoid", [([3, 4], Domain.Any)]),
        new("gelu", [([3, 4], Domain.Any)]),
        new("softplus", [([3, 4], Domain.Any)]),
        new("silu", [([3, 4], Domain.Any)]),
        new("exp", [([3, 4], Domain.Any)]),
        new("log", [([3, 4], Domain.Positive)]),
        new("softmax", [([3, 5], Domain.Any)]),
        new("log-softmax", [([3, 5], Domain.Any)]),
        new("cross-entropy", [([4, 5], Domain.Any)]),
        new("mse", [([3, 4], Domain.Any), ([3, 4], Domain.Any)]),
        new("bce-with-logits", [([3, 4], Domain.Any), ([3, 4], Domain.Probability)]),
        new("composite", [([3, 4], Domain.Any), ([2, 4], Domain.Any)]),
    ];

    public override string ToString() => Name;
}
