namespace Hyperdual.Optimizers.Tests;

/// <summary>
/// Straightforward reference implementations, written from the papers' and PyTorch's documented
/// algorithms one element at a time in double, sharing no code with the library.
/// </summary>
public abstract class NaiveOptimizer
{
    public int T { get; private set; }

    public void Step(double[] theta, double[] g, double loss)
    {
        T++;
        Update(theta, g, loss);
    }

    protected abstract void Update(double[] theta, double[] g, double loss);

    /// <summary>The cosine multiplier with no warm-up and floor 0, written from its definition.</summary>
    public static double Cosine(long t, long total) => 0.5 * (1.0 + Math.Cos(Math.PI * Math.Min(1.0, t / (double)total)));
}

public sealed class NaiveSgd(double lr, double momentum, double dampening, bool nesterov, double weightDecay, long? cosineSteps) : NaiveOptimizer
{
    private double[]? buffer;

    protected override void Update(double[] theta, double[] grad, double loss)
    {
        double rate = cosineSteps is long n ? lr * Cosine(T, n) : lr;
        for (int i = 0; i < theta.Length; i++)
        {
            double g = grad[i] + (weightDecay * theta[i]);
            if (momentum != 0.0)
            {
                buffer ??= new double[theta.Length];
                buffer[i] = T == 1 ? g : (momentum * buffer[i]) + ((1 - dampening) * g);
                g = nesterov ? g + (momentum * buffer[i]) : buffer[i];
            }

            theta[i] -= rate * g;
        }
    }
}

public sealed class NaiveAdam(double lr, double beta1, double beta2, double eps, double l2, double decoupled, bool amsgrad, long? cosineSteps) : NaiveOptimizer
{
    private double[]? m;
    private double[]? v;
    private double[]? vMax;

    protected override void Update(double[] theta, double[] grad, double loss)
    {
        m ??= new double[theta.Length];
        v ??= new double[theta.Length];
        vMax ??= new double[theta.Length];
        double rate = cosineSteps is long n ? lr * Cosine(T, n) : lr;
        for (int i = 0; i < theta.Length; i++)
        {
            double g = grad[i] + (l2 * theta[i]);
            m[i] = (beta1 * m[i]) + ((1 - beta1) * g);
            v[i] = (beta2 * v[i]) + ((1 - beta2) * g * g);
            vMax[i] = Math.Max(vMax[i], v[i]);
            double mHat = m[i] / (1 - Math.Pow(beta1, T));
            double vHat = (amsgrad ? vMax[i] : v[i]) / (1 - Math.Pow(beta2, T));
            theta[i] = theta[i] - (rate * decoupled * theta[i]) - (rate * mHat / (Math.Sqrt(vHat) + eps));
        }
    }
}

/// <summary>SOAA written from the public transcription of the paper's equations, including the choices the library documents.</summary>
public sealed class NaiveSoaa(SoaaOptions o, long? cosineSteps) : NaiveOptimizer
{
    private double[]? m;
    private double[]? v;
    private double lossAverage;
    private double predicted;

    public double D { get; private set; } = 1.0;

    protected override void Update(double[] theta, double[] grad, double loss)
    {
        int n = theta.Length;
        m ??= new double[n];
        v ??= new double[n];
        double rate = cosineSteps is long steps ? o.LearningRate * Cosine(T, steps) : o.LearningRate;
        if (T >= 2)
        {
            double previousEstimate = lossAverage / (1 - Math.Pow(o.Beta1, T - 1));
            double rho = (previousEstimate - loss) / Math.Max(predicted, o.Epsilon);
            double e = (T - 1) / (double)o.PlannedSteps;
            if (o.AfterPlannedSteps == SoaaBandAfterPlannedSteps.HoldFinal && e > 1)
            {
                e = 1;
            }

            double lower = Math.Pow(1 - o.Gamma, e);
            double upper = 1 + Math.Pow(o.Gamma, e);
            double proposed;
            if (o.TrustRegionRule == SoaaTrustRegionRule.ClippedRatio)
            {
                proposed = rho * D;
            }
            else if (rho < o.Gamma)
            {
                proposed = (1 - o.Gamma) * D;
            }
            else if (rho > 1 - o.Gamma)
            {
                proposed = (1 + o.Gamma) * D;
            }
            else
            {
                proposed = D;
            }

            D = o.AdaptTrustRegion ? Math.Min(Math.Max(proposed, lower), upper) : 1.0;
        }

        lossAverage = (o.Beta1 * lossAverage) + ((1 - o.Beta1) * loss);
        var mHat = new double[n];
        var vHat = new double[n];
        for (int i = 0; i < n; i++)
        {
            m[i] = (o.Beta1 * m[i]) + ((1 - o.Beta1) * grad[i]);
            v[i] = (o.Beta2 * v[i]) + ((1 - o.Beta2) * grad[i] * grad[i]);
            mHat[i] = m[i] / (1 - Math.Pow(o.Beta1, T));
            vHat[i] = v[i] / (1 - Math.Pow(o.Beta2, T));
        }

        double s;
        if (o.FisherScale == SoaaFisherScale.RatioOfSums)
        {
            double num = 0, den = 0;
            for (int i = 0; i < n; i++)
            {
                num += mHat[i] * mHat[i];
                den += vHat[i] + o.Epsilon;
            }

            s = 1 + (num / den);
        }
        else
        {
            s = 1;
            for (int i = 0; i < n; i++)
            {
                s += mHat[i] * mHat[i] / (vHat[i] + o.Epsilon);
            }
        }

        double sumMu = 0, sumVuu = 0;
        for (int i = 0; i < n; i++)
        {
            double fisher = s * vHat[i];
            double u = mHat[i] * D / (Math.Max(D * fisher, Math.Sqrt(vHat[i])) + o.Epsilon);
            theta[i] = theta[i] - (rate * o.WeightDecay * theta[i]) - (rate * u);
            sumMu += mHat[i] * u;
            sumVuu += vHat[i] * u * u;
        }

        predicted = rate * (sumMu - (0.5 * sumVuu));
    }
}
