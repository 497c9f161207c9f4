using System.Diagnostics;
using System.Text;

namespace LivcR.Support.TestSupport;

/// <summary>Runs a program to its end, with a time limit, and returns its exit code and output.</summary>
public static class ProcessRunner
{
    /// <summary>How long a server's set-up step (initdb, chown) may take.</summary>
    private static readonly TimeSpan SetupLimit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <paramref name="file"/> with the arguments (passed as they are, no shell) and returns its exit code and its
    /// standard output and error interleaved. Past <paramref name="timeout"/> (2 minutes unless given) the program and
    /// its children are killed and a <see cref="TimeoutException"/> carries the output so far.
    /// </summary>
    public static Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var info = Command(file, arguments);
        info.WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory;
        return RunAsync(info, timeout ?? TimeSpan.FromMinutes(2));
    }

    /// <summary>The start info of a command; as root and with <paramref name="asUser"/> it runs as that system user (setpriv).</summary>
    internal static ProcessStartInfo Command(string file, IEnumerable<string> arguments, string? asUser = null)
    {
        var dropping = asUser is not null && Posix.IsRoot;
        var info = new ProcessStartInfo(dropping ? "setpriv" : file) { UseShellExecute = false };
        IEnumerable<string> prefix = dropping ? [$"--reuid={asUser}", $"--regid={asUser}", "--init-groups", file] : [];
        foreach (var argument in prefix.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Runs a set-up step; an exit code other than 0 throws with the command and its output.</summary>
    internal static async Task RunOrThrowAsync(ProcessStartInfo info)
    {
        var (exitCode, output) = await RunAsync(info, SetupLimit);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)} failed ({exitCode}): {output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo info, TimeSpan timeout)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{info.FileName} did not finish in time. Output so far:\n{output}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
