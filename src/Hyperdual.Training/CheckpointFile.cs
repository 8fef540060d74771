using System.Runtime.InteropServices;
using System.Text;
using Hyperdual.Optimizers.LinearAlgebra;
using Hyperdual.Reports;

namespace Hyperdual.Training;

/// <summary>
/// Reads and writes <see cref="TrainingCheckpoint"/>s (little-endian binary, written atomically: a failed
/// write leaves the previous checkpoint as it was):
/// <code>
/// magic "HDCK", version int32 1, options (string, JSON), step int64, halvings int32, seconds float64,
/// θ (int32 n, n × float64), optimizer state (int32 length, bytes),
/// steps (int32 count, each: int64 step, 7 × float64, bool repaired), evaluations (int32 count, each: int64 step, 3 × float64)
/// </code>
/// </summary>
public static class CheckpointFile
{
    /// <summary>The checkpoint's file name inside a run folder.</summary>
    public const string FileName = "checkpoint.bin";

    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "HDCK"u8;

    /// <summary>Writes <paramref name="checkpoint"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The file.</param>
    /// <param name="checkpoint">The checkpoint.</param>
    public static void Write(string path, TrainingCheckpoint checkpoint) => Write(path, checkpoint, stream => stream);

    /// <summary>Reads a checkpoint.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="InvalidDataException">The file is not a checkpoint of this format (the message names the file).</exception>
    public static TrainingCheckpoint Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        try
        {
            return ReadFrom(stream);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"The checkpoint '{path}' is truncated.");
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The checkpoint '{path}' cannot be used: {e.Message}", e);
        }
    }

    /// <summary>Writes through <paramref name="wrap"/> (tests inject a failing stream to check atomicity).</summary>
    internal static void Write(string path, TrainingCheckpoint checkpoint, Func<Stream, Stream> wrap)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!VectorOperations.AllFinite(checkpoint.Parameters))
        {
            throw new ArgumentException("A checkpoint's parameters must be finite.", nameof(checkpoint));
        }

        AtomicFile.Write(path, stream =>
        {
            Stream target = wrap(stream);
            using var writer = new BinaryWriter(target, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(TrainingOptionsJson.Serialize(checkpoint.Options));
            writer.Write(checkpoint.Step);
            writer.Write(checkpoint.LearningRateHalvings);
            writer.Write(checkpoint.TrainingSeconds);
            writer.Write(checkpoint.Parameters.Length);
            writer.Write(MemoryMarshal.AsBytes(checkpoint.Parameters.AsSpan()));
            writer.Write(checkpoint.OptimizerState.Length);
            writer.Write(checkpoint.OptimizerState);
            writer.Write(checkpoint.Steps.Count);
            foreach (StepRecord s in checkpoint.Steps)
            {
                writer.Write(s.Step);
                writer.Write(s.TrainLoss);
                writer.Write(s.Seconds);
                writer.Write(s.DerivativeSeconds);
                writer.Write(s.LearningRate);
                writer.Write(s.SmallestEigenvalue);
                writer.Write(s.LargestEigenvalue);
                writer.Write(s.UpdateNorm);
                writer.Write(s.Repaired);
            }

            writer.Write(checkpoint.Evaluations.Count);
            foreach (EvaluationRecord e in checkpoint.Evaluations)
            {
                writer.Write(e.Step);
                writer.Write(e.Loss);
                writer.Write(e.Accuracy);
                writer.Write(e.TrainingSeconds);
            }

            writer.Flush();
        });
    }

    private static TrainingCheckpoint ReadFrom(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        Span<byte> magic = stackalloc byte[4];
        reader.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("it is not a Hyperdual training checkpoint");
        }

        int version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"format version {version} is not supported (this build reads {Version})");
        }

        TrainingOptions options = TrainingOptionsJson.Deserialize(reader.ReadString());
        long step = reader.ReadInt64();
        int halvings = reader.ReadInt32();
        double seconds = reader.ReadDouble();
        var parameters = new double[Count(reader, stream, sizeof(double))];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(parameters.AsSpan()));
        byte[] state = reader.ReadBytes(Count(reader, stream, 1));

        int stepCount = Count(reader, stream, 8 * 8);
        var steps = new List<StepRecord>(stepCount);
        for (int i = 0; i < stepCount; i++)
        {
            long s = reader.ReadInt64();
            double trainLoss = reader.ReadDouble(), stepSeconds = reader.ReadDouble(), derivative = reader.ReadDouble();
            double rate = reader.ReadDouble(), smallest = reader.ReadDouble(), largest = reader.ReadDouble(), norm = reader.ReadDouble();
            bool repaired = reader.ReadBoolean();
            steps.Add(new StepRecord(s, trainLoss, stepSeconds, derivative, rate, smallest, largest, repaired, norm));
        }

        int evaluationCount = Count(reader, stream, 4 * 8);
        var evaluations = new List<EvaluationRecord>(evaluationCount);
        for (int i = 0; i < evaluationCount; i++)
        {
            evaluations.Add(new EvaluationRecord(reader.ReadInt64(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble()));
        }

        if (!VectorOperations.AllFinite(parameters))
        {
            throw new InvalidDataException("its parameters are not all finite");
        }

        return new TrainingCheckpoint(options, step, halvings, seconds, parameters, state, steps, evaluations);
    }

    // A count read from the file, checked against the bytes left so a corrupt count cannot allocate gigabytes.
    private static int Count(BinaryReader reader, Stream stream, int bytesEach)
    {
        int count = reader.ReadInt32();
        if (count < 0 || (long)count * bytesEach > stream.Length - stream.Position)
        {
            throw new InvalidDataException($"a count of {count} does not fit the file");
        }

        return count;
    }
}
