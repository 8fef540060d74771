namespace Hyperdual.Tensors.Tests.Ops;

/// <summary>Bad shapes and arguments get exceptions that name the argument and the problem.</summary>
public sealed class OpArgumentTests
{
    private static Tensor<double> T(params int[] shape) => new(shape);

    [Fact]
    public void LinearRejectsMismatchedFeatures()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Tensor<double>.Linear(T(2, 3), T(4, 5), null));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("3 features", e.Message);
        Assert.Equal("bias", Assert.Throws<ArgumentException>(() => Tensor<double>.Linear(T(2, 3), T(4, 3), T(3))).ParamName);
    }

    [Fact]
    public void Conv2dRejectsBadShapes()
    {
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Tensor<double>.Conv2d(T(1, 2, 5, 5), T(3, 1, 3, 3), null, 1, 0)).ParamName);
        Assert.Equal("weight", Assert.Throws<ArgumentException>(() => Tensor<double>.Conv2d(T(1, 1, 2, 2), T(3, 1, 3, 3), null, 1, 0)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Tensor<double>.Conv2d(T(2, 5, 5), T(3, 1, 3, 3), null, 1, 0)).ParamName);
        Assert.Equal("stride", Assert.Throws<ArgumentOutOfRangeException>(() => Tensor<double>.Conv2d(T(1, 1, 5, 5), T(3, 1, 3, 3), null, 0, 0)).ParamName);
    }

    [Fact]
    public void BroadcastingMustBeASuffix()
    {
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => Tensor<double>.Add(T(3, 4), T(3))).ParamName);
        Assert.Equal([3, 4], Tensor<double>.Add(T(3, 4), T(4)).Shape.ToArray());
        Assert.Equal([3, 4], Tensor<double>.Add(T(3, 4), T()).Shape.ToArray());
    }

    [Fact]
    public void CrossEntropyChecksLabels()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Tensor<double>.CrossEntropy(T(2, 3), [0])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentOutOfRangeException>(() => Tensor<double>.CrossEntropy(T(2, 3), [0, 3])).ParamName);
        Assert.Equal("logits", Assert.Throws<ArgumentException>(() => Tensor<double>.CrossEntropy(T(6), [0])).ParamName);
    }

    [Fact]
    public void PoolingAndReshapeCheckSizes()
    {
        Assert.Equal("kernel", Assert.Throws<ArgumentException>(() => Tensor<double>.MaxPool2d(T(1, 1, 2, 2), 3, 1)).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentException>(() => T(2, 3).Reshape(4, -1)).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentException>(() => T(2, 3).Reshape(-1, -1)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new Tensor<double>(new double[5], 2, 3)).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentException>(() => new Tensor<double>(2, -3)).ParamName);
    }

    [Fact]
    public void MseRejectsDifferentShapes()
    {
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => Tensor<double>.MeanSquaredError(T(2, 3), T(3, 2))).ParamName);
    }
}
