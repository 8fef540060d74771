using System.Numerics;

namespace Hyperdual.Optimizers.Tests;

/// <summary>
/// The vector body and the scalar tail of each update evaluate the same expressions: with every element
/// given the same value and gradient, all elements stay bit-identical for every length 1–80, so no
/// element's result depends on whether it fell in a vector or in the tail.
/// </summary>
public sealed class ElementPositionTests
{
    public static IEnumerable<object[]> Cases() =>
        from name in ReferenceImplementationTests.Configurations select new object[] { name };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryLengthGivesIdenticalElementsFloat32(string name) => AssertUniform<float>(name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryLengthGivesIdenticalElementsFloat64(string name) => AssertUniform<double>(name);

    private static void AssertUniform<T>(string name) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int n = 1; n <= 80; n++)
        {
            IGradientOptimizer<T> optimizer = OptimizerCatalog.Create<T>(name, n, 20, 0.05);
            var theta = new T[n];
            var g = new T[n];
            Array.Fill(theta, T.CreateChecked(0.75));
            for (int step = 1; step <= 6; step++)
            {
                // A scalar problem f(x) = (x − 0.2)² + 0.3 sin(3x), replicated in every element.
                double x = double.CreateChecked(theta[0]);
                Array.Fill(g, T.CreateChecked((2 * (x - 0.2)) + (0.9 * Math.Cos(3 * x))));
                optimizer.Step(theta, g, n * ((x - 0.2) * (x - 0.2)));
                Assert.All(theta, value => Assert.Equal(theta[0], value));
            }

            Assert.NotEqual(T.CreateChecked(0.75), theta[0]);
        }
    }
}
