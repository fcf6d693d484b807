using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace ValueTaskLab.Reference.AwaitTwice;

/// <summary>
/// Runs a misuse that takes the whole process down, in a child process of this same program
/// (`--probe NAME`), and reports how the child ended.
/// </summary>
public static class CrashProbe
{
    public const string ConcurrentAwait = "concurrent-await";

    public sealed record Result(bool Ran, int ExitCode, bool Survived, string FirstErrorLine)
    {
        public string Describe()
        {
            if (!Ran)
                return "the child process that tries it could not be started (" + FirstErrorLine + ").";
            if (Survived)
                return $"a child process that really awaited twice concurrently survived (exit code {ExitCode}).";
            return $"a child process that really awaited the same pending ValueTask from two async methods was terminated by the unhandled exception (exit code {ExitCode}; stderr began \"{FirstErrorLine}\").";
        }
    }

    /// <summary>In the child: do the misuse. Returns the exit code if the process survives it.</summary>
    public static int RunInChild(string name)
    {
        if (name != ConcurrentAwait)
        {
            Console.Error.WriteLine($"error: unknown probe '{name}'");
            return 2;
        }
        var pool = new ResetOnRentPool(capacity: 1);
        ResetOnRentSource s = pool.Rent();
        ValueTask<int> vt = s.ValueTask;
        Task<int> first = Pooled.AwaitOnceAsync(vt);  // registers the continuation
        Task<int> second = Pooled.AwaitOnceAsync(vt); // the second registration throws inside the builder
        Thread.Sleep(3000);                           // the thread pool rethrows it meanwhile
        Console.Error.WriteLine($"PROBE-SURVIVED first={first.Status} second={second.Status}");
        return 0;
    }

    /// <summary>In the parent: start the child and wait for it (at most 30 s).</summary>
    public static Result Run(string name)
    {
        try
        {
            var psi = new ProcessStartInfo
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            string? processPath = Environment.ProcessPath;
            string entry = Assembly.GetEntryAssembly()?.Location ?? "";
            if (processPath is null)
                return new Result(false, -1, false, "no process path");
            psi.FileName = processPath;
            if (Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                psi.ArgumentList.Add(entry);
            psi.ArgumentList.Add("--probe");
            psi.ArgumentList.Add(name);
            psi.Environment["DOTNET_DbgEnableMiniDump"] = "0";
            psi.Environment["DOTNET_EnableCrashReport"] = "0";
            using var p = Process.Start(psi);
            if (p is null)
                return new Result(false, -1, false, "Process.Start returned null");
            Task<string> stderr = p.StandardError.ReadToEndAsync();
            Task<string> stdout = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(30_000))
            {
                p.Kill(entireProcessTree: true);
                return new Result(true, -1, true, "timed out after 30 s");
            }
            p.WaitForExit();
            string err = stderr.Result;
            _ = stdout.Result;
            string firstLine = "";
            foreach (string line in err.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    firstLine = line.Trim();
                    break;
                }
            }
            bool survived = err.Contains("PROBE-SURVIVED", StringComparison.Ordinal);
            if (firstLine.Length > 160)
                firstLine = firstLine[..160] + "…";
            return new Result(true, p.ExitCode, survived, firstLine);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return new Result(false, -1, false, e.Message);
        }
    }
}
