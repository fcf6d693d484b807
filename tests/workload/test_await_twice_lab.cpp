// The await-twice lab runs every case id of the contract (shared with the C# program and the
// oracle test) for real and reports identifiers and numbers: the outcome, the misuse, values,
// tokens, versions and the frames that led there.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "workload/await_twice_lab.hpp"

#include <set>
#include <string>

using namespace vtl::workload;
using vtl::Misuse;

class TestAwaitTwiceLab : public QObject {
    Q_OBJECT
private slots:
    void every_contract_id_runs_with_its_outcome();
    void ids_round_trip_and_are_unique();
    void groups_and_what_if();
    void pooling_builder_throws_without_any_reuse();
    void custom_sources_differ_only_by_reuse();
    void token_ignored_and_wrapped_return_the_other_operations_value();
    void pitfalls_report_their_misuse();
    void blocked_means_it_waited_for_the_other_thread();
    void unconsumed_pool_runs_dry();
    void frames_end_with_the_outcome();
};

void TestAwaitTwiceLab::every_contract_id_runs_with_its_outcome() {
    const auto all = run_await_twice_lab();
    QCOMPARE(all.size(), std::size(all_await_twice_cases));
    QCOMPARE(all.size(), std::size_t{14});
    for (const AwaitTwiceOutcome& o : all)
        QVERIFY2(o.outcome == contract_outcome(o.which),
                 (std::string(to_string(o.which)) + ": " + to_string(o.outcome)).c_str());
}

void TestAwaitTwiceLab::ids_round_trip_and_are_unique() {
    std::set<std::string> ids;
    for (AwaitTwiceCase c : all_await_twice_cases) {
        QVERIFY(ids.insert(to_string(c)).second);
        QCOMPARE(await_twice_case_from_string(to_string(c)), std::optional<AwaitTwiceCase>(c));
    }
    // The contract's renames: the old ids are gone.
    QVERIFY(!await_twice_case_from_string("pooled_not_reset"));
    QVERIFY(!await_twice_case_from_string("pooled_reused"));
    QVERIFY(!await_twice_case_from_string("token_check_off"));
    for (const char* o :
         {"same_value", "exception", "wrong_value", "blocked", "source_leaked", "works"})
        QCOMPARE(std::string(to_string(*lab_outcome_from_string(o))), std::string(o));
    QVERIFY(!lab_outcome_from_string("harmless"));
}

void TestAwaitTwiceLab::groups_and_what_if() {
    int twice = 0;
    for (AwaitTwiceCase c : all_await_twice_cases)
        twice += group_of(c) == CaseGroup::awaiting_twice ? 1 : 0;
    QCOMPARE(twice, 7);
    QCOMPARE(group_of(AwaitTwiceCase::token_wrapped), CaseGroup::awaiting_twice);
    QCOMPARE(group_of(AwaitTwiceCase::result_before_completion_source), CaseGroup::other_pitfalls);
    for (AwaitTwiceCase c : all_await_twice_cases)
        QCOMPARE(is_what_if(c), c == AwaitTwiceCase::token_ignored);
}

void TestAwaitTwiceLab::pooling_builder_throws_without_any_reuse() {
    const AwaitTwiceOutcome o = run_await_twice_case(AwaitTwiceCase::pooling_builder);
    QCOMPARE(o.first_value, std::optional<int>(43));
    QCOMPARE(o.outcome, LabOutcome::exception);
    QCOMPARE(o.misuse, std::optional<Misuse>(Misuse::stale_token));
    QCOMPARE(o.reuses_between, std::uint64_t{0}); // nobody rented the box again
    QCOMPARE(o.source_version, static_cast<std::uint16_t>(o.presented_token + 1));
    // The frame after the first await shows the box reset and back in its cache.
    const LabFrame& after = o.frames.at(1);
    QCOMPARE(after.step, LabStep::first_await_box_reset);
    QCOMPARE(after.source, SourceKind::pooling_box);
    QCOMPARE(after.holding, Holding::in_cache);
    QVERIFY(after.source_version != after.valuetask_token);
    QVERIFY(!after.source_completed);
}

void TestAwaitTwiceLab::custom_sources_differ_only_by_reuse() {
    const AwaitTwiceOutcome kept = run_await_twice_case(AwaitTwiceCase::custom_source_not_reused);
    QCOMPARE(kept.outcome, LabOutcome::same_value);
    QCOMPARE(kept.value, std::optional<int>(43));
    QCOMPARE(kept.frames.at(1).holding, Holding::in_pool);
    QCOMPARE(kept.frames.at(1).source_version, kept.frames.at(1).valuetask_token); // not reset

    const AwaitTwiceOutcome reused = run_await_twice_case(AwaitTwiceCase::custom_source_reused);
    QCOMPARE(reused.outcome, LabOutcome::exception);
    QCOMPARE(reused.misuse, std::optional<Misuse>(Misuse::stale_token));
    QCOMPARE(reused.reuses_between, std::uint64_t{1});
    QCOMPARE(reused.other_operation_value, std::optional<int>(99));
    QVERIFY(!reused.value);
}

void TestAwaitTwiceLab::token_ignored_and_wrapped_return_the_other_operations_value() {
    for (AwaitTwiceCase c : {AwaitTwiceCase::token_ignored, AwaitTwiceCase::token_wrapped}) {
        const AwaitTwiceOutcome o = run_await_twice_case(c);
        QCOMPARE(o.outcome, LabOutcome::wrong_value);
        QCOMPARE(o.first_value, std::optional<int>(43));
        QCOMPARE(o.value, std::optional<int>(99));
        QVERIFY(!o.misuse);
    }
    const AwaitTwiceOutcome ignored = run_await_twice_case(AwaitTwiceCase::token_ignored);
    const LabFrame& other = ignored.frames.at(2);
    QCOMPARE(other.source, SourceKind::token_ignoring);
    QVERIFY(other.source_version != other.valuetask_token); // stale, and not checked
    const AwaitTwiceOutcome wrapped = run_await_twice_case(AwaitTwiceCase::token_wrapped);
    QCOMPARE(wrapped.reuses_between, std::uint64_t{65'536});
    QCOMPARE(wrapped.frames.at(2).source_version, wrapped.frames.at(2).valuetask_token);
    QCOMPARE(wrapped.frames.at(2).step, LabStep::many_rented);
}

void TestAwaitTwiceLab::pitfalls_report_their_misuse() {
    const auto src = run_await_twice_case(AwaitTwiceCase::result_before_completion_source);
    QCOMPARE(src.misuse, std::optional<Misuse>(Misuse::result_not_ready));
    const auto concurrent = run_await_twice_case(AwaitTwiceCase::concurrent_awaits);
    QCOMPARE(concurrent.misuse, std::optional<Misuse>(Misuse::second_continuation));
    QCOMPARE(concurrent.value, std::optional<int>(45)); // the first awaiter still got it
    const auto twice = run_await_twice_case(AwaitTwiceCase::as_task_twice);
    QCOMPARE(twice.first_value, std::optional<int>(43));
    QCOMPARE(twice.misuse, std::optional<Misuse>(Misuse::stale_token));
    const auto many = run_await_twice_case(AwaitTwiceCase::as_task_many_awaits);
    QCOMPARE(many.values, (std::vector<int>{43, 43, 43}));
    const auto kept = run_await_twice_case(AwaitTwiceCase::preserve);
    QCOMPARE(kept.values, (std::vector<int>{43, 43}));
    QVERIFY(!many.misuse && !kept.misuse);
}

void TestAwaitTwiceLab::blocked_means_it_waited_for_the_other_thread() {
    const auto o = run_await_twice_case(AwaitTwiceCase::result_before_completion_task);
    QCOMPARE(o.outcome, LabOutcome::blocked);
    QCOMPARE(o.value, std::optional<int>(44));
    QVERIFY2(o.blocked_ns >= 50'000'000, std::to_string(o.blocked_ns).c_str()); // ≥ the 60 ms
}

void TestAwaitTwiceLab::unconsumed_pool_runs_dry() {
    const auto o = run_await_twice_case(AwaitTwiceCase::unconsumed_pooled);
    QCOMPARE(o.outcome, LabOutcome::source_leaked);
    QCOMPARE(o.pool_capacity, std::size_t{4});
    QCOMPARE(o.leased_at_end, std::size_t{5});
    QCOMPARE(o.allocated_past_capacity, std::size_t{1});
    QCOMPARE(o.value, std::optional<int>(5));
    bool saw_dry = false;
    for (const LabFrame& f : o.frames)
        saw_dry = saw_dry || (f.step == LabStep::rented_unconsumed && f.pool_free == 0);
    QVERIFY(saw_dry);
}

void TestAwaitTwiceLab::frames_end_with_the_outcome() {
    for (const AwaitTwiceOutcome& o : run_await_twice_lab()) {
        QVERIFY(o.frames.size() >= 2);
        QCOMPARE(o.frames.back().step, LabStep::outcome);
        for (std::size_t i = 0; i + 1 < o.frames.size(); ++i)
            QVERIFY(o.frames[i].step != LabStep::outcome);
    }
}

VTL_QTEST_APPLESS_MAIN(test_await_twice_lab, TestAwaitTwiceLab)
#include "test_await_twice_lab.moc"
