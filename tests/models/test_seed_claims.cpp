// Claims vs measured: verdicts follow the numbers, whichever way they go, and a claim without
// matching evidence says which run it needs.
#include <QtTest>

#include "models/claims/claim_runner.hpp"
#include "models/claims/claims_model.hpp"
#include "models/claims/seed_claims.hpp"

using namespace vtl::models;

namespace wl = vtl::workload;
using Status = ClaimVerdict::Status;

namespace {

RunEvidence run(double hit_rate, double task_bytes, double vt_bytes, double task_ns = 50,
                double vt_ns = 5) {
    RunEvidence r;
    r.label = QStringLiteral("test run");
    r.complete = true;
    r.scenario = wl::default_scenario();
    r.scenario.hit_rate = hit_rate;
    r.scenario.gc_gen0_budget_bytes = 256 * 1024;
    StrategyEvidence t;
    t.strategy = wl::Strategy::task;
    t.calls = 1'000'000;
    t.bytes_per_call = task_bytes;
    t.cpu_ns_per_call = task_ns;
    t.gen0_per_1k = task_bytes * 1000 / (256 * 1024);
    StrategyEvidence v = t;
    v.strategy = wl::Strategy::valuetask;
    v.bytes_per_call = vt_bytes;
    v.cpu_ns_per_call = vt_ns;
    v.gen0_per_1k = vt_bytes * 1000 / (256 * 1024);
    r.strategies = {t, v};
    return r;
}

const SeedClaim& claim(const QString& id) {
    for (const SeedClaim& c : seed_claims()) {
        if (c.id == id)
            return c;
    }
    qFatal("no claim %s", qPrintable(id));
}

} // namespace

class TestSeedClaims : public QObject {
    Q_OBJECT

private slots:
    void verdicts_follow_the_numbers() {
        QCOMPARE(judge_claim(claim("task-hit-bytes"), {run(1, 32, 0)}).status, Status::holds);
        const ClaimVerdict wrong = judge_claim(claim("task-hit-bytes"), {run(1, 104, 0)});
        QCOMPARE(wrong.status, Status::differs);
        QVERIFY2(wrong.verdict.contains("104"), qPrintable(wrong.verdict));

        QCOMPARE(judge_claim(claim("valuetask-hit-bytes"), {run(1, 104, 0)}).status, Status::holds);
        QCOMPARE(judge_claim(claim("valuetask-hit-bytes"), {run(1, 104, 8)}).status,
                 Status::differs);

        QCOMPARE(judge_claim(claim("hit-speedup"), {run(1, 104, 0, 50, 5)}).status, Status::holds);
        // Half a nanosecond is within the instruments' noise: no ratio, only a bound.
        const ClaimVerdict tiny = judge_claim(claim("hit-speedup"), {run(1, 104, 0, 16, 0.5)});
        QCOMPARE(tiny.status, Status::inconclusive);
        QVERIFY2(tiny.verdict.contains("8×"), qPrintable(tiny.verdict));
        const ClaimVerdict slow = judge_claim(claim("hit-speedup"), {run(1, 104, 0, 9, 3)});
        QCOMPARE(slow.status, Status::differs);
        QVERIFY2(slow.verdict.contains("3×"), qPrintable(slow.verdict));

        // 25 B and 6 B per call are the claim's 25 MB and 6 MB per million.
        QCOMPARE(judge_claim(claim("mixed-million-bytes"), {run(0.8, 25, 6)}).status,
                 Status::holds);
        const ClaimVerdict mixed = judge_claim(claim("mixed-million-bytes"), {run(0.8, 100, 20)});
        QCOMPARE(mixed.status, Status::differs);
        QVERIFY2(mixed.measured.contains("100\u00A0MB"), qPrintable(mixed.measured));

        const ClaimVerdict gc = judge_claim(claim("task-gc"), {run(0.8, 100, 20)});
        QCOMPARE(gc.status, Status::differs);
        QVERIFY2(gc.verdict.contains("256\u00A0KiB"), qPrintable(gc.verdict));

        QCOMPARE(judge_claim(claim("gc-reduction"), {run(0.8, 100, 25)}).status, Status::holds);
        QCOMPARE(judge_claim(claim("gc-reduction"), {run(0.8, 100, 60)}).status, Status::differs);
    }

    void a_claim_uses_only_runs_that_meet_its_conditions() {
        const ClaimVerdict none = judge_claim(claim("task-hit-bytes"), {run(0.8, 32, 0)});
        QCOMPARE(none.status, Status::no_data);
        QVERIFY(none.verdict.contains("100"));
        // The first matching run wins.
        RunEvidence a = run(1, 32, 0), b = run(1, 64, 0);
        a.label = "a";
        b.label = "b";
        QCOMPARE(judge_claim(claim("task-hit-bytes"), {run(0.5, 1, 1), a, b}).evidence,
                 QStringLiteral("a"));
    }

    void model_lists_every_claim() {
        ClaimsModel model;
        QCOMPARE(model.rowCount(), int(seed_claims().size()));
        QCOMPARE(model.columnCount(), 3);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, 0), ClaimsModel::status_role).toInt(),
                     int(Status::no_data));
        model.set_claim_runs({run(1, 104, 0), run(0.8, 100, 20)});
        const int row = model.row_of("task-hit-bytes");
        QCOMPARE(model.data(model.index(row, 0), ClaimsModel::status_role).toInt(),
                 int(Status::differs));
        QVERIFY(model.data(model.index(row, ClaimsModel::measured_column), Qt::DisplayRole)
                    .toString()
                    .contains("test run"));
    }

    void claim_scenarios_cover_the_claims() {
        wl::Scenario base = wl::default_scenario();
        base.strategies = {wl::Strategy::pooled};
        base.clock = vtl::ClockMode::real;
        const auto scenarios = ClaimRunner::claim_scenarios(base);
        QSet<double> hit_rates;
        for (const wl::Scenario& s : scenarios) {
            hit_rates.insert(s.hit_rate);
            QCOMPARE(s.clock, vtl::ClockMode::skip_idle);
            QVERIFY(!wl::validate(s));
            QCOMPARE(s.strategies,
                     (std::vector<wl::Strategy>{wl::Strategy::task, wl::Strategy::valuetask,
                                                wl::Strategy::pooled}));
        }
        for (const SeedClaim& c : seed_claims())
            QVERIFY2(hit_rates.contains(c.hit_rate), qPrintable(c.id));
    }
};

QTEST_MAIN(TestSeedClaims)
#include "test_seed_claims.moc"

