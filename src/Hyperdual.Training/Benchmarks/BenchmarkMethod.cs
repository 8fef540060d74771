namespace Hyperdual.Training.Benchmarks;

/// <summary>How a benchmarked step gets its derivatives.</summary>
public enum BenchmarkMethod
{
    /// <summary>One K-direction second-order jet evaluation (L, g, H̃), as FoMoH-KD takes.</summary>
    Jet,

    /// <summary>One taped forward and reverse pass (L, ∇L), as Adam takes.</summary>
    Backprop,
}
