using Hyperdual.Experiments.Mnist;

namespace Hyperdual.Experiments.Tests.Mnist;

public sealed class MnistModelPlanTests
{
    [Fact]
    public void The_default_budgets_are_evaluated_at_the_reference_steps()
    {
        MnistStudyOptions options = MnistStudyOptions.Create(quick: false, seeds: null, dataDirectory: null);
        MnistModelPlan logreg = options.Models.Single(m => m.Model == "logreg");
        MnistModelPlan cnn = options.Models.Single(m => m.Model == "cnn");
        Assert.Equal([100L, 200L, 300L], logreg.Checkpoints);
        Assert.True(logreg.ReachesReferenceStep);
        Assert.Equal(1024, logreg.BatchSize);
        Assert.Equal(2048, cnn.BatchSize);
        Assert.Contains(15L, cnn.Checkpoints);
        Assert.True(cnn.ReachesReferenceStep);
        Assert.Null(options.Subset);
    }

    [Fact]
    public void Checkpoints_round_down_to_evaluations_and_add_the_reference_step()
    {
        var plan = new MnistModelPlan("logreg", 1024, 700, 50, [0], 100, 3);
        Assert.Equal([200L, 300L, 450L, 700L], plan.Checkpoints);
        Assert.True(plan.ReachesReferenceStep);
        var shortPlan = new MnistModelPlan("cnn", 128, 4, 2, [0], 2, 2);
        Assert.Equal([2L, 4L], shortPlan.Checkpoints);
        Assert.False(shortPlan.ReachesReferenceStep);
    }

    [Fact]
    public void Seeds_given_replace_every_models_seeds_and_none_is_refused()
    {
        MnistStudyOptions options = MnistStudyOptions.Create(quick: true, seeds: [4, 5], dataDirectory: "x");
        Assert.All(options.Models, m => Assert.Equal([4UL, 5UL], m.Seeds));
        Assert.Equal("x", options.DataDirectory);
        Assert.Throws<ArgumentException>(() => MnistStudyOptions.Create(quick: false, seeds: [], dataDirectory: null));
    }
}
