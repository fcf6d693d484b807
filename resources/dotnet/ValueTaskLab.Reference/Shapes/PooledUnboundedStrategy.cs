using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>The listing's caller for the <c>pooled_unbounded</c> strategy (a what-if: not .NET's
/// builder). After a miss its second await returns the value again, because the source has not
/// been rented since (a later rent would make it throw or, on a source that ignores its token,
/// return another call's value); after a hit the ValueTask holds the value.</summary>
public static class PooledUnboundedCaller
{
    public static async Task<(Payload Result, Payload Again)> CallTwiceAsync<Payload>(PooledUnboundedService<Payload> service, CallSpec spec)
    {
        // listing:pooled_unbounded begin
        // not .NET's builder: a hand-written, unbounded pool
        // caller
        var op = service.GetAsync(spec);                        // @@ issued
        var result = await op;                                  // @@ suspended resumed delivered
        var again = await op; // misuse: source may be reused   // @@ double_await
        // nothing to free: the source goes back to the pool    // @@ released
        // listing:pooled_unbounded end
        return (result, again);
    }
}

/// <summary>The <c>pooled_unbounded</c> strategy, the C++ core's hand-written pool written in C#:
/// misses complete a pooled <see cref="IValueTaskSource{TResult}"/> on
/// <see cref="ManualResetValueTaskSourceCore{TResult}"/>; the pool keeps every source it ever
/// made and resets one only when an operation rents it again.</summary>
public sealed class PooledUnboundedService<Payload> : ServiceBase<Payload>
{
    private readonly SourcePool _pool = new();

    public PooledUnboundedService(int keys, SimulatedBackend backend)
        : base(keys, backend)
    {
    }

    /// <summary>Sources the pool has made (one per miss in flight at the busiest moment).</summary>
    public int SourcesCreated => _pool.Created;

    // listing:pooled_unbounded begin
    // service
    public ValueTask<Payload> GetAsync(CallSpec c)          // @@ issued
    {
        if (Lookup(c))
            return new ValueTask<Payload>(_cache[c.Key]);   // @@ hit
        return FetchPooled(c);                              // @@ miss
    }

    // a hand-written IValueTaskSource<Payload> pool that never
    // drops a source and resets one only when renting it again
    private ValueTask<Payload> FetchPooled(CallSpec c)
    {
        PooledSource s = _pool.Rent();                      // @@ alloc_async_start
        Backend.After(c.MissLatency, () =>                  // @@ suspended
            s.SetResult(BackendLoad(c)));                   // @@ backend
        return new ValueTask<Payload>(s, s.Version);
    }
    // listing:pooled_unbounded end

    /// <summary>One pooled operation. GetResult gives it back to the pool and leaves its result
    /// in place, so a second await before the next rent still sees this operation's value.</summary>
    public sealed class PooledSource : IValueTaskSource<Payload>
    {
        private readonly SourcePool _pool;
        private ManualResetValueTaskSourceCore<Payload> _core;

        internal PooledSource(SourcePool pool) => _pool = pool;

        public short Version => _core.Version;
        internal bool InPool { get; set; }

        internal void ResetForRent() => _core.Reset();

        public void SetResult(Payload value) => _core.SetResult(value);

        public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);

        public Payload GetResult(short token)
        {
            Payload value = _core.GetResult(token);
            _pool.Return(this);
            return value;
        }
    }

    /// <summary>A LIFO pool without a bound: a rent from an empty pool makes a new source, and no
    /// source is ever dropped.</summary>
    public sealed class SourcePool
    {
        private readonly Stack<PooledSource> _free = new();

        public int Created { get; private set; }

        public PooledSource Rent()
        {
            PooledSource s;
            if (_free.Count > 0)
            {
                s = _free.Pop();
            }
            else
            {
                s = new PooledSource(this);
                Created++;
            }
            s.InPool = false;
            s.ResetForRent();
            return s;
        }

        internal void Return(PooledSource s)
        {
            // A second await of the same ValueTask calls GetResult again: keep one entry.
            if (s.InPool)
                return;
            s.InPool = true;
            _free.Push(s);
        }
    }
}
