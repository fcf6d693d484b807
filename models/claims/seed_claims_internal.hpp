// Internal to the seed claims (seed_claims.cpp, seed_claims_table.cpp, claim_*_judges.cpp,
// claim_judge_helpers.cpp): the judges the claims table names and what they share.
//
// Sources for what the judges' sentences say about .NET (dotnet/runtime, main):
// - Task result cache (bool, null/default, int −1..8; since .NET 8 any 1/2/4/8/16-byte
//   all-zero value): src/libraries/System.Private.CoreLib/src/System/Threading/Tasks/
//   TaskCache.cs and Task.FromResult in Task.cs; AsyncTaskMethodBuilderT.cs GetTaskForResult.
// - The default `async ValueTask<T>` builder wraps a Task-derived state-machine box when the
//   method suspends: src/libraries/System.Private.CoreLib/src/System/Runtime/
//   CompilerServices/AsyncValueTaskMethodBuilderT.cs (Task property: new ValueTask<TResult>(
//   m_task)); only PoolingAsyncValueTaskMethodBuilder (PoolingAsyncValueTaskMethodBuilderT.cs)
//   hands out a reusable IValueTaskSource.
// - Every ManualResetValueTaskSourceCore misuse throws InvalidOperationException with the
//   generic message (ManualResetValueTaskSourceCore.cs, ValidateToken / ThrowHelper.
//   ThrowInvalidOperationException()); no "already been consumed" message exists.
// - ValueTask's remarks (ValueTask.cs): await once, never concurrently, never .Result before
//   completion; use AsTask()/Preserve() otherwise.
// The figures themselves are measurements: resources/dotnet/ValueTaskLab.Reference.
#pragma once

#include "models/claims/seed_claims.hpp"

#include <QString>

namespace vtl::models {

// --- shared by the judges: claim_judge_helpers.cpp ------------------------------------------

bool close(double measured, double claimed, double tolerance);
QString versus_claim(double measured, double claimed);
QString dotnet_source(const ClaimInputs& in);
const DotnetRow* bench(const ClaimInputs& in, const char* strategy, double hit_rate);
const DotnetRow* gc_row(const ClaimInputs& in, const char* strategy, double hit_rate,
                        double payload);
QString exact_interval();
QString bdn_exact();
ClaimVerdict::Side no_dotnet(const ClaimInputs& in, const QString& what);
ClaimVerdict::Side no_core(const QString& what);
const workload::HitCost* hit(const ClaimInputs& in, const char* id);
QString build_kind();
QString core_hit_source(const ClaimInputs& in);
ClaimVerdict both(ClaimVerdict::Side dotnet, ClaimVerdict::Side core);

// --- the judges the table names ---------------------------------------------------------------

// claim_allocation_judges.cpp
ClaimVerdict task_hit_32(const ClaimInputs& in);
ClaimVerdict valuetask_hit_zero(const ClaimInputs& in);
ClaimVerdict valuetask_avoids_task_allocation(const ClaimInputs& in);
ClaimVerdict task_always_allocates(const ClaimInputs& in);
ClaimVerdict miss_same_32(const ClaimInputs& in);
ClaimVerdict always_async_gain(const ClaimInputs& in);
ClaimVerdict million_mixed(const ClaimInputs& in);
ClaimVerdict million_hits(const ClaimInputs& in);
ClaimVerdict stack_allocation(const ClaimInputs& in);

// claim_speed_judges.cpp
ClaimVerdict speed(const ClaimInputs& in);
ClaimVerdict context_switch(const ClaimInputs& in);

// claim_gc_judges.cpp
ClaimVerdict task_gc(const ClaimInputs& in);
ClaimVerdict valuetask_gc(const ClaimInputs& in);
ClaimVerdict gc_reduction(const ClaimInputs& in);

// claim_outcome_judges.cpp
ClaimVerdict exception_message(const ClaimInputs& in);
ClaimVerdict not_awaited_leak(const ClaimInputs& in);
ClaimVerdict reusable(const ClaimInputs& in);
ClaimVerdict no_second_await(const ClaimInputs& in);
ClaimVerdict copy_per_await(const ClaimInputs& in);
ClaimVerdict passed_to_two(const ClaimInputs& in);
ClaimVerdict get_result_deadlock(const ClaimInputs& in);

} // namespace vtl::models
