using System.Runtime.InteropServices;

namespace Hyperdual.Benchmarks.Kernels;

/// <summary>
/// OpenBLAS <c>cblas_sgemm</c>/<c>cblas_dgemm</c> through P/Invoke, for comparison only. Loads
/// <c>libopenblas.so.0</c> lazily; <see cref="IsAvailable"/> is false (and nothing throws) when absent.
/// </summary>
internal static unsafe class OpenBlas
{
    private const int RowMajor = 101;
    private const int NoTrans = 111;
    private const int Trans = 112;

    private static readonly Lazy<Api?> Loaded = new(Load);

    public static bool IsAvailable => Loaded.Value is not null;

    public static string Description => Loaded.Value?.Config ?? "OpenBLAS not found (libopenblas.so.0)";

    public static void SetThreads(int threads) => Loaded.Value?.SetThreads(threads);

    public static void Sgemm(bool transA, bool transB, int m, int n, int k, float alpha, float* a, int lda, float* b, int ldb, float beta, float* c, int ldc)
    {
        Api api = Loaded.Value ?? throw new InvalidOperationException(Description);
        api.Sgemm(RowMajor, transA ? Trans : NoTrans, transB ? Trans : NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    private static Api? Load()
    {
        if (!NativeLibrary.TryLoad("libopenblas.so.0", out nint handle))
        {
            return null;
        }

        if (!NativeLibrary.TryGetExport(handle, "cblas_sgemm", out nint sgemm)
            || !NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out nint setThreads))
        {
            return null;
        }

        string config = "OpenBLAS";
        if (NativeLibrary.TryGetExport(handle, "openblas_get_config", out nint getConfig))
        {
            config = Marshal.PtrToStringAnsi(((delegate* unmanaged<nint>)getConfig)()) ?? config;
        }

        if (NativeLibrary.TryGetExport(handle, "openblas_get_corename", out nint getCore))
        {
            config += " core=" + Marshal.PtrToStringAnsi(((delegate* unmanaged<nint>)getCore)());
        }

        return new Api(
            (delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void>)sgemm,
            (delegate* unmanaged<int, void>)setThreads,
            config);
    }

    private sealed class Api(
        delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void> sgemm,
        delegate* unmanaged<int, void> setThreads,
        string config)
    {
        public string Config { get; } = config;

        public void Sgemm(int order, int ta, int tb, int m, int n, int k, float alpha, float* a, int lda, float* b, int ldb, float beta, float* c, int ldc) =>
            sgemm(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

        public void SetThreads(int threads) => setThreads(threads);
    }
}
