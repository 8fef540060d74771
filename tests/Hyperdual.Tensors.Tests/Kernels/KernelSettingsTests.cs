using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Tensors.Tests.Kernels;

public sealed class KernelSettingsTests
{
    [Theory]
    [InlineData("scalar", SimdLevel.Scalar)]
    [InlineData("v128", SimdLevel.Vector128)]
    [InlineData("V256", SimdLevel.Vector256)]
    [InlineData(" v512 ", SimdLevel.Vector512)]
    public void ParsesEnvironmentVariableNames(string text, SimdLevel expected)
    {
        Assert.True(KernelSettings.TryParseSimdLevel(text, out SimdLevel level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("avx")]
    [InlineData("")]
    [InlineData(null)]
    public void RejectsUnknownLevelNames(string? text) => Assert.False(KernelSettings.TryParseSimdLevel(text, out _));

    [Fact]
    public void DefaultsFollowHardwareOrEnvironment()
    {
        string? overridden = Environment.GetEnvironmentVariable(KernelSettings.SimdEnvironmentVariable);
        SimdLevel expected = KernelSettings.TryParseSimdLevel(overridden, out SimdLevel parsed) ? parsed : KernelSettings.HardwareSimdLevel;
        Assert.Equal(expected, KernelSettings.SimdLevel);
        Assert.True(KernelSettings.MaxThreads >= 1);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => KernelSettings.MaxThreads = 0).ParamName);
    }
}
