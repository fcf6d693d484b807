#include "widgets/controls/scenario_control_panel.hpp"

#include "models/text/qt_string.hpp"
#include "models/text/scenario_key_text.hpp"
#include "widgets/common/ui_palette.hpp"
#include "widgets/controls/key_slider.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace vtl::widgets {

using namespace vtl::models;

namespace {

const workload::ScenarioKey& key_of(const char* name) {
    const auto* key = workload::find_scenario_key(name);
    Q_ASSERT_X(key, "ScenarioControlPanel", name);
    return *key;
}

// How each numeric key is shown: a title, the unit inside the spin box, and whether its
// range is wide enough to need a logarithmic slider. Ranges and help come from the core.
KeySlider::Presentation presentation_of(const QString& key) {
    if (key == QLatin1String("calls"))
        return {QObject::tr("Calls"), 1, {}, 0, true};
    if (key == QLatin1String("hit_rate"))
        return {QObject::tr("Cache hit rate"), 100, QStringLiteral("%"), 2, false};
    if (key == QLatin1String("miss_latency_us"))
        return {QObject::tr("Miss latency (mean)"), 1, QStringLiteral("µs"), 0, true};
    if (key == QLatin1String("concurrency"))
        return {QObject::tr("Concurrency"), 1, {}, 0, true};
    if (key == QLatin1String("payload_bytes"))
        return {QObject::tr("Payload size"), 1, QStringLiteral("B"), 0, true};
    if (key == QLatin1String("double_await_rate"))
        return {QObject::tr("Double-await rate"), 100, QStringLiteral("%"), 2, false};
    if (key == QLatin1String("gc_gen0_budget_bytes"))
        return {QObject::tr("GC model gen0 budget"), 1.0 / 1024, QStringLiteral("KiB"), 0, true};
    return {key, 1, {}, 2, false};
}

QString number_text(double value, bool integer) {
    if (integer)
        return QString::number(qulonglong(std::llround(value)));
    return QString::number(value, 'g', 17);
}

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(28, 28);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(3, 3, 22, 22), 4, 4);
    return QIcon(pixmap);
}

// The "changed while running" dot, in the palette's pending colour.
QString pending_dot(const QWidget* w) {
    return QStringLiteral("<span style='color:%1'>●</span>&nbsp;")
        .arg(ui_palette::css(ui_palette::colours(w).pending));
}

QString pending_prefix(bool pending) {
    return pending ? QStringLiteral("● ") : QString();
}

// A label that wraps its words and, clicked, clicks its button: a check box or toggle whose
// text wraps, so a long title never makes the panel wider than its value fields need.
class ClickLabel : public QLabel {
public:
    ClickLabel(const QString& text, QAbstractButton* button, QWidget* parent)
        : QLabel(text, parent)
        , button_(button) {
        setWordWrap(true);
        setBuddy(button);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mouseReleaseEvent(QMouseEvent* e) override {
        if (e->button() == Qt::LeftButton && rect().contains(e->position().toPoint()) &&
            button_->isEnabled())
            button_->click();
        QLabel::mouseReleaseEvent(e);
    }

private:
    QAbstractButton* button_;
};

// `button` (without text of its own) and `label` beside it, in a row.
QWidget* button_row(QAbstractButton* button, QLabel* label, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(button, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return row;
}

} // namespace

ScenarioControlPanel::ScenarioControlPanel(QWidget* parent)
    : QWidget(parent)
    , scenario_(workload::default_scenario()) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);

    pending_note_ = new QLabel(this);
    pending_note_->setObjectName(QStringLiteral("pending_note"));
    pending_note_->setWordWrap(true);
    style_pending_note();
    pending_note_->setVisible(false);
    layout->addWidget(pending_note_);

    auto* workload_box = new QGroupBox(tr("Workload"), this);
    auto* workload_layout = new QVBoxLayout(workload_box);
    workload_layout->setSpacing(6);
    for (const char* key : {"calls", "hit_rate", "miss_latency_us", "concurrency", "payload_bytes",
                            "double_await_rate"})
        add_slider(workload_layout, key);
    layout->addWidget(workload_box);

    auto* strategies_box = new QGroupBox(tr("Strategies"), this);
    strategies_box->setToolTip(key_tooltip(key_of("strategies")));
    auto* strategies_layout = new QVBoxLayout(strategies_box);
    strategies_layout->setSpacing(2);
    add_strategies(strategies_layout);
    layout->addWidget(strategies_box);

    auto* switches_box = new QGroupBox(tr("Switches"), this);
    auto* switches_layout = new QVBoxLayout(switches_box);
    switches_layout->setSpacing(2);
    add_switch(switches_layout, "what_if_source_ignores_token",
               tr("What-if, not .NET: sources ignore their token"));
    add_switch(switches_layout, "task_result_cache", tr("Task result cache"));
    layout->addWidget(switches_box);

    advanced_toggle_ = new QToolButton(this);
    advanced_toggle_->setObjectName(QStringLiteral("advanced_toggle"));
    advanced_toggle_->setText(tr("Advanced: GC model, clock, seed"));
    // The arrow alone; its words beside it wrap (a long one-line button widened the panel).
    advanced_toggle_->setToolButtonStyle(Qt::ToolButtonIconOnly);
    advanced_toggle_->setArrowType(Qt::RightArrow);
    advanced_toggle_->setCheckable(true);
    advanced_toggle_->setAutoRaise(true);
    advanced_toggle_->setToolTip(tr("Show or hide the settings of the GC model, the clock and the "
                                    "pseudo-random sequence."));
    auto* advanced_label = new ClickLabel(advanced_toggle_->text(), advanced_toggle_, this);
    advanced_label->setToolTip(advanced_toggle_->toolTip());
    layout->addWidget(button_row(advanced_toggle_, advanced_label, this));

    advanced_ = new QGroupBox(tr("Advanced"), this);
    auto* advanced_layout = new QVBoxLayout(advanced_);
    advanced_layout->setSpacing(6);
    add_slider(advanced_layout, "gc_gen0_budget_bytes");
    add_choice(advanced_layout, "clock", tr("Clock"));
    add_choice(advanced_layout, "miss_latency_dist", tr("Miss latency distribution"));
    add_seed(advanced_layout);
    advanced_->setVisible(false);
    layout->addWidget(advanced_);
    connect(advanced_toggle_, &QToolButton::toggled, this,
            [this](bool on) { set_advanced_expanded(on); });

    layout->addStretch(1);
    refresh_controls();
}

void ScenarioControlPanel::add_slider(QVBoxLayout* layout, const char* key_name) {
    const auto& key = key_of(key_name);
    const QString name = qs(key.name);
    auto* slider = new KeySlider(key, presentation_of(name), this);
    sliders_.insert(name, slider);
    mark_pending_.insert(name, [slider](bool on) { slider->set_pending(on); });
    const bool integer = key.type == workload::KeyType::integer;
    connect(slider, &KeySlider::valueEdited, this,
            [this, name, integer](double value) { apply(name, number_text(value, integer)); });
    layout->addWidget(slider);
}

void ScenarioControlPanel::add_switch(QVBoxLayout* layout, const char* key_name,
                                      const QString& title) {
    const auto& key = key_of(key_name);
    const QString name = qs(key.name);
    auto* box = new QCheckBox(this);
    box->setObjectName(name);
    box->setToolTip(key_tooltip(key));
    box->setAccessibleName(title);
    auto* label = new ClickLabel(title, box, this);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(key_tooltip(key));
    switches_.insert(name, box);
    mark_pending_.insert(name,
                         [label, title](bool on) { label->setText(pending_prefix(on) + title); });
    connect(box, &QCheckBox::toggled, this, [this, name](bool on) {
        if (!refreshing_)
            apply(name, on ? QStringLiteral("true") : QStringLiteral("false"));
    });
    layout->addWidget(button_row(box, label, this));
}

void ScenarioControlPanel::add_choice(QVBoxLayout* layout, const char* key_name,
                                      const QString& title) {
    const auto& key = key_of(key_name);
    const QString name = qs(key.name);
    // The title on a line of its own, the list under it (as a slider's value field).
    auto* row = new QWidget(this);
    auto* row_layout = new QVBoxLayout(row);
    row_layout->setContentsMargins(0, 0, 0, 0);
    row_layout->setSpacing(2);
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), row);
    label->setWordWrap(true);
    auto* combo = new QComboBox(row);
    combo->setObjectName(name);
    for (std::string_view choice : key.choices)
        combo->addItem(qs(choice));
    label->setBuddy(combo);
    row->setToolTip(key_tooltip(key));
    combo->setToolTip(key_tooltip(key));
    label->setToolTip(key_tooltip(key));
    row_layout->addWidget(label);
    row_layout->addWidget(combo);
    choices_.insert(name, combo);
    mark_pending_.insert(name, [label, title](bool on) {
        label->setText((on ? pending_dot(label) : QString()) +
                       QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    });
    connect(combo, &QComboBox::currentTextChanged, this, [this, name](const QString& text) {
        if (!refreshing_)
            apply(name, text);
    });
    layout->addWidget(row);
}

void ScenarioControlPanel::style_pending_note() {
    const ui_palette::Colours c = ui_palette::colours(this);
    pending_note_->setText(pending_dot(this) +
                           tr("Changed while running: applies to the next run."));
    pending_note_->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                       "border-radius: 4px; padding: 4px; }")
            .arg(ui_palette::css(c.pending_fill), ui_palette::css(c.ink),
                 ui_palette::css(c.pending)));
}

void ScenarioControlPanel::changeEvent(QEvent* e) {
    // A child's style sheet does not send this widget another PaletteChange: no loop.
    if (e->type() == QEvent::PaletteChange && pending_note_ != nullptr)
        style_pending_note();
    QWidget::changeEvent(e);
}

void ScenarioControlPanel::add_strategies(QVBoxLayout* layout) {
    for (workload::Strategy s : workload::all_strategies) {
        const StrategyStyle& style = strategy_style(s);
        auto* box = new QCheckBox(strategy_name(s), this);
        box->setObjectName(
            QStringLiteral("strategy_%1").arg(QLatin1String(workload::to_string(s))));
        box->setIcon(swatch(style.colour));
        box->setIconSize(QSize(18, 18));
        box->setToolTip(QStringLiteral("<p>%1</p>").arg(strategy_description(s).toHtmlEscaped()));
        strategies_[std::size_t(s)] = box;
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!refreshing_)
                on_strategy_toggled();
        });
        layout->addWidget(box);
    }
    mark_pending_.insert(QStringLiteral("strategies"), [this](bool on) {
        for (workload::Strategy s : workload::all_strategies)
            strategies_[std::size_t(s)]->setText(pending_prefix(on) + strategy_name(s));
    });
}

void ScenarioControlPanel::add_seed(QVBoxLayout* layout) {
    const auto& key = key_of("seed");
    auto* row = new QWidget(this);
    auto* row_layout = new QHBoxLayout(row);
    row_layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("<b>Seed</b>"), row);
    seed_edit_ = new QLineEdit(row);
    seed_edit_->setObjectName(QStringLiteral("seed"));
    seed_edit_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), row));
    seed_edit_->setAlignment(Qt::AlignRight);
    label->setBuddy(seed_edit_);
    for (QWidget* w : {static_cast<QWidget*>(row), static_cast<QWidget*>(label),
                       static_cast<QWidget*>(seed_edit_)})
        w->setToolTip(key_tooltip(key));
    row_layout->addWidget(label, 1);
    row_layout->addWidget(seed_edit_, 1);
    mark_pending_.insert(QStringLiteral("seed"), [label](bool on) {
        label->setText((on ? pending_dot(label) : QString()) + QStringLiteral("<b>Seed</b>"));
    });
    connect(seed_edit_, &QLineEdit::editingFinished, this, [this] {
        if (!refreshing_)
            apply(QStringLiteral("seed"), seed_edit_->text());
    });
    layout->addWidget(row);
}

bool ScenarioControlPanel::apply(const QString& key, const QString& value_text) {
    workload::Scenario edited = scenario_;
    const std::string key_std = key.toStdString();
    if (workload::scenario_value_text(edited, key_std) == value_text.toStdString())
        return true;
    if (auto error = workload::set_scenario_value(edited, key_std, value_text.toStdString())) {
        // The key table's ranges make this rare (e.g. a seed above 2^64−1): revert, say why.
        refresh_controls();
        Q_EMIT inputRejected(QString::fromStdString(error->message));
        return false;
    }
    scenario_ = edited;
    refresh_pending();
    Q_EMIT scenarioEdited();
    return true;
}

void ScenarioControlPanel::on_strategy_toggled() {
    QStringList names;
    for (workload::Strategy s : workload::all_strategies) {
        if (strategies_[std::size_t(s)]->isChecked())
            names << QLatin1String(workload::to_string(s));
    }
    if (names.isEmpty()) {
        // A run needs at least one strategy: the last one cannot be unticked.
        refresh_controls();
        return;
    }
    apply(QStringLiteral("strategies"), names.join(QLatin1Char(',')));
}

void ScenarioControlPanel::set_scenario(const workload::Scenario& s) {
    scenario_ = s;
    refresh_controls();
    refresh_pending();
}

void ScenarioControlPanel::refresh_controls() {
    refreshing_ = true;
    for (auto it = sliders_.cbegin(); it != sliders_.cend(); ++it) {
        const std::string text = workload::scenario_value_text(scenario_, it.key().toStdString());
        it.value()->set_value(QString::fromStdString(text).toDouble());
    }
    for (auto it = switches_.cbegin(); it != switches_.cend(); ++it) {
        const std::string text = workload::scenario_value_text(scenario_, it.key().toStdString());
        const QSignalBlocker block(it.value());
        it.value()->setChecked(text == "true");
    }
    for (auto it = choices_.cbegin(); it != choices_.cend(); ++it) {
        const std::string text = workload::scenario_value_text(scenario_, it.key().toStdString());
        const QSignalBlocker block(it.value());
        it.value()->setCurrentText(QString::fromStdString(text));
    }
    for (workload::Strategy s : workload::all_strategies) {
        QCheckBox* box = strategies_[std::size_t(s)];
        const QSignalBlocker block(box);
        box->setChecked(std::find(scenario_.strategies.begin(), scenario_.strategies.end(), s) !=
                        scenario_.strategies.end());
    }
    {
        const QSignalBlocker block(seed_edit_);
        seed_edit_->setText(
            QString::fromStdString(workload::scenario_value_text(scenario_, "seed")));
    }
    refreshing_ = false;
}

void ScenarioControlPanel::set_running_scenario(const std::optional<workload::Scenario>& running) {
    running_ = running;
    refresh_pending();
}

QStringList ScenarioControlPanel::pending_keys() const {
    QStringList keys;
    if (!running_)
        return keys;
    for (const workload::ScenarioKey& key : workload::scenario_keys()) {
        if (workload::scenario_value_text(scenario_, key.name) !=
            workload::scenario_value_text(*running_, key.name))
            keys << qs(key.name);
    }
    return keys;
}

void ScenarioControlPanel::refresh_pending() {
    const QStringList pending = pending_keys();
    for (auto it = mark_pending_.cbegin(); it != mark_pending_.cend(); ++it)
        it.value()(pending.contains(it.key()));
    pending_note_->setVisible(!pending.isEmpty());
}

bool ScenarioControlPanel::advanced_expanded() const {
    return advanced_toggle_->isChecked();
}

void ScenarioControlPanel::set_advanced_expanded(bool expanded) {
    {
        const QSignalBlocker block(advanced_toggle_);
        advanced_toggle_->setChecked(expanded);
    }
    advanced_toggle_->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    advanced_->setVisible(expanded);
}

KeySlider* ScenarioControlPanel::slider(const QString& key) const {
    return sliders_.value(key);
}

QCheckBox* ScenarioControlPanel::strategy_box(workload::Strategy s) const {
    return strategies_[std::size_t(s)];
}

QCheckBox* ScenarioControlPanel::switch_box(const QString& key) const {
    return switches_.value(key);
}

QComboBox* ScenarioControlPanel::choice_box(const QString& key) const {
    return choices_.value(key);
}

} // namespace vtl::widgets
