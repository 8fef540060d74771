using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// The record of one reverse-mode evaluation: for every intermediate <see cref="Adjoint{T}"/> that depends
/// on a variable, its (up to two) parents and the local partial derivative with respect to each. A reverse
/// sweep over the record gives the gradient of any recorded output with respect to every variable at a cost
/// proportional to the number of nodes, independent of the number of variables.
/// </summary>
/// <typeparam name="T">The scalar type of values and partials: <see cref="double"/>, <see cref="float"/>, or
/// <see cref="Dual{T}"/> for forward-over-reverse (a gradient whose ε parts are a Hessian-vector product).</typeparam>
/// <remarks>
/// <para>
/// <b>Which tape an operation records on.</b> Generic-math operators receive no context, so the tape is passed
/// explicitly through the values: <see cref="Variable"/> makes an <see cref="Adjoint{T}"/> that refers to this
/// tape, and every operation on it records on the tape of its operands. No thread-local state is read per
/// operation. A recording belongs to the thread that opened it with <see cref="Record"/>: operating on its
/// values on another thread throws (the tape is not thread-safe; give each thread its own tape).
/// </para>
/// <para>
/// <b>One tape per evaluation, nothing kept across evaluations.</b> <see cref="Record"/> empties the tape
/// (keeping its storage, so a reused tape stops growing after the first evaluation) and opens a new
/// recording with a fresh identity. Every <see cref="Adjoint{T}"/> remembers the recording it was made in;
/// using one after its recording ended, in a later recording, or together with another tape's values throws an
/// <see cref="InvalidOperationException"/> instead of silently reading another evaluation's nodes.
/// Constants (values that depend on no variable) have no node and no tape and mix freely with everything.
/// </para>
/// <para>
/// <b>Nesting.</b> Recordings on different tapes are independent and may be open at the same time (a function
/// that takes a reverse gradient inside its own evaluation), but their values cannot be combined. Tapes of
/// different scalar types are independent too, which is what forward-over-reverse
/// (<c>Adjoint&lt;Dual&lt;double&gt;&gt;</c>) and reverse-over-forward (<c>Dual&lt;Adjoint&lt;double&gt;&gt;</c>) use.
/// </para>
/// <para>
/// <b>Non-differentiable points.</b> The local partials copy the choices of <see cref="Dual{T}"/> (see
/// <see cref="Adjoint{T}"/>). Infinite or NaN partials are stored as they are; the reverse sweep treats a
/// zero adjoint or a zero partial as an exact zero (<c>0 × ∞ = 0</c>), the reverse counterpart of the
/// forward rule that a part that does not move stays still.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var tape = new GradientTape&lt;double&gt;();
/// using (tape.Record())
/// {
///     Adjoint&lt;double&gt; x = tape.Variable(3.0), y = tape.Variable(2.0);
///     Adjoint&lt;double&gt; z = x * y + Adjoint&lt;double&gt;.Sin(x);
///     double[] gradient = tape.Gradient(z, [x, y]); // [y + cos x, x]
/// }
/// </code>
/// </example>
public sealed class GradientTape<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>A tape kept per thread for <see cref="ReverseDerivatives"/>, reused across evaluations.</summary>
    [ThreadStatic]
    private static GradientTape<T>? cached;

    /// <summary>The identity of the last recording opened on any tape of this scalar type.</summary>
    private static int lastRecording;

    private Node[] nodes;
    private int count;
    private T[] adjoints = [];

    /// <summary>The identity of the current (or last) recording; 0 before the first.</summary>
    private int recording;

    /// <summary>The identity of the recording while it is open, 0 when none is.</summary>
    private int liveRecording;

    /// <summary>The managed thread that opened the live recording.</summary>
    private int ownerThread;

    /// <summary>Creates an empty tape with room for 256 nodes (it grows as needed).</summary>
    public GradientTape()
        : this(256)
    {
    }

    /// <summary>Creates an empty tape with room for <paramref name="initialCapacity"/> nodes (it grows as needed).</summary>
    /// <param name="initialCapacity">The number of nodes to make room for; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCapacity"/> is less than 1.</exception>
    public GradientTape(int initialCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialCapacity, 1);
        nodes = new Node[initialCapacity];
    }

    /// <summary>Gets the number of nodes of the current (or last) recording: one per variable and one per
    /// operation whose result depends on a variable.</summary>
    public int Count => count;

    /// <summary>Gets the number of nodes the tape has room for before it must grow.</summary>
    public int Capacity => nodes.Length;

    /// <summary>Gets whether this tape is recording (between <see cref="Record"/> and disposing its scope).</summary>
    public bool IsRecording => liveRecording != 0;

    /// <summary>
    /// Empties the tape and opens a recording owned by the calling thread until the returned scope is disposed.
    /// Values of earlier recordings become unusable.
    /// </summary>
    /// <returns>The scope; dispose it to stop recording (the nodes stay readable by <see cref="Gradient(Adjoint{T}, ReadOnlySpan{Adjoint{T}})"/>
    /// until the next recording).</returns>
    /// <exception cref="InvalidOperationException">This tape is already recording.</exception>
    public RecordingScope Record()
    {
        if (IsRecording)
        {
            throw new InvalidOperationException("This tape is already recording; dispose its scope before recording again.");
        }

        int identity = Interlocked.Increment(ref lastRecording);
        if (identity == 0)
        {
            // Zero marks a constant; skip it when the counter wraps.
            identity = Interlocked.Increment(ref lastRecording);
        }

        count = 0;
        recording = identity;
        liveRecording = identity;
        ownerThread = Environment.CurrentManagedThreadId;
        return new RecordingScope(this, identity);
    }

    /// <summary>Creates an independent variable: a new node with no parents.</summary>
    /// <param name="value">The variable's value.</param>
    /// <returns>The variable.</returns>
    /// <exception cref="InvalidOperationException">This tape is not recording, or the recording belongs to another thread.</exception>
    public Adjoint<T> Variable(T value)
    {
        if (!IsRecording)
        {
            throw new InvalidOperationException("Variables can only be created while the tape is recording; call Record() first.");
        }

        EnsureLive(recording);
        return new Adjoint<T>(value, this, Push(new Node(-1, T.Zero, -1, T.Zero)), recording);
    }

    /// <summary>The gradient of <paramref name="output"/> with respect to <paramref name="variables"/>, by one reverse sweep.</summary>
    /// <param name="output">A value of this tape's current recording, or a constant (whose gradient is zero).</param>
    /// <param name="variables">Nodes of this tape's current recording (usually the ones from <see cref="Variable"/>).</param>
    /// <returns>A new array: ∂output/∂variables[i] for each i.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> or one of <paramref name="variables"/> does
    /// not belong to this tape's current recording.</exception>
    public T[] Gradient(Adjoint<T> output, ReadOnlySpan<Adjoint<T>> variables)
    {
        var gradient = new T[variables.Length];
        Gradient(output, variables, gradient);
        return gradient;
    }

    /// <summary>Writes the gradient of <paramref name="output"/> with respect to <paramref name="variables"/> to <paramref name="gradient"/>.</summary>
    /// <param name="output">A value of this tape's current recording, or a constant (whose gradient is zero).</param>
    /// <param name="variables">Nodes of this tape's current recording.</param>
    /// <param name="gradient">Receives ∂output/∂variables[i]; same length as <paramref name="variables"/>.</param>
    /// <exception cref="ArgumentException">A length differs, or an argument does not belong to this tape's current recording.</exception>
    public void Gradient(Adjoint<T> output, ReadOnlySpan<Adjoint<T>> variables, Span<T> gradient)
    {
        if (gradient.Length != variables.Length)
        {
            throw new ArgumentException(
                $"The destination has {gradient.Length} elements but there are {variables.Length} variables.", nameof(gradient));
        }

        for (int i = 0; i < variables.Length; i++)
        {
            if (!ReferenceEquals(variables[i].Tape, this) || variables[i].Recording != recording)
            {
                throw new ArgumentException(
                    $"Variable {i} is not a node of this tape's current recording (it is a constant, or comes from another evaluation or tape).",
                    nameof(variables));
            }
        }

        if (output.IsConstant)
        {
            gradient.Fill(T.Zero);
            return;
        }

        if (!ReferenceEquals(output.Tape, this) || output.Recording != recording)
        {
            throw new ArgumentException("The output does not belong to this tape's current recording.", nameof(output));
        }

        int top = output.NodeIndex;
        Sweep(top);
        for (int i = 0; i < variables.Length; i++)
        {
            int index = variables[i].NodeIndex;
            gradient[i] = index <= top ? adjoints[index] : T.Zero;
        }
    }

    /// <summary>Returns a tape for the calling thread to record one evaluation on: the thread's cached tape
    /// when it is free, a new one when it is in use (a nested evaluation).</summary>
    internal static GradientTape<T> ForCurrentThread()
    {
        GradientTape<T> tape = cached ??= new GradientTape<T>();
        return tape.IsRecording ? new GradientTape<T>() : tape;
    }

    /// <summary>Records a node with one parent, an operand of <paramref name="recordingOfOperand"/>.</summary>
    /// <returns>The new value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Adjoint<T> RecordNode(int recordingOfOperand, T value, int parent, T partial)
    {
        EnsureLive(recordingOfOperand);
        return new Adjoint<T>(value, this, Push(new Node(parent, partial, -1, T.Zero)), recordingOfOperand);
    }

    /// <summary>Records a node with two parents, operands of <paramref name="recordingOfOperands"/>.</summary>
    /// <returns>The new value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Adjoint<T> RecordNode(int recordingOfOperands, T value, int left, T leftPartial, int right, T rightPartial)
    {
        EnsureLive(recordingOfOperands);
        return new Adjoint<T>(value, this, Push(new Node(left, leftPartial, right, rightPartial)), recordingOfOperands);
    }

    /// <summary>The exception for two operands of different recordings.</summary>
    internal static InvalidOperationException MixedRecordings() => new(
        $"The operands of an Adjoint<{typeof(T).Name}> operation come from different recordings: values from one evaluation " +
        "(or one tape) cannot be combined with values from another.");

    /// <summary>Throws unless <paramref name="recordingOfOperand"/> is this tape's open recording and the calling
    /// thread owns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureLive(int recordingOfOperand)
    {
        if (recordingOfOperand != liveRecording || ownerThread != Environment.CurrentManagedThreadId)
        {
            ThrowNotLive(recordingOfOperand);
        }
    }

    private void ThrowNotLive(int recordingOfOperand)
    {
        string problem = recordingOfOperand != recording ? "comes from an earlier evaluation on this tape"
            : liveRecording == 0 ? "belongs to a recording that has ended"
            : "belongs to a recording owned by another thread";
        throw new InvalidOperationException(
            $"This Adjoint<{typeof(T).Name}> {problem}: values of one recording cannot be used in another, " +
            "and each thread records on its own tape (see GradientTape.Record).");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Push(Node node)
    {
        if (count == nodes.Length)
        {
            Array.Resize(ref nodes, nodes.Length * 2);
        }

        nodes[count] = node;
        return count++;
    }

    // Reverse sweep: adjoint(top) = 1; for each node from top down, adjoint(parent) += adjoint(node)·∂node/∂parent.
    // Nodes are recorded after their parents, so one pass in reverse order is a topological order.

    /// <summary>Fills <see cref="adjoints"/>[0..top] with ∂node(top)/∂node(i).</summary>
    private void Sweep(int top)
    {
        if (adjoints.Length < count)
        {
            adjoints = new T[nodes.Length];
        }

        Span<T> adjoint = adjoints.AsSpan(0, top + 1);
        adjoint.Fill(T.Zero);
        adjoint[top] = T.One;
        for (int i = top; i >= 0; i--)
        {
            T a = adjoint[i];
            if (SweepZero<T>.IsZero(a))
            {
                continue;
            }

            ref readonly Node node = ref nodes[i];
            if (node.Left >= 0 && !SweepZero<T>.IsZero(node.LeftPartial))
            {
                adjoint[node.Left] += a * node.LeftPartial;
            }

            if (node.Right >= 0 && !SweepZero<T>.IsZero(node.RightPartial))
            {
                adjoint[node.Right] += a * node.RightPartial;
            }
        }
    }

    /// <summary>Stops the recording that <paramref name="identity"/> names, if it is still the current one.</summary>
    private void EndRecording(int identity)
    {
        if (liveRecording == identity)
        {
            liveRecording = 0;
        }
    }

    /// <summary>A recorded operation: up to two parents (−1 for none) and the partial derivative with respect to each.</summary>
    private readonly record struct Node(int Left, T LeftPartial, int Right, T RightPartial);

    /// <summary>The scope of one recording; disposing it ends the recording.</summary>
    public readonly struct RecordingScope : IDisposable
    {
        private readonly GradientTape<T>? tape;
        private readonly int identity;

        internal RecordingScope(GradientTape<T> tape, int identity)
        {
            this.tape = tape;
            this.identity = identity;
        }

        /// <summary>Stops the recording (a second call does nothing).</summary>
        public void Dispose() => tape?.EndRecording(identity);
    }
}
