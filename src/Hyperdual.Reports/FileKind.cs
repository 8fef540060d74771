namespace Hyperdual.Reports;

/// <summary>What a path names on disk, after following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists there.</summary>
    Missing,

    /// <summary>A regular file: replaced atomically.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character device or a FIFO (named pipe): written straight through.</summary>
    Stream,

    /// <summary>Anything else (block device, socket): never written.</summary>
    Other,
}
