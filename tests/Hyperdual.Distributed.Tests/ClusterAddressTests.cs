namespace Hyperdual.Distributed.Tests;

public class ClusterAddressTests
{
    [Fact]
    public void ARedisAddressGivesHostAndPort()
    {
        ClusterAddress address = ClusterAddress.Parse("redis://10.0.0.5:6379");
        Assert.True(address.IsRedis);
        Assert.Equal("10.0.0.5", address.Host);
        Assert.Equal(6379, address.Port);
        Assert.Equal("redis://10.0.0.5:6379", address.ToString());
    }

    [Fact]
    public void ALocalAddressIsTheCoordinatorsPortOnLoopback()
    {
        ClusterAddress address = ClusterAddress.Parse("local:11111");
        Assert.False(address.IsRedis);
        Assert.Equal("127.0.0.1", address.Host);
        Assert.Equal(11111, address.Port);
    }

    [Theory]
    [InlineData("10.0.0.5:6379")]
    [InlineData("redis://host")]
    [InlineData("redis://:6379")]
    [InlineData("redis://host:0")]
    [InlineData("redis://host:65536")]
    [InlineData("redis://host:port")]
    [InlineData("local:")]
    [InlineData("http://host:80")]
    public void OtherTextIsRejected(string text) => Assert.Throws<FormatException>(() => ClusterAddress.Parse(text));
}
