using System.Numerics;

namespace Hyperdual.Tensors;

/// <summary>
/// A buffer arena for steady-state evaluation: while it is active on a thread, every tensor and jet
/// allocated on that thread rents its storage here; <see cref="ReleaseAll"/> takes every buffer back
/// for the next evaluation, so repeated evaluations of the same model and batch size allocate nothing.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class Workspace<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    [ThreadStatic]
    private static Workspace<T>? s_current;

    private readonly Dictionary<int, Stack<T[]>> _free = [];
    private readonly List<T[]> _rented = [];

    /// <summary>The number of buffers handed out since the last release.</summary>
    public int RentedCount => _rented.Count;

    /// <summary>The total number of elements the workspace holds (rented and free).</summary>
    public long RetainedElements { get; private set; }

    /// <summary>The number of elements in buffers handed out and not yet given back.</summary>
    public long RentedElements { get; private set; }

    /// <summary>The high-water mark of <see cref="RentedElements"/> since the workspace was created or
    /// <see cref="ResetPeak"/> was called: the peak memory of the evaluations it served, in elements.</summary>
    public long PeakRentedElements { get; private set; }

    /// <summary><see cref="PeakRentedElements"/> in bytes.</summary>
    public long PeakRentedBytes => PeakRentedElements * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    /// <summary>Starts a new high-water mark at the current <see cref="RentedElements"/>.</summary>
    public void ResetPeak() => PeakRentedElements = RentedElements;

    internal static Workspace<T>? Current => s_current;

    /// <summary>Makes this workspace the current thread's allocator until the returned scope is disposed.</summary>
    /// <returns>The scope; disposing it restores the previous allocator.</returns>
    public Scope Activate()
    {
        Workspace<T>? previous = s_current;
        s_current = this;
        return new Scope(previous);
    }

    /// <summary>Returns every rented buffer to the free lists; tensors built on them become invalid.</summary>
    public void ReleaseAll()
    {
        foreach (T[] buffer in _rented)
        {
            if (!_free.TryGetValue(buffer.Length, out Stack<T[]>? stack))
            {
                stack = new Stack<T[]>();
                _free[buffer.Length] = stack;
            }

            stack.Push(buffer);
        }

        _rented.Clear();
        RentedElements = 0;
    }

    /// <summary>Gives one rented buffer back before <see cref="ReleaseAll"/> so a later rent can reuse it;
    /// a buffer this workspace did not hand out (or already took back) is ignored.</summary>
    /// <param name="buffer">The buffer; tensors built on it become invalid.</param>
    /// <returns>Whether the buffer was taken back.</returns>
    public bool Return(T[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        int index = _rented.LastIndexOf(buffer);
        if (index < 0)
        {
            return false;
        }

        _rented[index] = _rented[^1];
        _rented.RemoveAt(_rented.Count - 1);
        PushFree(buffer);
        RentedElements -= buffer.Length;
        return true;
    }

    /// <summary>Gives back every rented buffer for which <paramref name="release"/> is true.</summary>
    internal void ReturnWhere(Func<T[], bool> release)
    {
        for (int i = _rented.Count - 1; i >= 0; i--)
        {
            T[] buffer = _rented[i];
            if (release(buffer))
            {
                _rented[i] = _rented[^1];
                _rented.RemoveAt(_rented.Count - 1);
                PushFree(buffer);
                RentedElements -= buffer.Length;
            }
        }
    }

    /// <summary>Adds every buffer handed out and not yet given back to <paramref name="set"/>.</summary>
    internal void AddRentedTo(HashSet<T[]> set)
    {
        foreach (T[] buffer in _rented)
        {
            set.Add(buffer);
        }
    }

    /// <summary>Gives back every rented buffer that is neither in <paramref name="keep"/> nor <paramref name="alsoKeep"/>.</summary>
    internal void ReturnAllExcept(HashSet<T[]> keep, T[] alsoKeep)
    {
        for (int i = _rented.Count - 1; i >= 0; i--)
        {
            T[] buffer = _rented[i];
            if (!ReferenceEquals(buffer, alsoKeep) && !keep.Contains(buffer))
            {
                _rented[i] = _rented[^1];
                _rented.RemoveAt(_rented.Count - 1);
                PushFree(buffer);
                RentedElements -= buffer.Length;
            }
        }
    }

    private void PushFree(T[] buffer)
    {
        if (!_free.TryGetValue(buffer.Length, out Stack<T[]>? stack))
        {
            stack = new Stack<T[]>();
            _free[buffer.Length] = stack;
        }

        stack.Push(buffer);
    }

    /// <summary>Rents a buffer of exactly <paramref name="length"/> elements.</summary>
    /// <param name="length">The number of elements.</param>
    /// <param name="clear">Whether to zero a reused buffer.</param>
    /// <returns>The buffer, valid until <see cref="ReleaseAll"/>.</returns>
    public T[] Rent(int length, bool clear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        T[] buffer;
        if (_free.TryGetValue(length, out Stack<T[]>? stack) && stack.Count > 0)
        {
            buffer = stack.Pop();
            if (clear)
            {
                Array.Clear(buffer);
            }
        }
        else
        {
            buffer = new T[length];
            RetainedElements += length;
        }

        _rented.Add(buffer);
        RentedElements += length;
        PeakRentedElements = Math.Max(PeakRentedElements, RentedElements);
        return buffer;
    }

    /// <summary>
    /// Rents the smallest free buffer of at least <paramref name="length"/> elements (a new exact one when
    /// none is free), not cleared: for callers that only ever use its first <paramref name="length"/>
    /// elements (the tape's gradients), so they can reuse larger buffers the forward pass gave back.
    /// </summary>
    internal T[] RentAtLeast(int length)
    {
        int best = -1;
        foreach ((int size, Stack<T[]> stack) in _free)
        {
            if (size >= length && stack.Count > 0 && (best < 0 || size < best))
            {
                best = size;
            }
        }

        if (best < 0)
        {
            return Rent(length, clear: false);
        }

        T[] buffer = _free[best].Pop();
        _rented.Add(buffer);
        RentedElements += buffer.Length;
        PeakRentedElements = Math.Max(PeakRentedElements, RentedElements);
        return buffer;
    }

    /// <summary>A buffer of at least <paramref name="length"/> elements from the active workspace (see <see cref="RentAtLeast"/>), or a new exact one.</summary>
    internal static T[] RentAtLeastOrAllocate(int length) =>
        s_current is { } workspace ? workspace.RentAtLeast(length) : new T[length];

    internal static T[] RentOrAllocate(int length, bool clear) =>
        s_current is { } workspace ? workspace.Rent(length, clear) : new T[length];

    /// <summary>Restores the previously active workspace when disposed.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly Workspace<T>? _previous;

        internal Scope(Workspace<T>? previous) => _previous = previous;

        /// <inheritdoc/>
        public void Dispose() => s_current = _previous;
    }
}
