using System.Numerics;
using Hyperdual.Tensors.Ops;

namespace Hyperdual.Tensors;

/// <content>The <see cref="ITensorNumber{TSelf}"/> ops on the taped tensor: value rules plus a recorded reverse rule (each op's rules live in <c>Ops/</c>).</content>
public sealed partial class TapeTensor<T> : ITensorNumber<TapeTensor<T>>
{
    /// <inheritdoc/>
    public static TapeTensor<T> Add(TapeTensor<T> a, TapeTensor<T> b) => AddOp.Forward(a, b);

    /// <inheritdoc/>
    public static TapeTensor<T> Subtract(TapeTensor<T> a, TapeTensor<T> b) => SubtractOp.Forward(a, b);

    /// <inheritdoc/>
    public static TapeTensor<T> Multiply(TapeTensor<T> a, TapeTensor<T> b) => MultiplyOp.Forward(a, b);

    /// <inheritdoc/>
    public static TapeTensor<T> Divide(TapeTensor<T> a, TapeTensor<T> b) => DivideOp.Forward(a, b);

    /// <inheritdoc/>
    public static TapeTensor<T> Affine(TapeTensor<T> a, double scale, double shift) => AffineOp.Forward(a, scale, shift);

    /// <inheritdoc/>
    public static TapeTensor<T> MatMul(TapeTensor<T> a, TapeTensor<T> b) => MatMulOp.Forward(a, b);

    /// <inheritdoc/>
    public static TapeTensor<T> Linear(TapeTensor<T> input, TapeTensor<T> weight, TapeTensor<T>? bias) => LinearOp.Forward(input, weight, bias);

    /// <inheritdoc/>
    public static TapeTensor<T> Conv2d(TapeTensor<T> input, TapeTensor<T> weight, TapeTensor<T>? bias, int stride, int padding) => Conv2dOp.Forward(input, weight, bias, stride, padding);

    /// <inheritdoc/>
    public static TapeTensor<T> MaxPool2d(TapeTensor<T> input, int kernel, int stride) => MaxPool2dOp.Forward(input, kernel, stride);

    /// <inheritdoc/>
    public static TapeTensor<T> AvgPool2d(TapeTensor<T> input, int kernel, int stride) => AvgPool2dOp.Forward(input, kernel, stride);

    /// <inheritdoc/>
    public static TapeTensor<T> Reshape(TapeTensor<T> input, int[] shape) => ReshapeOp.Forward(input, shape);

    /// <inheritdoc/>
    public static TapeTensor<T> Flatten(TapeTensor<T> input) => ReshapeOp.Forward(input, ReshapeOp.FlattenShape(input.Shape));

    /// <inheritdoc/>
    public static TapeTensor<T> Sum(TapeTensor<T> input) => ReductionOps.Sum(input);

    /// <inheritdoc/>
    public static TapeTensor<T> Mean(TapeTensor<T> input) => ReductionOps.Mean(input);

    /// <inheritdoc/>
    public static TapeTensor<T> Relu(TapeTensor<T> input) => Elementwise.Apply(input, default(ReluFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> LeakyRelu(TapeTensor<T> input, double slope) => Elementwise.Apply(input, new LeakyReluFunction(slope));

    /// <inheritdoc/>
    public static TapeTensor<T> Tanh(TapeTensor<T> input) => Elementwise.Apply(input, default(TanhFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> Sigmoid(TapeTensor<T> input) => Elementwise.Apply(input, default(SigmoidFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> Gelu(TapeTensor<T> input) => Elementwise.Apply(input, default(GeluFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> Softplus(TapeTensor<T> input) => Elementwise.Apply(input, default(SoftplusFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> Silu(TapeTensor<T> input) => Elementwise.Apply(input, default(SiluFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> Exp(TapeTensor<T> input) => Elementwise.Apply(input, default(ExpFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> Log(TapeTensor<T> input) => Elementwise.Apply(input, default(LogFunction));

    /// <inheritdoc/>
    public static TapeTensor<T> Softmax(TapeTensor<T> input) => SoftmaxOp.Forward(input);

    /// <inheritdoc/>
    public static TapeTensor<T> LogSoftmax(TapeTensor<T> input) => LogSoftmaxOp.Forward(input);

    /// <inheritdoc/>
    public static TapeTensor<T> CrossEntropy(TapeTensor<T> logits, ReadOnlySpan<int> labels) => CrossEntropyOp.Forward(logits, labels);

    /// <inheritdoc/>
    public static TapeTensor<T> MeanSquaredError(TapeTensor<T> prediction, TapeTensor<T> target) => MeanSquaredErrorOp.Forward(prediction, target);

    /// <inheritdoc/>
    public static TapeTensor<T> BinaryCrossEntropyWithLogits(TapeTensor<T> logits, TapeTensor<T> target) => BinaryCrossEntropyWithLogitsOp.Forward(logits, target);
}
