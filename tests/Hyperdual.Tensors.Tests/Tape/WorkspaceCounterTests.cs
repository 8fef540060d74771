namespace Hyperdual.Tensors.Tests.Tape;

/// <summary>The workspace's early return and its rented-elements high-water mark.</summary>
public sealed class WorkspaceCounterTests
{
    [Fact]
    public void PeakTracksTheMostElementsRentedAtOnce()
    {
        var workspace = new Workspace<double>();
        double[] a = workspace.Rent(100, clear: false);
        double[] b = workspace.Rent(50, clear: false);
        Assert.Equal(150, workspace.RentedElements);
        Assert.True(workspace.Return(a));
        Assert.False(workspace.Return(a));
        Assert.False(workspace.Return(new double[10]));
        Assert.Equal(50, workspace.RentedElements);
        double[] again = workspace.Rent(100, clear: true);
        Assert.Same(a, again);
        Assert.Equal(150, workspace.PeakRentedElements);
        Assert.Equal(150, workspace.RetainedElements);
        workspace.ReleaseAll();
        Assert.Equal(0, workspace.RentedElements);
        Assert.Equal(150, workspace.PeakRentedElements);
        workspace.ResetPeak();
        Assert.Equal(0, workspace.PeakRentedElements);
        _ = b;
    }

    [Fact]
    public void ReturnRejectsNull()
    {
        var workspace = new Workspace<float>();
        ArgumentNullException e = Assert.Throws<ArgumentNullException>(() => workspace.Return(null!));
        Assert.Equal("buffer", e.ParamName);
    }
}
