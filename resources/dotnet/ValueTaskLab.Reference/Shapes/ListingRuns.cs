using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using ValueTaskLab.Reference.Output;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>Runs each code-pane listing's caller once, on a cache miss, and records what its two awaits did.</summary>
public static class ListingRuns
{
    public static List<ListingRun> RunAll()
    {
        var runs = new List<ListingRun>();
        foreach (bool hit in new[] { false, true })
            RunAll(new CallSpec(Key: 7, Hit: hit, MissLatency: TimeSpan.FromMilliseconds(50)), runs);
        return runs;
    }

    private static void RunAll(CallSpec spec, List<ListingRun> runs)
    {
        int expected = (int)Payloads.Checksum(Payloads.For<Payload16>(spec.Key));
        {
            var backend = new SimulatedBackend();
            runs.Add(Run("task", spec.Hit, expected, backend, TaskCaller.CallTwiceAsync(new TaskService<Payload16>(GcPressure.Keys, backend), spec)));
        }
        {
            var backend = new SimulatedBackend();
            runs.Add(Run("valuetask", spec.Hit, expected, backend, ValueTaskCaller.CallTwiceAsync(new ValueTaskService<Payload16>(GcPressure.Keys, backend), spec)));
        }
        {
            var backend = new SimulatedBackend();
            runs.Add(Run("valuetask_coroutine", spec.Hit, expected, backend, ValueTaskCoroutineCaller.CallTwiceAsync(new ValueTaskCoroutineService<Payload16>(GcPressure.Keys, backend), spec)));
        }
        {
            var backend = new SimulatedBackend();
            runs.Add(Run("pooled", spec.Hit, expected, backend, PooledCaller.CallTwiceAsync(new PooledService<Payload16>(GcPressure.Keys, backend), spec)));
        }
        {
            var backend = new SimulatedBackend();
            runs.Add(Run("pooled_unbounded", spec.Hit, expected, backend, PooledUnboundedCaller.CallTwiceAsync(new PooledUnboundedService<Payload16>(GcPressure.Keys, backend), spec)));
        }
    }

    private static ListingRun Run(string listing, bool hit, int expected, SimulatedBackend backend, Task<(Payload16 Result, Payload16 Again)> caller)
    {
        string on = hit ? "hit" : "miss";
        string what = hit ? "On a cache hit" : "On a cache miss";
        bool suspended = !caller.IsCompleted;
        backend.CompleteAll(); // the miss completes; both awaits run inline
        if (!caller.IsCompleted)
            return new ListingRun(listing, on, expected, null, null, null, null, "The caller did not finish after the backend completed the miss.");
        try
        {
            var (result, again) = caller.GetAwaiter().GetResult();
            int first = (int)Payloads.Checksum(result), second = (int)Payloads.Checksum(again);
            return new ListingRun(listing, on, expected, first, second, null, null,
                $"{what} (the caller {(suspended ? "really suspended" : "did not suspend")}), the listing's first await returned {first} and its second await returned {second}.");
        }
        catch (InvalidOperationException e)
        {
            return new ListingRun(listing, on, expected, null, null, e.GetType().FullName, e.Message,
                $"{what} (the caller {(suspended ? "really suspended" : "did not suspend")}), the listing's second await threw {e.GetType().FullName}.");
        }
    }
}
