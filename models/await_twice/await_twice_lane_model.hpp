// AwaitTwiceLaneModel: one lane of the await-twice lab — one case id of the contract, the
// frames the core recorded while running it, which of them is shown, and what the case really
// did. Everything shown comes from an AwaitTwiceOutcome produced by running the core
// (run_await_twice_case) at the moment the user asked; nothing is scripted here.
//
// The core hands over identifiers and numbers only; the texts live here, in
// QT_TRANSLATE_NOOP tables and tr() calls, so every word on a lane can be translated.
#pragma once

#include "workload/await_twice_lab.hpp"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <functional>
#include <optional>

namespace vtl::models {

class AwaitTwiceLaneModel {
    Q_DECLARE_TR_FUNCTIONS(AwaitTwiceLaneModel)

public:
    enum class State { not_run, pending, revealed };
    using Runner = std::function<workload::AwaitTwiceOutcome(workload::AwaitTwiceCase)>;

    explicit AwaitTwiceLaneModel(workload::AwaitTwiceCase which);

    // Tests replace the core with recorded outcomes; the app never does.
    void set_runner(Runner r) { runner_ = std::move(r); }

    workload::AwaitTwiceCase which() const noexcept { return which_; }
    // Runs the case in the core now and shows its end: the outcome.
    void run();
    // Shows an outcome already run (Run all runs the whole lab in one go).
    void show(workload::AwaitTwiceOutcome outcome);
    // One frame forward; runs the case afresh first when none is shown or the last one was
    // already reached. Returns true when the outcome has now been revealed.
    bool step();
    void reset();

    bool has_outcome() const noexcept { return outcome_.has_value(); }
    const workload::AwaitTwiceOutcome* outcome() const noexcept {
        return outcome_ ? &*outcome_ : nullptr;
    }
    std::size_t frame_index() const noexcept { return frame_; }
    std::size_t frame_count() const noexcept { return outcome_ ? outcome_->frames.size() : 0; }
    const workload::LabFrame* frame() const noexcept;
    // The last frame is the outcome: only then is it shown.
    bool revealed() const noexcept;
    std::uint64_t runs() const noexcept { return runs_; }

    State state() const noexcept;
    // The outcome, once revealed.
    std::optional<workload::LabOutcome> shown() const noexcept;

    QString headline() const; // "same value: 41", "exception", "SILENT WRONG VALUE", …
    QString detail() const;   // why, with the run's values
    QString caption() const;  // what the shown frame's moment was, with its numbers
    // When the shown outcome is an exception: the core's specific misuse, and .NET's.
    QString core_exception() const;
    bool shows_exception() const noexcept;

    // Static texts of a case.
    static QString title(workload::AwaitTwiceCase c);
    static QString setup(workload::AwaitTwiceCase c);
    static QString group_title(workload::CaseGroup g);
    static QString outcome_name(workload::LabOutcome o);
    static QString misuse_text(vtl::Misuse m);
    // True for every case that breaks CA2012 (all but AsTask() once and Preserve()).
    static bool is_misuse(workload::AwaitTwiceCase c) noexcept;
    // The rule as the analyzer's documentation states it, the sentence that fits the case:
    // CA2012 "Use ValueTasks correctly", learn.microsoft.com/dotnet/fundamentals/
    // code-analysis/quality-rules/ca2012.
    static QString ca2012_rule(workload::AwaitTwiceCase c);
    // .NET's exception for every ManualResetValueTaskSourceCore misuse: one type, one generic
    // message (ThrowHelper.ThrowInvalidOperationException(), no argument).
    static QString dotnet_exception_type();
    static QString dotnet_exception_message();
    static QString dotnet_exception_line(); // "System.InvalidOperationException: Operation …"

private:
    workload::AwaitTwiceCase which_;
    Runner runner_;
    std::optional<workload::AwaitTwiceOutcome> outcome_;
    std::size_t frame_ = 0;
    std::uint64_t runs_ = 0;
};

} // namespace vtl::models
