// The control panel as a learner uses it: every numeric key has a slider with the key table's
// range, unit and help; moving a slider or typing a value changes the scenario; controls
// changed during a run are marked as applying to the next run.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "models/text/scenario_key_text.hpp"
#include "widgets/controls/key_slider.hpp"
#include "widgets/controls/scenario_control_panel.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>

using vtl::widgets::KeySlider;
using vtl::widgets::ScenarioControlPanel;
namespace wl = vtl::workload;

namespace {

QString qs(std::string_view v) {
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

const QStringList slider_keys = {
    "calls",         "hit_rate",          "miss_latency_us",     "concurrency",
    "payload_bytes", "double_await_rate", "gc_gen0_budget_bytes"};

} // namespace

class TestScenarioControlPanel : public QObject {
    Q_OBJECT

private slots:
    void every_key_has_a_control_with_the_key_tables_help() {
        // Every key's help, unit and allowed values come from the translatable table.
        QVERIFY(vtl::models::every_key_has_text());
        // What the help must say (issue 9): the what-if and the hand-written pool are not
        // .NET; .NET's pooling builder caches one box per thread and per core.
        const auto help = [](const char* key) {
            return vtl::models::key_help(*wl::find_scenario_key(key));
        };
        QVERIFY(help("what_if_source_ignores_token").contains("not .NET"));
        QVERIFY(help("strategies").contains("per core"));
        QVERIFY(help("strategies").contains("not .NET"));
        ScenarioControlPanel panel;
        for (const wl::ScenarioKey& key : wl::scenario_keys()) {
            const QString name = qs(key.name);
            QWidget* control = nullptr;
            if (auto* s = panel.slider(name))
                control = s;
            else if (auto* b = panel.switch_box(name))
                control = b;
            else if (auto* c = panel.choice_box(name))
                control = c;
            else if (name == "seed")
                control = panel.seed_edit();
            else if (name == "strategies")
                control = panel.strategy_box(wl::Strategy::task)->parentWidget();
            QVERIFY2(control, qPrintable(name));
            if (name != "strategies")
                QVERIFY2(control->toolTip().contains(vtl::models::key_help(key).toHtmlEscaped()),
                         qPrintable(name + ": " + control->toolTip()));
        }
    }

    void slider_ranges_come_from_the_key_table() {
        ScenarioControlPanel panel;
        for (const QString& name : slider_keys) {
            KeySlider* s = panel.slider(name);
            QVERIFY2(s, qPrintable(name));
            const wl::ScenarioKey* key = wl::find_scenario_key(name.toStdString());
            const double scale = s->spin_box()->maximum() / key->max;
            QCOMPARE(s->spin_box()->minimum(), key->min * scale);
            // Dragging to the ends reaches the key's limits.
            s->slider()->setValue(s->slider()->maximum());
            QCOMPARE(s->value(), key->max);
            s->slider()->setValue(s->slider()->minimum());
            QCOMPARE(s->value(), key->min);
        }
        QCOMPARE(panel.slider("hit_rate")->spin_box()->suffix().trimmed(), QStringLiteral("%"));
        QCOMPARE(panel.slider("miss_latency_us")->spin_box()->suffix().trimmed(),
                 QStringLiteral("µs"));
    }

    void moving_a_slider_changes_the_scenario() {
        ScenarioControlPanel panel;
        QSignalSpy edited(&panel, &ScenarioControlPanel::scenarioEdited);
        KeySlider* hit = panel.slider("hit_rate");
        hit->slider()->setFocus();
        // A user presses End, then Page Down twice: 100 %, then 90 %, 80 %.
        QTest::keyClick(hit->slider(), Qt::Key_End);
        QCOMPARE(panel.scenario().hit_rate, 1.0);
        QTest::keyClick(hit->slider(), Qt::Key_PageDown);
        QTest::keyClick(hit->slider(), Qt::Key_PageDown);
        QCOMPARE(panel.scenario().hit_rate, 0.8);
        QCOMPARE(hit->spin_box()->value(), 80.0);
        QVERIFY(edited.count() >= 3);

        // Log sliders snap to two significant digits.
        KeySlider* calls = panel.slider("calls");
        calls->slider()->setValue(calls->slider()->maximum() / 2);
        const auto c = panel.scenario().calls;
        QVERIFY(c > 1000 && c < 1'000'000);
        const double magnitude = std::pow(10.0, std::floor(std::log10(double(c))) - 1);
        QCOMPARE(std::fmod(double(c), magnitude), 0.0);
    }

    void typing_a_value_changes_the_scenario() {
        ScenarioControlPanel panel;
        KeySlider* latency = panel.slider("miss_latency_us");
        latency->spin_box()->selectAll();
        QTest::keyClicks(latency->spin_box(), "1234");
        QTest::keyClick(latency->spin_box(), Qt::Key_Return);
        QCOMPARE(panel.scenario().miss_latency_us, 1234.0);

        panel.seed_edit()->setText("42");
        Q_EMIT panel.seed_edit()->editingFinished();
        QCOMPARE(panel.scenario().seed, std::uint64_t(42));
        // Twenty digits pass the validator but not the key's range: refused, reverted, said.
        QSignalSpy rejected(&panel, &ScenarioControlPanel::inputRejected);
        panel.seed_edit()->setText("99999999999999999999");
        Q_EMIT panel.seed_edit()->editingFinished();
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().first().toString().contains("seed"));
        QCOMPARE(panel.scenario().seed, std::uint64_t(42));
        QCOMPARE(panel.seed_edit()->text(), QStringLiteral("42"));

        panel.choice_box("clock")->setCurrentText("real");
        QCOMPARE(panel.scenario().clock, vtl::ClockMode::real);
        panel.switch_box("what_if_source_ignores_token")->click();
        QCOMPARE(panel.scenario().what_if_source_ignores_token, true);
    }

    void strategies_follow_the_check_boxes_and_one_stays() {
        ScenarioControlPanel panel;
        panel.strategy_box(wl::Strategy::valuetask_coroutine)->click();
        QCOMPARE(
            panel.scenario().strategies,
            (std::vector<wl::Strategy>{wl::Strategy::task, wl::Strategy::valuetask,
                                       wl::Strategy::valuetask_coroutine, wl::Strategy::pooled}));
        for (wl::Strategy s : {wl::Strategy::task, wl::Strategy::valuetask,
                               wl::Strategy::valuetask_coroutine, wl::Strategy::pooled})
            panel.strategy_box(s)->click();
        // The last one cannot be unticked: a run needs a strategy.
        QCOMPARE(panel.scenario().strategies, std::vector<wl::Strategy>{wl::Strategy::pooled});
        QVERIFY(panel.strategy_box(wl::Strategy::pooled)->isChecked());
    }

    void set_scenario_shows_every_value() {
        ScenarioControlPanel panel;
        wl::Scenario s = wl::default_scenario();
        s.calls = 12'000;
        s.hit_rate = 0.25;
        s.payload_bytes = 64;
        s.task_result_cache = false;
        s.seed = 18446744073709551615ull;
        s.miss_latency_dist = wl::LatencyDistribution::exponential;
        panel.set_scenario(s);
        QCOMPARE(panel.scenario(), s);
        QCOMPARE(panel.slider("calls")->spin_box()->value(), 12000.0);
        QCOMPARE(panel.slider("hit_rate")->spin_box()->value(), 25.0);
        QCOMPARE(panel.seed_edit()->text(), QStringLiteral("18446744073709551615"));
        QCOMPARE(panel.choice_box("miss_latency_dist")->currentText(),
                 QStringLiteral("exponential"));
        QVERIFY(!panel.switch_box("task_result_cache")->isChecked());
    }

    void changes_during_a_run_are_marked_for_the_next_run() {
        ScenarioControlPanel panel;
        panel.show();
        panel.set_running_scenario(panel.scenario());
        QVERIFY(panel.pending_keys().isEmpty());
        QVERIFY(!panel.pending_note()->isVisible());
        panel.slider("concurrency")->slider()->setValue(0);
        QCOMPARE(panel.pending_keys(), QStringList{"concurrency"});
        QVERIFY(panel.pending_note()->isVisible());
        QVERIFY(panel.slider("concurrency")->pending());
        panel.set_running_scenario(std::nullopt);
        QVERIFY(!panel.pending_note()->isVisible());
        QVERIFY(!panel.slider("concurrency")->pending());
    }
};

VTL_QTEST_MAIN(test_widgets_control_panel, TestScenarioControlPanel)
#include "test_scenario_control_panel.moc"
