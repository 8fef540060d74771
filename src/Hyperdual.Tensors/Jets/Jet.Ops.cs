using System.Numerics;
using Hyperdual.Tensors.Ops;

namespace Hyperdual.Tensors;

/// <content>The <see cref="ITensorNumber{TSelf}"/> ops on the second-order jet: value and jet rules (each op's rules live in <c>Ops/</c>).</content>
public sealed partial class Jet<T> : ITensorNumber<Jet<T>>
{
    /// <inheritdoc/>
    public static Jet<T> Add(Jet<T> a, Jet<T> b) => AddOp.Forward(a, b);

    /// <inheritdoc/>
    public static Jet<T> Subtract(Jet<T> a, Jet<T> b) => SubtractOp.Forward(a, b);

    /// <inheritdoc/>
    public static Jet<T> Multiply(Jet<T> a, Jet<T> b) => MultiplyOp.Forward(a, b);

    /// <inheritdoc/>
    public static Jet<T> Divide(Jet<T> a, Jet<T> b) => DivideOp.Forward(a, b);

    /// <inheritdoc/>
    public static Jet<T> Affine(Jet<T> a, double scale, double shift) => AffineOp.Forward(a, scale, shift);

    /// <inheritdoc/>
    public static Jet<T> MatMul(Jet<T> a, Jet<T> b) => MatMulOp.Forward(a, b);

    /// <inheritdoc/>
    public static Jet<T> Linear(Jet<T> input, Jet<T> weight, Jet<T>? bias) => LinearOp.Forward(input, weight, bias);

    /// <inheritdoc/>
    public static Jet<T> Conv2d(Jet<T> input, Jet<T> weight, Jet<T>? bias, int stride, int padding) => Conv2dOp.Forward(input, weight, bias, stride, padding);

    /// <inheritdoc/>
    public static Jet<T> MaxPool2d(Jet<T> input, int kernel, int stride) => MaxPool2dOp.Forward(input, kernel, stride);

    /// <inheritdoc/>
    public static Jet<T> AvgPool2d(Jet<T> input, int kernel, int stride) => AvgPool2dOp.Forward(input, kernel, stride);

    /// <inheritdoc/>
    public static Jet<T> Reshape(Jet<T> input, int[] shape) => ReshapeOp.Forward(input, shape);

    /// <inheritdoc/>
    public static Jet<T> Flatten(Jet<T> input) => ReshapeOp.Forward(input, ReshapeOp.FlattenShape(input.Shape));

    /// <inheritdoc/>
    public static Jet<T> Sum(Jet<T> input) => ReductionOps.Sum(input);

    /// <inheritdoc/>
    public static Jet<T> Mean(Jet<T> input) => ReductionOps.Mean(input);

    /// <inheritdoc/>
    public static Jet<T> Relu(Jet<T> input) => Elementwise.Apply(input, default(ReluFunction));

    /// <inheritdoc/>
    public static Jet<T> LeakyRelu(Jet<T> input, double slope) => Elementwise.Apply(input, new LeakyReluFunction(slope));

    /// <inheritdoc/>
    public static Jet<T> Tanh(Jet<T> input) => Elementwise.Apply(input, default(TanhFunction));

    /// <inheritdoc/>
    public static Jet<T> Sigmoid(Jet<T> input) => Elementwise.Apply(input, default(SigmoidFunction));

    /// <inheritdoc/>
    public static Jet<T> Gelu(Jet<T> input) => Elementwise.Apply(input, default(GeluFunction));

    /// <inheritdoc/>
    public static Jet<T> Softplus(Jet<T> input) => Elementwise.Apply(input, default(SoftplusFunction));

    /// <inheritdoc/>
    public static Jet<T> Silu(Jet<T> input) => Elementwise.Apply(input, default(SiluFunction));

    /// <inheritdoc/>
    public static Jet<T> Exp(Jet<T> input) => Elementwise.Apply(input, default(ExpFunction));

    /// <inheritdoc/>
    public static Jet<T> Log(Jet<T> input) => Elementwise.Apply(input, default(LogFunction));

    /// <inheritdoc/>
    public static Jet<T> Softmax(Jet<T> input) => SoftmaxOp.Forward(input);

    /// <inheritdoc/>
    public static Jet<T> LogSoftmax(Jet<T> input) => LogSoftmaxOp.Forward(input);

    /// <inheritdoc/>
    public static Jet<T> CrossEntropy(Jet<T> logits, ReadOnlySpan<int> labels) => CrossEntropyOp.Forward(logits, labels);

    /// <inheritdoc/>
    public static Jet<T> MeanSquaredError(Jet<T> prediction, Jet<T> target) => MeanSquaredErrorOp.Forward(prediction, target);

    /// <inheritdoc/>
    public static Jet<T> BinaryCrossEntropyWithLogits(Jet<T> logits, Jet<T> target) => BinaryCrossEntropyWithLogitsOp.Forward(logits, target);
}
