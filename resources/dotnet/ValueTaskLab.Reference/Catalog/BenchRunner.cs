using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Perfolizer.Mathematics.Common;
using ValueTaskLab.Reference.Output;

namespace ValueTaskLab.Reference.Catalog;

/// <summary>Runs <see cref="CatalogBenchmarks"/> with BenchmarkDotNet and turns its report into CSV rows.</summary>
public static class BenchRunner
{
    public static string ArtifactsPath =>
        Path.Combine(Path.GetTempPath(), "ValueTaskLab.Reference", "BenchmarkDotNet.Artifacts");

    public static (List<CsvRow> Rows, string JobDescription) Run(bool quick, Action<string> progress)
    {
        Job job;
        string jobDescription;
        if (quick)
        {
            job = Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(100))
                .WithId("quick");
            jobDescription = "quick: BenchmarkDotNet in-process (InProcessEmitToolchain), 1 launch, 3 warm-up + 5 measured iterations of ~100 ms, MemoryDiagnoser";
        }
        else
        {
            // Job.Default allows up to 100 measured iterations; on the shared 2-core project machine
            // every benchmark used all 100 and the run took 13.5 minutes, so the count is capped at 30.
            job = Job.Default.WithMaxIterationCount(30).WithId("default");
            jobDescription = "default: BenchmarkDotNet Job.Default (separate process per benchmark, pilot/warm-up/measured stages chosen by BenchmarkDotNet) capped at 30 measured iterations, MemoryDiagnoser";
        }

        string load = Machine.LoadAverage();
        if (load.Length > 0)
            jobDescription += "; " + load + " when it started";
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(new ProgressLogger(progress))
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(ArtifactsPath)
            .WithOption(ConfigOptions.JoinSummary, false)
            // The full job builds a generated project; on a busy 2-core machine that took over
            // BenchmarkDotNet's default two minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));

        Summary summary = BenchmarkRunner.Run<CatalogBenchmarks>(config);
        var rows = new List<CsvRow>();
        foreach (BenchmarkReport report in summary.Reports)
        {
            var bc = report.BenchmarkCase;
            string name = bc.Descriptor.WorkloadMethod.Name;
            double hitRate = Convert.ToDouble(bc.Parameters["HitRate"], CultureInfo.InvariantCulture);
            var stats = report.ResultStatistics;
            if (stats is null || !report.Success)
                throw new InvalidOperationException($"BenchmarkDotNet did not measure {name} (hit rate {hitRate}); see the log in {ArtifactsPath}");
            GcStats gc = report.GcStats;
            double? allocated = gc.GetBytesAllocatedPerOperation(bc);
            double perK(int count) => gc.TotalOperations == 0 ? double.NaN : count * 1000.0 / gc.TotalOperations;
            rows.Add(new CsvRow("bench", name, hitRate, null,
                MeanNs: stats.Mean,
                ErrorNs: stats.GetConfidenceInterval(ConfidenceLevel.L999).Margin,
                AllocatedBytesPerOp: allocated,
                Gen0Per1k: perK(gc.Gen0Collections),
                Gen1Per1k: perK(gc.Gen1Collections),
                Gen2Per1k: perK(gc.Gen2Collections),
                Job: jobDescription));
        }
        if (rows.Count == 0)
            throw new InvalidOperationException("BenchmarkDotNet produced no results; see the log in " + ArtifactsPath);
        progress("BenchmarkDotNet's log and report: " + ArtifactsPath);
        return (rows, jobDescription);
    }

    /// <summary>Shows only which benchmark is running (and errors); the full log goes to BenchmarkDotNet's log file.</summary>
    private sealed class ProgressLogger : ILogger
    {
        private readonly Action<string> _progress;
        public ProgressLogger(Action<string> progress) => _progress = progress;
        public string Id => nameof(ProgressLogger);
        public int Priority => 0;

        public void Write(LogKind logKind, string text)
        {
        }

        public void WriteLine()
        {
        }

        public void WriteLine(LogKind logKind, string text)
        {
            if (text.StartsWith("// Benchmark: ", StringComparison.Ordinal))
                _progress(text["// Benchmark: ".Length..]);
            else if (logKind == LogKind.Error)
                _progress("BenchmarkDotNet: " + text);
        }

        public void Flush()
        {
        }
    }
}
