using System.Globalization;

namespace Hyperdual.Training.Benchmarks;

/// <summary>The process's resident-memory high-water mark, from Linux's <c>/proc/self/status</c> (VmHWM).</summary>
public static class ProcessMemory
{
    /// <summary>VmHWM in bytes, or null where <c>/proc/self/status</c> does not report it.</summary>
    /// <returns>The peak resident set size.</returns>
    public static long? PeakResidentBytes()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    string[] fields = line["VmHWM:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                    return long.Parse(fields[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    /// <summary>Collects garbage and restarts the high-water mark at the current resident size (writes 5 to
    /// <c>/proc/self/clear_refs</c>), so the next reading is the peak of what runs in between.</summary>
    /// <returns>Whether the mark was restarted (false: later readings include earlier peaks).</returns>
    public static bool ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
