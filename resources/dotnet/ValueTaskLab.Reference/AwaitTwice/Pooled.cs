using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace ValueTaskLab.Reference.AwaitTwice;

/// <summary>Async methods whose ValueTask is backed by .NET's PoolingAsyncValueTaskMethodBuilder box.</summary>
public static class Pooled
{
    /// <summary>Suspends on <paramref name="gate"/> (a pending Task), then returns <paramref name="value"/>.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<int> AfterAsync(Task gate, int value)
    {
        await gate;
        return value;
    }

    /// <summary>The same shape, used only by the unconsumed-box measurement, so its state machine type
    /// (and therefore its box cache) is touched by nothing else.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<int> LeakProbeAsync(Task gate, int value)
    {
        await gate;
        return value;
    }

    /// <summary>Awaits once. Called while <paramref name="vt"/> is pending, it really suspends.</summary>
    public static async Task<int> AwaitOnceAsync(ValueTask<int> vt) => await vt;

    /// <summary>A Task that completes asynchronously, on the thread pool, with <paramref name="value"/>.</summary>
    public static async Task<int> ProduceLaterAsync(int value)
    {
        await Task.Yield();
        await Task.Delay(5);
        return value;
    }
}
