using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Benchmarks.Kernels;

/// <summary>
/// The MNIST CNN's convolution and pooling layers at batch 256, fp32, on all threads
/// (<see cref="KernelSettings.MaxThreads"/>): conv1 1→20 5×5 on 28×28, conv2 20→50 5×5 on 12×12,
/// 2×2 max pooling after each. Forward, input gradient and weight gradient.
/// Run: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*ConvolutionBenchmarks*'</c>.
/// </summary>
[Config(typeof(Config))]
public class ConvolutionBenchmarks
{
    private const int Batch = 256;
    private float[] input = [];
    private float[] weight = [];
    private float[] bias = [];
    private float[] output = [];
    private float[] pooled = [];
    private int[] argmax = [];

    [Params("conv1", "conv2")]
    public string Layer { get; set; } = "conv1";

    private (int InC, int Size, int OutC) Shape => Layer == "conv1" ? (1, 28, 20) : (20, 12, 50);

    [GlobalSetup]
    public void Setup()
    {
        (int inC, int size, int outC) = Shape;
        var random = new Random(1);
        input = Enumerable.Range(0, Batch * inC * size * size).Select(_ => (float)random.NextDouble()).ToArray();
        weight = Enumerable.Range(0, outC * inC * 25).Select(_ => (float)random.NextDouble()).ToArray();
        bias = new float[outC];
        int o = size - 4;
        output = new float[Batch * outC * o * o];
        pooled = new float[Batch * outC * (o / 2) * (o / 2)];
        argmax = new int[pooled.Length];
    }

    [Benchmark]
    public void Forward()
    {
        (int inC, int size, int outC) = Shape;
        Convolution2d.Forward<float>(input, Batch, inC, size, size, weight, outC, 5, 5, bias, 1, 1, 0, 0, output);
    }

    [Benchmark]
    public void BackwardInput()
    {
        (int inC, int size, int outC) = Shape;
        Convolution2d.BackwardInput<float>(output, Batch, inC, size, size, weight, outC, 5, 5, 1, 1, 0, 0, input);
    }

    [Benchmark]
    public void BackwardWeight()
    {
        (int inC, int size, int outC) = Shape;
        Convolution2d.BackwardWeight<float>(input, Batch, inC, size, size, output, outC, 5, 5, 1, 1, 0, 0, weight, bias);
    }

    [Benchmark]
    public void MaxPool()
    {
        (_, int size, int outC) = Shape;
        Pooling2d.MaxForward<float>(output, Batch, outC, size - 4, size - 4, 2, 2, 2, 2, 0, 0, pooled, argmax);
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1));
    }
}
