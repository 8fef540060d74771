using System.Numerics;

namespace Hyperdual.Optimizers;

/// <summary>
/// What Adam and AdamW share: the moments state, the step, and saving/loading. The two differ only in
/// where weight decay enters (the gradient for Adam, the parameters for AdamW), so each is this core
/// with one decay switched on, not a copy.
/// </summary>
internal sealed class AdamCore<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const string MuName = "mu";
    private const string NuName = "nu";
    private const string NuMaxName = "nuMax";

    private readonly OptimizerKind kind;
    private readonly double learningRate;
    private readonly double beta1;
    private readonly double beta2;
    private readonly double epsilon;
    private readonly double weightDecay;
    private readonly bool decoupled;
    private readonly ILearningRateSchedule schedule;

    public AdamCore(
        OptimizerKind kind,
        int parameterCount,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        double weightDecay,
        bool decoupled,
        bool amsGrad,
        ILearningRateSchedule schedule)
    {
        OptionChecks.ParameterCount(parameterCount);
        this.kind = kind;
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
        this.schedule = schedule;
        ParameterCount = parameterCount;
        State = new AdamState<T>(parameterCount, amsGrad);
    }

    public int ParameterCount { get; }

    public AdamState<T> State { get; }

    public void Step(Span<T> parameters, ReadOnlySpan<T> gradient)
    {
        OptionChecks.StepSpans(parameters, gradient, ParameterCount);
        long t = State.Count + 1;
        double rate = OptionChecks.ScheduledRate(learningRate, schedule, t);
        AdamKernel.Step(
            parameters,
            gradient,
            State,
            t,
            rate,
            beta1,
            beta2,
            epsilon,
            coupledDecay: decoupled ? 0.0 : weightDecay,
            decoupledDecay: decoupled ? weightDecay : 0.0);
        State.Count = t;
    }

    public void Save(Stream destination) =>
        OptimizerStateFile.Write<T>(
            destination,
            kind,
            ParameterCount,
            State.Count,
            HyperParameters(),
            [],
            [new(MuName, State.Mu), new(NuName, State.Nu), new(NuMaxName, State.NuMax)]);

    public void Load(Stream source)
    {
        OptimizerStateContents<T> contents = OptimizerStateFile.Read<T>(source, kind, ParameterCount);
        contents.RequireHyperParameters(HyperParameters());
        T[] mu = contents.Array(MuName, mustExist: true)!;
        T[] nu = contents.Array(NuName, mustExist: true)!;
        T[]? nuMax = contents.Array(NuMaxName, mustExist: State.NuMax is not null);
        mu.CopyTo(State.Mu, 0);
        nu.CopyTo(State.Nu, 0);
        nuMax?.CopyTo(State.NuMax!, 0);
        State.Count = contents.StepCount;
    }

    private KeyValuePair<string, double>[] HyperParameters() =>
    [
        new(nameof(AdamOptions.LearningRate), learningRate),
        new(nameof(AdamOptions.Beta1), beta1),
        new(nameof(AdamOptions.Beta2), beta2),
        new(nameof(AdamOptions.Epsilon), epsilon),
        new(nameof(AdamOptions.WeightDecay), weightDecay),
        new(nameof(AdamOptions.AmsGrad), State.NuMax is not null ? 1.0 : 0.0),
    ];
}
