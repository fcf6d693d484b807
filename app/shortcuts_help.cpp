#include "app/shortcuts_help.hpp"

#include "app/app_tr.hpp"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>

#include <map>

namespace vtl::app {

namespace {

QString row(const QString& keys, const QString& what) {
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

} // namespace

QString shortcuts_html(const QWidget& window) {
    // By action text, so an action added to several menus is listed once.
    std::map<QString, QString> actions;
    for (const QAction* a : window.findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        QString text = a->text();
        // Accelerators: "&Run", and the Japanese convention "実行(&R)".
        text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        actions[text] = keys.join(QStringLiteral(", "));
    }
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Keyboard shortcuts"));
    for (const auto& [text, keys] : actions)
        html += row(keys, text);
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("In presenter mode"));
    html += row(tr("Space, →, Page Down"), tr("next step"));
    html += row(tr("←, Page Up, Backspace"), tr("previous step, as the class saw it"));
    html += row(tr("Home / End"), tr("first / last step"));
    html += row(tr("1–9"), tr("the class's answer to the step's question"));
    html += row(tr("B"), tr("blank the screen"));
    html += row(tr("Esc"), tr("leave presenter mode"));
    return html + QStringLiteral("</table>");
}

void show_shortcuts(QWidget* window) {
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                shortcuts_html(*window), QMessageBox::Close, window);
    box->setObjectName(QStringLiteral("shortcuts_dialog"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace vtl::app
