using System.Numerics;

namespace Hyperdual.Tensors.Evaluation;

/// <summary>
/// The bookkeeping behind <see cref="Modules.IChainReleasingBinder{TSelf}"/> for one evaluation: per
/// open chain, the set of workspace buffers that were alive when it began. The sets are kept for reuse,
/// so a binder reused across evaluations allocates nothing in steady state.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ChainBuffers<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly List<HashSet<T[]>> _chains = [];
    private int _open;

    /// <summary>Snapshots the active workspace's rented buffers as the new chain's survivors.</summary>
    public int Begin()
    {
        if (_open == _chains.Count)
        {
            _chains.Add(new HashSet<T[]>(ReferenceEqualityComparer.Instance));
        }

        HashSet<T[]> alive = _chains[_open];
        alive.Clear();
        Workspace<T>.Current?.AddRentedTo(alive);
        return _open++;
    }

    /// <summary>Gives back every buffer rented since the chain began except <paramref name="output"/>.</summary>
    public void EndModule(int chain, T[] output)
    {
        CheckOpen(chain);
        Workspace<T>.Current?.ReturnAllExcept(_chains[chain], output);
    }

    /// <summary>Closes the innermost chain.</summary>
    public void End(int chain)
    {
        CheckOpen(chain);
        if (chain != _open - 1)
        {
            throw new InvalidOperationException($"Chain {chain} ended while chain {_open - 1} inside it is still open.");
        }

        _chains[chain].Clear();
        _open--;
    }

    private void CheckOpen(int chain)
    {
        if ((uint)chain >= (uint)_open)
        {
            throw new ArgumentOutOfRangeException(nameof(chain), chain, $"No chain {chain} is open ({_open} open).");
        }
    }
}
