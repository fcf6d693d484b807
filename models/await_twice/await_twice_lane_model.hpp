// AwaitTwiceLaneModel: one lane of the await-twice lab — one case of DESIGN.md's table, the
// frames the core recorded while running it, which of them is shown, and what the second
// await really did. Everything shown comes from an AwaitTwiceOutcome produced by running the
// core (run_await_twice_case) at the moment the user asked; nothing is scripted here.
#pragma once

#include "workload/await_twice_lab.hpp"
#include "workload/trace_event.hpp"

#include <QString>

#include <cstddef>
#include <functional>
#include <optional>

namespace vtl::models {

class AwaitTwiceLaneModel {
public:
    enum class Verdict { not_run, pending, harmless, exception, silent_wrong };
    using Runner = std::function<workload::AwaitTwiceOutcome(workload::AwaitTwiceCase)>;

    explicit AwaitTwiceLaneModel(workload::AwaitTwiceCase which);

    // Tests replace the core with recorded outcomes; the app never does.
    void set_runner(Runner r) { runner_ = std::move(r); }

    workload::AwaitTwiceCase which() const noexcept { return which_; }
    // Runs the case in the core now and shows its end: the second await's outcome.
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
    // The last frame is the second await: only then is its outcome shown.
    bool revealed() const noexcept;
    std::uint64_t runs() const noexcept { return runs_; }

    Verdict verdict() const noexcept;
    // The same, as the path view's trace outcome, so both views draw the same mark.
    workload::DoubleAwaitOutcome badge() const noexcept;
    QString headline() const; // "same value: 41", "exception thrown", "SILENT WRONG VALUE"
    QString detail() const;   // why; the exception's message, verbatim; the values
    static QString expectation(workload::AwaitTwiceCase c); // one line: what the case sets up

private:
    workload::AwaitTwiceCase which_;
    Runner runner_;
    std::optional<workload::AwaitTwiceOutcome> outcome_;
    std::size_t frame_ = 0;
    std::uint64_t runs_ = 0;
};

} // namespace vtl::models
