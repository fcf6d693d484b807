using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace ValueTaskLab.Reference.Shapes;

/// <summary>One call of the C++ engine's workload: which key, whether the cache has it, how long the backend takes.</summary>
public readonly record struct CallSpec(int Key, bool Hit, TimeSpan MissLatency);

/// <summary>A 16-byte cached value (payload_bytes = 16).</summary>
public readonly record struct Payload16(long A, long B);

/// <summary>A 256-byte cached value (payload_bytes = 256).</summary>
[StructLayout(LayoutKind.Sequential, Size = 256)]
public readonly struct Payload256
{
    public Payload256(long first) => First = first;
    public long First { get; }
}

public static class Payloads
{
    /// <summary>The value for a key, never all zero (an all-zero value would hit Task.FromResult's cache).</summary>
    public static P For<P>(int key)
    {
        if (typeof(P) == typeof(bool))
        {
            bool v = true;
            return Unsafe.As<bool, P>(ref v);
        }
        if (typeof(P) == typeof(Payload16))
        {
            var v = new Payload16(key + 1, ~(long)key);
            return Unsafe.As<Payload16, P>(ref v);
        }
        if (typeof(P) == typeof(Payload256))
        {
            var v = new Payload256(key + 1);
            return Unsafe.As<Payload256, P>(ref v);
        }
        throw new NotSupportedException(typeof(P).Name);
    }

    /// <summary>A number that depends on the value, so no call can be optimised away.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Checksum<P>(P value)
    {
        if (typeof(P) == typeof(bool))
            return Unsafe.As<P, bool>(ref value) ? 1 : 0;
        if (typeof(P) == typeof(Payload16))
            return Unsafe.As<P, Payload16>(ref value).A;
        if (typeof(P) == typeof(Payload256))
            return Unsafe.As<P, Payload256>(ref value).First;
        return 0;
    }

    public static int SizeOf<P>() => typeof(P) == typeof(bool) ? 0 : Unsafe.SizeOf<P>();
}

/// <summary>
/// The backend a cache miss waits for, simulated on the caller's own thread: Delay() returns a
/// pending ValueTask over a pooled ManualResetValueTaskSourceCore, and the driver completes the
/// pending operations in FIFO order (every miss has the same latency, so FIFO is due-time order;
/// nothing sleeps). Completing one resumes the suspended service method inline. Steady state: no
/// allocation, so whatever a strategy allocates is its own.
/// </summary>
public sealed class SimulatedBackend
{
    private readonly Queue<Operation> _pending = new();
    private readonly Stack<Operation> _free = new();

    public int Pending => _pending.Count;

    /// <summary>Total simulated latency of the operations completed so far.</summary>
    public TimeSpan SimulatedTime { get; private set; }

    public ValueTask Delay(TimeSpan latency)
    {
        Operation op = _free.Count > 0 ? _free.Pop() : new Operation(this);
        op.Latency = latency;
        _pending.Enqueue(op);
        return new ValueTask(op, op.Version);
    }

    /// <summary>Runs <paramref name="then"/> once <paramref name="latency"/> has passed: a
    /// callback-style timer, for a hand-written source that is completed from outside.</summary>
    public void After(TimeSpan latency, Action then) => _ = AfterAsync(latency, then);

    private async Task AfterAsync(TimeSpan latency, Action then)
    {
        await Delay(latency);
        then();
    }

    /// <summary>Completes every pending operation, oldest first.</summary>
    public void CompleteAll()
    {
        while (_pending.TryDequeue(out Operation? op))
        {
            SimulatedTime += op.Latency;
            op.Complete();
        }
    }

    private sealed class Operation : IValueTaskSource
    {
        private readonly SimulatedBackend _owner;
        private ManualResetValueTaskSourceCore<bool> _core;

        public Operation(SimulatedBackend owner) => _owner = owner;

        public TimeSpan Latency { get; set; }
        public short Version => _core.Version;

        public void Complete() => _core.SetResult(true);

        public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);

        public void GetResult(short token)
        {
            _core.GetResult(token);
            _core.Reset();
            _owner._free.Push(this);
        }
    }
}

/// <summary>What every strategy's service shares: the cache, the backend, the lookup.</summary>
/// <typeparam name="Payload">The cached value's type (named like the C++ engine's Payload so the listings read the same).</typeparam>
public abstract class ServiceBase<Payload>
{
    protected readonly Payload[] _cache;
    private readonly Payload[] _backendRows;

    protected ServiceBase(int keys, SimulatedBackend backend)
    {
        _cache = new Payload[keys];
        _backendRows = new Payload[keys];
        for (int k = 0; k < keys; k++)
        {
            _cache[k] = Payloads.For<Payload>(k);
            _backendRows[k] = Payloads.For<Payload>(k);
        }
        Backend = backend;
    }

    protected SimulatedBackend Backend { get; }

    /// <summary>Hit or miss, as the scenario decided for this call (the C++ engine does the same).</summary>
    protected static bool Lookup(CallSpec c) => c.Hit;

    /// <summary>What the backend returns once its latency has passed.</summary>
    protected Payload BackendLoad(CallSpec c) => _backendRows[c.Key];
}
