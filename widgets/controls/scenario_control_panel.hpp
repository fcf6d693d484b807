// ScenarioControlPanel: the learner's controls over a Scenario — a slider for every numeric
// key, check boxes for strategies and switches, and an "Advanced" group for the GC model and
// the clock. Everything (ranges, units, tooltips, validation) comes from the core's key
// table. Edits change the panel's scenario; a run in progress keeps its own copy, and the
// panel marks every control that differs from it ("applies to the next run").
#pragma once

#include "workload/scenario.hpp"

#include <QHash>
#include <QString>
#include <QWidget>

#include <array>
#include <functional>
#include <iterator>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace vtl::widgets {

class KeySlider;

class ScenarioControlPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioControlPanel(QWidget* parent = nullptr);

    const workload::Scenario& scenario() const { return scenario_; }
    // Shows `s` in every control; emits nothing.
    void set_scenario(const workload::Scenario& s);
    // The scenario of the run in progress, or nullopt when none runs: controls whose value
    // differs from it are marked, and a note says the change applies to the next run.
    void set_running_scenario(const std::optional<workload::Scenario>& running);
    // Keys whose control currently differs from the running scenario.
    QStringList pending_keys() const;

    bool advanced_expanded() const;
    void set_advanced_expanded(bool expanded);

    // For tests and the window's wiring: the control of one key.
    KeySlider* slider(const QString& key) const;
    QCheckBox* strategy_box(workload::Strategy s) const;
    QCheckBox* switch_box(const QString& key) const;
    QComboBox* choice_box(const QString& key) const;
    QLineEdit* seed_edit() const { return seed_edit_; }
    QLabel* pending_note() const { return pending_note_; }

signals:
    // The user changed the scenario.
    void scenarioEdited();
    // A value the core refused (the control shows the previous value again).
    void inputRejected(const QString& message);

protected:
    void changeEvent(QEvent* e) override;

private:
    // The "changed while running" note in the palette's pending colours.
    void style_pending_note();
    void add_slider(QVBoxLayout* layout, const char* key);
    void add_switch(QVBoxLayout* layout, const char* key, const QString& title);
    void add_choice(QVBoxLayout* layout, const char* key, const QString& title);
    void add_strategies(QVBoxLayout* layout);
    void add_seed(QVBoxLayout* layout);
    // Applies one edited key; false (and the control reverted) if the core rejects it.
    bool apply(const QString& key, const QString& value_text);
    void on_strategy_toggled();
    void refresh_controls();
    void refresh_pending();

    workload::Scenario scenario_;
    std::optional<workload::Scenario> running_;
    QHash<QString, KeySlider*> sliders_;
    QHash<QString, QCheckBox*> switches_;
    QHash<QString, QComboBox*> choices_;
    std::array<QCheckBox*, std::size(workload::all_strategies)> strategies_{};
    QHash<QString, std::function<void(bool)>> mark_pending_;
    QLineEdit* seed_edit_ = nullptr;
    QLabel* pending_note_ = nullptr;
    QToolButton* advanced_toggle_ = nullptr;
    QWidget* advanced_ = nullptr;
    bool refreshing_ = false;
};

} // namespace vtl::widgets
