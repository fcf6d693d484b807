// KeySlider: one numeric scenario key as a slider, a spin box and its unit. Range, unit and
// tooltip come from the core's key table (workload::scenario_keys()), so the GUI cannot
// drift from the command line. Wide ranges get a logarithmic slider that snaps to two
// significant digits; the spin box takes any allowed value.
#pragma once

#include "workload/scenario.hpp"

#include <QString>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace vtl::widgets {

class KeySlider : public QWidget {
    Q_OBJECT
public:
    struct Presentation {
        QString title;    // "Cache hit rate"
        double scale = 1; // shown value = key value × scale (100 for fractions in %)
        QString suffix;   // inside the spin box: "%", "µs", "B", "KiB"
        int decimals = 0; // of the shown value
        bool logarithmic = false;
    };

    KeySlider(const workload::ScenarioKey& key, Presentation presentation,
              QWidget* parent = nullptr);

    QString key_name() const { return key_name_; }
    // In the key's own unit (e.g. 0.8 for an 80 % hit rate).
    double value() const { return value_; }
    void set_value(double value);
    // Marks the control as changed relative to the running scenario.
    void set_pending(bool pending);
    bool pending() const { return pending_; }

    QSlider* slider() const { return slider_; }
    QDoubleSpinBox* spin_box() const { return spin_; }

signals:
    // Only for changes made by the user (or by a test acting as one), not by set_value().
    void valueEdited(double value);

protected:
    void changeEvent(QEvent* e) override;

private:
    double value_from_position(int position) const;
    int position_from_value(double value) const;
    double snap(double value) const;
    void on_slider_moved(int position);
    void on_spin_edited(double shown);
    void update_title();

    QString key_name_;
    Presentation presentation_;
    double min_ = 0, max_ = 1;
    bool integer_ = false;
    double value_ = 0;
    bool pending_ = false;
    bool updating_ = false;
    QLabel* title_ = nullptr;
    QSlider* slider_ = nullptr;
    QDoubleSpinBox* spin_ = nullptr;
    QString unit_note_;
};

} // namespace vtl::widgets
