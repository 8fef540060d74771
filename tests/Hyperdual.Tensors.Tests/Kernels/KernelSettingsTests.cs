using System.Runtime.Intrinsics;
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

    [Theory]
    [InlineData(null, SimdLevel.Vector256, SimdLevel.Vector256)]
    [InlineData("", SimdLevel.Vector512, SimdLevel.Vector512)]
    [InlineData("  ", SimdLevel.Vector128, SimdLevel.Vector128)]
    [InlineData("scalar", SimdLevel.Vector512, SimdLevel.Scalar)]
    [InlineData("v128", SimdLevel.Vector256, SimdLevel.Vector128)]
    [InlineData("V512", SimdLevel.Scalar, SimdLevel.Vector512)]
    public void TheEnvironmentVariableOverridesTheHardwareLevel(string? variable, SimdLevel hardware, SimdLevel expected)
        => Assert.Equal(expected, KernelSettings.InitialSimdLevel(variable, hardware));

    [Fact]
    public void AnUnknownEnvironmentValueIsAnErrorNamingTheVariable()
    {
        var e = Assert.Throws<InvalidOperationException>(() => KernelSettings.InitialSimdLevel("avx2", SimdLevel.Vector512));
        Assert.Contains("HYPERDUAL_SIMD='avx2'", e.Message);
    }

    [Fact]
    public void TheHardwareLevelIsAcceleratedAndTheNextOneIsNot()
    {
        bool[] accelerated = [true, Vector128.IsHardwareAccelerated, Vector256.IsHardwareAccelerated, Vector512.IsHardwareAccelerated];
        SimdLevel[] levels = [SimdLevel.Scalar, SimdLevel.Vector128, SimdLevel.Vector256, SimdLevel.Vector512];
        int index = Array.IndexOf(levels, KernelSettings.HardwareSimdLevel);
        Assert.True(accelerated[index]);
        Assert.True(index == levels.Length - 1 || !accelerated[index + 1]);
    }

    [Fact]
    public void ThreadsDefaultToTheProcessorCountAndRejectLessThanOne()
    {
        Assert.Equal(Environment.ProcessorCount, KernelSettings.MaxThreads);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => KernelSettings.MaxThreads = 0).ParamName);
        Assert.Equal(Environment.ProcessorCount, KernelSettings.MaxThreads);
    }
}
