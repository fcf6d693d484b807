// ui_palette: every colour the widgets paint, derived from the desktop palette (light or dark)
// so a dark desktop theme does not break the views, with the colours that carry meaning kept
// legible on whatever background the palette has. Strategy colours live in strategy_style.hpp.
//
// API (namespace vtl::widgets::ui_palette)
//
//   enum class Theme { desktop, light, dark, projector };
//   void set_theme(Theme t);           // app-wide: QApplication::setPalette(palette_for(t)).
//                                      // Widgets repaint on the QEvent::PaletteChange Qt sends.
//                                      // Theme::desktop restores the palette the app had
//                                      // before the first set_theme() call.
//   Theme theme();                     // the last set_theme() (desktop by default)
//   QPalette palette_for(Theme t);     // the QPalette factory (light, dark, projector = high
//                                      // contrast: white ground, black ink, strong colours)
//   std::optional<Theme> theme_from_name(const QString&);  // "desktop|light|dark|projector"
//
//   const Colours c = ui_palette::colours(widget);     // or colours(const QPalette&)
//   c.ground      what a painted view fills its background with (QPalette::Base)
//   c.panel       a band or card a little off the ground (alternate base)
//   c.ink         text and outlines (QPalette::Text)
//   c.muted       secondary text (ink blended towards the ground, still ≥ 4.5:1)
//   c.hairline    thin separators and frames
//   c.good        synchronous path / harmless outcome (green)
//   c.bad         error / exception / silently wrong value (red)
//   c.pending     asynchronous path / waiting / changed-but-not-applied (orange)
//   c.good_fill, c.bad_fill, c.pending_fill   the same hues as a faint tint of the ground
//   c.on_accent   text or rings drawn on top of a saturated (strategy) fill
//   c.flash       a short attention flash (a GC collection)
//   c.stroke      line-width factor: 1, or 1.5 in the projector theme
//   c.dark        true when the ground is dark
//
//   good, bad, pending, ink and muted have a WCAG contrast of at least 4.5:1 against both
//   ground and panel in every theme and for any desktop palette (tests/widgets/test_ui_palette).
//   ui_palette::text_on(fill) picks black-ish or white for a label on a saturated fill;
//   ui_palette::css(c.pending) gives "#rrggbb" for rich text.
//
// Presenter mode: ui_palette::set_theme(Theme::projector); leaving it:
// ui_palette::set_theme(Theme::desktop). The text size is separate (MainWindow::set_text_scale);
// every painted view takes its font sizes from its widget's font().
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace vtl::widgets::ui_palette {

enum class Theme { desktop, light, dark, projector };

struct Colours {
    QColor ground, panel, ink, muted, hairline;
    QColor good, bad, pending;
    QColor good_fill, bad_fill, pending_fill;
    QColor on_accent, flash;
    double stroke = 1.0;
    bool dark = false;
};

void set_theme(Theme t);
Theme theme();
QPalette palette_for(Theme t);
std::optional<Theme> theme_from_name(const QString& name);
const char* theme_name(Theme t);

Colours colours(const QPalette& p);
Colours colours(const QWidget* w);

// True when the palette's ground (Base) is dark.
bool is_dark(const QPalette& p);
// WCAG 2 contrast ratio of two opaque colours (1 … 21).
double contrast(const QColor& a, const QColor& b);
// `c` made lighter or darker (keeping its hue) until it has `ratio` against `ground`.
QColor legible_on(const QColor& c, const QColor& ground, double ratio = 4.5);
// Black-ish or white, whichever reads better on `fill` (labels inside strategy-coloured blocks).
QColor text_on(const QColor& fill);
// `a` blended towards `b` by t (0 = a, 1 = b).
QColor mix(const QColor& a, const QColor& b, double t);
QString css(const QColor& c);

} // namespace vtl::widgets::ui_palette
