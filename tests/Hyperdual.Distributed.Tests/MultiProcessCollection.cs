namespace Hyperdual.Distributed.Tests;

/// <summary>The tests that start processes run one at a time: each already uses every core of the machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiProcessCollection
{
    public const string Name = "multi-process";
}
