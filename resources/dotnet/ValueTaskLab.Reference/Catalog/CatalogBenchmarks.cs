using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace ValueTaskLab.Reference.Catalog;

/// <summary>
/// Seed 004's benchmark, rebuilt: each invocation looks up a fixed sequence of 1,000 SKUs
/// (a shuffled mix with exactly HitRate × 1,000 cache hits) and awaits every call once.
/// A miss awaits Task.Yield(): the method really suspends and resumes on the thread pool.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    public const int Batch = 1000;

    private ProductCatalog? _catalog;
    private string[] _requests = Array.Empty<string>();
    private PlainProductService? _plain;
    private TaskProductService? _task;
    private ValueTaskProductService? _valueTask;
    private ValueTaskAsyncProductService? _valueTaskAsync;
    private PooledProductService? _pooled;

    [Params(1.0, 0.8)]
    public double HitRate { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int hits = (int)Math.Round(HitRate * Batch);
        var cached = new List<string>();
        var uncached = new List<string>();
        var requests = new List<string>(Batch);
        for (int i = 0; i < Batch; i++)
        {
            string sku = ProductCatalog.Sku(i);
            if (i < hits)
                cached.Add(sku);
            else
                uncached.Add(sku);
            requests.Add(sku);
        }
        var rng = new Random(4); // a fixed shuffle: misses spread through the batch
        for (int i = requests.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (requests[i], requests[j]) = (requests[j], requests[i]);
        }
        _requests = requests.ToArray();
        _catalog = new ProductCatalog(cached, uncached);
        _plain = new PlainProductService(_catalog);
        _task = new TaskProductService(_catalog);
        _valueTask = new ValueTaskProductService(_catalog);
        _valueTaskAsync = new ValueTaskAsyncProductService(_catalog);
        _pooled = new PooledProductService(_catalog);
    }

    [GlobalCleanup]
    public void Cleanup() => _catalog?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int plain()
    {
        int sum = 0;
        foreach (string sku in _requests)
            sum += _plain!.Get(sku).Id;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<int> task()
    {
        int sum = 0;
        foreach (string sku in _requests)
            sum += (await _task!.GetAsync(sku)).Id;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<int> valuetask()
    {
        int sum = 0;
        foreach (string sku in _requests)
            sum += (await _valueTask!.GetAsync(sku)).Id;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<int> valuetask_coroutine()
    {
        int sum = 0;
        foreach (string sku in _requests)
            sum += (await _valueTaskAsync!.GetAsync(sku)).Id;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<int> pooled()
    {
        int sum = 0;
        foreach (string sku in _requests)
            sum += (await _pooled!.GetAsync(sku)).Id;
        return sum;
    }
}
