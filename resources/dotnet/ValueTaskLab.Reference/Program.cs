using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ValueTaskLab.Reference.AwaitTwice;
using ValueTaskLab.Reference.Catalog;
using ValueTaskLab.Reference.Output;
using ValueTaskLab.Reference.Shapes;

namespace ValueTaskLab.Reference;

public static class Program
{
    private const string Usage =
        "usage: ValueTaskLab.Reference [--out DIR] [--quick] [--only outcomes|bench|gc]\n" +
        "  --out DIR   where dotnet_outcomes.json, dotnet_reference.csv and listings/ go (default: ./out)\n" +
        "  --quick     short BenchmarkDotNet job and fewer GC calls (well under 2 minutes)\n" +
        "  --only X    run one part; the CSV keeps the other sections' rows from an earlier run\n";

    public static async Task<int> Main(string[] args)
    {
        string outDir = "out";
        bool quick = false;
        string? only = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--only" when i + 1 < args.Length && args[i + 1] is "outcomes" or "bench" or "gc":
                    only = args[++i];
                    break;
                case "--probe" when i + 1 < args.Length:
                    return CrashProbe.RunInChild(args[++i]);
                case "-h" or "--help":
                    Console.Out.Write(Usage);
                    return 0;
                default:
                    Console.Error.Write($"error: unexpected argument '{args[i]}'\n{Usage}");
                    return 2;
            }
        }

        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot create output directory '{outDir}': {e.Message}");
            return 2;
        }

        var steps = new List<(string Title, Func<Task> Run)>();
        Machine machine = Machine.Describe();
        string csvPath = Path.Combine(outDir, "dotnet_reference.csv");
        var newRows = new List<CsvRow>();
        var replacedSections = new HashSet<string>(StringComparer.Ordinal);
        long gcCalls = quick ? 200_000 : 1_000_000;

        if (only is null or "outcomes")
        {
            steps.Add(("await-twice cases and pitfalls", async () =>
            {
                List<CaseResult> cases = await Cases.RunAllAsync();
                List<ListingRun> listings = ListingRuns.RunAll();
                AtomicFile.Write(Path.Combine(outDir, "dotnet_outcomes.json"), OutcomesReport.Render(machine, cases, listings));
                foreach (CaseResult c in cases)
                    Progress($"{c.Id,-38} {c.Outcome,-13} {(c.Value?.ToString(CultureInfo.InvariantCulture) ?? "-"),6}  {c.Message ?? ""}");
            }));
        }
        if (only is null or "bench")
        {
            steps.Add(($"BenchmarkDotNet, seed 004's product catalog ({(quick ? "quick" : "default")} job)", () =>
            {
                var (rows, _) = BenchRunner.Run(quick, Progress);
                newRows.AddRange(rows);
                replacedSections.Add("bench");
                return Task.CompletedTask;
            }));
        }
        if (only is null or "gc")
        {
            steps.Add(($"GC pressure for the engine's scenario shapes ({gcCalls:N0} calls each)", () =>
            {
                newRows.AddRange(GcPressure.RunAll(gcCalls, Progress));
                replacedSections.UnionWith(new[] { "gc", "gc_concurrent", "gc_callers", "gc_settings" });
                return Task.CompletedTask;
            }));
        }

        var total = Stopwatch.StartNew();
        for (int i = 0; i < steps.Count; i++)
        {
            Console.Error.WriteLine($"[{i + 1}/{steps.Count}] {steps[i].Title} …");
            var sw = Stopwatch.StartNew();
            try
            {
                await steps[i].Run();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"[{i + 1}/{steps.Count}] {steps[i].Title} … FAILED: {e.Message}");
                Console.Error.WriteLine(e);
                return 1;
            }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{i + 1}/{steps.Count}] {steps[i].Title} … done ({sw.Elapsed.TotalSeconds:0.0} s)"));
        }

        if (replacedSections.Count > 0)
        {
            var kept = ExistingRows(csvPath, replacedSections);
            // Kept rows carry their own runtime/os/cpu/date; rows written now carry this run's.
            AtomicFile.Write(csvPath, MergeCsv(kept, CsvReport.Render(newRows, machine)));
        }
        Listings.WriteAll(outDir);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {Path.GetFullPath(outDir)} ({total.Elapsed.TotalSeconds:0.0} s)"));
        return 0;
    }

    private static void Progress(string line) => Console.Error.WriteLine("      " + line);

    /// <summary>Data lines of an earlier CSV whose section is not being replaced (exact text, RFC 4180 records).</summary>
    private static List<string> ExistingRows(string path, HashSet<string> replaced)
    {
        var kept = new List<string>();
        if (!File.Exists(path))
            return kept;
        string text = File.ReadAllText(path);
        List<string> records = SplitRecords(text);
        if (records.Count == 0 || records[0] != CsvReport.Header)
            return kept;
        foreach (string record in records.Skip(1))
        {
            int comma = record.IndexOf(',');
            string section = comma < 0 ? record : record[..comma];
            if (!replaced.Contains(section))
                kept.Add(record);
        }
        return kept;
    }

    private static string MergeCsv(List<string> kept, string rendered)
    {
        if (kept.Count == 0)
            return rendered;
        List<string> fresh = SplitRecords(rendered);
        var order = new[] { "bench", "gc", "gc_concurrent", "gc_callers", "gc_settings" };
        int Rank(string r)
        {
            int comma = r.IndexOf(',');
            int i = Array.IndexOf(order, comma < 0 ? r : r[..comma]);
            return i < 0 ? order.Length : i;
        }
        var all = kept.Concat(fresh.Skip(1)).Select((r, i) => (r, i)).OrderBy(x => Rank(x.r)).ThenBy(x => x.i).Select(x => x.r);
        return fresh[0] + "\r\n" + string.Concat(all.Select(r => r + "\r\n"));
    }

    /// <summary>Splits CSV text into records (a newline inside quotes belongs to the field).</summary>
    private static List<string> SplitRecords(string text)
    {
        var records = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"')
                quoted = !quoted;
            if (!quoted && (c == '\r' || c == '\n'))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                records.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0)
            records.Add(current.ToString());
        return records;
    }
}
