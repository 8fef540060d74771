using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Hyperdual.Reports;

/// <summary>
/// Tells a regular file from a character device, FIFO, folder or other special file. .NET exposes no
/// file type beyond "directory", so on Linux this asks the kernel with <c>statx(2)</c>, whose buffer
/// layout is the same on every architecture; elsewhere only folders and files are told apart.
/// </summary>
internal static class FileKindProbe
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int BufferSize = 256;

    /// <summary>The kind of <paramref name="fullPath"/>, following symbolic links.</summary>
    public static FileKind Get(string fullPath)
    {
        if (OperatingSystem.IsLinux() && TryStatx(fullPath, out FileKind kind))
        {
            return kind;
        }

        return System.IO.Directory.Exists(fullPath) ? FileKind.Directory : File.Exists(fullPath) ? FileKind.Regular : FileKind.Missing;
    }

    private static bool TryStatx(string fullPath, out FileKind kind)
    {
        kind = FileKind.Missing;
        var buffer = new byte[BufferSize];
        int rc;
        try
        {
            rc = NativeMethods.Statx(AtFdCwd, fullPath, 0, StatxType, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (rc != 0)
        {
            // ENOENT, ENOTDIR: nothing there (a parent that is a file is reported by the caller).
            return true;
        }

        if ((BinaryPrimitives.ReadUInt32LittleEndian(buffer) & StatxType) == 0)
        {
            return false;
        }

        int mode = BitConverter.IsLittleEndian
            ? BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset))
            : BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(ModeOffset));
        kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 or 0x1000 => FileKind.Stream,
            _ => FileKind.Other,
        };
        return true;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
    }
}
