namespace Hyperdual.Optimizers.Tests;

/// <summary>Schedules against their closed forms, and their effect on an optimizer's step.</summary>
public sealed class LearningRateScheduleTests
{
    [Fact]
    public void ConstantIsOne()
    {
        foreach (long t in new long[] { 1, 2, 1000, long.MaxValue })
        {
            Assert.Equal(1.0, ConstantSchedule.Instance.Multiplier(t));
        }
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(10, 1.0)]
    [InlineData(11, 0.5)]
    [InlineData(20, 0.5)]
    [InlineData(21, 0.25)]
    [InlineData(101, 0.0009765625)]
    public void StepDecayHalvesEveryTenSteps(long step, double expected)
    {
        Assert.Equal(expected, new StepDecaySchedule(10, 0.5).Multiplier(step));
    }

    [Theory]
    [InlineData(1, 0.25)]
    [InlineData(2, 0.5)]
    [InlineData(4, 1.0)]
    [InlineData(54, 0.55)]
    [InlineData(104, 0.1)]
    [InlineData(500, 0.1)]
    public void CosineWithWarmupAndFloor(long step, double expected)
    {
        // W = 4, N = 104, floor 0.1: halfway through the decay (t = 54) the multiplier is 0.1 + 0.9/2.
        Assert.Equal(expected, new CosineSchedule(104, 4, 0.1).Multiplier(step), 14);
    }

    [Fact]
    public void CosineWithoutWarmupFollowsHalfACosine()
    {
        var schedule = new CosineSchedule(100);
        for (long t = 1; t <= 120; t++)
        {
            double expected = 0.5 * (1 + Math.Cos(Math.PI * Math.Min(t, 100) / 100.0));
            Assert.Equal(expected, schedule.Multiplier(t), 14);
        }
    }

    [Fact]
    public void TheScheduleScalesSgdsStep()
    {
        // Plain SGD moves by exactly η·multiplier(t)·g, so the schedule is visible step by step.
        var schedule = new StepDecaySchedule(2, 0.1);
        var sgd = new SgdOptimizer<double>(1, new SgdOptions { LearningRate = 0.5, Schedule = schedule });
        double[] theta = [0.0];
        double[] expected = [-0.5, -1.0, -1.05, -1.1, -1.105];
        for (int k = 0; k < expected.Length; k++)
        {
            sgd.Step(theta, [1.0], 0.0);
            Assert.Equal(expected[k], theta[0], 14);
        }
    }
}
