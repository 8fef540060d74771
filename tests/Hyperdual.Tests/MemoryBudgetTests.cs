namespace Hyperdual.Tests;

public sealed class MemoryBudgetTests
{
    [Fact]
    public void HessiansThatCannotFitAreRefusedBeforeAllocating()
    {
        // 10⁶ variables: an 8 TB Hessian, beyond any machine this runs on; the point itself is 8 MB.
        var x = new double[1_000_000];
        var f = new Hyperdual.TestFunctions.Sphere();
        MemoryLimitException forward = Assert.Throws<MemoryLimitException>(() => Derivatives.ValueGradientHessian(f, x));
        MemoryLimitException reverse = Assert.Throws<MemoryLimitException>(() => ReverseDerivatives.Hessian(f, x));
        Assert.Equal(8e12, forward.RequiredBytes);
        Assert.Equal(forward.Message, reverse.Message);
        Assert.StartsWith("the 1000000×1000000 Hessian needs about 7.3 TiB of memory; ", forward.Message);
        Assert.EndsWith(" is available", forward.Message);
    }

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1536, "1.5 KiB")]
    [InlineData(8e12, "7.3 TiB")]
    public void DescribesBytesInBinaryUnits(double bytes, string expected)
    {
        Assert.Equal(expected, MemoryBudget.Describe(bytes));
    }
}
