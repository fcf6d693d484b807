#include "widgets/common/ui_palette.hpp"

#include <QApplication>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace vtl::widgets::ui_palette {

namespace {

Theme current_theme = Theme::desktop;
std::optional<QPalette> desktop_palette;

// The hues that carry meaning, one set per kind of ground; legible_on() then guarantees the
// contrast against the actual ground, so an unusual desktop palette cannot make them vanish.
struct Hues {
    QColor good, bad, pending;
};
constexpr QRgb light_good = 0x1B7F3B, light_bad = 0xC62828, light_pending = 0xB35900;
constexpr QRgb dark_good = 0x6CCB7E, dark_bad = 0xFF7B72, dark_pending = 0xF0A04B;
constexpr QRgb projector_good = 0x00662A, projector_bad = 0xB00020, projector_pending = 0x8F4200;

Hues hues_for(bool dark, bool projector) {
    if (projector)
        return {QColor(projector_good), QColor(projector_bad), QColor(projector_pending)};
    if (dark)
        return {QColor(dark_good), QColor(dark_bad), QColor(dark_pending)};
    return {QColor(light_good), QColor(light_bad), QColor(light_pending)};
}

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

struct Roles {
    QRgb window, window_text, base, alternate_base, button, button_text, highlight,
        highlighted_text, link, light, midlight, mid, dark, shadow, placeholder, disabled_text;
};

QPalette make(const Roles& r) {
    QPalette p;
    const auto all = [&](QPalette::ColorRole role, QRgb c) {
        p.setColor(QPalette::All, role, QColor(c));
    };
    all(QPalette::Window, r.window);
    all(QPalette::WindowText, r.window_text);
    all(QPalette::Base, r.base);
    all(QPalette::AlternateBase, r.alternate_base);
    all(QPalette::Text, r.window_text);
    all(QPalette::Button, r.button);
    all(QPalette::ButtonText, r.button_text);
    all(QPalette::BrightText, 0xFF5555);
    all(QPalette::Highlight, r.highlight);
    all(QPalette::HighlightedText, r.highlighted_text);
    all(QPalette::Link, r.link);
    all(QPalette::LinkVisited, r.link);
    all(QPalette::Light, r.light);
    all(QPalette::Midlight, r.midlight);
    all(QPalette::Mid, r.mid);
    all(QPalette::Dark, r.dark);
    all(QPalette::Shadow, r.shadow);
    all(QPalette::ToolTipBase, r.base);
    all(QPalette::ToolTipText, r.window_text);
    all(QPalette::PlaceholderText, r.placeholder);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(r.disabled_text));
    return p;
}

} // namespace

QPalette palette_for(Theme t) {
    switch (t) {
    case Theme::desktop:
        return desktop_palette ? *desktop_palette : QApplication::palette();
    case Theme::light:
        return make({0xEFEFEF, 0x111111, 0xFFFFFF, 0xF5F5F5, 0xE6E6E6, 0x111111, 0x2A6FB8, 0xFFFFFF,
                     0x0B57B0, 0xFFFFFF, 0xF2F2F2, 0xB8B8B8, 0x8A8A8A, 0x505050, 0x767676,
                     0x8A8A8A});
    case Theme::dark:
        return make({0x2B2B2E, 0xE6E6E6, 0x1E1E20, 0x27272A, 0x3A3A3E, 0xE6E6E6, 0x3D7BD9, 0xFFFFFF,
                     0x79B8FF, 0x55555A, 0x46464A, 0x2F2F33, 0x19191B, 0x000000, 0x9A9A9A,
                     0x7A7A7A});
    case Theme::projector:
        // PhET's projector scheme, as it were: a white ground, black ink, no greys that wash
        // out on a beamer.
        return make({0xFFFFFF, 0x000000, 0xFFFFFF, 0xF0F0F0, 0xE0E0E0, 0x000000, 0x003C96, 0xFFFFFF,
                     0x00369A, 0xFFFFFF, 0xEEEEEE, 0x8C8C8C, 0x505050, 0x000000, 0x4A4A4A,
                     0x5A5A5A});
    }
    return QApplication::palette();
}

void set_theme(Theme t) {
    if (!desktop_palette)
        desktop_palette = QApplication::palette();
    current_theme = t;
    QApplication::setPalette(palette_for(t));
}

Theme theme() {
    return current_theme;
}

std::optional<Theme> theme_from_name(const QString& name) {
    for (Theme t : {Theme::desktop, Theme::light, Theme::dark, Theme::projector})
        if (name == QLatin1String(theme_name(t)))
            return t;
    return std::nullopt;
}

const char* theme_name(Theme t) {
    switch (t) {
    case Theme::desktop:
        return "desktop";
    case Theme::light:
        return "light";
    case Theme::dark:
        return "dark";
    case Theme::projector:
        return "projector";
    }
    return "desktop";
}

bool is_dark(const QPalette& p) {
    return luminance(p.color(QPalette::Active, QPalette::Base)) < 0.18;
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor legible_on(const QColor& c, const QColor& ground, double ratio) {
    const bool lighten = luminance(ground) < 0.18;
    float h = 0, s = 0, l = 0, a = 0;
    c.getHslF(&h, &s, &l, &a);
    QColor out = c;
    for (int i = 0; i < 60 && contrast(out, ground) < ratio; ++i) {
        l = std::clamp(l + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        out = QColor::fromHslF(h, s, l, a);
    }
    return out;
}

QColor text_on(const QColor& fill) {
    const QColor black(0x11, 0x11, 0x11), white(Qt::white);
    return contrast(white, fill) >= contrast(black, fill) ? white : black;
}

QColor mix(const QColor& a, const QColor& b, double t) {
    const auto m = [t](double x, double y) {
        return x + (y - x) * t;
    };
    return QColor::fromRgbF(
        static_cast<float>(m(a.redF(), b.redF())), static_cast<float>(m(a.greenF(), b.greenF())),
        static_cast<float>(m(a.blueF(), b.blueF())), static_cast<float>(m(a.alphaF(), b.alphaF())));
}

QString css(const QColor& c) {
    return c.name(QColor::HexRgb);
}

Colours colours(const QPalette& p) {
    Colours c;
    const bool projector = current_theme == Theme::projector;
    c.dark = is_dark(p);
    c.stroke = projector ? 1.5 : 1.0;
    c.ground = p.color(QPalette::Active, QPalette::Base);
    c.ground.setAlpha(255);
    c.ink = p.color(QPalette::Active, QPalette::Text);
    if (contrast(c.ink, c.ground) < 7.0)
        c.ink = c.dark ? QColor(0xF0, 0xF0, 0xF0) : QColor(0x11, 0x11, 0x11);
    c.panel = mix(c.ground, c.ink, c.dark ? 0.07 : 0.04);
    c.hairline = mix(c.ink, c.ground, projector ? 0.55 : 0.72);
    const Hues h = hues_for(c.dark, projector);
    const double tint = c.dark ? 0.2 : projector ? 0.08 : 0.1;
    c.good_fill = mix(c.ground, h.good, tint);
    c.bad_fill = mix(c.ground, h.bad, tint);
    c.pending_fill = mix(c.ground, h.pending, tint);
    // Text in these colours sits on the ground, on panels and on the tinted fills: legible on
    // each of them. All lie on the same side of mid-grey, so each step only moves further
    // from the others and one pass suffices.
    const auto legible = [&](QColor x) {
        for (const QColor& g : {c.ground, c.panel, c.good_fill, c.bad_fill, c.pending_fill})
            x = legible_on(x, g);
        return x;
    };
    c.ink = legible(c.ink);
    c.muted = legible(mix(c.ink, c.ground, projector ? 0.25 : 0.4));
    c.good = legible(h.good);
    c.bad = legible(h.bad);
    c.pending = legible(h.pending);
    c.on_accent = c.dark ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
    c.flash = c.dark ? QColor(0xE0, 0xA8, 0x00) : QColor(0xFF, 0xC1, 0x07);
    return c;
}

Colours colours(const QWidget* w) {
    return colours(w != nullptr ? w->palette() : QApplication::palette());
}

} // namespace vtl::widgets::ui_palette
