using System.Numerics;
using Hyperdual.Tensors.Ops;

namespace Hyperdual.Tensors;

/// <content>The <see cref="ITensorNumber{TSelf}"/> ops on the plain tensor: value rules only (each op's rules live in <c>Ops/</c>).</content>
public sealed partial class Tensor<T> : ITensorNumber<Tensor<T>>
{
    /// <inheritdoc/>
    public static Tensor<T> Add(Tensor<T> a, Tensor<T> b) => AddOp.Forward(a, b);

    /// <inheritdoc/>
    public static Tensor<T> Subtract(Tensor<T> a, Tensor<T> b) => SubtractOp.Forward(a, b);

    /// <inheritdoc/>
    public static Tensor<T> Multiply(Tensor<T> a, Tensor<T> b) => MultiplyOp.Forward(a, b);

    /// <inheritdoc/>
    public static Tensor<T> Divide(Tensor<T> a, Tensor<T> b) => DivideOp.Forward(a, b);

    /// <inheritdoc/>
    public static Tensor<T> Affine(Tensor<T> a, double scale, double shift) => AffineOp.Forward(a, scale, shift);

    /// <inheritdoc/>
    public static Tensor<T> MatMul(Tensor<T> a, Tensor<T> b) => MatMulOp.Forward(a, b);

    /// <inheritdoc/>
    public static Tensor<T> Linear(Tensor<T> input, Tensor<T> weight, Tensor<T>? bias) => LinearOp.Forward(input, weight, bias);

    /// <inheritdoc/>
    public static Tensor<T> Conv2d(Tensor<T> input, Tensor<T> weight, Tensor<T>? bias, int stride, int padding) => Conv2dOp.Forward(input, weight, bias, stride, padding);

    /// <inheritdoc/>
    public static Tensor<T> MaxPool2d(Tensor<T> input, int kernel, int stride) => MaxPool2dOp.Forward(input, kernel, stride);

    /// <inheritdoc/>
    public static Tensor<T> AvgPool2d(Tensor<T> input, int kernel, int stride) => AvgPool2dOp.Forward(input, kernel, stride);

    /// <inheritdoc/>
    public static Tensor<T> Reshape(Tensor<T> input, int[] shape) => ReshapeOp.Forward(input, shape);

    /// <inheritdoc/>
    public static Tensor<T> Flatten(Tensor<T> input) => ReshapeOp.Forward(input, ReshapeOp.FlattenShape(input.Shape));

    /// <inheritdoc/>
    public static Tensor<T> Sum(Tensor<T> input) => ReductionOps.Sum(input);

    /// <inheritdoc/>
    public static Tensor<T> Mean(Tensor<T> input) => ReductionOps.Mean(input);

    /// <inheritdoc/>
    public static Tensor<T> Relu(Tensor<T> input) => Elementwise.Apply(input, default(ReluFunction));

    /// <inheritdoc/>
    public static Tensor<T> LeakyRelu(Tensor<T> input, double slope) => Elementwise.Apply(input, new LeakyReluFunction(slope));

    /// <inheritdoc/>
    public static Tensor<T> Tanh(Tensor<T> input) => Elementwise.Apply(input, default(TanhFunction));

    /// <inheritdoc/>
    public static Tensor<T> Sigmoid(Tensor<T> input) => Elementwise.Apply(input, default(SigmoidFunction));

    /// <inheritdoc/>
    public static Tensor<T> Gelu(Tensor<T> input) => Elementwise.Apply(input, default(GeluFunction));

    /// <inheritdoc/>
    public static Tensor<T> Softplus(Tensor<T> input) => Elementwise.Apply(input, default(SoftplusFunction));

    /// <inheritdoc/>
    public static Tensor<T> Silu(Tensor<T> input) => Elementwise.Apply(input, default(SiluFunction));

    /// <inheritdoc/>
    public static Tensor<T> Exp(Tensor<T> input) => Elementwise.Apply(input, default(ExpFunction));

    /// <inheritdoc/>
    public static Tensor<T> Log(Tensor<T> input) => Elementwise.Apply(input, default(LogFunction));

    /// <inheritdoc/>
    public static Tensor<T> Softmax(Tensor<T> input) => SoftmaxOp.Forward(input);

    /// <inheritdoc/>
    public static Tensor<T> LogSoftmax(Tensor<T> input) => LogSoftmaxOp.Forward(input);

    /// <inheritdoc/>
    public static Tensor<T> CrossEntropy(Tensor<T> logits, ReadOnlySpan<int> labels) => CrossEntropyOp.Forward(logits, labels);

    /// <inheritdoc/>
    public static Tensor<T> MeanSquaredError(Tensor<T> prediction, Tensor<T> target) => MeanSquaredErrorOp.Forward(prediction, target);

    /// <inheritdoc/>
    public static Tensor<T> BinaryCrossEntropyWithLogits(Tensor<T> logits, Tensor<T> target) => BinaryCrossEntropyWithLogitsOp.Forward(logits, target);
}
