namespace Hyperdual.Tensors.Tests.Jets;

public sealed class JetLayoutTests
{
    [Fact]
    public void DirectionCountIsLimitedInTheLibrary()
    {
        JetLayout.ValidateDirectionCount(1);
        JetLayout.ValidateDirectionCount(JetLayout.MaxDirections);
        Assert.Throws<ArgumentOutOfRangeException>(() => JetLayout.ValidateDirectionCount(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => JetLayout.ValidateDirectionCount(JetLayout.MaxDirections + 1));
        Assert.Throws<MemoryLimitException>(() => JetLayout.EnsureFits(1e12, JetLayout.MaxDirections, sizeof(double)));
        JetLayout.EnsureFits(784, 3, sizeof(double));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void PairIndexEnumeratesPairsInLexicographicOrder(int k)
    {
        int expected = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                Assert.Equal(expected, JetLayout.PairIndex(i, j, k));
                Assert.Equal(expected, JetLayout.PairIndex(j, i, k));
                expected++;
            }
        }

        Assert.Equal(k * (k + 1) / 2, expected);
        Assert.Equal(expected, JetLayout.PairCount(k));
    }

    [Fact]
    public void PairIndexRejectsOutOfRangeDirections()
    {
        Assert.Equal("i", Assert.Throws<ArgumentOutOfRangeException>(() => JetLayout.PairIndex(3, 0, 3)).ParamName);
        Assert.Equal("j", Assert.Throws<ArgumentOutOfRangeException>(() => JetLayout.PairIndex(0, -1, 3)).ParamName);
    }

    [Fact]
    public void PartsAreContiguousInValueTangentSecondOrder()
    {
        Jet<double> jet = Jet<double>.Allocate([2, 3], 2, true, true);
        Assert.Equal(1 + 2 + 3, jet.StoredPartCount);
        Assert.Equal(6 * 6, jet.Parts.Length);
        jet.Tangent(1)[0] = 7;
        jet.Second(1, 1)[5] = 9;
        Assert.Equal(7, jet.Parts[2 * 6]);
        Assert.Equal(9, jet.Parts[(5 * 6) + 5]);
        Assert.Equal(jet.Parts.Slice(6, 12).ToArray(), jet.Tangents.ToArray());
    }

    [Fact]
    public void AbsentPartsAreNotStored()
    {
        Jet<float> data = Jet<float>.Constant(new Tensor<float>(4, 5), 3);
        Assert.Equal(20, data.Parts.Length);
        Assert.True(data.Tangents.IsEmpty);
        Assert.True(data.Tangent(2).IsEmpty);
        Jet<float> parameters = Jet<float>.Allocate([4, 5], 3, hasTangents: true, hasSecondOrder: false);
        Assert.Equal(4 * 20, parameters.Parts.Length);
        Assert.True(parameters.SecondOrder.IsEmpty);
    }

    [Fact]
    public void ReshapeSharesStorage()
    {
        Jet<double> jet = Jet<double>.Allocate([2, 3], 1, true, false);
        Jet<double> view = jet.Reshape(3, -1);
        Assert.Equal([3, 2], view.Shape.ToArray());
        view.Tangent(0)[4] = 5;
        Assert.Equal(5, jet.Tangent(0)[4]);
        Assert.Throws<ArgumentException>(() => jet.Reshape(4, 2));
    }

    [Fact]
    public void MismatchedKIsRejected()
    {
        Jet<double> a = Jet<double>.Allocate([2], 2, true, false);
        Jet<double> b = Jet<double>.Allocate([2], 3, true, false);
        Assert.Contains("K = 2", Assert.Throws<ArgumentException>(() => Jet<double>.Add(a, b)).Message);
    }
}

public sealed class JetWidenTests
{
    [Fact]
    public void WidenAddsZeroPartsAndKeepsStoredOnes()
    {
        var value = new Tensor<double>(new double[] { 1, 2 }, 2);
        Jet<double> constant = Jet<double>.Constant(value, 2);
        Jet<double> wide = constant.Widen(hasTangents: true, hasSecondOrder: true);
        Assert.Equal([1.0, 2], wide.Value.ToArray());
        Assert.All(wide.Parts[2..].ToArray(), x => Assert.Equal(0.0, x));
        Assert.Same(wide, wide.Widen(true, true));
        Assert.Throws<ArgumentException>(() => wide.Widen(false, false));
    }
}
