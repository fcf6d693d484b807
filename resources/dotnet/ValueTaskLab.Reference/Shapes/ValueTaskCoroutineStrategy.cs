using System.Threading.Tasks;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>The listing's caller for the <c>valuetask_coroutine</c> strategy.</summary>
public static class ValueTaskCoroutineCaller
{
    public static async Task<(Payload Result, Payload Again)> CallTwiceAsync<Payload>(ValueTaskCoroutineService<Payload> service, CallSpec spec)
    {
        // listing:valuetask_coroutine begin
        // caller
        var op = service.GetAsync(spec);                        // @@ issued
        var result = await op;                                  // @@ suspended resumed delivered
        var again = await op; // misuse: awaited twice          // @@ double_await
        // no free here: the GC reclaims the box later          // @@ released
        // listing:valuetask_coroutine end
        return (result, again);
    }
}

/// <summary>The <c>valuetask_coroutine</c> strategy: an <c>async ValueTask&lt;T&gt;</c> method
/// (C#'s counterpart of a C++ coroutine returning ValueTask).</summary>
public sealed class ValueTaskCoroutineService<Payload> : ServiceBase<Payload>
{
    public ValueTaskCoroutineService(int keys, SimulatedBackend backend)
        : base(keys, backend)
    {
    }

    // listing:valuetask_coroutine begin
    // service
    public async ValueTask<Payload> GetAsync(CallSpec c)    // @@ issued
    {
        // C#, Release build: nothing allocated yet,         // @@ alloc_service
        // the state machine is a struct on the stack       // @@ alloc_service
        // (a Debug build makes it a class, new here)       // @@ alloc_service
        if (Lookup(c))                                      // @@ miss
            return _cache[c.Key];                           // @@ hit
        // C#: here the state machine is boxed to the heap  // @@ alloc_async_start
        await Backend.Delay(c.MissLatency);                 // @@ suspended alloc_async_start
        return BackendLoad(c);                              // @@ backend
    }
    // listing:valuetask_coroutine end
}
