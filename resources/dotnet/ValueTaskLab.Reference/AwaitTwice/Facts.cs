using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;
using ValueTaskLab.Reference.Output;

namespace ValueTaskLab.Reference.AwaitTwice;

/// <summary>Facts the app states about .NET, measured rather than quoted.</summary>
public static class Facts
{
    private static object? s_sink;

    // --- Task.FromResult's cache ---------------------------------------------------------------

    private sealed record Probe(string Type, string Value, bool PredictedCached, bool SameInstance, int SharedInLoop, double BytesPerCall);

    private const int LoopCalls = 1000;

    /// <summary>Calls Task.FromResult(value) twice (same instance?), then 1,000 times (how many got
    /// that instance, bytes per call). Fully optimised from the start, as hot code's steady state is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static (bool Same, int Shared, double Bytes) Measure<T>(T value)
    {
        Task<T> a = Task.FromResult(value);
        Task<T> b = Task.FromResult(value);
        int shared = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < LoopCalls; i++)
        {
            Task<T> t = Task.FromResult(value);
            if (ReferenceEquals(t, a))
                shared++;
            s_sink = t;
        }
        long after = GC.GetAllocatedBytesForCurrentThread();
        return (ReferenceEquals(a, b), shared, (after - before) / (double)LoopCalls);
    }

    private static Probe P<T>(string type, string shown, T value, bool predicted)
    {
        Measure(value); // first call: class constructors, JIT
        (bool same, int shared, double bytes) = Measure(value);
        return new Probe(type, shown, predicted, same, shared, bytes);
    }

    public static CaseResult TaskFromResultCache()
    {
        var probes = new List<Probe>
        {
            P("bool", "true", true, true),
            P("bool", "false", false, true),
        };
        for (int i = -1; i <= 8; i++)
            probes.Add(P("int", i.ToString(CultureInfo.InvariantCulture), i, true));
        probes.Add(P("int", "9", 9, false));
        probes.Add(P("int", "-2", -2, false));
        probes.Add(P("string", "null", (string?)null, true));
        probes.Add(P("string", "\"\"", "", false));
        probes.Add(P("long", "0", 0L, true));
        probes.Add(P("long", "1", 1L, false));
        probes.Add(P("double", "0.0", 0.0, true));
        probes.Add(P("double", "-0.0", -0.0, false));
        probes.Add(P("Guid", "Guid.Empty", Guid.Empty, true));
        probes.Add(P("decimal", "0m", 0m, true));
        probes.Add(P("decimal", "0.0m", 0.0m, false));
        probes.Add(P("TimeSpan", "TimeSpan.Zero", TimeSpan.Zero, true));
        probes.Add(P("DateTimeOffset", "default", default(DateTimeOffset), true));
        probes.Add(P("(int, int)", "(0, 0)", (0, 0), true));
        probes.Add(P("(long, short)", "default (16 bytes, 6 of them padding)", default((long, short)), true));
        probes.Add(P("(long, long, long)", "default (24 bytes)", default((long, long, long)), false));

        var r = new CaseResult("task_fromresult_cache", 0)
        {
            Details = new List<IReadOnlyList<KeyValuePair<string, object?>>>(),
        };
        int cached = 0, predicted = 0;
        var surprises = new List<string>();
        bool anyMixed = false;
        foreach (Probe p in probes)
        {
            bool isCached = p.SameInstance && p.SharedInLoop == LoopCalls && p.BytesPerCall == 0;
            bool mixed = !isCached && (p.SameInstance || p.SharedInLoop > 0);
            cached += isCached ? 1 : 0;
            predicted += p.PredictedCached ? 1 : 0;
            anyMixed |= mixed;
            if (mixed)
                surprises.Add($"{p.Type} {p.Value} (the first two calls {(p.SameInstance ? "shared one Task" : "got two Tasks")}, then {p.SharedInLoop} of {LoopCalls} calls in a loop got that Task and the loop allocated {p.BytesPerCall:0.#} B per call)");
            else if (isCached != p.PredictedCached)
                surprises.Add($"{p.Type} {p.Value} ({(isCached ? "cached" : "not cached")})");
            r.Details.Add(new List<KeyValuePair<string, object?>>
            {
                new("type", p.Type),
                new("value", p.Value),
                new("same_instance", p.SameInstance),
                new("shared_instance_in_loop", p.SharedInLoop),
                new("loop_calls", LoopCalls),
                new("bytes_per_call", p.BytesPerCall),
                new("predicted_cached", p.PredictedCached),
            });
        }
        r.Expected = predicted;
        r.Value = cached;
        r.Outcome = Outcome.Works;
        r.Note = $"Task.FromResult returned one shared, allocation-free Task every time for {cached} of the {probes.Count} values tried " +
                 "(predicted: bool, int -1..8, null, and all-zero values of 1, 2, 4, 8 or 16 bytes, as dotnet/runtime PRs 76349 and 87541 describe), and new Tasks otherwise" +
                 (surprises.Count == 0 ? "; every value behaved as predicted" : "; not as predicted: " + string.Join("; ", surprises)) +
                 (anyMixed ? "; where the first two calls and the loop disagree, the same value got the cached Task in one place and new Tasks in another: the answer depended on the compiled code around the call." : ".");
        return r;
    }

    // --- the size of a Task<int> ---------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static long BytesOf(Func<object?> make)
    {
        make(); // JIT, statics
        long best = long.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            s_sink = make();
            long after = GC.GetAllocatedBytesForCurrentThread();
            best = Math.Min(best, after - before);
        }
        return best;
    }

    private static async Task<int> CompletesSynchronouslyAsync(int value)
    {
        await Task.CompletedTask;
        return value;
    }

    private static async Task<int> SuspendsOnceAsync(Task gate, int value)
    {
        await gate;
        return value;
    }

    public static CaseResult SizeofTaskInt()
    {
        var r = new CaseResult("sizeof_task_int", 72)
        {
            Details = new List<IReadOnlyList<KeyValuePair<string, object?>>>(),
        };
        var gate = new TaskCompletionSource();
        var items = new (string What, Func<object?> Make)[]
        {
            ("Task.FromResult(1234)", () => Task.FromResult(1234)),
            ("Task.FromResult(1234L) (Task<long>)", () => Task.FromResult(1234L)),
            ("Task.FromResult(anObject) (Task<object>)", () => Task.FromResult(s_sink)),
            ("async Task<int> completing synchronously with 1234", () => CompletesSynchronouslyAsync(1234)),
            ("async Task<int> suspending once (its state-machine box is the Task)", () => SuspendsOnceAsync(gate.Task, 1234)),
            ("new TaskCompletionSource<int>() (the source and its Task)", () => new TaskCompletionSource<int>()),
        };
        foreach (var (what, make) in items)
        {
            long bytes = BytesOf(make);
            r.Details.Add(new List<KeyValuePair<string, object?>> { new("what", what), new("bytes", bytes) });
            if (r.Value is null)
                r.Value = (int)bytes;
        }
        gate.SetResult();
        r.Outcome = Outcome.Works;
        r.Note = $"GC.GetAllocatedBytesForCurrentThread around one Task.FromResult(1234) counted {r.Value} bytes: that is the size of a Task<int> on this runtime (the seed's \"32 bytes\" is not it); details list related allocations.";
        return r;
    }

    // --- the exception text ----------------------------------------------------------------------

    private sealed class Holder
    {
        public ManualResetValueTaskSourceCore<int> Core;
    }

    public static CaseResult GenericMessage()
    {
        var r = new CaseResult("generic_message", 0)
        {
            Details = new List<IReadOnlyList<KeyValuePair<string, object?>>>(),
        };
        var misuses = new (string What, Action<Holder> Do)[]
        {
            ("GetStatus with a stale token", h => { h.Core.Reset(); h.Core.GetStatus((short)(h.Core.Version - 1)); }),
            ("GetResult with a stale token", h => { h.Core.SetResult(1); short old = h.Core.Version; h.Core.Reset(); h.Core.GetResult(old); }),
            ("GetResult before completion", h => h.Core.GetResult(h.Core.Version)),
            ("SetResult twice", h => { h.Core.SetResult(1); h.Core.SetResult(2); }),
            ("a second OnCompleted while pending", h =>
            {
                h.Core.OnCompleted(_ => { }, null, h.Core.Version, ValueTaskSourceOnCompletedFlags.None);
                h.Core.OnCompleted(_ => { }, null, h.Core.Version, ValueTaskSourceOnCompletedFlags.None);
            }),
        };
        var messages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (what, action) in misuses)
        {
            var h = new Holder();
            string? message = null, type = null;
            try
            {
                action(h);
            }
            catch (Exception e)
            {
                message = e.Message;
                type = e.GetType().FullName;
                if (r.Message is null && e is InvalidOperationException)
                {
                    r.RecordException(e);
                }
            }
            if (message is not null)
                messages.Add(message);
            r.Details.Add(new List<KeyValuePair<string, object?>>
            {
                new("misuse", what),
                new("exception_type", type),
                new("message", message),
            });
        }
        r.Outcome = Outcome.Exception;
        r.Note = messages.Count == 1
            ? $"Every ManualResetValueTaskSourceCore misuse tried ({misuses.Length}) threw {r.ExceptionType} with the same text, which names none of them."
            : $"ManualResetValueTaskSourceCore misuses threw {messages.Count} different messages (see details).";
        GC.KeepAlive(s_sink);
        return r;
    }
}
