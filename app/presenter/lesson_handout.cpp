#include "app/presenter/lesson_handout.hpp"

#include "app/io/machine_name.hpp"
#include "app/main_window.hpp"
#include "app/presenter/lesson_driver.hpp"
#include "app/view_registry.hpp"
#include "models/engine/engine_controller.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextDocument>

namespace vtl::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vtl::app::LessonHandout)
};

// The step's page: heading, the view, narration, prediction, the figures it quotes.
QString page_html(const models::LessonRunner& r) {
    const models::LessonStep& s = r.step();
    QString html = QStringLiteral("<p style='font-size:11pt'>%1</p>")
                       .arg(r.narration().toHtmlEscaped().replace('\n', "<br>"));
    if (const models::LessonPrediction* p = r.asking()) {
        html +=
            QStringLiteral("<p><b>%1</b></p><ol>").arg(r.facts().fill(p->question).toHtmlEscaped());
        for (const models::LessonChoice& c : p->choices)
            html += QStringLiteral("<li>%1</li>").arg(c.text.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (const models::LessonPrediction* p = r.revealing()) {
        const auto text_of = [&](const std::optional<QString>& id) {
            if (!id)
                return Tr::tr("none");
            for (const models::LessonChoice& c : p->choices)
                if (c.id == *id)
                    return c.text;
            return *id;
        };
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(r.facts().fill(p->question).toHtmlEscaped(),
                         Tr::tr("Predicted: %1 · measured: %2")
                             .arg(text_of(r.chosen(p->id)), text_of(r.answer(p->id)))
                             .toHtmlEscaped());
    }
    QString placeholders = s.narration + (s.predict ? s.predict->question : QString());
    const QStringList keys = models::narration_placeholders(placeholders);
    QStringList rows;
    for (const QString& k : keys) {
        if (k.startsWith(QLatin1String("claim.")) || k.startsWith(QLatin1String("prediction.")))
            continue; // quotes and answers are in the text above; figures only here
        const models::LessonFacts::Fact* f = r.facts().find(k);
        const QString row =
            QStringLiteral("<tr><td><tt>%1</tt></td><td>&nbsp;%2</td></tr>")
                .arg(k.toHtmlEscaped(),
                     (f ? f->text : models::LessonFacts::not_measured()).toHtmlEscaped());
        if (!rows.contains(row))
            rows << row;
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<p style='font-size:9pt'><b>%1</b></p>"
                               "<table style='font-size:9pt'>%2</table>")
                    .arg(Tr::tr("Figures quoted on this page (measured in this run, or from "
                                "the real-.NET reference):"),
                         rows.join(QString()));
    return html;
}

// What one page of the handout shows.
struct Page {
    QString heading;
    QPixmap picture; // the view
    QString html;    // beside it: page_html()
    QString footer;  // the machine and date
};

// The heading across the top, the picture on the left 58 % of the page, the text beside it
// and the footer; `dpi` is the writer's resolution.
void draw_page(QPainter& painter, int dpi, const widgets::ui_palette::Colours& colours,
               const Page& p) {
    const QRect page = painter.viewport();
    const int w = page.width();
    QFont head = painter.font();
    head.setPointSizeF(15);
    head.setBold(true);
    painter.setFont(head);
    QRect head_rect(0, 0, w, int(dpi * 0.35));
    painter.drawText(head_rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, p.heading);
    int y = head_rect.bottom() + 10;
    const int pic_w = int(w * 0.58);
    const int pic_h_max = page.height() - y - int(dpi * 0.3);
    QSize pic = p.picture.size().scaled(pic_w, pic_h_max, Qt::KeepAspectRatio);
    painter.drawPixmap(QRect(QPoint(0, y), pic), p.picture);
    painter.setPen(colours.hairline);
    painter.drawRect(QRect(QPoint(0, y), pic));

    QTextDocument doc;
    QFont body = painter.font();
    body.setBold(false);
    body.setPointSizeF(10);
    doc.setDefaultFont(body);
    doc.setHtml(p.html);
    const int text_x = pic_w + int(dpi * 0.15);
    doc.setTextWidth(w - text_x);
    painter.save();
    painter.translate(text_x, y);
    doc.drawContents(&painter, QRectF(0, 0, w - text_x, pic_h_max));
    painter.restore();

    QFont foot = body;
    foot.setPointSizeF(8);
    painter.setFont(foot);
    painter.setPen(colours.muted);
    painter.drawText(QRect(0, page.height() - int(dpi * 0.25), w, int(dpi * 0.25)),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     p.footer + QStringLiteral("  ·  ValueTask Lab ") +
                         QCoreApplication::applicationVersion());
}

} // namespace

bool export_handout(const models::Lesson& lesson, const QString& pdf, QSize size, QString* error) {
    MainWindowOptions options;
    options.use_settings = false;
    MainWindow window(options);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    LessonDriver driver(window, lesson);
    models::LessonRunner& runner = driver.runner();

    QPdfWriter writer(pdf);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
    writer.setTitle(lesson.title);
    writer.setCreator(QStringLiteral("ValueTask Lab"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = Tr::tr("cannot write %1").arg(pdf);
        return false;
    }
    // Print colours: the light theme's (a handout is printed on white).
    const widgets::ui_palette::Colours colours = widgets::ui_palette::colours(
        widgets::ui_palette::palette_for(widgets::ui_palette::Theme::light));
    const QString machine =
        Tr::tr("Measured on %1, %2")
            .arg(cpu_name(), QDateTime::currentDateTime().toString(Qt::ISODate));
    for (int i = 0; i < runner.count(); ++i) {
        if (i == 0)
            runner.start();
        else
            runner.next();
        if (!driver.wait_settled()) {
            if (error)
                *error = Tr::tr("step %1 did not finish measuring in time").arg(i + 1);
            return false;
        }
        // The view as the step leaves it, settled like a screenshot.
        const QString view = window.current_view();
        if (const ViewSpec* spec = ViewRegistry::builtin().find(view); spec && spec->settle)
            spec->settle(window.view_widget(view), runner.scenario());
        QCoreApplication::processEvents();
        QWidget* shown = window.tabs() ? window.tabs()->currentWidget() : nullptr;
        const QPixmap picture = shown ? shown->grab() : window.grab();

        if (i > 0)
            writer.newPage();
        const QString heading = Tr::tr("%1 — step %2 of %3: %4")
                                    .arg(lesson.title)
                                    .arg(i + 1)
                                    .arg(runner.count())
                                    .arg(runner.title());
        draw_page(painter, writer.resolution(), colours,
                  {heading, picture, page_html(runner), machine});
        painter.setPen(colours.ink);
    }
    painter.end();
    window.controller()->cancel();
    return true;
}

} // namespace vtl::app
