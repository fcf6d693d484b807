using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;
using ValueTaskLab.Reference.Output;

namespace ValueTaskLab.Reference.AwaitTwice;

/// <summary>
/// Every await-twice case and pitfall, run for real with .NET's own types. Nothing here is
/// predicted: each case does the thing and records what the runtime did.
/// </summary>
public static class Cases
{
    private const int OtherOperationsValue = 99;

    public static async Task<List<CaseResult>> RunAllAsync()
    {
        var results = new List<CaseResult>
        {
            await SyncResultAsync(),
            await TaskAsync(),
            await PoolingBuilderAsync(),
            await CustomSourceAsync("custom_source_not_reused", reuses: 0, ignoreTokens: false),
            await CustomSourceAsync("custom_source_reused", reuses: 1, ignoreTokens: false),
            await CustomSourceAsync("token_ignored", reuses: 1, ignoreTokens: true),
            await CustomSourceAsync("token_wrapped", reuses: 65_536, ignoreTokens: false),
            ResultBeforeCompletionSource(),
            ResultBeforeCompletionTask(),
            ConcurrentAwaits(),
            await AsTaskManyAwaitsAsync(),
            await AsTaskTwiceAsync(),
            await PreserveAsync(),
            UnconsumedPooled(),
            OnCompletedAfterCompletion(),
            Facts.TaskFromResultCache(),
            Facts.SizeofTaskInt(),
            Facts.GenericMessage(),
        };
        return results;
    }

    // --- the await-twice table -------------------------------------------------------------

    private static async Task<CaseResult> SyncResultAsync()
    {
        var r = new CaseResult("sync_result", 41);
        var vt = new ValueTask<int>(41);
        int first = await vt;
        await SecondAwaitAsync(r, vt, first);
        r.Note = r.Outcome == Outcome.SameValue
            ? "new ValueTask<int>(41) holds the result inline, so the second await read the same 41 again: it works by accident, not by contract."
            : $"new ValueTask<int>(41) awaited twice gave {Describe(r)}.";
        return r;
    }

    private static async Task<CaseResult> TaskAsync()
    {
        var r = new CaseResult("task", 42);
        var vt = new ValueTask<int>(Pooled.ProduceLaterAsync(42));
        bool pendingAtFirstAwait = !vt.IsCompleted;
        int first = await vt;
        await SecondAwaitAsync(r, vt, first);
        r.Note = $"The ValueTask wraps a Task<int> that was {(pendingAtFirstAwait ? "still pending" : "already complete")} at the first await; " +
                 (r.Outcome == Outcome.SameValue
                     ? "a Task keeps its result for every awaiter, so the second await returned 42 again (works by accident of what the ValueTask wraps)."
                     : $"the second await gave {Describe(r)}.");
        return r;
    }

    private static async Task<CaseResult> PoolingBuilderAsync()
    {
        var r = new CaseResult("pooling_builder", 43);
        var gate = new TaskCompletionSource();
        ValueTask<int> vt = Pooled.AfterAsync(gate.Task, 43);
        bool suspended = !vt.IsCompleted;
        Task<int> firstAwait = Pooled.AwaitOnceAsync(vt); // registers while pending: a real suspension
        gate.SetResult();                                  // the method resumes, completes its box
        int first = await firstAwait;                      // the first await's GetResult returned the box
        await SecondAwaitAsync(r, vt, first);
        r.Note = (suspended ? "The [AsyncMethodBuilder(PoolingAsyncValueTaskMethodBuilder<>)] method really suspended, and its first await returned " + first + "; "
                            : "The pooling-builder method completed synchronously (no box); ")
                 + (r.Outcome == Outcome.Exception
                     ? "that await's GetResult reset the box and returned it to the cache (PoolingAsyncValueTaskMethodBuilderT.cs, StateMachineBox.GetResult → ReturnToCache → Reset), so the second await's token was stale and it threw."
                     : $"the second await gave {Describe(r)}.");
        return r;
    }

    /// <summary>
    /// A hand-written source from a pool that resets sources when they are rented again.
    /// After the first await consumed operation A's result, <paramref name="reuses"/> other
    /// operations rent the same source; the last completes with 99 and is left unread.
    /// </summary>
    private static async Task<CaseResult> CustomSourceAsync(string id, int reuses, bool ignoreTokens)
    {
        var r = new CaseResult(id, 43) { WhatIf = ignoreTokens };
        var pool = new ResetOnRentPool(capacity: 1, ignoreTokens);
        ResetOnRentSource a = pool.Rent();
        short token = a.Version;
        ValueTask<int> vt = a.ValueTask;
        Task<int> firstAwait = Pooled.AwaitOnceAsync(vt); // pending: really suspends
        a.Complete(43);                                    // continuation runs inline here
        int first = await firstAwait;

        for (int i = 0; i < reuses; i++)
        {
            ResetOnRentSource other = pool.Rent(); // LIFO: the same source, Reset → version + 1
            bool last = i == reuses - 1;
            other.Complete(last ? OtherOperationsValue : 1000 + i % 1000);
            if (!last)
                other.GetResult(other.Version); // its owner consumes it: back to the pool
        }
        short versionAtSecondAwait = a.Version;
        long returnsBefore = a.Returns;
        await SecondAwaitAsync(r, vt, first);

        string reuse = reuses switch
        {
            0 => "no other operation rented the source between the awaits",
            1 => $"another operation rented the same source (Reset: version {token} → {versionAtSecondAwait}) and completed it with {OtherOperationsValue}",
            _ => $"{reuses:N0} more operations rented the same source, so its short version went round and came back to {versionAtSecondAwait} (the token was {token}); the last one completed with {OtherOperationsValue}",
        };
        string what = r.Outcome switch
        {
            Outcome.SameValue => $"the second await returned {r.Value} again, by accident (and GetResult handed the source back to the pool a second time: returns {returnsBefore} → {a.Returns}, pool now holds {pool.Available})",
            Outcome.WrongValue => $"the second await returned {r.Value}, the other operation's result, silently" +
                                  (ignoreTokens ? " (what-if: the source ignores the token; .NET's ManualResetValueTaskSourceCore validates it)" : ""),
            Outcome.Exception => $"the second await threw {r.ExceptionType} from the token check",
            _ => $"the second await gave {Describe(r)}",
        };
        r.Note = $"Operation A's first await returned {first}; {reuse}; {what}.";
        return r;
    }

    /// <summary>The second await, for real, classified against the first await's value.</summary>
    private static async Task SecondAwaitAsync(CaseResult r, ValueTask<int> vt, int expected)
    {
        r.Expected = expected;
        try
        {
            int again = await vt;
            r.Value = again;
            r.Outcome = again == expected ? Outcome.SameValue : Outcome.WrongValue;
        }
        catch (InvalidOperationException e)
        {
            r.Outcome = Outcome.Exception;
            r.RecordException(e);
        }
    }

    // --- more misuses ------------------------------------------------------------------------

    private static CaseResult ResultBeforeCompletionSource()
    {
        var r = new CaseResult("result_before_completion_source", 44);
        var pool = new ResetOnRentPool(capacity: 1);
        ResetOnRentSource s = pool.Rent();
        ValueTask<int> vt = s.ValueTask;
        string? viaAwaiter = null;
        try
        {
            r.Value = vt.Result;
            r.Outcome = Outcome.Works;
        }
        catch (InvalidOperationException e)
        {
            r.Outcome = Outcome.Exception;
            r.RecordException(e);
        }
        try
        {
            _ = vt.GetAwaiter().GetResult();
            viaAwaiter = "returned";
        }
        catch (InvalidOperationException e)
        {
            viaAwaiter = "also threw " + e.GetType().FullName;
        }
        s.Complete(44);
        int after = vt.Result;
        r.Note = $".Result on a ValueTask over a pending ManualResetValueTaskSourceCore source {(r.Outcome == Outcome.Exception ? "threw at once instead of waiting" : "returned")}; " +
                 $"GetAwaiter().GetResult() {viaAwaiter}; after SetResult(44) the same ValueTask's .Result returned {after}.";
        return r;
    }

    private static CaseResult ResultBeforeCompletionTask()
    {
        var r = new CaseResult("result_before_completion_task", 44);
        var tcs = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var vt = new ValueTask<int>(tcs.Task);
        int value = 0;
        Exception? error = null;
        var sw = new Stopwatch();
        double returnedAtMs = -1;
        var reader = new Thread(() =>
        {
            try
            {
                value = vt.Result;
                returnedAtMs = sw.Elapsed.TotalMilliseconds;
            }
            catch (Exception e)
            {
                error = e;
            }
        })
        { IsBackground = true, Name = "result-reader" };
        sw.Start();
        reader.Start();
        bool returnedEarly = reader.Join(200);
        double completedAtMs = sw.Elapsed.TotalMilliseconds;
        tcs.SetResult(44);
        bool returned = reader.Join(10_000);
        if (error is not null)
        {
            r.Outcome = Outcome.Exception;
            r.RecordException(error);
            r.Note = ".Result on a ValueTask over a pending Task threw instead of blocking.";
            return r;
        }
        r.Value = returned ? value : null;
        r.Outcome = !returnedEarly && returned ? Outcome.Blocked : (returnedEarly ? Outcome.Works : Outcome.Blocked);
        r.Note = !returnedEarly && returned
            ? string.Create(CultureInfo.InvariantCulture, $".Result on a ValueTask over a pending Task blocked its thread: still waiting after {completedAtMs:0} ms, then returned {value} {returnedAtMs - completedAtMs:0.0} ms after the Task was completed.")
            : string.Create(CultureInfo.InvariantCulture, $".Result on a ValueTask over a pending Task: returned early = {returnedEarly}, returned after completion = {returned}.");
        return r;
    }

    private static CaseResult ConcurrentAwaits()
    {
        var r = new CaseResult("concurrent_awaits", 45);
        var pool = new ResetOnRentPool(capacity: 1);
        ResetOnRentSource s = pool.Rent();
        ValueTask<int> vt = s.ValueTask;
        int firstValue = 0;
        bool firstRan = false, secondRan = false;
        vt.GetAwaiter().OnCompleted(() =>
        {
            firstValue = vt.GetAwaiter().GetResult();
            firstRan = true;
        });
        try
        {
            vt.GetAwaiter().OnCompleted(() => secondRan = true);
            r.Outcome = Outcome.Works;
        }
        catch (InvalidOperationException e)
        {
            r.Outcome = Outcome.Exception;
            r.RecordException(e);
        }
        s.Complete(45); // the first continuation runs inline here
        r.Value = firstRan ? firstValue : null;
        CrashProbe.Result crash = CrashProbe.Run(CrashProbe.ConcurrentAwait);
        r.Note = (r.Outcome == Outcome.Exception
                     ? "Registering a second continuation (ValueTaskAwaiter.OnCompleted) on the same pending source threw at once, from ManualResetValueTaskSourceCore.OnCompleted; "
                     : "A second continuation registration on the same pending source did not throw; ")
                 + $"the first continuation {(firstRan ? "ran and read " + firstValue : "did not run")}, the second {(secondRan ? "ran" : "never ran")}. "
                 + "Observed through OnCompleted because a plain second `await` gets that exception inside AsyncTaskMethodBuilder<T>.AwaitUnsafeOnCompleted, which rethrows it on the thread pool with Task.ThrowAsync (AsyncTaskMethodBuilderT.cs): "
                 + crash.Describe();
        return r;
    }

    private static async Task<CaseResult> AsTaskManyAwaitsAsync()
    {
        var r = new CaseResult("as_task_many_awaits", 43);
        var gate = new TaskCompletionSource();
        Task<int> t = Pooled.AfterAsync(gate.Task, 43).AsTask();
        gate.SetResult();
        var values = new List<int>();
        try
        {
            for (int i = 0; i < 3; i++)
                values.Add(await t);
            r.Value = values[^1];
            r.Outcome = values.TrueForAll(v => v == 43) ? Outcome.Works : Outcome.WrongValue;
        }
        catch (InvalidOperationException e)
        {
            r.Outcome = Outcome.Exception;
            r.RecordException(e);
        }
        r.Note = $"AsTask() called once on a pooling-builder ValueTask gives a Task<int>; awaiting that Task three times returned {string.Join(", ", values)}.";
        return r;
    }

    private static async Task<CaseResult> AsTaskTwiceAsync()
    {
        var r = new CaseResult("as_task_twice", 43);
        var gate = new TaskCompletionSource();
        ValueTask<int> vt = Pooled.AfterAsync(gate.Task, 43);
        Task<int> t1 = vt.AsTask();
        gate.SetResult();
        int first = await t1;
        string where = "";
        try
        {
            Task<int> t2 = vt.AsTask();
            where = "the second AsTask() returned a Task";
            r.Value = await t2;
            r.Outcome = r.Value == first ? Outcome.SameValue : Outcome.WrongValue;
        }
        catch (InvalidOperationException e)
        {
            r.Outcome = Outcome.Exception;
            r.RecordException(e);
            where = where.Length == 0 ? "the second AsTask() call itself threw" : "awaiting the second AsTask()'s Task threw";
        }
        r.Note = $"The first AsTask() consumed the pooling-builder ValueTask (its Task got {first}, and the box went back to the cache); {where}" +
                 (r.Outcome == Outcome.Exception ? $" {r.ExceptionType}." : $", value {r.Value}.");
        return r;
    }

    private static async Task<CaseResult> PreserveAsync()
    {
        var r = new CaseResult("preserve", 43);
        var gate = new TaskCompletionSource();
        ValueTask<int> preserved = Pooled.AfterAsync(gate.Task, 43).Preserve();
        gate.SetResult();
        try
        {
            int a = await preserved;
            int b = await preserved;
            r.Value = b;
            r.Outcome = a == 43 && b == 43 ? Outcome.Works : Outcome.WrongValue;
            r.Note = $"Preserve() on a pending pooling-builder ValueTask returned a ValueTask over a Task; awaiting it twice returned {a} and {b}.";
        }
        catch (InvalidOperationException e)
        {
            r.Outcome = Outcome.Exception;
            r.RecordException(e);
            r.Note = "Awaiting a Preserve()d ValueTask twice threw.";
        }
        return r;
    }

    private static CaseResult UnconsumedPooled()
    {
        var r = new CaseResult("unconsumed_pooled", 0);
        var pool = new ResetOnRentPool(capacity: 4);
        var never = new List<ValueTask<int>>();
        for (int i = 0; i < 5; i++)
        {
            ResetOnRentSource s = pool.Rent();
            never.Add(s.ValueTask);
            s.Complete(50 + i); // completed, but nobody ever awaits or reads it
        }
        r.Value = pool.Leased;
        r.Outcome = pool.Leased > 0 ? Outcome.SourceLeaked : Outcome.Works;

        (long afterConsumed, long afterUnconsumed) = BoxBytesAfterUnconsumed();
        r.Note = $"Five operations rented from a pool of {pool.Capacity} and their ValueTasks were never consumed, so no source came back: {pool.Leased} still leased, {pool.Available} free, and the 5th rent found the pool empty and had to allocate a new source ({pool.AllocatedPastCapacity} allocated past capacity). " +
                 $"With PoolingAsyncValueTaskMethodBuilder the same mistake costs allocations: calling a pooling-builder method that suspends allocated {afterConsumed} B when the previous call's ValueTask had been consumed, " +
                 $"and {afterUnconsumed} B (a new state-machine box) when the previous call's ValueTask was left unconsumed (GC.GetAllocatedBytesForCurrentThread, one call, after warm-up).";
        GC.KeepAlive(never);
        return r;
    }

    /// <summary>Bytes allocated by one call of a suspending pooling-builder method, right after a
    /// consumed call and right after an unconsumed one, measured on a thread of our own.</summary>
    private static (long AfterConsumed, long AfterUnconsumed) BoxBytesAfterUnconsumed()
    {
        long afterConsumed = -1, afterUnconsumed = -1;
        var t = new Thread(() =>
        {
            for (int iteration = 0; iteration < 200; iteration++)
            {
                if (iteration == 100)
                    Thread.Sleep(300); // let tiered compilation finish before the last rounds
                // 1. a call whose ValueTask is consumed: its box goes back to this thread's cache
                var g1 = new TaskCompletionSource();
                long b0 = GC.GetAllocatedBytesForCurrentThread();
                ValueTask<int> consumed = Pooled.LeakProbeAsync(g1.Task, 1);
                long b1 = GC.GetAllocatedBytesForCurrentThread();
                g1.SetResult();
                _ = consumed.Result;
                afterConsumed = b1 - b0;

                // 2. a call whose ValueTask is never consumed: it keeps the cached box
                var g2 = new TaskCompletionSource();
                ValueTask<int> leaked = Pooled.LeakProbeAsync(g2.Task, 2);
                g2.SetResult();

                // 3. the next call finds no cached box
                var g3 = new TaskCompletionSource();
                long c0 = GC.GetAllocatedBytesForCurrentThread();
                ValueTask<int> next = Pooled.LeakProbeAsync(g3.Task, 3);
                long c1 = GC.GetAllocatedBytesForCurrentThread();
                g3.SetResult();
                _ = next.Result;
                afterUnconsumed = c1 - c0;
                GC.KeepAlive(leaked.IsCompleted);
            }
        })
        { IsBackground = true, Name = "box-probe" };
        t.Start();
        t.Join();
        return (afterConsumed, afterUnconsumed);
    }

    private static CaseResult OnCompletedAfterCompletion()
    {
        var r = new CaseResult("mrvtsc_oncompleted_after_completion", 46)
        {
            Details = new List<IReadOnlyList<KeyValuePair<string, object?>>>(),
        };
        var modes = new (string Name, ValueTaskSourceOnCompletedFlags Flags)[]
        {
            ("None", ValueTaskSourceOnCompletedFlags.None),
            ("FlowExecutionContext", ValueTaskSourceOnCompletedFlags.FlowExecutionContext),
            ("UseSchedulingContext|FlowExecutionContext", ValueTaskSourceOnCompletedFlags.UseSchedulingContext | ValueTaskSourceOnCompletedFlags.FlowExecutionContext),
        };
        bool allQueued = true;
        int value = 0;
        foreach (var (name, flags) in modes)
        {
            var pool = new ResetOnRentPool(capacity: 1);
            ResetOnRentSource s = pool.Rent();
            short token = s.Version;
            s.Complete(46);
            int callerThread = Environment.CurrentManagedThreadId;
            int continuationThread = 0;
            bool onPoolThread = false;
            bool registering = true;
            bool ranDuringRegistration = false;
            using var ran = new ManualResetEventSlim();
            s.OnCompleted(_ =>
            {
                ranDuringRegistration = Volatile.Read(ref registering);
                continuationThread = Environment.CurrentManagedThreadId;
                onPoolThread = Thread.CurrentThread.IsThreadPoolThread;
                value = s.GetResult(token);
                ran.Set();
            }, null, token, flags);
            Volatile.Write(ref registering, false);
            bool completed = ran.Wait(10_000);
            bool inline = ranDuringRegistration && continuationThread == callerThread;
            allQueued &= completed && !inline;
            r.Details.Add(new List<KeyValuePair<string, object?>>
            {
                new("flags", name),
                new("ran_on_the_registering_thread", continuationThread == callerThread),
                new("caller_thread", callerThread),
                new("continuation_thread", continuationThread),
                new("continuation_on_thread_pool_thread", onPoolThread),
                new("mode", inline ? "inline" : "queued"),
            });
        }
        r.Value = value;
        r.Outcome = Outcome.Works;
        r.Note = allQueued
            ? "queued: OnCompleted on an already completed ManualResetValueTaskSourceCore never ran the continuation inline; with every flag combination tried it ran later on another thread (ThreadPool.UnsafeQueueUserWorkItem / QueueUserWorkItem in ManualResetValueTaskSourceCore.cs)."
            : "inline: OnCompleted on an already completed ManualResetValueTaskSourceCore ran the continuation before returning for at least one flag combination (see details).";
        return r;
    }

    private static string Describe(CaseResult r) =>
        r.Outcome == Outcome.Exception ? $"{r.ExceptionType} (\"{r.Message}\")" : $"{r.Outcome} {r.Value}";
}
