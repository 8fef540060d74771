namespace Hyperdual.Minimization;

/// <summary>
/// Seeded standard-normal directions v ~ N(0, I) (unnormalised, as in the FoMoH reference), drawn by the
/// Box–Muller transform from <see cref="Random"/> with a fixed seed: the same seed gives the same sequence.
/// </summary>
internal sealed class GaussianDirections(int seed)
{
    private readonly Random _random = new(seed);
    private double _spare;
    private bool _hasSpare;

    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u1 = 1.0 - _random.NextDouble(); // (0, 1]
        double u2 = _random.NextDouble();
        double radius = Math.Sqrt(-2.0 * Math.Log(u1));
        double angle = 2.0 * Math.PI * u2;
        _spare = radius * Math.Sin(angle);
        _hasSpare = true;
        return radius * Math.Cos(angle);
    }

    public double[] NextVector(int length)
    {
        var v = new double[length];
        for (int i = 0; i < length; i++)
        {
            v[i] = Next();
        }

        return v;
    }
}
