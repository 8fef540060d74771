using System.Diagnostics.CodeAnalysis;
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
/// <remarks>
/// An evaluation split into micro-batches binds every parameter once per part. There the owner hands the
/// binder one buffer for the whole evaluation (<see cref="HoldDrawn"/>): each parameter's value and
/// directions are drawn into it on the first part and later parts get views of the same numbers, so the
/// directions are generated once per evaluation whatever the number of parts.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed class JetBinder<T> : IChainReleasingBinder<Jet<T>> where T : unmanaged, IFloatingPointIeee754<T>
{
    // Directions are counter-based: every block is generated independently, so large parameters
    // are filled in parallel blocks with the same result as one sequential fill.
    private const int FillBlock = 1 << 15;

    private readonly ChainBuffers<T> _chains = new();
    private ReadOnlyMemory<double> _parameters;
    private Directions _directions;
    private JetPairs _pairs;
    private int _maxThreads;
    private T[]? _drawn;
    private bool[] _isDrawn = [];

    /// <summary>Creates the binder.</summary>
    /// <param name="parameters">The flat parameter vector θ.</param>
    /// <param name="directions">The K directions, each as long as θ.</param>
    /// <param name="pairs">The tracked second-order pairs (null: all pairs).</param>
    /// <param name="maxThreads">The most threads that fill a large parameter's tangents (the owner's thread count; 1: the calling thread only).</param>
    public JetBinder(ReadOnlyMemory<double> parameters, Directions directions, JetPairs? pairs, int maxThreads)
    {
        Reset(parameters, directions, pairs, maxThreads);
    }

    /// <summary>The number of elements <see cref="HoldDrawn"/> needs: every parameter's value and K tangents.</summary>
    /// <param name="parameterCount">The length of θ.</param>
    /// <param name="k">The number of directions.</param>
    /// <returns>(1 + K) × <paramref name="parameterCount"/>.</returns>
    public static long DrawnLength(int parameterCount, int k) => (1L + k) * parameterCount;

    /// <inheritdoc/>
    public Jet<T> Bind(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        BinderChecks.Fits(parameter, _parameters.Length);
        if (_drawn is null)
        {
            Jet<T> jet = Jet<T>.Allocate(parameter.Shape, _pairs, hasTangents: true, hasSecondOrder: false, clear: false);
            Draw(parameter, jet);
            return jet;
        }

        var view = new Jet<T>(_drawn, (1 + _directions.K) * parameter.Offset, parameter.Shape.ToArray(), _pairs, hasTangents: true, hasSecondOrder: false);
        if (parameter.Index >= _isDrawn.Length)
        {
            Array.Resize(ref _isDrawn, Math.Max(parameter.Index + 1, 2 * _isDrawn.Length));
        }

        if (!_isDrawn[parameter.Index])
        {
            Draw(parameter, view);
            _isDrawn[parameter.Index] = true;
        }

        return view;
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

    /// <summary>Points the binder at another θ and directions, keeping its bookkeeping for reuse (and dropping any held buffer).</summary>
    [MemberNotNull(nameof(_directions), nameof(_pairs))]
    internal void Reset(ReadOnlyMemory<double> parameters, Directions directions, JetPairs? pairs, int maxThreads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads, 1);
        ArgumentNullException.ThrowIfNull(directions);
        pairs ??= JetPairs.All(directions.K);
        if (pairs.K != directions.K)
        {
            throw new ArgumentException($"The pairs are for K = {pairs.K} but there are {directions.K} directions.", nameof(pairs));
        }

        if (directions.Dimension != parameters.Length)
        {
            throw new ArgumentException(
                $"The directions have dimension {directions.Dimension} but there are {parameters.Length} parameters.", nameof(directions));
        }

        _parameters = parameters;
        _directions = directions;
        _pairs = pairs;
        _maxThreads = maxThreads;
        HoldDrawn(null);
    }

    /// <summary>From now on binds views of <paramref name="buffer"/> (at least <see cref="DrawnLength"/> elements, alive
    /// until the binder is reset or given another buffer), drawing each parameter into it the first time it is bound;
    /// null: binds fresh jets, drawn every time.</summary>
    internal void HoldDrawn(T[]? buffer)
    {
        if (buffer is not null && buffer.Length < DrawnLength(_parameters.Length, _directions.K))
        {
            throw new ArgumentException($"The buffer holds {buffer.Length} elements; {DrawnLength(_parameters.Length, _directions.K)} are needed.", nameof(buffer));
        }

        _drawn = buffer;
        Array.Clear(_isDrawn);
    }

    // Writes the parameter's block of θ and of every direction into the jet's value and tangents.
    private void Draw(Parameter parameter, Jet<T> jet)
    {
        ReadOnlySpan<double> source = _parameters.Span.Slice(parameter.Offset, parameter.Length);
        Span<T> value = jet.Value;
        for (int e = 0; e < source.Length; e++)
        {
            value[e] = T.CreateTruncating(source[e]);
        }

        int blocks = (parameter.Length + FillBlock - 1) / FillBlock;
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
            Directions directions = _directions;
            Parallel.For(0, directions.K * blocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, task =>
            {
                int i = task / blocks, start = task % blocks * FillBlock;
                int length = Math.Min(FillBlock, parameter.Length - start);
                directions.Fill(i, parameter.Offset + start, jet.Tangent(i).Slice(start, length));
            });
        }
    }
}
