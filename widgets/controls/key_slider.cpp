#include "widgets/controls/key_slider.hpp"

#include "models/text/scenario_key_text.hpp"
#include "models/text/unit_format.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace vtl::widgets {

namespace {

constexpr int log_positions = 1000;
constexpr int linear_positions = 100; // 1 % steps for fractions; the spin box is finer

// The lowest non-zero value a logarithmic slider reaches when the key allows 0.
constexpr double log_floor = 1;

} // namespace

KeySlider::KeySlider(const workload::ScenarioKey& key, Presentation presentation, QWidget* parent)
    : QWidget(parent)
    , key_name_(QString::fromUtf8(key.name.data(), qsizetype(key.name.size())))
    , presentation_(std::move(presentation))
    , min_(key.min)
    , max_(key.max)
    , integer_(key.type == workload::KeyType::integer) {
    setObjectName(key_name_);
    const QString unit = models::key_unit(key);
    // A unit the spin box cannot show as a suffix ("callers in flight") goes beside the title.
    if (presentation_.suffix.isEmpty() && !unit.isEmpty())
        unit_note_ = unit;

    title_ = new QLabel(this);
    title_->setWordWrap(true);
    title_->setTextFormat(Qt::RichText);

    spin_ = new QDoubleSpinBox(this);
    spin_->setObjectName(key_name_ + QStringLiteral("_spin"));
    spin_->setLocale(models::number_locale());
    spin_->setGroupSeparatorShown(true);
    spin_->setDecimals(presentation_.decimals);
    spin_->setRange(min_ * presentation_.scale, max_ * presentation_.scale);
    spin_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    spin_->setKeyboardTracking(false);
    spin_->setAlignment(Qt::AlignRight);
    spin_->setAccelerated(true);
    if (!presentation_.suffix.isEmpty())
        spin_->setSuffix(QChar(0x00A0) + presentation_.suffix);
    title_->setBuddy(spin_);

    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(key_name_ + QStringLiteral("_slider"));
    slider_->setRange(0, presentation_.logarithmic ? log_positions : linear_positions);
    slider_->setPageStep(presentation_.logarithmic ? log_positions / 10 : linear_positions / 10);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    // The title on a row of its own, the slider and its value under it: the panel is only as
    // wide as the value field and a short slider, so a dock at 1.5× text does not cut the
    // field off (a title beside the field made the row as wide as both).
    layout->addWidget(title_, 0, 0, 1, 2);
    layout->addWidget(slider_, 1, 0);
    layout->addWidget(spin_, 1, 1);
    layout->setColumnStretch(0, 1);

    const QString tip = models::key_tooltip(key);
    for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(title_),
                       static_cast<QWidget*>(spin_), static_cast<QWidget*>(slider_)})
        w->setToolTip(tip);

    connect(slider_, &QSlider::valueChanged, this, &KeySlider::on_slider_moved);
    connect(spin_, &QDoubleSpinBox::valueChanged, this, &KeySlider::on_spin_edited);
    update_title();
    set_value(min_);
}

void KeySlider::set_value(double value) {
    value_ = std::clamp(value, min_, max_);
    updating_ = true;
    {
        const QSignalBlocker block_spin(spin_);
        const QSignalBlocker block_slider(slider_);
        spin_->setValue(value_ * presentation_.scale);
        slider_->setValue(position_from_value(value_));
    }
    updating_ = false;
}

void KeySlider::set_pending(bool pending) {
    if (pending == pending_)
        return;
    pending_ = pending;
    update_title();
}

void KeySlider::changeEvent(QEvent* e) {
    if (e->type() == QEvent::PaletteChange)
        update_title();
    QWidget::changeEvent(e);
}

void KeySlider::update_title() {
    const ui_palette::Colours c = ui_palette::colours(this);
    QString html;
    if (pending_)
        html +=
            QStringLiteral("<span style='color:%1'>●</span>&nbsp;").arg(ui_palette::css(c.pending));
    html += QStringLiteral("<b>%1</b>").arg(presentation_.title.toHtmlEscaped());
    if (!unit_note_.isEmpty())
        html += QStringLiteral(" <span style='color:%1'>%2</span>")
                    .arg(ui_palette::css(c.muted), unit_note_.toHtmlEscaped());
    title_->setText(html);
}

double KeySlider::value_from_position(int position) const {
    if (!presentation_.logarithmic)
        return min_ + (max_ - min_) * position / linear_positions;
    if (min_ > 0)
        return min_ * std::pow(max_ / min_, double(position) / log_positions);
    if (position <= 0)
        return min_;
    return log_floor * std::pow(max_ / log_floor, double(position - 1) / (log_positions - 1));
}

int KeySlider::position_from_value(double value) const {
    double t = 0;
    if (!presentation_.logarithmic) {
        t = (value - min_) / (max_ - min_) * linear_positions;
    } else if (min_ > 0) {
        t = std::log(value / min_) / std::log(max_ / min_) * log_positions;
    } else if (value < log_floor) {
        t = 0;
    } else {
        t = 1 + std::log(value / log_floor) / std::log(max_ / log_floor) * (log_positions - 1);
    }
    return std::clamp(int(std::lround(t)), 0, slider_->maximum());
}

double KeySlider::snap(double value) const {
    // Slider values snap to round numbers in the unit the user sees.
    double shown = value * presentation_.scale;
    if (presentation_.logarithmic && shown > 0) {
        const double unit = std::pow(10.0, std::floor(std::log10(shown)) - 1);
        shown = std::round(shown / unit) * unit;
    } else {
        const double step = std::pow(10.0, -presentation_.decimals);
        shown = std::round(shown / step) * step;
    }
    double v = shown / presentation_.scale;
    if (integer_)
        v = std::round(v);
    return std::clamp(v, min_, max_);
}

void KeySlider::on_slider_moved(int position) {
    if (updating_)
        return;
    // The ends are the key's exact limits; in between, round numbers.
    if (position <= slider_->minimum())
        value_ = min_;
    else if (position >= slider_->maximum())
        value_ = max_;
    else
        value_ = snap(value_from_position(position));
    {
        const QSignalBlocker block(spin_);
        spin_->setValue(value_ * presentation_.scale);
    }
    Q_EMIT valueEdited(value_);
}

void KeySlider::on_spin_edited(double shown) {
    if (updating_)
        return;
    double v = shown / presentation_.scale;
    if (integer_)
        v = std::round(v);
    value_ = std::clamp(v, min_, max_);
    {
        const QSignalBlocker block(slider_);
        slider_->setValue(position_from_value(value_));
    }
    Q_EMIT valueEdited(value_);
}

} // namespace vtl::widgets
