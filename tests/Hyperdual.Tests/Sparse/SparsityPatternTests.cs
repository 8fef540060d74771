namespace Hyperdual.Tests.Sparse;

public sealed class SparsityPatternTests
{
    [Fact]
    public void FromEntriesMirrorsDeduplicatesSortsAndHoldsTheDiagonal()
    {
        SparsityPattern pattern = SparsityPattern.FromEntries(4, [(2, 0), (0, 2), (3, 1), (1, 1), (0, 2)]);
        Assert.Equal(4, pattern.Dimension);
        Assert.Equal(new[] { 0, 2, 4, 6, 8 }, pattern.RowOffsets.ToArray());
        Assert.Equal(new[] { 0, 2, 1, 3, 0, 2, 1, 3 }, pattern.ColumnIndices.ToArray());
        Assert.Equal(8, pattern.NonZeroCount);
        Assert.Equal(new[] { 0, 2 }, pattern.Row(2).ToArray());
        Assert.True(pattern.Contains(2, 0));
        Assert.True(pattern.Contains(3, 3));
        Assert.False(pattern.Contains(0, 1));
    }

    [Fact]
    public void AnEntryOutsideTheMatrixIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SparsityPattern.FromEntries(3, [(0, 3)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SparsityPattern.FromEntries(3, [(-1, 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SparsityPattern.FromEntries(0, []));
    }
}
