using System.Runtime.InteropServices;

namespace Hyperdual.Benchmarks.Kernels;

/// <summary>
/// CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): on a shared,
/// oversubscribed machine it excludes the time the thread waited for a core, so single-threaded
/// GFLOP/s stay comparable between runs. Falls back to wall time elsewhere.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static double Seconds()
    {
        if (IsAvailable && TryRead(out double seconds))
        {
            return seconds;
        }

        return System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency;
    }

    private static bool TryRead(out double seconds)
    {
        try
        {
            if (clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) == 0)
            {
                seconds = time.Seconds + (time.Nanoseconds * 1e-9);
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        seconds = 0;
        return false;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
