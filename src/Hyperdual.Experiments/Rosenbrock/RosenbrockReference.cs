namespace Hyperdual.Experiments.Rosenbrock;

/// <summary>
/// What the reference implementation of the FoMoH paper (SRI-CSL/fomoh at commit f0da7ae, PyTorch 1.13.1 CPU
/// build, float32, 2 threads) reached on the Rosenbrock study when run and measured, row by row. Its FoMoH-KD
/// solves H̃κ = −g̃ as it is and takes the full step, so its outcomes stand beside the unsafeguarded rows; its
/// Newton takes plain Newton steps with η = 1. Its 2-D and 5-D runs are one start each (torch seed 0; the 2-D
/// start is (1.5410, −0.2934)), its 10-D runs ten seeds of torch's generator: the starts differ from this
/// study's, so outcomes compare, seeds do not. Its steps are undamped, so float32 round-off changes
/// individual seeds between runs.
/// </summary>
public static class RosenbrockReference
{
    /// <summary>The column heading and the name the report gives these numbers.</summary>
    public const string Source = "reference implementation (fomoh f0da7ae), measured";

    private static readonly Dictionary<(string Study, string Method), string> Outcomes = new()
    {
        [("2d", "FGD η=1e-4")] = "0.276 after 1000 it. (one start)",
        [("2d", "FoMoH η=1")] = "< 1e-6 in 112 it. (one start)",
        [("2d", "FoMoH-2D (K=2) unsafeguarded")] = "< 1e-6 in 3 it. (one start)",
        [("2d", "Newton-TR")] = "plain Newton: < 1e-6 in 3 it. (one start)",
        [("5d", "FoMoH-KD K=1 unsafeguarded")] = "0.163 (one start)",
        [("5d", "FoMoH-KD K=2 unsafeguarded")] = "0.0197 (one start)",
        [("5d", "FoMoH-KD K=3 unsafeguarded")] = "1.35e-6 (one start)",
        [("5d", "FoMoH-KD K=4 unsafeguarded")] = "< 1e-6 in 78 it. (one start)",
        [("5d", "FoMoH-KD K=5 unsafeguarded")] = "< 1e-6 in 18 it. (one start)",
        [("10d", "FoMoH-KD K=2 unsafeguarded")] = "median 7.77",
        [("10d", "FoMoH-KD K=3 unsafeguarded")] = "median 7.30",
        [("10d", "FoMoH-KD K=4 unsafeguarded")] = "median 6.80",
        [("10d", "FoMoH-KD K=5 unsafeguarded")] = "median 4.78; max 1.96e3",
        [("10d", "FoMoH-KD K=6 unsafeguarded")] = "median 4.29",
        [("10d", "FoMoH-KD K=7 unsafeguarded")] = "median 2.26",
        [("10d", "FoMoH-KD K=8 unsafeguarded")] = "median 0.0447; max 8.2e9",
        [("10d", "FoMoH-KD K=9 unsafeguarded")] = "median 433; 3/10 < 1e-6",
        [("10d", "FoMoH-KD K=10 unsafeguarded")] = "median 0; 6/10 < 1e-6; 1/10 NaN",
        [("10d", "Newton-TR")] = "plain Newton: 7/10 < 1e-6; max 1.15e7",
    };

    /// <summary>The reference's measured outcome for a row of the study, or empty where it has none.</summary>
    /// <param name="study">The study: <c>2d</c>, <c>5d</c> or <c>10d</c>.</param>
    /// <param name="method">The method label.</param>
    /// <returns>The outcome, or the empty string.</returns>
    public static string For(string study, string method) => Outcomes.GetValueOrDefault((study, method), string.Empty);
}
