// The palette module: the colours that carry meaning stay legible (WCAG 4.5:1) on the ground
// and the panels of every theme and of unusual desktop palettes; the themes switch the
// application's palette and the desktop one comes back.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "widgets/common/ui_palette.hpp"

#include <QApplication>
#include <QWidget>

namespace ui = vtl::widgets::ui_palette;

class TestUiPalette : public QObject {
    Q_OBJECT
private slots:
    void meaningfulColoursAreLegible_data();
    void meaningfulColoursAreLegible();
    void darkThemeIsDarkAndLightIsNot();
    void projectorIsHighContrast();
    void setThemeSwitchesTheApplicationAndComesBack();
    void widgetsFollowTheTheme();
    void namesRoundTrip();
};

namespace {

QPalette plain_palette(QRgb base, QRgb text) {
    QPalette p;
    p.setColor(QPalette::All, QPalette::Base, QColor(base));
    p.setColor(QPalette::All, QPalette::Window, QColor(base));
    p.setColor(QPalette::All, QPalette::Text, QColor(text));
    p.setColor(QPalette::All, QPalette::WindowText, QColor(text));
    return p;
}

} // namespace

void TestUiPalette::meaningfulColoursAreLegible_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << ui::palette_for(ui::Theme::light);
    QTest::newRow("dark") << ui::palette_for(ui::Theme::dark);
    QTest::newRow("projector") << ui::palette_for(ui::Theme::projector);
    // Desktop palettes the module did not make: mid grey, pure black, cream, navy.
    QTest::newRow("mid grey") << plain_palette(0x808080, 0x000000);
    QTest::newRow("black") << plain_palette(0x000000, 0xFFFFFF);
    QTest::newRow("cream") << plain_palette(0xFFF8E1, 0x3E2723);
    QTest::newRow("navy") << plain_palette(0x0B1B3A, 0xDDE6F5);
    // Text too close to the ground: the module picks its own ink.
    QTest::newRow("low-contrast text") << plain_palette(0xFFFFFF, 0xBBBBBB);
}

void TestUiPalette::meaningfulColoursAreLegible() {
    QFETCH(QPalette, palette);
    const ui::Colours c = ui::colours(palette);
    const std::pair<const char*, QColor> meaningful[] = {{"ink", c.ink},
                                                         {"muted", c.muted},
                                                         {"good", c.good},
                                                         {"bad", c.bad},
                                                         {"pending", c.pending}};
    for (const auto& [name, colour] : meaningful) {
        for (const QColor& ground : {c.ground, c.panel, c.good_fill, c.pending_fill}) {
            const double r = ui::contrast(colour, ground);
            if (r < 4.5)
                QFAIL(qPrintable(QStringLiteral("%1 %2 on %3: contrast %4 < 4.5")
                                     .arg(QLatin1String(name), colour.name(), ground.name())
                                     .arg(r)));
        }
    }
    // The three meanings stay three different hues.
    QVERIFY(c.good.hue() != c.bad.hue());
    QVERIFY(c.bad.hue() != c.pending.hue());
    QVERIFY(c.good.hue() > 80 && c.good.hue() < 170);
    QVERIFY(c.pending.hue() > 20 && c.pending.hue() < 50);
    QVERIFY(c.bad.hue() < 15 || c.bad.hue() > 340);
    // Labels on strategy-coloured blocks.
    for (QRgb fill : {0xD55E00u, 0x0072B2u, 0xCC79A7u, 0x009E73u})
        QVERIFY(ui::contrast(ui::text_on(QColor(fill)), QColor(fill)) >= 3.0);
}

void TestUiPalette::darkThemeIsDarkAndLightIsNot() {
    const ui::Colours dark = ui::colours(ui::palette_for(ui::Theme::dark));
    const ui::Colours light = ui::colours(ui::palette_for(ui::Theme::light));
    QVERIFY(dark.dark);
    QVERIFY(!light.dark);
    QVERIFY(dark.ground.lightnessF() < 0.25);
    QVERIFY(dark.ink.lightnessF() > 0.75);
    QVERIFY(light.ground.lightnessF() > 0.9);
    // Dark variants are lighter than the light ones: the same green cannot serve both.
    QVERIFY(dark.good.lightnessF() > light.good.lightnessF());
    QVERIFY(dark.pending.lightnessF() > light.pending.lightnessF());
}

void TestUiPalette::projectorIsHighContrast() {
    ui::set_theme(ui::Theme::projector);
    const ui::Colours c = ui::colours(QApplication::palette());
    QCOMPARE(c.ground, QColor(Qt::white));
    QVERIFY(ui::contrast(c.ink, c.ground) >= 19.0);
    QVERIFY(ui::contrast(c.muted, c.ground) >= 7.0);
    for (const QColor& x : {c.good, c.bad, c.pending})
        QVERIFY(ui::contrast(x, c.ground) >= 6.0);
    QCOMPARE(c.stroke, 1.5);
    ui::set_theme(ui::Theme::desktop);
    QCOMPARE(ui::colours(QApplication::palette()).stroke, 1.0);
}

void TestUiPalette::setThemeSwitchesTheApplicationAndComesBack() {
    const QColor original = QApplication::palette().color(QPalette::Base);
    ui::set_theme(ui::Theme::dark);
    QCOMPARE(ui::theme(), ui::Theme::dark);
    QVERIFY(ui::is_dark(QApplication::palette()));
    ui::set_theme(ui::Theme::desktop);
    QCOMPARE(ui::theme(), ui::Theme::desktop);
    QCOMPARE(QApplication::palette().color(QPalette::Base), original);
}

void TestUiPalette::widgetsFollowTheTheme() {
    QWidget w;
    ui::set_theme(ui::Theme::dark);
    // Qt posts the palette change to existing widgets; they have it before they next paint.
    QCoreApplication::processEvents();
    QVERIFY(ui::colours(&w).dark);
    ui::set_theme(ui::Theme::light);
    QCoreApplication::processEvents();
    QVERIFY(!ui::colours(&w).dark);
    ui::set_theme(ui::Theme::desktop);
}

void TestUiPalette::namesRoundTrip() {
    for (ui::Theme t :
         {ui::Theme::desktop, ui::Theme::light, ui::Theme::dark, ui::Theme::projector})
        QCOMPARE(ui::theme_from_name(QLatin1String(ui::theme_name(t))), std::optional(t));
    QVERIFY(!ui::theme_from_name(QStringLiteral("sepia")));
}

VTL_QTEST_MAIN(test_ui_palette, TestUiPalette)
#include "test_ui_palette.moc"
