using Hyperdual.TestFunctions;

namespace Hyperdual.Tests.Reverse;

public sealed class ReverseHessianTests
{
    public static TheoryData<string, int> FunctionsAndDimensions() =>
        Hyperdual.Tests.TestFunctions.TestFunctionClosedFormTests.FunctionsAndDimensions();

    [Theory]
    [MemberData(nameof(FunctionsAndDimensions))]
    public void ForwardOverReverseHessianEqualsTheClosedFormAndTheHyperDualHessian(string name, int n)
    {
        TestFunction f = TestFunctionCatalog.Get(name);
        foreach (double[] x in DerivativesTests.SamplePoints(f, n, seed: 19))
        {
            double[,] reverse = ReverseDerivatives.Hessian(f, x);
            double[,] forward = Derivatives.Hessian(f, x);
            double[,] closedForm = f.AnalyticHessian(x);
            double scale = 1.0;
            foreach (double e in closedForm)
            {
                scale = Math.Max(scale, Math.Abs(e));
            }

            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    Assert.Equal(reverse[i, j], reverse[j, i]);
                    Assert.True(Math.Abs(reverse[i, j] - closedForm[i, j]) <= 1e-12 * scale, $"{name} H[{i},{j}] reverse {reverse[i, j]} vs closed form {closedForm[i, j]}");
                    Assert.True(Math.Abs(reverse[i, j] - forward[i, j]) <= 1e-12 * scale, $"{name} H[{i},{j}] reverse {reverse[i, j]} vs hyper-dual {forward[i, j]}");
                }
            }
        }
    }

    [Fact]
    public void BadArgumentsNameTheArgument()
    {
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => ReverseDerivatives.Hessian(new Sphere(), [])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => ReverseDerivatives.Hessian(new Sphere(), [double.NaN])).ParamName);
    }
}
