// AwaitTwiceLaneView: paints one await-twice lane from its model — the ValueTask (what it
// holds, its token), what it points at (source, box or Task: version, state, rents), the other
// operation or the pool, and what the case really did, marked so it reads without words; under
// them the moment shown, the rule CA2012 states for the case and, when it threw, .NET's
// exception beside the core's more specific one.
//
// Every size comes from the widget's font (the text size setting scales the lane); every
// colour from ui_palette::colours(this).
#pragma once

#include "models/await_twice/await_twice_lane_model.hpp"
#include "widgets/common/painted_label.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <vector>

class QPainter;

namespace vtl::widgets {

class AwaitTwiceLaneView : public QWidget {
    Q_OBJECT

public:
    AwaitTwiceLaneView(const models::AwaitTwiceLaneModel& model, int number,
                       QWidget* parent = nullptr);

    struct Fonts {
        QFont body, bold, head, big, small;
    };

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    // As tall as the cards, caption and notes need at `width`: taller when the cards wrap
    // into two rows, and when the words wrap into more lines.
    int heightForWidth(int width) const override;
    // Whether the four cards sit in two rows of two at the current width (too narrow for
    // one row of four with every card heading whole).
    bool cards_in_two_rows() const;
    // The card headings as painted at the current size: text, font and rect (for tests).
    std::vector<PaintedLabel> card_headings() const;

    // The model shows another moment or outcome: the lane may need another height.
    void contents_changed();

protected:
    void paintEvent(QPaintEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    // The lane's geometry for one paint, all in units of the font's line height.
    struct Layout {
        double line = 0, pad = 0, gap = 0, radius = 0;
        QRectF all, title, vt_card, src_card, other_card, outcome_card, caption, notes;
        // Inside `title`: the case's name (wrapped when narrow), the what-if chip beside or
        // under it, and its set-up beside them when whole there, else under them, wrapped.
        QRectF name, chip, setup;
        bool two_rows = false;
    };
    Fonts fonts() const;
    // The layout for a widget `width` pixels wide (its own width when -1).
    Layout layout(const Fonts& f, int width = -1) const;
    bool one_row_fits(const Fonts& f, double inner_width) const;
    double min_card_width(const Fonts& f) const;
    static double card_width_for(const Fonts& f, const QStringList& headings);
    static QStringList source_headings();
    static QStringList other_headings();
    QString name() const;
    void layout_title(Layout& l, const Fonts& f, double left, double top, double width) const;
    void paint_background(QPainter& p, const Layout& l) const;
    void paint_title(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_not_run(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_value_task_card(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_source_card(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_other_card(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_links(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_outcome_card(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_caption(QPainter& p, const Layout& l, const Fonts& f) const;
    void paint_notes(QPainter& p, const Layout& l, const Fonts& f) const;

    // Lines of text the lane is laid out for (title, cards, caption, notes) in one row.
    static constexpr double lines_tall = 13.4;

    const models::AwaitTwiceLaneModel& model_;
    int number_;
    ui_palette::Colours c_;
};

} // namespace vtl::widgets
