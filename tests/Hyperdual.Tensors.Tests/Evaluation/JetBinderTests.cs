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
        Jet<double> jet = new JetBinder<double>(parameters.ValuesArray, directions).Bind(large);
        Assert.Equal(parameters.ValuesArray.AsSpan(large.Offset, large.Length).ToArray(), jet.Value.ToArray());
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(directions.ToArray(i).AsSpan(large.Offset, large.Length).ToArray(), jet.Tangent(i).ToArray());
        }

        Assert.False(jet.HasSecondOrder);
    }
}
