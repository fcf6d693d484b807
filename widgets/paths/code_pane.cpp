#include "widgets/paths/code_pane.hpp"

#include "widgets/common/ui_palette.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

namespace vtl::widgets {

using namespace vtl::trace_view;
using namespace vtl::models;

namespace {

QPlainTextEdit* make_view(QWidget* parent) {
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view->setFrameShape(QFrame::StyledPanel);
    return view;
}

} // namespace

CodePane::CodePane(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    cpp_caption_ = new QLabel(tr("C++ — the core's code, running now:"), this);
    cs_caption_ = new QLabel(tr("C# — what it mirrors:"), this);
    cpp_view_ = make_view(this);
    cs_view_ = make_view(this);
    layout->addWidget(title_);
    layout->addWidget(cpp_caption_);
    layout->addWidget(cpp_view_, 3);
    layout->addWidget(cs_caption_);
    layout->addWidget(cs_view_, 2);
    load_listings();
}

// The code pane's text size: the widget's font (the text scale) times this, shrunk until the
// longest line fits, but never below min_code_factor — then the pane scrolls sideways instead.
constexpr double max_code_factor = 1.15;
constexpr double min_code_factor = 0.85;

void CodePane::apply_fonts() {
    qsizetype longest = 1;
    for (const QStringList* lines : {&cpp_.lines(), &cs_.lines()})
        for (const QString& l : *lines)
            longest = std::max(longest, l.size());
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // From this pane's width, not the editor's viewport: a hidden tab's viewport is resized
    // only when it is shown.
    const int width = contentsRect().width() - 2 * cpp_view_->frameWidth() -
                      cpp_view_->verticalScrollBar()->sizeHint().width() -
                      2 * static_cast<int>(cpp_view_->document()->documentMargin()) - 4;
    const double em = std::max(8, QFontInfo(font()).pixelSize());
    const int floor = std::max(8, static_cast<int>(std::lround(em * min_code_factor)));
    int px = std::max(floor, static_cast<int>(std::lround(em * max_code_factor)));
    for (; px > floor; --px) {
        mono.setPixelSize(px);
        if (QFontMetricsF(mono).horizontalAdvance(QString(longest + 1, QLatin1Char('m'))) <= width)
            break;
    }
    mono.setPixelSize(px);
    if (cpp_view_->font() != mono) {
        cpp_view_->setFont(mono);
        cs_view_->setFont(mono);
    }
    QFont caption = font();
    caption.setBold(true);
    cpp_caption_->setFont(caption);
    cs_caption_->setFont(caption);
}

int CodePane::code_pixel_size() const {
    return QFontInfo(cpp_view_->font()).pixelSize();
}

void CodePane::changeEvent(QEvent* e) {
    if (e->type() == QEvent::FontChange)
        apply_fonts();
    if (e->type() == QEvent::PaletteChange && loaded_) {
        show_title();
        highlight(cpp_view_, cpp_lines_);
        highlight(cs_view_, cs_lines_);
    }
    QWidget::changeEvent(e);
}

void CodePane::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    apply_fonts();
}

void CodePane::set_strategy(workload::Strategy s) {
    if (loaded_ && s == strategy_)
        return;
    strategy_ = s;
    load_listings();
}

void CodePane::load_listings() {
    loaded_ = true;
    cpp_ = CodePaneListing::load(strategy_, CodeLanguage::cpp);
    cs_ = CodePaneListing::load(strategy_, CodeLanguage::csharp);
    const QString missing = tr("(listing %1 is missing from the resources)");
    cpp_view_->setPlainText(cpp_.is_valid()
                                ? cpp_.text()
                                : missing.arg(CodePaneListing::path(strategy_, CodeLanguage::cpp)));
    cs_view_->setPlainText(
        cs_.is_valid() ? cs_.text()
                       : missing.arg(CodePaneListing::path(strategy_, CodeLanguage::csharp)));
    show_title();
    apply_fonts();
    cpp_lines_.clear();
    cs_lines_.clear();
    highlight(cpp_view_, cpp_lines_);
    highlight(cs_view_, cs_lines_);
}

void CodePane::show_focus(const std::optional<PathFocus>& focus) {
    if (focus)
        set_strategy(focus->event.strategy);
    const QStringList keys = focus ? code_keys(*focus) : QStringList{};
    std::vector<int> cpp = cpp_.lines_for_first(keys);
    std::vector<int> cs = cs_.lines_for_first(keys);
    if (cpp == cpp_lines_ && cs == cs_lines_)
        return;
    cpp_lines_ = std::move(cpp);
    cs_lines_ = std::move(cs);
    highlight(cpp_view_, cpp_lines_);
    highlight(cs_view_, cs_lines_);
}

void CodePane::highlight(QPlainTextEdit* view, const std::vector<int>& lines) {
    QList<QTextEdit::ExtraSelection> selections;
    QColor background = strategy_colour(strategy_);
    background.setAlpha(70);
    for (int line : lines) {
        const QTextBlock block = view->document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(background);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setFontWeight(QFont::Bold);
        selections.push_back(s);
        // Make it bold too: FullWidthSelection only colours the background.
        QTextEdit::ExtraSelection bold;
        bold.cursor = QTextCursor(block);
        bold.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        bold.format.setFontWeight(QFont::Bold);
        selections.push_back(bold);
    }
    view->setExtraSelections(selections);
    if (!lines.empty()) {
        const QTextBlock block = view->document()->findBlockByNumber(lines.front());
        if (block.isValid()) {
            QTextCursor c(block);
            view->setTextCursor(c);
            view->ensureCursorVisible();
        }
    }
}

void CodePane::show_title() {
    // The strategy's colour, made legible on this palette's window (a dark one included).
    const QColor c =
        ui_palette::legible_on(strategy_colour(strategy_), palette().color(QPalette::Window), 3.0);
    title_->setText(QStringLiteral("<span style='font-size:large; font-weight:bold; color:%1'>"
                                   "&#9632; %2</span> <span style='font-size:large'>%3</span>")
                        .arg(c.name(), QLatin1String(workload::to_string(strategy_)),
                             strategy_name(strategy_).toHtmlEscaped()));
}

QString CodePane::cpp_text() const {
    return cpp_view_->toPlainText();
}

QString CodePane::cs_text() const {
    return cs_view_->toPlainText();
}

} // namespace vtl::widgets
