#include "app/presenter/lesson_band.hpp"

#include "models/lessons/lesson_runner.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vtl::app {

LessonBand::LessonBand(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("lesson_band"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    counter_ = new QLabel(this);
    counter_->setObjectName(QStringLiteral("lesson_counter"));
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("lesson_title"));
    title_->setWordWrap(true);
    head->addWidget(counter_);
    head->addSpacing(12);
    head->addWidget(title_, 1);
    back_ = new QPushButton(tr("◀ Back"), this);
    next_ = new QPushButton(tr("Next ▶"), this);
    presenter_ = new QPushButton(tr("Presenter mode (F11)"), this);
    close_ = new QPushButton(tr("Close lesson"), this);
    back_->setObjectName(QStringLiteral("lesson_back"));
    next_->setObjectName(QStringLiteral("lesson_next"));
    for (QPushButton* b : {back_, next_, presenter_, close_}) {
        b->setFocusPolicy(Qt::NoFocus);
        head->addWidget(b);
    }
    outer->addLayout(head);
    narration_ = new QLabel(this);
    narration_->setObjectName(QStringLiteral("lesson_narration"));
    narration_->setWordWrap(true);
    narration_->setTextFormat(Qt::PlainText);
    narration_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addWidget(narration_);
    question_ = new QLabel(this);
    question_->setObjectName(QStringLiteral("lesson_question"));
    question_->setWordWrap(true);
    question_->setTextFormat(Qt::PlainText);
    outer->addWidget(question_);
    choice_row_ = new QWidget(this);
    choice_layout_ = new QHBoxLayout(choice_row_);
    choice_layout_->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(choice_row_);
    connect(back_, &QPushButton::clicked, this, &LessonBand::backRequested);
    connect(next_, &QPushButton::clicked, this, &LessonBand::nextRequested);
    connect(presenter_, &QPushButton::clicked, this, &LessonBand::presenterRequested);
    connect(close_, &QPushButton::clicked, this, &LessonBand::closeRequested);
    restyle();
}

void LessonBand::set_presenter(bool on) {
    presenter_mode_ = on;
    // In presenter mode the keys drive the lesson; the buttons would only take room.
    for (QPushButton* b : {back_, next_, presenter_, close_})
        b->setVisible(!on);
    restyle();
}

void LessonBand::changeEvent(QEvent* e) {
    QFrame::changeEvent(e);
    if (e->type() == QEvent::FontChange || e->type() == QEvent::PaletteChange)
        restyle();
}

void LessonBand::restyle() {
    const widgets::ui_palette::Colours c = widgets::ui_palette::colours(this);
    QPalette p = palette();
    p.setColor(QPalette::Window, c.panel);
    p.setColor(QPalette::WindowText, c.ink);
    setPalette(p);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * (presenter_mode_ ? 1.35 : 1.15));
    big.setBold(true);
    title_->setFont(big);
    QFont body = font();
    body.setPointSizeF(font().pointSizeF() * (presenter_mode_ ? 1.15 : 1.0));
    narration_->setFont(body);
    question_->setFont(big);
    QFont small = font();
    counter_->setFont(small);
    QPalette muted = counter_->palette();
    muted.setColor(QPalette::WindowText, c.muted);
    counter_->setPalette(muted);
    QPalette q = question_->palette();
    q.setColor(QPalette::WindowText, c.pending);
    question_->setPalette(q);
}

void LessonBand::show_step(models::LessonRunner* runner) {
    while (QLayoutItem* item = choice_layout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    choices_.clear();
    if (!runner || runner->index() < 0) {
        counter_->clear();
        title_->clear();
        narration_->clear();
        question_->hide();
        return;
    }
    counter_->setText(tr("Step %1").arg(runner->counter()));
    title_->setText(runner->title());
    QString text = runner->narration();
    if (runner->busy())
        text = tr("Measuring… (the engine is running this step's scenario)") + "\n\n" + text;
    narration_->setText(text);
    back_->setEnabled(runner->index() > 0);
    next_->setEnabled(!runner->at_end());

    const models::LessonPrediction* ask = runner->asking();
    const models::LessonPrediction* reveal = runner->revealing();
    if (ask) {
        question_->setText(runner->facts().fill(ask->question));
        question_->show();
        const std::optional<QString> chosen = runner->chosen(ask->id);
        const bool answered = runner->answer(ask->id).has_value();
        int n = 1;
        for (const models::LessonChoice& choice : ask->choices) {
            auto* b =
                new QPushButton(QStringLiteral("%1  %2").arg(n++).arg(choice.text), choice_row_);
            b->setObjectName(QStringLiteral("lesson_choice_") + choice.id);
            b->setCheckable(true);
            b->setFocusPolicy(Qt::NoFocus);
            b->setChecked(chosen && *chosen == choice.id);
            b->setEnabled(!answered);
            b->setFont(narration_->font());
            const QString id = choice.id;
            connect(b, &QPushButton::clicked, this, [this, id] { Q_EMIT choiceMade(id); });
            choice_layout_->addWidget(b);
            choices_.append(b);
        }
        choice_layout_->addStretch();
        choice_row_->show();
    } else if (reveal) {
        const std::optional<QString> chosen = runner->chosen(reveal->id);
        const std::optional<QString> answer = runner->answer(reveal->id);
        const auto text_of = [&](const std::optional<QString>& id) {
            if (!id)
                return tr("none");
            for (const models::LessonChoice& c : reveal->choices)
                if (c.id == *id)
                    return c.text;
            return *id;
        };
        question_->setText(tr("%1 — predicted: %2 · measured: %3")
                               .arg(runner->facts().fill(reveal->question), text_of(chosen),
                                    answer ? text_of(answer) : tr("not measured")));
        question_->show();
        choice_row_->hide();
    } else {
        question_->hide();
        choice_row_->hide();
    }
}

} // namespace vtl::app
