using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace ValueTaskLab.Reference.Output;

/// <summary>Where and when a measurement was made: the label every output row carries.</summary>
public sealed record Machine(string Runtime, string Os, string Cpu, string Date)
{
    public static Machine Describe() => new(
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        CpuDescription(),
        DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    private static string CpuDescription()
    {
        string model = RuntimeInformation.ProcessArchitecture.ToString();
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                foreach (string line in File.ReadLines("/proc/cpuinfo"))
                {
                    if (line.StartsWith("model name", StringComparison.Ordinal))
                    {
                        int colon = line.IndexOf(':');
                        if (colon >= 0 && line.Length > colon + 1)
                        {
                            model = line[(colon + 1)..].Trim();
                            break;
                        }
                    }
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{model}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.ProcessArchitecture}");
    }

    /// <summary>"load average 1.23" from /proc/loadavg (the 1-minute figure), or "" where there is none.</summary>
    public static string LoadAverage()
    {
        try
        {
            if (!File.Exists("/proc/loadavg"))
                return "";
            string first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return "1-minute load average " + first + " on " + Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + " cores";
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>The size of the largest CPU cache, from sysfs where Linux has it, else null.</summary>
    public static string? LargestCacheSize()
    {
        try
        {
            const string dir = "/sys/devices/system/cpu/cpu0/cache";
            if (!Directory.Exists(dir))
                return null;
            int bestLevel = -1;
            string? best = null;
            foreach (string index in Directory.GetDirectories(dir, "index*"))
            {
                string levelFile = Path.Combine(index, "level");
                string sizeFile = Path.Combine(index, "size");
                if (!File.Exists(levelFile) || !File.Exists(sizeFile))
                    continue;
                if (int.TryParse(File.ReadAllText(levelFile).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int level) && level > bestLevel)
                {
                    bestLevel = level;
                    best = "L" + level.ToString(CultureInfo.InvariantCulture) + ":" + File.ReadAllText(sizeFile).Trim();
                }
            }
            return best;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
