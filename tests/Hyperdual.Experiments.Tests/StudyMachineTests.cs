using Hyperdual.Experiments;
using Hyperdual.Tensors.Kernels;

namespace Hyperdual.Experiments.Tests;

public sealed class StudyMachineTests
{
    [Fact]
    public void Current_states_the_processor_count_and_the_kernel_settings()
    {
        StudyMachine machine = StudyMachine.Current();
        Assert.Equal(Environment.ProcessorCount, machine.Processors);
        Assert.Equal(KernelSettings.MaxThreads, machine.Threads);
        Assert.Equal(KernelSettings.SimdLevel.ToString(), machine.Simd);
        string line = machine.MarkdownLine();
        Assert.Contains($"{Environment.ProcessorCount} logical processors", line, StringComparison.Ordinal);
        Assert.Contains(machine.Simd, line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }
}
