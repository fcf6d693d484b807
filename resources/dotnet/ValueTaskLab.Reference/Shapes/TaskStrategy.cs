using System.Threading.Tasks;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>The listing's caller for the <c>task</c> strategy: awaits the same Task twice.</summary>
public static class TaskCaller
{
    public static async Task<(Payload Result, Payload Again)> CallTwiceAsync<Payload>(TaskService<Payload> service, CallSpec spec)
    {
        // listing:task begin
        // caller
        var op = service.GetAsync(spec);                        // @@ issued
        var result = await op;                                  // @@ suspended resumed delivered
        var again = await op; // Task: fine, any number of times // @@ double_await
        // no free here: the GC reclaims the Task later         // @@ released
        // listing:task end
        return (result, again);
    }
}

/// <summary>The <c>task</c> strategy: an <c>async Task&lt;T&gt;</c> method.</summary>
public sealed class TaskService<Payload> : ServiceBase<Payload>
{
    public TaskService(int keys, SimulatedBackend backend)
        : base(keys, backend)
    {
    }

    // listing:task begin
    // service
    public async Task<Payload> GetAsync(CallSpec c)         // @@ issued
    {
        if (Lookup(c))                                      // @@ miss
            // SetResult: a new Task (or a cached one)
            return _cache[c.Key];                           // @@ hit
        await Backend.Delay(c.MissLatency);                 // @@ suspended alloc_async_start
        return BackendLoad(c);                              // @@ backend
    }
    // listing:task end
}
