namespace Hyperdual.Tensors.Kernels;

/// <summary>Runs a fixed number of workers (the calling thread takes part); one worker runs inline.</summary>
internal static class KernelParallel
{
    /// <summary>Calls <paramref name="body"/> once for each worker index 0..workers−1.</summary>
    public static void For(int workers, Action<int> body)
    {
        if (workers <= 1)
        {
            body(0);
            return;
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, body);
    }

    /// <summary>The half-open range of items worker <paramref name="worker"/> of <paramref name="workers"/> owns (contiguous, balanced).</summary>
    public static (int Start, int End) Range(int count, int workers, int worker) =>
        ((int)((long)count * worker / workers), (int)((long)count * (worker + 1) / workers));
}
