using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>The listing's caller for the <c>pooled</c> strategy. After a miss its second await throws
/// (the first await's GetResult reset the builder's box); after a hit the ValueTask holds the value.</summary>
public static class PooledCaller
{
    public static async Task<(Payload Result, Payload Again)> CallTwiceAsync<Payload>(PooledService<Payload> service, CallSpec spec)
    {
        // listing:pooled begin
        // caller
        var op = service.GetAsync(spec);                        // @@ issued
        var result = await op;                                  // @@ suspended resumed delivered
        var again = await op; // misuse: throws after a miss    // @@ double_await
        // the box goes back to the cache (1 per thread,
        // 1 per core) or is dropped for the GC                 // @@ released
        // listing:pooled end
        return (result, again);
    }
}

/// <summary>The <c>pooled</c> strategy: the non-async wrapper, with misses on an async method
/// whose box comes from PoolingAsyncValueTaskMethodBuilder's cache.</summary>
public sealed class PooledService<Payload> : ServiceBase<Payload>
{
    public PooledService(int keys, SimulatedBackend backend)
        : base(keys, backend)
    {
    }

    // listing:pooled begin
    // service
    public ValueTask<Payload> GetAsync(CallSpec c)          // @@ issued
    {
        if (Lookup(c))
            return new ValueTask<Payload>(_cache[c.Key]);   // @@ hit
        return FetchPooledAsync(c);                         // @@ miss
    }

    [AsyncMethodBuilder(
        typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Payload>
        FetchPooledAsync(CallSpec c)                        // @@ alloc_async_start
    {
        await Backend.Delay(c.MissLatency);                 // @@ suspended
        return BackendLoad(c);                              // @@ backend
    }
    // listing:pooled end
}
