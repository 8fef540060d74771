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
        return buffer;
    }

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
