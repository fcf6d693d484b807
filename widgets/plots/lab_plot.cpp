#include "widgets/plots/lab_plot.hpp"

#include "widgets/plots/strategy_style.hpp"

#include <QEvent>

#include <QAction>
#include <QBuffer>
#include <QMenu>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace vtl::widgets {

using namespace vtl::models;

namespace {

// Point sizes chosen to stay readable from the back of a lecture room at 1280×800.
constexpr double tick_pt = 11;
constexpr double label_pt = 11;
constexpr double legend_pt = 11;
constexpr double title_pt = 13;

constexpr int legend_row = 1; // below the title, above the axis rects

constexpr int minimum_width = 320, minimum_height = 220;

QFont sized(double points, bool bold = false) {
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

LabPlot::LabPlot(const QString& title, QWidget* parent)
    : QCustomPlot(parent) {
    setBackground(colours().ground);
    setNoAntialiasingOnDrag(true);
    setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
    setMinimumSize(minimum_width, minimum_height);

    plotLayout()->insertRow(0);
    title_ = new QCPTextElement(this, title, title_font());
    title_->setTextColor(colours().ink);
    // Left-aligned, leaving the top-right corner free for a plot's own buttons.
    title_->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    title_->setMargins(QMargins(10, 6, 10, 2));
    plotLayout()->addElement(0, 0, title_);

    // The legend gets its own row between title and data: it can never cover a curve.
    plotLayout()->insertRow(legend_row);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(legend_row, 0, legend);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setTextColor(colours().ink);
    legend->setMargins(QMargins(4, 0, 4, 2));
    legend->setRowSpacing(0);
    legend->setColumnSpacing(12);
    legend->setIconSize(30, 14);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowStretchFactor(1, 0.001);
    plotLayout()->setRowSpacing(2);

    margin_group_ = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margin_group_);
    style_axis_rect(axisRect());

    connect(this, &QCustomPlot::afterReplot, this, [this] { ++redraws_; });
    connect(this, &QCustomPlot::beforeReplot, this, &LabPlot::fit_axis_labels);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &LabPlot::show_context_menu);
    set_text_scale(1.0);
}

LabPlot::~LabPlot() {
    // A legend out of the layout would not be deleted with it.
    if (!legend->layout())
        plotLayout()->addElement(legend_row, 0, legend);
}

QString LabPlot::title() const {
    return title_->text();
}

int LabPlot::title_text_right() const {
    return title_->margins().left() + QFontMetrics(title_font()).horizontalAdvance(title());
}

int LabPlot::comfortable_width() const {
    // Room right of the title for a plot's own button (GC model: "Formulas", icon only).
    const int title_w = title_text_right() + title_->margins().right() +
                        QFontMetrics(legend_font()).height() * 2 + 8;
    // About 52 characters of tick text: the axis label, tick labels and data room to read.
    const int axes_w = int(std::lround(QFontMetricsF(tick_font()).averageCharWidth() * 52));
    return std::max({minimum_width, title_w, axes_w});
}

void LabPlot::update_minimum_size() {
    // The whole title always; and taller with larger text, more so with stacked axis rects,
    // so the data keeps its room under the title and the legend.
    const int w = std::max(minimum_width, title_text_right() + title_->margins().right() + 4);
    const double rects = std::max<qsizetype>(1, axisRects().size());
    const int h =
        int(std::lround(minimum_height * std::max(1.0, text_scale_) * (1.0 + 0.35 * (rects - 1))));
    setMinimumSize(w, h);
}

QFont LabPlot::tick_font() const {
    return sized(tick_pt * text_scale_);
}
QFont LabPlot::label_font() const {
    return sized(label_pt * text_scale_);
}
QFont LabPlot::legend_font() const {
    return sized(legend_pt * text_scale_);
}
QFont LabPlot::title_font() const {
    return sized(title_pt * text_scale_, true);
}

void LabPlot::set_text_scale(double scale) {
    text_scale_ = std::clamp(scale, 0.5, 3.0);
    title_->setFont(title_font());
    legend->setFont(legend_font());
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto* item = legend->item(i))
            item->setFont(legend_font());
    }
    for (QCPAxisRect* rect : axisRects())
        style_axis_rect(rect);
    if (placeholder_)
        placeholder_->setFont(sized(label_pt * 1.2 * text_scale_));
    apply_fonts();
    update_minimum_size();
    fit_legend();
    request_replot();
}

ui_palette::Colours LabPlot::colours() const {
    return ui_palette::colours(this);
}

void LabPlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        // Ground, ink and grid from the new palette; subclasses recolour in apply_fonts().
        setBackground(colours().ground);
        title_->setTextColor(colours().ink);
        legend->setTextColor(colours().ink);
        for (QCPAxisRect* rect : axisRects())
            style_axis_rect(rect);
        if (placeholder_) {
            placeholder_->setColor(colours().muted);
            QColor veil = colours().ground;
            veil.setAlpha(230);
            placeholder_->setBrush(veil);
        }
        apply_fonts();
        request_replot();
    }
    QCustomPlot::changeEvent(event);
}

void LabPlot::style_axis_rect(QCPAxisRect* rect) {
    const ui_palette::Colours c = colours();
    const QColor ink = c.ink;
    const QColor grid_colour = ui_palette::mix(c.ink, c.ground, 0.82);
    const QColor subgrid_colour = ui_palette::mix(c.ink, c.ground, 0.92);
    rect->setBackground(Qt::NoBrush);
    for (QCPAxis* axis : rect->axes()) {
        axis->setTickLabelFont(tick_font());
        axis->setLabelFont(label_font());
        axis->setTickLabelColor(ink);
        axis->setLabelColor(ink);
        axis->setBasePen(QPen(ink, 1));
        axis->setTickPen(QPen(ink, 1));
        axis->setSubTickPen(QPen(ink, 1));
        axis->setLabelPadding(4);
        axis->grid()->setPen(QPen(grid_colour, 1));
        axis->grid()->setSubGridPen(QPen(subgrid_colour, 1));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
}

QCPAxisRect* LabPlot::add_axis_rect() {
    auto* rect = new QCPAxisRect(this);
    plotLayout()->addElement(plotLayout()->rowCount(), 0, rect);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margin_group_);
    style_axis_rect(rect);
    update_minimum_size();
    return rect;
}

QCPGraph* LabPlot::graph_for(workload::Strategy s, QCPAxisRect* rect, int series) {
    if (!rect)
        rect = axisRect();
    const auto key = std::make_tuple(rect, s, series);
    if (auto it = graphs_.find(key); it != graphs_.end())
        return it->second;
    QCPGraph* graph = addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(strategy_name(s));
    graph->setPen(strategy_pen(s));
    graph->setAdaptiveSampling(true);
    if (rect != axisRect() || series != 0)
        graph->removeFromLegend();
    else if (auto* item = legend->itemWithPlottable(graph))
        item->setFont(legend_font());
    graphs_.emplace(key, graph);
    graph_created(graph, s, series);
    fit_legend();
    return graph;
}

void LabPlot::keep_strategies(const std::vector<workload::Strategy>& keep) {
    bool removed = false;
    for (auto it = graphs_.begin(); it != graphs_.end();) {
        if (std::find(keep.begin(), keep.end(), std::get<1>(it->first)) == keep.end()) {
            removeGraph(it->second);
            it = graphs_.erase(it);
            removed = true;
        } else {
            ++it;
        }
    }
    if (removed)
        fit_legend();
}

void LabPlot::add_context_action(QAction* action) {
    context_actions_.append(action);
}

void LabPlot::set_placeholder(const QString& text) {
    if (!placeholder_) {
        placeholder_ = new QCPItemText(this);
        placeholder_->setClipToAxisRect(false);
        placeholder_->position->setType(QCPItemPosition::ptAxisRectRatio);
        placeholder_->position->setAxisRect(axisRect());
        placeholder_->position->setCoords(0.5, 0.5);
        placeholder_->setColor(colours().muted);
        QColor veil = colours().ground;
        veil.setAlpha(230);
        placeholder_->setBrush(veil);
        placeholder_->setPadding(QMargins(8, 4, 8, 4));
        placeholder_->setTextAlignment(Qt::AlignCenter);
        placeholder_->setFont(sized(label_pt * 1.2 * text_scale_));
    }
    placeholder_->setText(text);
}

void LabPlot::show_placeholder(bool on) {
    if (placeholder_)
        placeholder_->setVisible(on);
}

int LabPlot::finite_point_count() const {
    int n = 0;
    for (int i = 0; i < graphCount(); ++i) {
        const auto data = graph(i)->data();
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            if (std::isfinite(it->key) && std::isfinite(it->value))
                ++n;
        }
    }
    return n;
}

void LabPlot::request_replot() {
    if (!isVisible()) {
        replot_pending_ = true;
        return;
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void LabPlot::showEvent(QShowEvent* event) {
    QCustomPlot::showEvent(event);
    if (replot_pending_) {
        replot_pending_ = false;
        replot(QCustomPlot::rpQueuedReplot);
    }
}

void LabPlot::resizeEvent(QResizeEvent* event) {
    fit_legend();
    QCustomPlot::resizeEvent(event);
}

namespace {

// `line` in two, at the space nearest its middle, else (Japanese has none) at its middle.
QString broken_in_two(const QString& line) {
    const qsizetype middle = line.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < line.size(); ++i)
        if (line[i] == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best > 0)
        return line.left(best) + QLatin1Char('\n') + line.mid(best + 1);
    return line.left(middle) + QLatin1Char('\n') + line.mid(middle);
}

} // namespace

// A vertical axis's label runs along the axis: one longer than the axis (Japanese at 1.5×
// text) is shown in two lines instead of running into the title and off the bottom. Uses
// the axis rects' heights from the last layout, which wrapping does not change (it only
// widens the margin), so the choice settles after the first replot.
void LabPlot::fit_axis_labels() {
    for (QCPAxisRect* r : axisRects()) {
        const int room = r->rect().height();
        if (room <= 0)
            continue;
        for (QCPAxis* a : r->axes(QCPAxis::atLeft | QCPAxis::atRight)) {
            // The label as set, remembered until someone sets another.
            if (a->label() != a->property("vtl_shown_label").toString())
                a->setProperty("vtl_full_label", a->label());
            const QString full = a->property("vtl_full_label").toString();
            const QFontMetrics fm(a->labelFont());
            QStringList lines = full.split(QLatin1Char('\n'));
            for (QString& line : lines)
                if (fm.horizontalAdvance(line) > room * 0.95 && line.size() > 1)
                    line = broken_in_two(line);
            const QString shown = lines.join(QLatin1Char('\n'));
            a->setProperty("vtl_shown_label", shown);
            if (a->label() != shown)
                a->setLabel(shown);
        }
    }
}

void LabPlot::fit_legend() {
    // As many columns as fit the width (columns are as wide as their widest entry), so the
    // legend takes as few rows as possible and is never cut off.
    std::vector<int> widths;
    for (int i = 0; i < legend->elementCount(); ++i) {
        if (auto* element = legend->elementAt(i))
            widths.push_back(element->minimumOuterSizeHint().width());
    }
    const int count = int(widths.size());
    // QCustomPlot sizes the plot's column to an empty legend's zero width: an empty legend
    // leaves the layout (its row stays, empty and flat) and comes back with its first entry.
    if (count == 0) {
        if (legend->layout())
            plotLayout()->take(legend);
        return;
    }
    if (!legend->layout())
        plotLayout()->addElement(legend_row, 0, legend);
    const int available =
        std::max(1, width() - legend->margins().left() - legend->margins().right() - 8);
    int columns = 1;
    for (int n = count; n >= 1; --n) {
        std::vector<int> column_width(std::size_t(n), 0);
        for (int i = 0; i < count; ++i)
            column_width[std::size_t(i % n)] =
                std::max(column_width[std::size_t(i % n)], widths[std::size_t(i)]);
        int total = legend->columnSpacing() * (n - 1);
        for (int w : column_width)
            total += w;
        if (total <= available) {
            columns = n;
            break;
        }
    }
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

QByteArray LabPlot::render_png(double device_pixel_ratio) {
    const QPixmap pixmap = toPixmap(width(), height(), device_pixel_ratio);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    pixmap.save(&buffer, "PNG");
    return bytes;
}

QByteArray LabPlot::render_pdf() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        // 96 dpi so one plot pixel is one PDF unit of 0.75 pt: the PDF looks like the screen.
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setCreator(QStringLiteral("ValueTask Lab"));
        writer.setTitle(title());
        writer.setPageSize(QPageSize(QSizeF(width() * 0.75, height() * 0.75), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QCPPainter painter(&writer);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        toPainter(&painter, width(), height());
    }
    return bytes;
}

void LabPlot::show_context_menu(const QPoint& pos) {
    QMenu menu(this);
    menu.addAction(tr("Save plot as PNG…"), this,
                   [this] { Q_EMIT saveRequested(this, Format::png); });
    menu.addAction(tr("Save plot as PDF…"), this,
                   [this] { Q_EMIT saveRequested(this, Format::pdf); });
    if (!context_actions_.isEmpty()) {
        menu.addSeparator();
        for (QAction* action : context_actions_)
            menu.addAction(action);
    }
    menu.exec(mapToGlobal(pos));
}

} // namespace vtl::widgets
