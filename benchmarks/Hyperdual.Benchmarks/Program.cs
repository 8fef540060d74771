using BenchmarkDotNet.Running;

namespace Hyperdual.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Hyperdual.Benchmarks -- --filter '*'</c>;
/// <c>--gflops</c> and <c>--conv</c> print quick kernel tables, <c>--jet-timing</c> a jet vs separate passes table, <c>--sparse-timing</c> the sparse Hessian's stages, without BenchmarkDotNet.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--gflops"))
        {
            Kernels.GemmGflopsReport.Run(args);
            return;
        }

        if (args.Contains("--conv"))
        {
            Kernels.ConvolutionTimingReport.Run(args);
            return;
        }

        if (args.Contains("--jet-timing"))
        {
            Jets.JetTimingReport.Run(args);
            return;
        }

        if (args.Contains("--tape-memory"))
        {
            Tape.TapeMemoryReport.Run(args);
            return;
        }

        if (args.Contains("--sparse-timing"))
        {
            Sparse.SparseHessianTimingReport.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
