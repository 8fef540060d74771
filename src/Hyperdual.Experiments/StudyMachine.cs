using System.Reflection;
using System.Runtime.InteropServices;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Experiments;

/// <summary>Where and with what a study ran: every report states it beside its numbers, because seconds mean
/// nothing without the machine and the versions.</summary>
/// <param name="Processors">Logical processors the process may use.</param>
/// <param name="Threads">Kernel threads the study ran with.</param>
/// <param name="Simd">The kernels' vector width.</param>
/// <param name="Architecture">The process architecture (e.g. X64).</param>
/// <param name="OperatingSystem">The operating system's description.</param>
/// <param name="Runtime">The .NET runtime's description.</param>
/// <param name="Version">The Hyperdual version.</param>
public sealed record StudyMachine(
    int Processors, int Threads, string Simd, string Architecture, string OperatingSystem, string Runtime, string Version)
{
    /// <summary>The machine this process runs on, with the kernel settings in force now.</summary>
    /// <returns>The description.</returns>
    public static StudyMachine Current() => new(
        Environment.ProcessorCount,
        KernelSettings.MaxThreads,
        KernelSettings.SimdLevel.ToString(),
        RuntimeInformation.ProcessArchitecture.ToString(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        typeof(StudyMachine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    /// <summary>One markdown line for a report's settings section.</summary>
    /// <returns>The line, without a line break.</returns>
    public string MarkdownLine() =>
        $"Machine: {Processors} logical processors ({Threads} kernel threads), {Simd}, {Architecture}, {OperatingSystem}; {Runtime}; Hyperdual {Version}.";
}
