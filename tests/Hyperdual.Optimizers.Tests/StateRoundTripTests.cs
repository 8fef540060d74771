using System.Numerics;

namespace Hyperdual.Optimizers.Tests;

/// <summary>SaveState → LoadState → continue equals an uninterrupted run bit for bit; bad states are refused.</summary>
public sealed class StateRoundTripTests
{
    private const int N = 23;
    private const long Planned = 30;

    public static IEnumerable<object[]> AllConfigurations() =>
        from name in ReferenceImplementationTests.Configurations
        from cosine in new[] { false, true }
        select new object[] { name, cosine };

    [Theory]
    [MemberData(nameof(AllConfigurations))]
    public void ResumedRunIsBitIdenticalFloat32(string name, bool cosine) => AssertResumeIsExact<float>(name, cosine);

    [Theory]
    [MemberData(nameof(AllConfigurations))]
    public void ResumedRunIsBitIdenticalFloat64(string name, bool cosine) => AssertResumeIsExact<double>(name, cosine);

    private static void AssertResumeIsExact<T>(string name, bool cosine) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var problem = new SeededSmoothProblem(N, seed: 21);
        IGradientOptimizer<T> uninterrupted = OptimizerCatalog.Create<T>(name, N, Planned, 0.05, cosine);
        IGradientOptimizer<T> first = OptimizerCatalog.Create<T>(name, N, Planned, 0.05, cosine);
        T[] a = problem.Start.Select(T.CreateChecked).ToArray();
        T[] b = (T[])a.Clone();
        RunSteps(problem, uninterrupted, a, 17);
        RunSteps(problem, first, b, 9);

        using var saved = new MemoryStream();
        first.SaveState(saved);
        saved.Position = 0;
        IGradientOptimizer<T> resumed = OptimizerCatalog.Create<T>(name, N, Planned, 0.05, cosine);
        resumed.LoadState(saved);
        Assert.Equal(saved.Length, saved.Position);
        Assert.Equal(9, resumed.StepCount);
        RunSteps(problem, resumed, b, 8);

        Assert.Equal(17, resumed.StepCount);
        Assert.Equal(Bits(a), Bits(b));
        Assert.Equal(Bytes(uninterrupted), Bytes(resumed));
    }

    [Theory]
    [MemberData(nameof(AllConfigurations))]
    public void SaveLoadSaveGivesTheSameBytes(string name, bool cosine)
    {
        var problem = new SeededSmoothProblem(N, seed: 2);
        IGradientOptimizer<double> optimizer = OptimizerCatalog.Create<double>(name, N, Planned, 0.05, cosine);
        RunSteps(problem, optimizer, (double[])problem.Start.Clone(), 5);
        byte[] once = Bytes(optimizer);
        IGradientOptimizer<double> copy = OptimizerCatalog.Create<double>(name, N, Planned, 0.05, cosine);
        copy.LoadState(new MemoryStream(once));
        Assert.Equal(once, Bytes(copy));
    }

    [Fact]
    public void StatesCanBeEmbeddedBackToBackInOneStream()
    {
        // LoadState reads exactly its own bytes, so a checkpoint can hold several states (and other data).
        var problem = new SeededSmoothProblem(N, seed: 8);
        var adam = new AdamOptimizer<float>(N);
        var soaa = new SoaaOptimizer<double>(N, new SoaaOptions { PlannedSteps = Planned });
        RunSteps(problem, adam, problem.Start.Select(v => (float)v).ToArray(), 3);
        RunSteps(problem, soaa, (double[])problem.Start.Clone(), 5);
        using var checkpoint = new MemoryStream();
        adam.SaveState(checkpoint);
        soaa.SaveState(checkpoint);
        checkpoint.WriteByte(42);

        checkpoint.Position = 0;
        var adamCopy = new AdamOptimizer<float>(N);
        var soaaCopy = new SoaaOptimizer<double>(N, new SoaaOptions { PlannedSteps = Planned });
        adamCopy.LoadState(checkpoint);
        soaaCopy.LoadState(checkpoint);
        Assert.Equal(42, checkpoint.ReadByte());
        Assert.Equal(Bytes(adam), Bytes(adamCopy));
        Assert.Equal(Bytes(soaa), Bytes(soaaCopy));
    }

    [Fact]
    public void LoadingIntoAnotherKindIsRefused()
    {
        byte[] adamState = Bytes(new AdamOptimizer<double>(N));
        var e = Assert.Throws<InvalidDataException>(() => new AdamWOptimizer<double>(N).LoadState(new MemoryStream(adamState)));
        Assert.Contains("Adam", e.Message);
        Assert.Contains("AdamW", e.Message);
    }

    [Fact]
    public void LoadingIntoAnotherSizeIsRefused()
    {
        byte[] state = Bytes(new SgdOptimizer<double>(N, new SgdOptions { Momentum = 0.9 }));
        var e = Assert.Throws<InvalidDataException>(() => new SgdOptimizer<double>(N + 1, new SgdOptions { Momentum = 0.9 }).LoadState(new MemoryStream(state)));
        Assert.Contains($"{N} parameters", e.Message);
        Assert.Contains($"{N + 1}", e.Message);
    }

    [Fact]
    public void LoadingIntoAnotherPrecisionIsRefused()
    {
        byte[] state = Bytes(new AdamOptimizer<float>(N));
        var e = Assert.Throws<InvalidDataException>(() => new AdamOptimizer<double>(N).LoadState(new MemoryStream(state)));
        Assert.Contains("System.Single", e.Message);
    }

    [Fact]
    public void LoadingWithOtherHyperParametersIsRefusedNamingThem()
    {
        byte[] state = Bytes(new AdamOptimizer<double>(N, new AdamOptions { Beta1 = 0.8 }));
        var e = Assert.Throws<InvalidDataException>(() => new AdamOptimizer<double>(N).LoadState(new MemoryStream(state)));
        Assert.Contains("Beta1", e.Message);

        byte[] soaa = Bytes(new SoaaOptimizer<double>(N, new SoaaOptions { PlannedSteps = 100 }));
        e = Assert.Throws<InvalidDataException>(() => new SoaaOptimizer<double>(N, new SoaaOptions { PlannedSteps = 200 }).LoadState(new MemoryStream(soaa)));
        Assert.Contains("PlannedSteps", e.Message);

        byte[] ams = Bytes(new AdamOptimizer<double>(N, new AdamOptions { AmsGrad = true }));
        e = Assert.Throws<InvalidDataException>(() => new AdamOptimizer<double>(N).LoadState(new MemoryStream(ams)));
        Assert.Contains("AmsGrad", e.Message);
    }

    [Fact]
    public void TruncatedOrForeignDataIsRefused()
    {
        byte[] state = Bytes(new AdamOptimizer<double>(N));
        for (int length = 0; length < state.Length; length += 7)
        {
            Assert.Throws<InvalidDataException>(() => new AdamOptimizer<double>(N).LoadState(new MemoryStream(state, 0, length)));
        }

        byte[] foreign = (byte[])state.Clone();
        foreign[0] = (byte)'X';
        Assert.Contains("magic", Assert.Throws<InvalidDataException>(() => new AdamOptimizer<double>(N).LoadState(new MemoryStream(foreign))).Message);

        byte[] future = (byte[])state.Clone();
        future[4] = 99;
        Assert.Contains("version 99", Assert.Throws<InvalidDataException>(() => new AdamOptimizer<double>(N).LoadState(new MemoryStream(future))).Message);
    }

    [Fact]
    public void AFailedLoadLeavesTheOptimizerUnchanged()
    {
        var problem = new SeededSmoothProblem(N, seed: 4);
        var optimizer = new SoaaOptimizer<double>(N, new SoaaOptions { PlannedSteps = Planned });
        RunSteps(problem, optimizer, (double[])problem.Start.Clone(), 4);
        byte[] before = Bytes(optimizer);

        var other = new SoaaOptimizer<double>(N, new SoaaOptions { PlannedSteps = Planned });
        RunSteps(problem, other, (double[])problem.Start.Clone(), 6);
        byte[] otherState = Bytes(other);
        Assert.Throws<InvalidDataException>(() => optimizer.LoadState(new MemoryStream(otherState, 0, otherState.Length - 5)));

        Assert.Equal(before, Bytes(optimizer));
        Assert.NotEqual(before, otherState);
    }

    [Fact]
    public void NullOrWrongWayStreamsAreRefused()
    {
        var optimizer = new AdamOptimizer<double>(N);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => optimizer.SaveState(null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => optimizer.LoadState(null!)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => optimizer.SaveState(new MemoryStream([], writable: false))).ParamName);
    }

    private static void RunSteps<T>(ITestProblem problem, IGradientOptimizer<T> optimizer, T[] x, int steps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var xd = new double[x.Length];
        var gd = new double[x.Length];
        var g = new T[x.Length];
        for (int k = 0; k < steps; k++)
        {
            double loss = ProblemRunner.Evaluate(problem, x, xd, gd, g);
            optimizer.Step(x, g, loss);
        }
    }

    private static byte[] Bytes<T>(IGradientOptimizer<T> optimizer) where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var stream = new MemoryStream();
        optimizer.SaveState(stream);
        return stream.ToArray();
    }

    private static long[] Bits<T>(T[] values) where T : unmanaged, IFloatingPointIeee754<T> =>
        values.Select(v => BitConverter.DoubleToInt64Bits(double.CreateChecked(v))).ToArray();
}
