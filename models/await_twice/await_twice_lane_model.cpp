#include "models/await_twice/await_twice_lane_model.hpp"

namespace vtl::models {

using vtl::Misuse;
using workload::AwaitTwiceCase;
using workload::AwaitTwiceOutcome;
using workload::CaseGroup;
using workload::LabFrame;
using workload::LabOutcome;
using workload::LabStep;

namespace {

struct CaseText {
    AwaitTwiceCase which;
    const char* title;
    const char* setup;
};

// Context "AwaitTwiceLaneModel", as Q_DECLARE_TR_FUNCTIONS gives tr().
const CaseText case_texts[] = {
    {AwaitTwiceCase::sync_result, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "Synchronous result"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "a cache hit: ValueTask(41) holds the value itself; awaited twice")},
    {AwaitTwiceCase::task, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "Wrapped Task"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "a miss: the ValueTask wraps a Task<int> completing later; awaited twice")},
    {AwaitTwiceCase::pooling_builder,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "PoolingAsyncValueTaskMethodBuilder box"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       ".NET's pooled builder: the box resets inside the first GetResult")},
    {AwaitTwiceCase::custom_source_not_reused,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "Custom source, not rented again"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "a hand-written source reset only when rented again; nobody did yet")},
    {AwaitTwiceCase::custom_source_reused,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "Custom source, rented again"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "another operation rents the same source before the second await")},
    {AwaitTwiceCase::token_ignored,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "What-if: a source that ignores its token"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "not possible with .NET's ManualResetValueTaskSourceCore, which always "
                       "checks: a hand-written source without the check")},
    {AwaitTwiceCase::token_wrapped,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "Token wrapped after 65,536 rents"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "the token is checked, but 65,536 rents bring the 16-bit version round")},
    {AwaitTwiceCase::result_before_completion_source,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", ".Result before completion: source"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       ".Result / GetAwaiter().GetResult() on a pending source-backed ValueTask")},
    {AwaitTwiceCase::result_before_completion_task,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", ".Result before completion: Task"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", ".Result on a pending Task-backed ValueTask")},
    {AwaitTwiceCase::concurrent_awaits,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "Two concurrent awaits"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "two awaiters register on one pending source (a second OnCompleted)")},
    {AwaitTwiceCase::as_task_many_awaits,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "AsTask(), then await the Task three times"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "the correct way to await more than once: one AsTask(), many awaits")},
    {AwaitTwiceCase::as_task_twice, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "AsTask() twice"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "AsTask() called again on a consumed pooling-builder ValueTask")},
    {AwaitTwiceCase::preserve, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "Preserve()"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "Preserve() on a pending pooling-builder ValueTask, then await twice")},
    {AwaitTwiceCase::unconsumed_pooled,
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "ValueTasks never awaited"),
     QT_TRANSLATE_NOOP("AwaitTwiceLaneModel",
                       "five operations from a pool of four; nobody awaits their ValueTasks")},
};

const CaseText* case_text(AwaitTwiceCase c) {
    for (const CaseText& t : case_texts)
        if (t.which == c)
            return &t;
    return nullptr;
}

struct OutcomeText {
    LabOutcome which;
    const char* name;
};
const OutcomeText outcome_texts[] = {
    {LabOutcome::same_value, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "same value")},
    {LabOutcome::exception, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "exception")},
    {LabOutcome::wrong_value, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "wrong value")},
    {LabOutcome::blocked, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "blocked")},
    {LabOutcome::source_leaked, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "source leaked")},
    {LabOutcome::works, QT_TRANSLATE_NOOP("AwaitTwiceLaneModel", "works")},
};

} // namespace

AwaitTwiceLaneModel::AwaitTwiceLaneModel(AwaitTwiceCase which)
    : which_(which)
    , runner_(&workload::run_await_twice_case) {}

void AwaitTwiceLaneModel::run() {
    show(runner_(which_));
}

void AwaitTwiceLaneModel::show(AwaitTwiceOutcome outcome) {
    outcome_ = std::move(outcome);
    ++runs_;
    frame_ = outcome_->frames.empty() ? 0 : outcome_->frames.size() - 1;
}

bool AwaitTwiceLaneModel::step() {
    if (!outcome_ || revealed()) {
        outcome_ = runner_(which_);
        ++runs_;
        frame_ = 0;
    } else if (frame_ + 1 < outcome_->frames.size()) {
        ++frame_;
    }
    return revealed();
}

void AwaitTwiceLaneModel::reset() {
    outcome_.reset();
    frame_ = 0;
}

const LabFrame* AwaitTwiceLaneModel::frame() const noexcept {
    if (!outcome_ || frame_ >= outcome_->frames.size())
        return nullptr;
    return &outcome_->frames[frame_];
}

bool AwaitTwiceLaneModel::revealed() const noexcept {
    return outcome_ && (outcome_->frames.empty() || frame_ + 1 >= outcome_->frames.size());
}

AwaitTwiceLaneModel::State AwaitTwiceLaneModel::state() const noexcept {
    if (!outcome_)
        return State::not_run;
    return revealed() ? State::revealed : State::pending;
}

std::optional<LabOutcome> AwaitTwiceLaneModel::shown() const noexcept {
    if (state() != State::revealed)
        return std::nullopt;
    return outcome_->outcome;
}

bool AwaitTwiceLaneModel::shows_exception() const noexcept {
    return shown() == LabOutcome::exception && outcome_->misuse.has_value();
}

QString AwaitTwiceLaneModel::title(AwaitTwiceCase c) {
    const CaseText* t = case_text(c);
    return t ? tr(t->title) : QString();
}

QString AwaitTwiceLaneModel::setup(AwaitTwiceCase c) {
    const CaseText* t = case_text(c);
    return t ? tr(t->setup) : QString();
}

QString AwaitTwiceLaneModel::group_title(CaseGroup g) {
    return g == CaseGroup::awaiting_twice ? tr("Awaiting twice") : tr("Other pitfalls");
}

QString AwaitTwiceLaneModel::outcome_name(LabOutcome o) {
    for (const OutcomeText& t : outcome_texts)
        if (t.which == o)
            return tr(t.name);
    return {};
}

QString AwaitTwiceLaneModel::misuse_text(Misuse m) {
    switch (m) {
    case Misuse::stale_token:
        return tr("stale token: the source was reset since this ValueTask was made");
    case Misuse::result_not_ready:
        return tr("result read before the operation completed");
    case Misuse::second_continuation:
        return tr("second continuation: the operation is already being awaited");
    case Misuse::second_completion:
        return tr("second completion without a reset");
    }
    return {};
}

bool AwaitTwiceLaneModel::is_misuse(AwaitTwiceCase c) noexcept {
    return c != AwaitTwiceCase::as_task_many_awaits && c != AwaitTwiceCase::preserve;
}

QString AwaitTwiceLaneModel::ca2012_rule(AwaitTwiceCase c) {
    // The sentences are quoted from the rule's documentation page (see the header).
    switch (c) {
    case AwaitTwiceCase::result_before_completion_source:
    case AwaitTwiceCase::result_before_completion_task:
        return tr("CA2012 “Use ValueTasks correctly”: “Attempts to consume a ValueTask multiple "
                  "times or to directly access one's result before it's known to be completed "
                  "may result in an exception or corruption.”");
    case AwaitTwiceCase::unconsumed_pooled:
        return tr("CA2012 “Use ValueTasks correctly”: “Ignoring such a ValueTask is likely an "
                  "indication of a functional bug and may degrade performance.”");
    case AwaitTwiceCase::as_task_many_awaits:
    case AwaitTwiceCase::preserve:
        return tr("CA2012 “Use ValueTasks correctly”: the ValueTask itself is consumed once "
                  "here; the Task it became may be awaited any number of times.");
    default:
        return tr("CA2012 “Use ValueTasks correctly”: “the ValueTask must be consumed (for "
                  "example, awaited) once and only once.”");
    }
}

QString AwaitTwiceLaneModel::dotnet_exception_type() {
    return QStringLiteral("System.InvalidOperationException");
}

QString AwaitTwiceLaneModel::dotnet_exception_message() {
    // .NET's own message, quoted as .NET prints it (SR.InvalidOperation_... has no variant for
    // ValueTask misuse: ThrowHelper.ThrowInvalidOperationException() takes no argument).
    return QStringLiteral("Operation is not valid due to the current state of the object.");
}

QString AwaitTwiceLaneModel::dotnet_exception_line() {
    return tr(".NET: %1: “%2” (the same for every misuse)")
        .arg(dotnet_exception_type(), dotnet_exception_message());
}

QString AwaitTwiceLaneModel::core_exception() const {
    if (!shows_exception())
        return {};
    const AwaitTwiceOutcome& o = *outcome_;
    QString which = misuse_text(*o.misuse);
    if (*o.misuse == Misuse::stale_token)
        which += tr(" (token %1, source version %2)").arg(o.presented_token).arg(o.source_version);
    return tr("C++ core: InvalidOperationError, %1").arg(which);
}

QString AwaitTwiceLaneModel::headline() const {
    const AwaitTwiceOutcome* o = outcome();
    switch (state()) {
    case State::not_run:
        return tr("not run yet");
    case State::pending:
        return tr("not yet");
    case State::revealed:
        break;
    }
    const int v = o->value.value_or(0);
    switch (o->outcome) {
    case LabOutcome::same_value:
        return tr("same value: %1").arg(v);
    case LabOutcome::exception:
        return tr("exception thrown");
    case LabOutcome::wrong_value:
        return tr("SILENT WRONG VALUE: %1").arg(v);
    case LabOutcome::blocked:
        return tr("blocked %1 ms").arg(o->blocked_ns / 1'000'000);
    case LabOutcome::source_leaked:
        return tr("pool ran dry");
    case LabOutcome::works:
        return tr("works: %1").arg(v);
    }
    return {};
}

QString AwaitTwiceLaneModel::detail() const {
    if (state() == State::not_run)
        return tr("Press Run or Step: the core runs this case now.");
    if (state() != State::revealed)
        return {};
    const AwaitTwiceOutcome& o = *outcome_;
    const int v = o.value.value_or(0);
    switch (o.outcome) {
    case LabOutcome::same_value:
        switch (which_) {
        case AwaitTwiceCase::sync_result:
            return tr("Harmless by accident: the value is inside the ValueTask itself.");
        case AwaitTwiceCase::task:
            return tr("Harmless by accident: a Task keeps its result for every awaiter.");
        default:
            return tr("By accident: nobody rented the source again before the second await — "
                      "timing decides.");
        }
    case LabOutcome::exception:
        switch (which_) {
        case AwaitTwiceCase::pooling_builder:
            return tr("The first GetResult reset the box: token %1 is stale (version %2). The "
                      "second await always throws.")
                .arg(o.presented_token)
                .arg(o.source_version);
        case AwaitTwiceCase::result_before_completion_source:
            return tr(".Result does not wait for a source: it throws at once.");
        case AwaitTwiceCase::concurrent_awaits:
            return tr("A source holds one continuation: the second registration throws; the "
                      "first awaiter got %1.")
                .arg(v);
        case AwaitTwiceCase::as_task_twice:
            return tr("The first AsTask() consumed the operation; the second presents a stale "
                      "token.");
        default:
            return tr("Another operation reset the source: token %1 ≠ version %2.")
                .arg(o.presented_token)
                .arg(o.source_version);
        }
    case LabOutcome::wrong_value:
        return o.other_operation_value
                   ? tr("%1 instead of %2: the other operation's result, and no error.")
                         .arg(v)
                         .arg(o.expected_value)
                   : tr("%1 instead of %2, and no error.").arg(v).arg(o.expected_value);
    case LabOutcome::blocked:
        return tr(".Result blocked this thread until the Task completed, then returned %1.").arg(v);
    case LabOutcome::source_leaked:
        return tr("%1 sources still leased; a pool of %2 had to allocate %3 more.")
            .arg(o.leased_at_end)
            .arg(o.pool_capacity)
            .arg(o.allocated_past_capacity);
    case LabOutcome::works: {
        QStringList values;
        for (int x : o.values)
            values << QString::number(x);
        return tr("Every await returned the value: %1.").arg(values.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QString AwaitTwiceLaneModel::caption() const {
    const LabFrame* f = frame();
    if (f == nullptr)
        return {};
    switch (f->step) {
    case LabStep::returned_result:
        return tr("The call returns ValueTask(%1): the result is inside the ValueTask.")
            .arg(f->value);
    case LabStep::returned_task:
        return f->count > 0 ? tr("The ValueTask wraps a Task<int> that another thread completes "
                                 "in %1 ms.")
                                  .arg(f->count)
                            : tr("The call returns a ValueTask over a pending Task<int>.");
    case LabStep::rented_source:
        return tr("Operation A rents source slot %1 and returns ValueTask(source, token %2).")
            .arg(f->slot)
            .arg(f->valuetask_token);
    case LabStep::rented_box:
        return tr("The pooling-builder method suspends: box #%1, ValueTask(box, token %2).")
            .arg(f->slot)
            .arg(f->valuetask_token);
    case LabStep::first_await:
        return tr("The first await returns %1.").arg(f->value);
    case LabStep::first_await_given_back:
        return tr("The first await returns %1; the source goes back to the pool, not reset "
                  "(version %2).")
            .arg(f->value)
            .arg(f->source_version);
    case LabStep::first_await_box_reset:
        return tr("The first await returns %1; inside that GetResult the box reset (version %2) "
                  "and went back to the cache.")
            .arg(f->value)
            .arg(f->source_version);
    case LabStep::other_rented:
        return tr("Operation B rents the same source: reset to version %1, completed with %2.")
            .arg(f->source_version)
            .arg(f->value);
    case LabStep::many_rented:
        return tr("%1 more operations rented the source: the 16-bit version wrapped back to %2.")
            .arg(f->count)
            .arg(f->source_version);
    case LabStep::result_read_pending:
        return tr(".Result is read while the source is still pending.");
    case LabStep::result_waits:
        return tr(".Result waited %1 ms, then returned %2.").arg(f->count).arg(f->value);
    case LabStep::first_continuation:
        return tr("A first awaiter registers its continuation on the pending source.");
    case LabStep::second_continuation:
        return tr("A second awaiter registers on the same pending operation.");
    case LabStep::as_task_called:
        return f->count > 0 ? tr("The first AsTask()'s Task returned %1; the box reset (version "
                                 "%2) and went back to the cache.")
                                  .arg(f->value)
                                  .arg(f->source_version)
                            : tr("AsTask() turned the ValueTask into a Task<int>.");
    case LabStep::task_awaited:
        return tr("The Task was awaited %1 times.").arg(f->count);
    case LabStep::preserved:
        return tr("Preserve() returned a ValueTask over a Task<int>.");
    case LabStep::pool_created:
        return tr("A pool of %1 sources.").arg(f->count);
    case LabStep::rented_unconsumed:
        return tr("%1 operations rented and completed a source; nobody awaited: %2 leased, %3 "
                  "free.")
            .arg(f->count)
            .arg(f->pool_leased)
            .arg(f->pool_free);
    case LabStep::outcome:
        return headline() + QStringLiteral(" — ") + detail();
    }
    return {};
}

} // namespace vtl::models
