using System.Numerics;
using Hyperdual.Tensors.Modules;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>
/// Binds parameters as jets of θ + Σ tᵢvᵢ: the value is the parameter's block of θ, tangent i its
/// block of direction vᵢ (written straight into the jet's buffer, generated from the seed when the
/// directions are seeded), and no second-order part. Inside a <see cref="Sequential"/> chain it gives
/// back each module's dead jets (its input, its bound parameters, its intermediates) as the module
/// returns, so an evaluation's memory does not grow with depth.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class JetBinder<T> : IChainReleasingBinder<Jet<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ReadOnlyMemory<double> _parameters;
    private readonly Directions _directions;
    private readonly JetPairs _pairs;
    private readonly int _maxThreads;
    private readonly ChainBuffers<T> _chains = new();

    /// <summary>Creates the binder.</summary>
    /// <param name="parameters">The flat parameter vector θ.</param>
    /// <param name="directions">The K directions, each as long as θ.</param>
    /// <param name="pairs">The tracked second-order pairs (null: all pairs).</param>
    /// <param name="maxThreads">The most threads that fill a large parameter's tangents (null: <see cref="Kernels.KernelSettings.MaxThreads"/>).</param>
    public JetBinder(ReadOnlyMemory<double> parameters, Directions directions, JetPairs? pairs = null, int? maxThreads = null)
    {
        if (maxThreads is { } threads)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(maxThreads));
        }

        _maxThreads = maxThreads ?? Kernels.KernelSettings.MaxThreads;
        ArgumentNullException.ThrowIfNull(directions);
        _pairs = pairs ?? JetPairs.All(directions.K);
        if (_pairs.K != directions.K)
        {
            throw new ArgumentException($"The pairs are for K = {_pairs.K} but there are {directions.K} directions.", nameof(pairs));
        }

        if (directions.Dimension != parameters.Length)
        {
            throw new ArgumentException(
                $"The directions have dimension {directions.Dimension} but there are {parameters.Length} parameters.", nameof(directions));
        }

        _parameters = parameters;
        _directions = directions;
    }

    /// <inheritdoc/>
    public Jet<T> Bind(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        BinderChecks.Fits(parameter, _parameters.Length);
        Jet<T> jet = Jet<T>.Allocate(parameter.Shape, _pairs, hasTangents: true, hasSecondOrder: false, clear: false);
        ReadOnlySpan<double> source = _parameters.Span.Slice(parameter.Offset, parameter.Length);
        Span<T> value = jet.Value;
        for (int e = 0; e < source.Length; e++)
        {
            value[e] = T.CreateTruncating(source[e]);
        }

        // Directions are counter-based: every block is generated independently, so large parameters
        // are filled in parallel blocks with the same result as one sequential fill.
        const int block = 1 << 15;
        int blocks = (parameter.Length + block - 1) / block;
        int threads = Math.Min(_maxThreads, _directions.K * blocks);
        if (threads <= 1)
        {
            for (int i = 0; i < _directions.K; i++)
            {
                _directions.Fill(i, parameter.Offset, jet.Tangent(i));
            }
        }
        else
        {
            Parallel.For(0, _directions.K * blocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, task =>
            {
                int i = task / blocks, start = task % blocks * block;
                int length = Math.Min(block, parameter.Length - start);
                _directions.Fill(i, parameter.Offset + start, jet.Tangent(i).Slice(start, length));
            });
        }

        return jet;
    }

    /// <inheritdoc/>
    public int BeginChain() => _chains.Begin();

    /// <inheritdoc/>
    public void EndModule(int chain, Jet<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _chains.EndModule(chain, output.Storage);
    }

    /// <inheritdoc/>
    public void EndChain(int chain) => _chains.End(chain);
}
