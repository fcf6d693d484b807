#include "widgets/plots/gc_formulas_dialog.hpp"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace vtl::widgets {

GcFormulasDialog::GcFormulasDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("gc_formulas_dialog"));
    setWindowTitle(tr("GC model: formulas and parameters"));
    setAttribute(Qt::WA_WindowPropagation); // the window's (projector-sized) font
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("<p>The GC plot shows a <b>model</b> — what a .NET generational GC would roughly do "
           "with the allocations this run measured. No garbage collector runs here.</p>"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    text_ = new QPlainTextEdit(this);
    text_->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(11.0, font().pointSizeF()));
    text_->setFont(mono);
    // The formulas are laid out in columns: wrapping would break them.
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(text_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const QFontMetrics metrics(mono);
    resize(std::max(760, metrics.horizontalAdvance(QString(92, QLatin1Char('m'))) + 60),
           std::max(460, metrics.lineSpacing() * 16 + 120));
    set_params({});
}

void GcFormulasDialog::set_params(const measure::GcModelParams& params) {
    text_->setPlainText(QString::fromStdString(measure::GcModel(params).describe()));
}

QString GcFormulasDialog::text() const {
    return text_->toPlainText();
}

} // namespace vtl::widgets
