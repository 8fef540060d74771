using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Hyperdual.Optimizers;

/// <summary>
/// The versioned binary format of an optimizer's saved state (little-endian):
/// <code>
/// magic    4 bytes  "HDOS"
/// version  int32    1
/// kind     int32    OptimizerKind
/// element  string   the element type's full name, e.g. "System.Single"
/// count    int64    parameter count
/// steps    int64    steps taken
/// hyper    int32 n, then n × (string name, float64 value)   hyper-parameters, compared on load
/// scalars  int32 n, then n × (string name, float64 value)   scalar state (e.g. SOAA's trust region)
/// arrays   int32 n, then n × (string name, int64 length or −1 when absent, raw elements)
/// </code>
/// Strings are .NET <see cref="BinaryWriter"/> strings (7-bit length prefix, UTF-8).
/// </summary>
internal static class OptimizerStateFile
{
    /// <summary>The current format version.</summary>
    public const int Version = 1;

    private const int MaxEntries = 64;
    private const int MaxNameLength = 64;
    private static ReadOnlySpan<byte> Magic => "HDOS"u8;

    public static void Write<T>(
        Stream destination,
        OptimizerKind kind,
        int parameterCount,
        long stepCount,
        ReadOnlySpan<KeyValuePair<string, double>> hyperParameters,
        ReadOnlySpan<KeyValuePair<string, double>> scalars,
        ReadOnlySpan<KeyValuePair<string, T[]?>> arrays)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(destination));
        }

        EnsureLittleEndian();
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((int)kind);
        writer.Write(typeof(T).FullName ?? typeof(T).Name);
        writer.Write((long)parameterCount);
        writer.Write(stepCount);
        WriteNamedValues(writer, hyperParameters);
        WriteNamedValues(writer, scalars);
        writer.Write(arrays.Length);
        foreach (KeyValuePair<string, T[]?> array in arrays)
        {
            writer.Write(array.Key);
            if (array.Value is null)
            {
                writer.Write(-1L);
            }
            else
            {
                writer.Write((long)array.Value.Length);
                writer.Write(MemoryMarshal.AsBytes(array.Value.AsSpan()));
            }
        }

        writer.Flush();
    }

    /// <summary>Reads a state and checks its header against the optimizer that loads it.</summary>
    public static OptimizerStateContents<T> Read<T>(Stream source, OptimizerKind expectedKind, int expectedParameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.CanRead)
        {
            throw new ArgumentException("The stream is not readable.", nameof(source));
        }

        EnsureLittleEndian();
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        try
        {
            Span<byte> magic = stackalloc byte[4];
            ReadExactly(reader, magic);
            if (!magic.SequenceEqual(Magic))
            {
                throw new InvalidDataException("The data is not a Hyperdual optimizer state (bad magic bytes).");
            }

            int version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"Unsupported optimizer state version {version}; this library reads version {Version}.");
            }

            var kind = (OptimizerKind)reader.ReadInt32();
            if (kind != expectedKind)
            {
                throw new InvalidDataException($"The state was saved by a {kind} optimizer and cannot be loaded into a {expectedKind} optimizer.");
            }

            string elementType = ReadName(reader);
            string expectedElementType = typeof(T).FullName ?? typeof(T).Name;
            if (elementType != expectedElementType)
            {
                throw new InvalidDataException($"The state holds {elementType} elements but this optimizer uses {expectedElementType}.");
            }

            long parameterCount = reader.ReadInt64();
            if (parameterCount != expectedParameterCount)
            {
                throw new InvalidDataException($"The state is for {parameterCount} parameters but this optimizer has {expectedParameterCount}.");
            }

            long stepCount = reader.ReadInt64();
            if (stepCount < 0)
            {
                throw new InvalidDataException($"The state's step count {stepCount} is negative.");
            }

            List<KeyValuePair<string, double>> hyperParameters = ReadNamedValues(reader);
            List<KeyValuePair<string, double>> scalars = ReadNamedValues(reader);
            int arrayCount = ReadEntryCount(reader);
            var arrays = new List<KeyValuePair<string, T[]?>>(arrayCount);
            for (int i = 0; i < arrayCount; i++)
            {
                string name = ReadName(reader);
                long length = reader.ReadInt64();
                if (length == -1)
                {
                    arrays.Add(new(name, null));
                    continue;
                }

                if (length != expectedParameterCount)
                {
                    throw new InvalidDataException($"The state array '{name}' has {length} elements; expected {expectedParameterCount}.");
                }

                var values = new T[length];
                ReadExactly(reader, MemoryMarshal.AsBytes(values.AsSpan()));
                arrays.Add(new(name, values));
            }

            return new OptimizerStateContents<T>(kind, stepCount, hyperParameters, scalars, arrays);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The optimizer state ends early (truncated data).", e);
        }
    }

    private static void WriteNamedValues(BinaryWriter writer, ReadOnlySpan<KeyValuePair<string, double>> values)
    {
        writer.Write(values.Length);
        foreach (KeyValuePair<string, double> value in values)
        {
            writer.Write(value.Key);
            writer.Write(value.Value);
        }
    }

    private static List<KeyValuePair<string, double>> ReadNamedValues(BinaryReader reader)
    {
        int count = ReadEntryCount(reader);
        var values = new List<KeyValuePair<string, double>>(count);
        for (int i = 0; i < count; i++)
        {
            string name = ReadName(reader);
            values.Add(new(name, reader.ReadDouble()));
        }

        return values;
    }

    private static int ReadEntryCount(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > MaxEntries)
        {
            throw new InvalidDataException($"The optimizer state has an implausible entry count {count}.");
        }

        return count;
    }

    private static string ReadName(BinaryReader reader)
    {
        string name = reader.ReadString();
        if (name.Length > MaxNameLength)
        {
            throw new InvalidDataException("The optimizer state has an implausibly long name.");
        }

        return name;
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            int read = reader.Read(destination);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            destination = destination[read..];
        }
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Optimizer state files are little-endian; this platform is big-endian.");
        }
    }
}
