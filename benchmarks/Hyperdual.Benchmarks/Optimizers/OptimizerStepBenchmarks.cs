using BenchmarkDotNet.Attributes;
using Hyperdual.Optimizers;

namespace Hyperdual.Benchmarks.Optimizers;

/// <summary>
/// One optimizer step on a float32 parameter vector (the per-step overhead a training loop pays on top
/// of its gradient), against a plain scalar loop doing Adam's arithmetic as the baseline.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*OptimizerStep*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class OptimizerStepBenchmarks
{
    private float[] parameters = [];
    private float[] gradient = [];
    private float[] mu = [];
    private float[] nu = [];
    private SgdOptimizer<float> sgd = null!;
    private AdamOptimizer<float> adam = null!;
    private AdamWOptimizer<float> adamW = null!;
    private SoaaOptimizer<float> soaa = null!;
    private long scalarStep;

    /// <summary>Parameter count (1.2M ≈ a small CNN).</summary>
    [Params(1_200_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        parameters = new float[N];
        gradient = new float[N];
        mu = new float[N];
        nu = new float[N];
        var random = new Random(1);
        for (int i = 0; i < N; i++)
        {
            parameters[i] = (float)(random.NextDouble() - 0.5);
            gradient[i] = (float)(1e-3 * (random.NextDouble() - 0.5));
        }

        sgd = new SgdOptimizer<float>(N, new SgdOptions { Momentum = 0.9 });
        adam = new AdamOptimizer<float>(N);
        adamW = new AdamWOptimizer<float>(N);
        soaa = new SoaaOptimizer<float>(N, new SoaaOptions { PlannedSteps = 1_000_000 });
    }

    [Benchmark(Baseline = true)]
    public void ScalarAdamLoop()
    {
        scalarStep++;
        float bc1 = 1f / (1f - MathF.Pow(0.9f, scalarStep));
        float bc2 = 1f / (1f - MathF.Pow(0.999f, scalarStep));
        for (int i = 0; i < parameters.Length; i++)
        {
            float g = gradient[i];
            mu[i] = (0.9f * mu[i]) + (0.1f * g);
            nu[i] = (0.999f * nu[i]) + (0.001f * g * g);
            parameters[i] -= 1e-3f * (mu[i] * bc1) / (MathF.Sqrt(nu[i] * bc2) + 1e-8f);
        }
    }

    [Benchmark]
    public void SgdMomentum() => sgd.Step(parameters, gradient, 1.0);

    [Benchmark]
    public void Adam() => adam.Step(parameters, gradient, 1.0);

    [Benchmark]
    public void AdamW() => adamW.Step(parameters, gradient, 1.0);

    [Benchmark]
    public void Soaa() => soaa.Step(parameters, gradient, 1.0);
}
