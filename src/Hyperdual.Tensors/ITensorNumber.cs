namespace Hyperdual.Tensors;

/// <summary>
/// A tensor number system: the set of ops a model's forward pass is written with, implemented by the
/// plain tensor (<see cref="Tensor{T}"/>), the second-order jet (<see cref="Jet{T}"/>) and, later, the
/// taped tensor of reverse mode. A model written once against this interface runs on all of them.
/// </summary>
/// <remarks>
/// Every op's value rule and derivative rules live together in one file under <c>Ops/</c>.
/// Shapes follow PyTorch: linear weights are <c>[out, in]</c>, images are NCHW, convolution weights
/// are <c>[outC, inC, kh, kw]</c>, reductions over classes use the last dimension.
/// </remarks>
/// <typeparam name="TSelf">The implementing number system.</typeparam>
public interface ITensorNumber<TSelf> where TSelf : ITensorNumber<TSelf>
{
    /// <summary>The dimensions.</summary>
    ReadOnlySpan<int> Shape { get; }

    /// <summary>Elementwise <c>a + b</c>; <paramref name="b"/> may broadcast over <paramref name="a"/>'s leading dimensions (its shape a suffix of a's, or a scalar).</summary>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The sum, shaped like <paramref name="a"/>.</returns>
    static abstract TSelf Add(TSelf a, TSelf b);

    /// <summary>Elementwise <c>a − b</c> with the broadcasting of <see cref="Add"/>.</summary>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The difference.</returns>
    static abstract TSelf Subtract(TSelf a, TSelf b);

    /// <summary>Elementwise <c>a · b</c> with the broadcasting of <see cref="Add"/>.</summary>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The product.</returns>
    static abstract TSelf Multiply(TSelf a, TSelf b);

    /// <summary>Elementwise <c>a / b</c> with the broadcasting of <see cref="Add"/>.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <returns>The quotient.</returns>
    static abstract TSelf Divide(TSelf a, TSelf b);

    /// <summary><c>a · scale + shift</c> elementwise with constants.</summary>
    /// <param name="a">The operand.</param>
    /// <param name="scale">The constant factor.</param>
    /// <param name="shift">The constant added after scaling.</param>
    /// <returns>The affine image.</returns>
    static abstract TSelf Affine(TSelf a, double scale, double shift);

    /// <summary>Matrix product of <c>[m, k]</c> and <c>[k, n]</c>.</summary>
    /// <param name="a">The left matrix.</param>
    /// <param name="b">The right matrix.</param>
    /// <returns>The <c>[m, n]</c> product.</returns>
    static abstract TSelf MatMul(TSelf a, TSelf b);

    /// <summary>Fully connected layer <c>y = x Wᵀ + b</c>: x <c>[n, in]</c>, W <c>[out, in]</c>, b <c>[out]</c> or none.</summary>
    /// <param name="input">The input rows.</param>
    /// <param name="weight">The weight.</param>
    /// <param name="bias">The bias, or null.</param>
    /// <returns>The <c>[n, out]</c> output.</returns>
    static abstract TSelf Linear(TSelf input, TSelf weight, TSelf? bias);

    /// <summary>2-D convolution (cross-correlation) of NCHW input with weight <c>[outC, inC, kh, kw]</c>.</summary>
    /// <param name="input">The <c>[n, inC, h, w]</c> input.</param>
    /// <param name="weight">The weight.</param>
    /// <param name="bias">The <c>[outC]</c> bias, or null.</param>
    /// <param name="stride">The stride in both directions.</param>
    /// <param name="padding">The zero padding on every side.</param>
    /// <returns>The <c>[n, outC, oh, ow]</c> output.</returns>
    static abstract TSelf Conv2d(TSelf input, TSelf weight, TSelf? bias, int stride, int padding);

    /// <summary>2-D max pooling of NCHW input (no padding); the branch is chosen by the value.</summary>
    /// <param name="input">The input.</param>
    /// <param name="kernel">The window size.</param>
    /// <param name="stride">The stride.</param>
    /// <returns>The pooled output.</returns>
    static abstract TSelf MaxPool2d(TSelf input, int kernel, int stride);

    /// <summary>2-D average pooling of NCHW input (no padding).</summary>
    /// <param name="input">The input.</param>
    /// <param name="kernel">The window size.</param>
    /// <param name="stride">The stride.</param>
    /// <returns>The pooled output.</returns>
    static abstract TSelf AvgPool2d(TSelf input, int kernel, int stride);

    /// <summary>The same elements with another shape (one dimension may be −1).</summary>
    /// <param name="input">The input.</param>
    /// <param name="shape">The new shape.</param>
    /// <returns>A view sharing storage.</returns>
    static abstract TSelf Reshape(TSelf input, int[] shape);

    /// <summary>Keeps the first dimension and flattens the rest: <c>[n, ...] → [n, m]</c>.</summary>
    /// <param name="input">The input.</param>
    /// <returns>A view sharing storage.</returns>
    static abstract TSelf Flatten(TSelf input);

    /// <summary>The sum of all elements, as a scalar (shape <c>[]</c>).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The sum.</returns>
    static abstract TSelf Sum(TSelf input);

    /// <summary>The mean of all elements, as a scalar.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The mean.</returns>
    static abstract TSelf Mean(TSelf input);

    /// <summary>max(x, 0).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The activation.</returns>
    static abstract TSelf Relu(TSelf input);

    /// <summary>x for x &gt; 0, slope·x otherwise.</summary>
    /// <param name="input">The input.</param>
    /// <param name="slope">The negative slope.</param>
    /// <returns>The activation.</returns>
    static abstract TSelf LeakyRelu(TSelf input, double slope);

    /// <summary>tanh(x).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The activation.</returns>
    static abstract TSelf Tanh(TSelf input);

    /// <summary>1 / (1 + e^−x).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The activation.</returns>
    static abstract TSelf Sigmoid(TSelf input);

    /// <summary>GELU, tanh approximation: ½x(1 + tanh(√(2/π)(x + 0.044715x³))).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The activation.</returns>
    static abstract TSelf Gelu(TSelf input);

    /// <summary>log(1 + eˣ), computed stably.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The activation.</returns>
    static abstract TSelf Softplus(TSelf input);

    /// <summary>x · sigmoid(x).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The activation.</returns>
    static abstract TSelf Silu(TSelf input);

    /// <summary>eˣ.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The result.</returns>
    static abstract TSelf Exp(TSelf input);

    /// <summary>The natural logarithm.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The result.</returns>
    static abstract TSelf Log(TSelf input);

    /// <summary>Softmax over the last dimension.</summary>
    /// <param name="input">The logits.</param>
    /// <returns>The probabilities.</returns>
    static abstract TSelf Softmax(TSelf input);

    /// <summary>Log-softmax over the last dimension, computed stably.</summary>
    /// <param name="input">The logits.</param>
    /// <returns>The log-probabilities.</returns>
    static abstract TSelf LogSoftmax(TSelf input);

    /// <summary>Mean cross-entropy of logits <c>[n, classes]</c> against integer labels.</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="labels">One class index per row.</param>
    /// <returns>The scalar loss.</returns>
    static abstract TSelf CrossEntropy(TSelf logits, ReadOnlySpan<int> labels);

    /// <summary>Mean squared error, mean over all elements of (prediction − target)².</summary>
    /// <param name="prediction">The prediction.</param>
    /// <param name="target">The target, same shape.</param>
    /// <returns>The scalar loss.</returns>
    static abstract TSelf MeanSquaredError(TSelf prediction, TSelf target);

    /// <summary>Mean binary cross-entropy of logits against targets in [0, 1], computed stably.</summary>
    /// <param name="logits">The logits.</param>
    /// <param name="target">The targets, same shape.</param>
    /// <returns>The scalar loss.</returns>
    static abstract TSelf BinaryCrossEntropyWithLogits(TSelf logits, TSelf target);
}
