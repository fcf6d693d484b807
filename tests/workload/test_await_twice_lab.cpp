// The await-twice lab reproduces DESIGN.md's table when run in the core.
#include "workload/await_twice_lab.hpp"

#include <QtTest>

using namespace vtl::workload;

class TestAwaitTwiceLab : public QObject {
    Q_OBJECT
private slots:
    void every_case_has_its_outcome();
};

void TestAwaitTwiceLab::every_case_has_its_outcome() {
    const auto all = run_await_twice_lab();
    QCOMPARE(all.size(), std::size_t{6});
    for (const AwaitTwiceOutcome& o : all) {
        QCOMPARE(o.first_await_value, o.expected_value);
        QVERIFY(o.frames.size() >= 3);
        switch (o.which) {
        case AwaitTwiceCase::sync_result:
        case AwaitTwiceCase::task:
        case AwaitTwiceCase::pooled_not_reset:
            QCOMPARE(o.result, SecondAwaitResult::same_value);
            QCOMPARE(o.second_await_value, o.expected_value);
            break;
        case AwaitTwiceCase::pooled_reused:
            QCOMPARE(o.result, SecondAwaitResult::exception);
            QVERIFY(QString::fromStdString(o.exception_message).contains("stale token"));
            break;
        case AwaitTwiceCase::token_check_off:
            QCOMPARE(o.result, SecondAwaitResult::wrong_value);
            QCOMPARE(o.second_await_value, *o.other_operation_value);
            QCOMPARE(o.reuses_between, std::uint64_t{1});
            break;
        case AwaitTwiceCase::token_wrapped:
            QCOMPARE(o.result, SecondAwaitResult::wrong_value);
            QCOMPARE(o.second_await_value, *o.other_operation_value);
            QCOMPARE(o.reuses_between, std::uint64_t{65536});
            // Same token, same version: the check cannot tell the operations apart.
            QCOMPARE(o.frames.back().source_version, o.frames.front().valuetask_token);
            break;
        }
    }
}

QTEST_APPLESS_MAIN(TestAwaitTwiceLab)
#include "test_await_twice_lab.moc"
