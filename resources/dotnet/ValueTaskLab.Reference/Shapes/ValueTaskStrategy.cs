using System.Threading.Tasks;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>The listing's caller for the <c>valuetask</c> strategy: awaits the same ValueTask twice (a misuse).</summary>
public static class ValueTaskCaller
{
    public static async Task<(Payload Result, Payload Again)> CallTwiceAsync<Payload>(ValueTaskService<Payload> service, CallSpec spec)
    {
        // listing:valuetask begin
        // caller
        var op = service.GetAsync(spec);                        // @@ issued
        var result = await op;                                  // @@ suspended resumed delivered
        var again = await op; // misuse: awaited twice          // @@ double_await
        // no free here: the GC reclaims the Task later         // @@ released
        // listing:valuetask end
        return (result, again);
    }
}

/// <summary>The <c>valuetask</c> strategy: a non-async wrapper; hits return the value inline,
/// misses wrap the Task of an <c>async Task&lt;T&gt;</c> method.</summary>
public sealed class ValueTaskService<Payload> : ServiceBase<Payload>
{
    public ValueTaskService(int keys, SimulatedBackend backend)
        : base(keys, backend)
    {
    }

    // listing:valuetask begin
    // service
    public ValueTask<Payload> GetAsync(CallSpec c)          // @@ issued
    {
        if (Lookup(c))
            return new ValueTask<Payload>(_cache[c.Key]);   // @@ hit
        return new ValueTask<Payload>(FetchAsync(c));       // @@ miss
    }

    private async Task<Payload> FetchAsync(CallSpec c)      // @@ alloc_async_start
    {
        await Backend.Delay(c.MissLatency);                 // @@ suspended
        return BackendLoad(c);                              // @@ backend
    }
    // listing:valuetask end
}
