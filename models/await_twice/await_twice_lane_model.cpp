#include "models/await_twice/await_twice_lane_model.hpp"

#include <QObject>

namespace vtl::models {

using workload::AwaitTwiceCase;
using workload::AwaitTwiceOutcome;
using workload::DoubleAwaitOutcome;
using workload::SecondAwaitResult;

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

const workload::LabFrame* AwaitTwiceLaneModel::frame() const noexcept {
    if (!outcome_ || frame_ >= outcome_->frames.size())
        return nullptr;
    return &outcome_->frames[frame_];
}

bool AwaitTwiceLaneModel::revealed() const noexcept {
    return outcome_ && (outcome_->frames.empty() || frame_ + 1 >= outcome_->frames.size());
}

AwaitTwiceLaneModel::Verdict AwaitTwiceLaneModel::verdict() const noexcept {
    if (!outcome_)
        return Verdict::not_run;
    if (!revealed())
        return Verdict::pending;
    switch (outcome_->result) {
    case SecondAwaitResult::same_value:
        return Verdict::harmless;
    case SecondAwaitResult::exception:
        return Verdict::exception;
    case SecondAwaitResult::wrong_value:
        return Verdict::silent_wrong;
    }
    return Verdict::pending;
}

DoubleAwaitOutcome AwaitTwiceLaneModel::badge() const noexcept {
    switch (verdict()) {
    case Verdict::harmless:
        return DoubleAwaitOutcome::same_value;
    case Verdict::exception:
        return DoubleAwaitOutcome::invalid_operation;
    case Verdict::silent_wrong:
        return DoubleAwaitOutcome::wrong_value;
    case Verdict::not_run:
    case Verdict::pending:
        break;
    }
    return DoubleAwaitOutcome::none;
}

QString AwaitTwiceLaneModel::headline() const {
    const AwaitTwiceOutcome* o = outcome();
    switch (verdict()) {
    case Verdict::not_run:
        return QObject::tr("not run yet");
    case Verdict::pending:
        return QObject::tr("not yet");
    case Verdict::harmless:
        return QObject::tr("same value: %1").arg(o->second_await_value);
    case Verdict::exception:
        return QObject::tr("exception thrown");
    case Verdict::silent_wrong:
        return QObject::tr("SILENT WRONG VALUE");
    }
    return {};
}

QString AwaitTwiceLaneModel::detail() const {
    const AwaitTwiceOutcome* o = outcome();
    switch (verdict()) {
    case Verdict::not_run:
        return QObject::tr("Press Run or Step: the core runs this case now.");
    case Verdict::pending:
        return {};
    case Verdict::harmless:
        switch (which_) {
        case AwaitTwiceCase::sync_result:
            return QObject::tr("Harmless by accident: the value is inside the ValueTask itself.");
        case AwaitTwiceCase::task:
            return QObject::tr("Harmless by accident: a Task keeps its result for every awaiter.");
        default:
            return QObject::tr("Harmless by accident: nobody has reused the source yet — "
                               "timing-dependent.");
        }
    case Verdict::exception:
        return QString::fromStdString(o->exception_message);
    case Verdict::silent_wrong: {
        const QString got =
            QObject::tr("%1 instead of %2").arg(o->second_await_value).arg(o->expected_value);
        return o->other_operation_value
                   ? QObject::tr("%1: the other operation's result (%2), and no error.")
                         .arg(got)
                         .arg(*o->other_operation_value)
                   : QObject::tr("%1: another operation's result, and no error.").arg(got);
    }
    }
    return {};
}

QString AwaitTwiceLaneModel::expectation(AwaitTwiceCase c) {
    switch (c) {
    case AwaitTwiceCase::sync_result:
        return QObject::tr("a cache hit: the ValueTask holds the value itself");
    case AwaitTwiceCase::task:
        return QObject::tr("a miss: the ValueTask wraps a Task<int>");
    case AwaitTwiceCase::pooled_not_reset:
        return QObject::tr("the second await comes before anyone rents the source again");
    case AwaitTwiceCase::pooled_reused:
        return QObject::tr("another operation rents the same source before the second await");
    case AwaitTwiceCase::token_check_off:
        return QObject::tr("the same, but the source does not check tokens (teaching switch)");
    case AwaitTwiceCase::token_wrapped:
        return QObject::tr("token check on, but 65,536 reuses wrap the 16-bit version around");
    }
    return {};
}

} // namespace vtl::models
