using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Memory;

namespace ValueTaskLab.Reference.Catalog;

/// <summary>The seed 004 sample's product.</summary>
public sealed class Product
{
    public int Id { get; init; }
    public string Name { get; init; } = string.Empty;
    public decimal Price { get; init; }
}

/// <summary>
/// Seed 004's product catalog, rebuilt on Microsoft.Extensions.Caching.Memory: an IMemoryCache
/// in front of a "database". The cache holds the products whose SKU is cacheable; the others
/// are always loaded from the database and deliberately not cached, so a benchmark's hit rate
/// stays exactly what it says for as long as it runs.
/// </summary>
public sealed class ProductCatalog : IDisposable
{
    private readonly Dictionary<string, Product> _rows = new(StringComparer.Ordinal);

    public ProductCatalog(IEnumerable<string> cachedSkus, IEnumerable<string> uncachedSkus)
    {
        Cache = new MemoryCache(new MemoryCacheOptions());
        int id = 0;
        foreach (string sku in cachedSkus)
        {
            Product p = Make(++id);
            _rows[sku] = p;
            // The seed's entries expire after 5 minutes; an hour here, so that nothing expires
            // while a benchmark runs (the expiry check on each hit costs the same either way).
            Cache.Set(sku, p, TimeSpan.FromHours(1));
        }
        foreach (string sku in uncachedSkus)
            _rows[sku] = Make(++id);
    }

    public IMemoryCache Cache { get; }

    /// <summary>The database read itself (the benchmark's miss pays for its asynchrony separately).</summary>
    public Product Load(string sku) => _rows[sku];

    public static string Sku(int n) => "SKU-" + n.ToString("D6", CultureInfo.InvariantCulture);

    private static Product Make(int id) => new()
    {
        Id = id,
        Name = "Product_" + id.ToString(CultureInfo.InvariantCulture),
        Price = id * 9.99m,
    };

    public void Dispose() => Cache.Dispose();
}

/// <summary>Seed 004's Task-based service: <c>async Task&lt;Product&gt;</c>, allocating a Task on every hit.</summary>
public sealed class TaskProductService
{
    private readonly IMemoryCache _cache;
    private readonly ProductCatalog _database;

    public TaskProductService(ProductCatalog catalog)
    {
        _cache = catalog.Cache;
        _database = catalog;
    }

    public async Task<Product> GetAsync(string sku)
    {
        if (_cache.TryGetValue(sku, out Product? cached) && cached is not null)
            return cached;
        await Task.Yield(); // the database round trip: really asynchronous, microseconds long
        return _database.Load(sku);
    }
}

/// <summary>Seed 004's ValueTask-based service: a non-async wrapper; a hit returns the product inline.</summary>
public sealed class ValueTaskProductService
{
    private readonly IMemoryCache _cache;
    private readonly ProductCatalog _database;

    public ValueTaskProductService(ProductCatalog catalog)
    {
        _cache = catalog.Cache;
        _database = catalog;
    }

    public ValueTask<Product> GetAsync(string sku)
    {
        if (_cache.TryGetValue(sku, out Product? cached) && cached is not null)
            return new ValueTask<Product>(cached);
        return new ValueTask<Product>(FetchFromDatabaseAsync(sku));
    }

    private async Task<Product> FetchFromDatabaseAsync(string sku)
    {
        await Task.Yield();
        return _database.Load(sku);
    }
}

/// <summary>The same service written as an <c>async ValueTask&lt;Product&gt;</c> method.</summary>
public sealed class ValueTaskAsyncProductService
{
    private readonly IMemoryCache _cache;
    private readonly ProductCatalog _database;

    public ValueTaskAsyncProductService(ProductCatalog catalog)
    {
        _cache = catalog.Cache;
        _database = catalog;
    }

    public async ValueTask<Product> GetAsync(string sku)
    {
        if (_cache.TryGetValue(sku, out Product? cached) && cached is not null)
            return cached;
        await Task.Yield();
        return _database.Load(sku);
    }
}

/// <summary>The wrapper with misses on a PoolingAsyncValueTaskMethodBuilder method (seed 004's "pooled" idea,
/// with .NET's own pooled IValueTaskSource: the builder's box).</summary>
public sealed class PooledProductService
{
    private readonly IMemoryCache _cache;
    private readonly ProductCatalog _database;

    public PooledProductService(ProductCatalog catalog)
    {
        _cache = catalog.Cache;
        _database = catalog;
    }

    public ValueTask<Product> GetAsync(string sku)
    {
        if (_cache.TryGetValue(sku, out Product? cached) && cached is not null)
            return new ValueTask<Product>(cached);
        return FetchPooledAsync(sku);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Product> FetchPooledAsync(string sku)
    {
        await Task.Yield();
        return _database.Load(sku);
    }
}

/// <summary>No Task at all: the synchronous lookup, misses loaded synchronously. The floor.</summary>
public sealed class PlainProductService
{
    private readonly IMemoryCache _cache;
    private readonly ProductCatalog _database;

    public PlainProductService(ProductCatalog catalog)
    {
        _cache = catalog.Cache;
        _database = catalog;
    }

    public Product Get(string sku)
    {
        if (_cache.TryGetValue(sku, out Product? cached) && cached is not null)
            return cached;
        return _database.Load(sku);
    }
}
