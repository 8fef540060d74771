using Hyperdual.Tensors.Evaluation;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Tests.Evaluation;

public sealed class JetBinderTests
{
    [Fact]
    public void LargeParameterTangentsEqualTheDirectionsAndValueEqualsTheta()
    {
        var parameters = new ParameterCollection();
        parameters.Add("small", [3], 1);
        Parameter large = parameters.Add("large", [300, 341], 1); // 102,300 elements, odd offset
        parameters.Initialize(1);
        Directions directions = Directions.FromSeed(12, 3, parameters.Count);
        Jet<double> jet = new JetBinder<double>(parameters.ValuesArray, directions, null, maxThreads: 4).Bind(large);
        Assert.Equal(parameters.ValuesArray.AsSpan(large.Offset, large.Length).ToArray(), jet.Value.ToArray());
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(directions.ToArray(i).AsSpan(large.Offset, large.Length).ToArray(), jet.Tangent(i).ToArray());
        }

        Assert.False(jet.HasSecondOrder);
    }

    [Fact]
    public void HeldBufferIsDrawnOnceAndLaterBindsShareIt()
    {
        var parameters = new ParameterCollection();
        Parameter weight = parameters.Add("w", [4, 3], 3);
        Parameter bias = parameters.Add("b", [4], 1);
        parameters.Initialize(2);
        Directions directions = Directions.FromSeed(9, 2, parameters.Count);
        var binder = new JetBinder<double>(parameters.ValuesArray, directions, null, maxThreads: 1);
        var held = new double[JetBinder<double>.DrawnLength(parameters.Count, 2)];
        binder.HoldDrawn(held);
        Jet<double> first = binder.Bind(bias);
        Assert.Equal(directions.ToArray(1).AsSpan(bias.Offset, bias.Length).ToArray(), first.Tangent(1).ToArray());

        // A later part binds the same numbers without drawing them again: a mark written into the held
        // buffer survives the second bind (drawing anew would overwrite it with direction 1's element).
        first.Tangent(1)[0] = 12345;
        Jet<double> second = binder.Bind(bias);
        Assert.Equal(12345, second.Tangent(1)[0]);
        Assert.Equal(parameters.ValuesArray.AsSpan(weight.Offset, weight.Length).ToArray(), binder.Bind(weight).Value.ToArray());

        // Another θ and directions start a fresh draw.
        Directions next = Directions.FromSeed(10, 2, parameters.Count);
        binder.Reset(parameters.ValuesArray, next, null, maxThreads: 1);
        binder.HoldDrawn(held);
        Assert.Equal(next.ToArray(1).AsSpan(bias.Offset, bias.Length).ToArray(), binder.Bind(bias).Tangent(1).ToArray());
    }
}
