using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Threading;
using System.Threading.Tasks;
using ValueTaskLab.Reference.Output;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>
/// Real GC pressure for the C++ engine's scenario shapes: N calls on one thread through each
/// strategy's service, misses really suspending on the simulated backend, counting
/// GC.CollectionCount deltas and GC.GetAllocatedBytesForCurrentThread.
/// </summary>
public static class GcPressure
{
    public const int Keys = 1024;
    private static readonly TimeSpan MissLatency = TimeSpan.FromMilliseconds(50);
    public static readonly string[] Strategies = { "task", "valuetask", "valuetask_coroutine", "pooled" };
    public static readonly (double HitRate, int PayloadBytes)[] Shapes = { (1.0, 16), (0.8, 16), (0.8, 0), (0.8, 256) };

    private interface IStrategy<P>
    {
        ValueTask<P> Call(CallSpec c);
    }

    private readonly struct TaskStrategy<P> : IStrategy<P>
    {
        private readonly TaskService<P> _s;
        public TaskStrategy(TaskService<P> s) => _s = s;
        public ValueTask<P> Call(CallSpec c) => new(_s.GetAsync(c));
    }

    private readonly struct ValueTaskStrategy<P> : IStrategy<P>
    {
        private readonly ValueTaskService<P> _s;
        public ValueTaskStrategy(ValueTaskService<P> s) => _s = s;
        public ValueTask<P> Call(CallSpec c) => _s.GetAsync(c);
    }

    private readonly struct CoroutineStrategy<P> : IStrategy<P>
    {
        private readonly ValueTaskCoroutineService<P> _s;
        public CoroutineStrategy(ValueTaskCoroutineService<P> s) => _s = s;
        public ValueTask<P> Call(CallSpec c) => _s.GetAsync(c);
    }

    private readonly struct PooledStrategy<P> : IStrategy<P>
    {
        private readonly PooledService<P> _s;
        public PooledStrategy(PooledService<P> s) => _s = s;
        public ValueTask<P> Call(CallSpec c) => _s.GetAsync(c);
    }

    /// <summary>xorshift64*: the same sequence of hits and keys for every strategy.</summary>
    private struct Calls
    {
        private ulong _state;
        private readonly uint _hitThreshold;

        public Calls(ulong seed, double hitRate)
        {
            _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;
            _hitThreshold = (uint)Math.Round(hitRate * 1_000_000);
        }

        public CallSpec Next()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            ulong r = _state * 2685821657736338717UL;
            int key = (int)(r >> 54) & (Keys - 1);
            bool hit = (uint)((r & 0xFFFFFFFF) % 1_000_000) < _hitThreshold;
            return new CallSpec(key, hit, MissLatency);
        }
    }

    public sealed record Measured(long Calls, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double WallNs, long Checksum)
    {
        public double BytesPerOp => AllocatedBytes / (double)Calls;
        public double Per1k(int count) => count * 1000.0 / Calls;
    }

    /// <summary>Issues <paramref name="inFlight"/> calls, lets the backend complete the misses, then consumes every result.</summary>
    private static long Drive<P, S>(S strategy, SimulatedBackend backend, ref Calls calls, long n, ValueTask<P>[] ops)
        where S : struct, IStrategy<P>
    {
        long checksum = 0;
        int inFlight = ops.Length;
        for (long done = 0; done < n;)
        {
            int batch = (int)Math.Min(inFlight, n - done);
            for (int i = 0; i < batch; i++)
                ops[i] = strategy.Call(calls.Next());
            backend.CompleteAll();
            for (int i = 0; i < batch; i++)
            {
                checksum += Payloads.Checksum(ops[i].Result); // consumes: GetResult, exactly once
                ops[i] = default;
            }
            done += batch;
        }
        return checksum;
    }

    /// <summary>What the callers of <see cref="DriveCallers"/> share (one thread: no locking).</summary>
    private sealed class CallerWork<P, S>
        where S : struct, IStrategy<P>
    {
        public S Strategy;
        public Calls Calls;
        public long Left;
        public long Checksum;
    }

    /// <summary>One caller of the C++ engine's kind: it awaits each call before it issues the next.</summary>
    private static async Task Caller<P, S>(CallerWork<P, S> work)
        where S : struct, IStrategy<P>
    {
        while (work.Left > 0)
        {
            work.Left--;
            P value = await work.Strategy.Call(work.Calls.Next());
            work.Checksum += Payloads.Checksum(value);
        }
    }

    /// <summary>The C++ engine's concurrency: <paramref name="callers"/> callers, each awaiting
    /// its own calls one after another, while the backend completes misses in FIFO order. A
    /// completed miss resumes its caller inline (no SynchronizationContext on this thread),
    /// which reads the result and issues its next call before the next miss completes.</summary>
    private static long DriveCallers<P, S>(S strategy, SimulatedBackend backend, ref Calls calls, long n, int callers)
        where S : struct, IStrategy<P>
    {
        var work = new CallerWork<P, S> { Strategy = strategy, Calls = calls, Left = n };
        var tasks = new Task[callers];
        for (int i = 0; i < callers; i++)
            tasks[i] = Caller(work);
        while (backend.Pending > 0)
            backend.CompleteAll();
        Task.WaitAll(tasks);
        calls = work.Calls;
        return work.Checksum;
    }

    private static Measured Measure<P, S>(S strategy, SimulatedBackend backend, double hitRate, long n, int inFlight, bool awaitEach)
        where S : struct, IStrategy<P>
    {
        long Pass(ref Calls c, long count, ValueTask<P>[] ops) => awaitEach
            ? DriveCallers<P, S>(strategy, backend, ref c, count, inFlight)
            : Drive<P, S>(strategy, backend, ref c, count, ops);
        var ops = new ValueTask<P>[inFlight];
        var calls = new Calls(1, hitRate);
        // Warm-up: enough calls, with pauses, for tiered compilation to reach the optimised code.
        long warm = Math.Min(n, 100_000);
        for (int round = 0; round < 3; round++)
        {
            Pass(ref calls, warm, ops);
            Thread.Sleep(120);
        }
        calls = new Calls(1, hitRate);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        long b0 = GC.GetAllocatedBytesForCurrentThread();
        long t0 = Stopwatch.GetTimestamp();
        long checksum = Pass(ref calls, n, ops);
        long t1 = Stopwatch.GetTimestamp();
        long b1 = GC.GetAllocatedBytesForCurrentThread();
        var m = new Measured(n, b1 - b0,
            GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2,
            (t1 - t0) * 1e9 / Stopwatch.Frequency / n, checksum);
        return m;
    }

    private static Measured Run<P>(string strategy, double hitRate, long n, int inFlight, bool awaitEach)
    {
        var backend = new SimulatedBackend();
        return strategy switch
        {
            "task" => Measure<P, TaskStrategy<P>>(new(new TaskService<P>(Keys, backend)), backend, hitRate, n, inFlight, awaitEach),
            "valuetask" => Measure<P, ValueTaskStrategy<P>>(new(new ValueTaskService<P>(Keys, backend)), backend, hitRate, n, inFlight, awaitEach),
            "valuetask_coroutine" => Measure<P, CoroutineStrategy<P>>(new(new ValueTaskCoroutineService<P>(Keys, backend)), backend, hitRate, n, inFlight, awaitEach),
            "pooled" => Measure<P, PooledStrategy<P>>(new(new PooledService<P>(Keys, backend)), backend, hitRate, n, inFlight, awaitEach),
            _ => throw new ArgumentException(strategy),
        };
    }

    /// <param name="awaitEach">false: <paramref name="inFlight"/> calls issued together, then all
    /// read (a batch, as after Task.WhenAll); true: <paramref name="inFlight"/> callers that each
    /// await their calls one after another (the C++ engine's callers).</param>
    public static Measured RunShape(string strategy, double hitRate, int payloadBytes, long n, int inFlight, bool awaitEach = false) => payloadBytes switch
    {
        0 => Run<bool>(strategy, hitRate, n, inFlight, awaitEach),
        16 => Run<Payload16>(strategy, hitRate, n, inFlight, awaitEach),
        256 => Run<Payload256>(strategy, hitRate, n, inFlight, awaitEach),
        _ => throw new ArgumentException("payload_bytes " + payloadBytes),
    };

    /// <summary>All gc rows, plus the gc_settings row. Runs on a thread of its own so that
    /// GetAllocatedBytesForCurrentThread sees every allocation the strategies make.</summary>
    public static List<CsvRow> RunAll(long n, Action<string> progress)
    {
        string load = Machine.LoadAverage();
        var rows = new List<CsvRow>();
        Measured? mostGen0 = null;
        string mostGen0Name = "";
        Exception? failure = null;
        var worker = new Thread(() =>
        {
            try
            {
                foreach (var (hitRate, payload) in Shapes)
                {
                    foreach (string strategy in Strategies)
                    {
                        Measured m = RunShape(strategy, hitRate, payload, n, inFlight: 1);
                        if (mostGen0 is null || m.Gen0 > mostGen0.Gen0)
                        {
                            mostGen0 = m;
                            mostGen0Name = string.Create(CultureInfo.InvariantCulture, $"{strategy}/{hitRate}/{payload}");
                        }
                        rows.Add(Row("gc", strategy, hitRate, payload, m, n, 1, load));
                        progress(string.Create(CultureInfo.InvariantCulture,
                            $"gc {strategy,-19} hit {hitRate:0.0} payload {payload,3} B: {m.BytesPerOp,8:0.0} B/op, gen0 {m.Gen0,3}"));
                    }
                }
                foreach (string strategy in Strategies)
                {
                    Measured m = RunShape(strategy, 0.8, 16, n, inFlight: 64);
                    rows.Add(Row("gc_concurrent", strategy, 0.8, 16, m, n, 64, load));
                    progress(string.Create(CultureInfo.InvariantCulture,
                        $"gc_concurrent {strategy,-19} 64 in flight: {m.BytesPerOp,8:0.0} B/op, gen0 {m.Gen0,3}"));
                }
                foreach (string strategy in Strategies)
                {
                    Measured m = RunShape(strategy, 0.8, 16, n, inFlight: 64, awaitEach: true);
                    rows.Add(Row("gc_callers", strategy, 0.8, 16, m, n, 64, load));
                    progress(string.Create(CultureInfo.InvariantCulture,
                        $"gc_callers {strategy,-19} 64 callers: {m.BytesPerOp,8:0.0} B/op, gen0 {m.Gen0,3}"));
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        })
        { Name = "gc-pressure", IsBackground = true };
        worker.Start();
        worker.Join();
        if (failure is not null)
            throw new InvalidOperationException("the gc measurement failed: " + failure.Message, failure);
        rows.Add(new CsvRow("gc_settings", Settings(mostGen0, mostGen0Name), Job: "facts of this process's GC, read at the end of the gc measurements"));
        return rows;
    }

    private static CsvRow Row(string section, string strategy, double hitRate, int payload, Measured m, long n, int inFlight, string load) =>
        new(section, strategy, hitRate, payload,
            MeanNs: m.WallNs,
            AllocatedBytesPerOp: m.BytesPerOp,
            Gen0Per1k: m.Per1k(m.Gen0), Gen1Per1k: m.Per1k(m.Gen1), Gen2Per1k: m.Per1k(m.Gen2),
            Job: string.Create(CultureInfo.InvariantCulture,
                $"{section}: {n} calls on one thread, {inFlight} in flight{Pattern(section)}, misses suspend on a simulated backend completed FIFO on the same thread; one measured pass after warm-up; mean_ns = that pass's wall time per call; GC.CollectionCount and GC.GetAllocatedBytesForCurrentThread deltas")
                + (load.Length > 0 ? "; " + load + " when the gc step started" : ""));

    private static string Pattern(string section) => section switch
    {
        "gc_concurrent" => " (issued together, then all read: a batch, as after Task.WhenAll)",
        "gc_callers" => " (64 callers, each awaiting its call before the next: the C++ engine's callers)",
        _ => "",
    };

    /// <summary>key=value;… facts of the GC this process runs with.</summary>
    public static string Settings(Measured? mostGen0, string mostGen0Name)
    {
        var kv = new List<string>();
        void Add(string k, object? v) => kv.Add(k + "=" + Convert.ToString(v, CultureInfo.InvariantCulture));
        Add("is_server_gc", GCSettings.IsServerGC);
        Add("latency_mode", GCSettings.LatencyMode);
        Add("concurrent", AppContext.GetData("System.GC.Concurrent") ?? "default");
        Add("gcgen0size_config", AppContext.GetData("GCgen0size") ?? "unset");
        try
        {
            foreach (var pair in GC.GetConfigurationVariables())
            {
                if (pair.Key.Contains("gen0", StringComparison.OrdinalIgnoreCase) || pair.Key is "ServerGC" or "ConcurrentGC" or "HeapHardLimit")
                    Add("config_" + pair.Key, pair.Value);
            }
        }
        catch (PlatformNotSupportedException)
        {
        }
        GCMemoryInfo ephemeral = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        if (ephemeral.Index > 0 && ephemeral.GenerationInfo.Length > 0)
            Add("last_ephemeral_gc_gen0_size_before_bytes", ephemeral.GenerationInfo[0].SizeBeforeBytes);
        GCMemoryInfo any = GC.GetGCMemoryInfo();
        Add("total_available_memory_bytes", any.TotalAvailableMemoryBytes);
        Add("high_memory_load_threshold_bytes", any.HighMemoryLoadThresholdBytes);
        Add("largest_cpu_cache", Machine.LargestCacheSize() ?? "unknown");
        if (mostGen0 is not null && mostGen0.Gen0 > 0)
        {
            // From the gc row with the most gen0 collections (its first collection comes after a partly used budget).
            Add("observed_allocated_bytes_per_gen0_gc", mostGen0.AllocatedBytes / mostGen0.Gen0);
            Add("observed_in_row", mostGen0Name);
        }
        Add("processor_count", Environment.ProcessorCount);
        return string.Join(";", kv);
    }
}
