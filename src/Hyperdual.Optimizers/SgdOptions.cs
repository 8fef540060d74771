namespace Hyperdual.Optimizers;

/// <summary>Hyper-parameters of <see cref="SgdOptimizer{T}"/> (the conventions of PyTorch's SGD).</summary>
public sealed record SgdOptions
{
    /// <summary>The base learning rate η. Default 1e-2.</summary>
    public double LearningRate { get; init; } = 1e-2;

    /// <summary>The momentum μ in [0, 1); 0 turns momentum off and keeps no buffer. Default 0.</summary>
    public double Momentum { get; init; }

    /// <summary>The dampening δ in [0, 1) of the gradient added to the momentum buffer. Default 0.</summary>
    public double Dampening { get; init; }

    /// <summary>Nesterov momentum; needs <see cref="Momentum"/> &gt; 0 and <see cref="Dampening"/> = 0. Default false.</summary>
    public bool Nesterov { get; init; }

    /// <summary>The L2 weight decay λ, added to the gradient as <c>λθ</c>. Default 0.</summary>
    public double WeightDecay { get; init; }

    /// <summary>The learning-rate schedule. Default constant.</summary>
    public ILearningRateSchedule Schedule { get; init; } = ConstantSchedule.Instance;

    /// <summary>Checks every hyper-parameter.</summary>
    /// <exception cref="ArgumentException">A hyper-parameter is out of range; the exception names it.</exception>
    public void Validate()
    {
        OptionChecks.NonNegative(LearningRate, nameof(LearningRate));
        OptionChecks.DecayRate(Momentum, nameof(Momentum));
        OptionChecks.DecayRate(Dampening, nameof(Dampening));
        OptionChecks.NonNegative(WeightDecay, nameof(WeightDecay));
        OptionChecks.Schedule(Schedule);
        if (Nesterov && (Momentum == 0.0 || Dampening != 0.0))
        {
            throw new ArgumentException("Nesterov momentum needs Momentum > 0 and Dampening = 0.", nameof(Nesterov));
        }
    }
}
