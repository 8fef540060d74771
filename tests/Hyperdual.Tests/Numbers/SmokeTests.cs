namespace Hyperdual.Tests.Numbers;

public sealed class SmokeTests
{
    [Fact]
    public void CubeGivesFirstAndSecondDerivatives()
    {
        var x = new HyperDual<double>(2, 1, 1, 0);
        HyperDual<double> y = x * x * x;
        Assert.Equal(new HyperDual<double>(8, 12, 12, 12), y);
    }

    [Fact]
    public void CreateCheckedGivesConstant()
    {
        Assert.Equal(new HyperDual<double>(2, 0, 0, 0), HyperDual<double>.CreateChecked(2));
        Assert.Equal(new Dual<float>(2.5f, 0), Dual<float>.CreateChecked(2.5));
        Assert.Equal(3.0, double.CreateChecked(new HyperDual<double>(3, 1, 2, 3)));
    }
}
