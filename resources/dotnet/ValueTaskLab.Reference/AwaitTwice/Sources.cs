using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace ValueTaskLab.Reference.AwaitTwice;

/// <summary>
/// A hand-written pooled IValueTaskSource&lt;int&gt; on .NET's ManualResetValueTaskSourceCore&lt;int&gt;.
/// Like the C++ core's pool, it is reset when it is RENTED again, not when it is returned:
/// GetResult gives it back to the pool and leaves its result in place.
/// </summary>
public class ResetOnRentSource : IValueTaskSource<int>
{
    private readonly ResetOnRentPool _pool;
    protected ManualResetValueTaskSourceCore<int> Core;

    public ResetOnRentSource(ResetOnRentPool pool, int slot)
    {
        _pool = pool;
        Slot = slot;
    }

    public int Slot { get; }
    public short Version => Core.Version;
    public long Rents { get; private set; }
    public long Returns { get; private set; }

    /// <summary>Called by the pool when an operation rents this source: version + 1.</summary>
    internal void ResetForRent()
    {
        Core.Reset();
        Rents++;
    }

    public ValueTask<int> ValueTask => new(this, Core.Version);

    public void Complete(int value) => Core.SetResult(value);

    public virtual ValueTaskSourceStatus GetStatus(short token) => Core.GetStatus(token);

    public virtual int GetResult(short token)
    {
        int value = Core.GetResult(token);
        Returns++;
        _pool.Return(this);
        return value;
    }

    public virtual void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        Core.OnCompleted(continuation, state, token, flags);
}

/// <summary>
/// What-if, not .NET: a source that ignores the token it is given and always uses the
/// current version, i.e. never detects that the ValueTask in hand belongs to an older operation.
/// </summary>
public sealed class TokenIgnoringSource : ResetOnRentSource
{
    public TokenIgnoringSource(ResetOnRentPool pool, int slot)
        : base(pool, slot)
    {
    }

    public override ValueTaskSourceStatus GetStatus(short token) => Core.GetStatus(Core.Version);

    public override int GetResult(short token) => base.GetResult(Core.Version);

    public override void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        Core.OnCompleted(continuation, state, Core.Version, flags);
}

/// <summary>
/// A small LIFO pool of <see cref="ResetOnRentSource"/>: at most <see cref="Capacity"/> sources are kept;
/// a rent from an empty pool allocates a new source (and counts it).
/// </summary>
public sealed class ResetOnRentPool
{
    private readonly Stack<ResetOnRentSource> _free = new();
    private readonly bool _ignoreTokens;
    private int _created;

    public ResetOnRentPool(int capacity, bool ignoreTokens = false)
    {
        Capacity = capacity;
        _ignoreTokens = ignoreTokens;
        for (int i = 0; i < capacity; i++)
            _free.Push(Create());
    }

    public int Capacity { get; }
    /// <summary>Sources created because the pool was empty when an operation rented one.</summary>
    public int AllocatedPastCapacity => _created - Capacity;
    public int Available => _free.Count;
    /// <summary>Sources rented and not (yet) given back by a GetResult.</summary>
    public int Leased { get; private set; }

    public ResetOnRentSource Rent()
    {
        ResetOnRentSource s = _free.Count > 0 ? _free.Pop() : Create();
        s.ResetForRent();
        Leased++;
        return s;
    }

    internal void Return(ResetOnRentSource s)
    {
        Leased--;
        if (_free.Count < Capacity)
            _free.Push(s);
    }

    private ResetOnRentSource Create()
    {
        int slot = _created++;
        return _ignoreTokens ? new TokenIgnoringSource(this, slot) : new ResetOnRentSource(this, slot);
    }
}
