// The seeds' claims, one entry each: where the seed says it, in its words, in English, and
// the judge that weighs it.
#include "models/claims/seed_claims_internal.hpp"

#include <QCoreApplication>

namespace vtl::models {

namespace {

const QString seed000 = QStringLiteral("000_efb4e60a3bc2a802.txt");
const QString seed001 = QStringLiteral("001_346b1307818f8a78.txt");
const QString seed002 = QStringLiteral("002_f0328985364dd61e.txt");
const QString seed003 = QStringLiteral("003_40be18ff5e951c36.txt");
const QString seed004 = QStringLiteral("004_189390e2872eaaf7.txt");

} // namespace

// A table, one claim an entry: long because the seeds make that many claims.
const std::vector<SeedClaim>& seed_claims() {
    static const std::vector<SeedClaim> claims{
        // 004 (en): the C# sample's README, with its figures.
        {QStringLiteral("task-hit-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Cache hit: 32 bytes allocated (Task object)"),
         QT_TRANSLATE_NOOP("vtl::models", "A Task<T> cache hit allocates a 32-byte Task object."),
         task_hit_32},
        {QStringLiteral("valuetask-hit-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Cache hit: **0 bytes** allocated (value returned on stack)"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask<T> cache hit allocates nothing."),
         valuetask_hit_zero},
        {QStringLiteral("hit-speedup"), seed004, QStringLiteral("en"),
         QStringLiteral("10x faster for cache hits (5ns vs 50ns)"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "ValueTask<T> is 10× faster on cache hits (5 ns vs 50 ns)."),
         speed},
        {QStringLiteral("miss-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Cache miss: 32 bytes allocated (wraps Task)"),
         QT_TRANSLATE_NOOP("vtl::models", "On a miss both allocate the same 32 bytes."),
         miss_same_32},
        {QStringLiteral("mixed-million-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Task<T>: 25 MB allocated"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "1,000,000 calls at 80 % hits: Task<T> 25 MB, ValueTask<T> 6 MB."),
         million_mixed},
        {QStringLiteral("hit-million-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("| 1M cached calls | ~30 MB | 0 MB |"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "1,000,000 cached calls: Task<T> 30 MB, ValueTask<T> 0 MB."),
         million_hits},
        {QStringLiteral("task-gc"), seed004, QStringLiteral("en"),
         QStringLiteral("Gen 0: 800,000 collections"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "1,000,000 calls at 80 % hits with Task<T>: 800,000 gen0, 100,000 gen1, 10,000 "
             "gen2 collections."),
         task_gc},
        {QStringLiteral("valuetask-gc"), seed004, QStringLiteral("en"),
         QStringLiteral("Gen 0: 200,000 collections"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "… with ValueTask<T>: 200,000 gen0, 25,000 gen1, 2,500 gen2 collections."),
         valuetask_gc},
        {QStringLiteral("gc-reduction"), seed004, QStringLiteral("en"),
         QStringLiteral("Result: 75% reduction in GC pressure!"),
         QT_TRANSLATE_NOOP("vtl::models", "ValueTask<T> cuts GC pressure by 75 %."), gc_reduction},
        {QStringLiteral("exception-message"), seed004, QStringLiteral("en"),
         QStringLiteral("InvalidOperationException: The ValueTask has already been consumed."),
         QT_TRANSLATE_NOOP("vtl::models",
                           "Awaiting twice throws “The ValueTask has already been consumed”."),
         exception_message},
        {QStringLiteral("not-awaited-leak"), seed004, QStringLiteral("en"),
         QStringLiteral("Not awaited - resource leak!"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask that is never awaited leaks a resource."),
         not_awaited_leak},
        // 000 (ja)
        {QStringLiteral("valuetask-reusable"), seed000, QStringLiteral("ja"),
         QStringLiteral("`ValueTask`は使い回し可能で"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask is reusable (a Task completes only once)."),
         reusable},
        {QStringLiteral("ja-avoids-allocation"), seed000, QStringLiteral("ja"),
         QStringLiteral("`ValueTask`ではこの割り当てを避けることができる場合があります"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "ValueTask can avoid the heap allocation a Task makes, in some cases."),
         valuetask_avoids_task_allocation},
        {QStringLiteral("ja-always-async-gain"), seed000, QStringLiteral("ja"),
         QStringLiteral("`ValueTask<int>`は`Task<int>`と似た働きをしますが、メモリ効率の向上が期待"
                        "できます"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "An async ValueTask<int> method that always awaits (Task.Delay) is more "
                           "memory-efficient than Task<int>."),
         always_async_gain},
        // 001 (ru)
        {QStringLiteral("stack-allocation"), seed001, QStringLiteral("ru"),
         QStringLiteral("Структура (значимый тип, stack allocation)"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "ValueTask<T> is a struct: a value type, allocated on the stack."),
         stack_allocation},
        {QStringLiteral("task-always-allocates"), seed001, QStringLiteral("ru"),
         QStringLiteral("Всегда создает объект в куче"),
         QT_TRANSLATE_NOOP("vtl::models", "Task<T> always creates an object on the heap."),
         task_always_allocates},
        {QStringLiteral("no-second-await"), seed001, QStringLiteral("ru"),
         QStringLiteral("`ValueTask<T>` **нельзя повторно ожидать**"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask<T> must not be awaited a second time."),
         no_second_await},
        {QStringLiteral("sync-no-heap-001"), seed001, QStringLiteral("ru"),
         QStringLiteral("Если метод завершает операцию синхронно, объект задачи в куче не "
                        "создается."),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "If the method completes synchronously, no task object is created on the heap."),
         valuetask_hit_zero},
        // 002 (en)
        {QStringLiteral("copy-per-await"), seed002, QStringLiteral("en"),
         QStringLiteral("each await creates a new copy of the struct, and the state of the task "
                        "may not be updated correctly"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "Each await works on its own copy of the struct, whose state may be stale."),
         copy_per_await},
        {QStringLiteral("context-switch"), seed002, QStringLiteral("en"),
         QStringLiteral("creates additional overhead due to the context switching required to "
                        "allocate and free memory on the heap"),
         QT_TRANSLATE_NOOP("vtl::models", "Allocating and freeing a Task costs context switches."),
         context_switch},
        {QStringLiteral("passed-to-two"), seed002, QStringLiteral("en"),
         QStringLiteral("You will run into an error at runtime because valueTask is a struct and "
                        "is copied when passed as a parameter"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "Passing one ValueTask from an async ValueTask method to two methods that await it "
             "fails at run time, because the struct is copied."),
         passed_to_two},
        {QStringLiteral("getresult-deadlock"), seed002, QStringLiteral("en"),
         QStringLiteral("This can cause a blocking operation and potentially `deadlock` your "
                        "application."),
         QT_TRANSLATE_NOOP("vtl::models",
                           ".GetAwaiter().GetResult() before completion blocks and can deadlock."),
         get_result_deadlock},
        {QStringLiteral("await-allocation-free"), seed002, QStringLiteral("en"),
         QStringLiteral("Awaiting ValueTask<T> is allocation-free`, if the operation completes "
                        "synchronously"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "Awaiting a ValueTask<T> that completed synchronously allocates nothing."),
         valuetask_hit_zero},
        // 003 (ru)
        {QStringLiteral("task-always-allocates-003"), seed003, QStringLiteral("ru"),
         QStringLiteral("Он всегда выделяет память для объекта `Task`, даже если результат "
                        "операции может быть возвращен синхронно."),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "A Task always allocates memory for the Task object, even when the result could be "
             "returned synchronously."),
         task_always_allocates},
        {QStringLiteral("sync-no-heap-003"), seed003, QStringLiteral("ru"),
         QStringLiteral("может быть возвращена без выделения памяти в куче, если операция "
                        "завершается синхронно"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "A ValueTask can be returned without a heap allocation when the operation completes "
             "synchronously."),
         valuetask_avoids_task_allocation},
    };
    return claims;
}

} // namespace vtl::models
