// LessonBand: the lesson's narration band — step counter, title, the narration filled from
// this run's measurements, the question and its choices (before the reveal), the class's
// prediction against the computed answer (at the reveal), and Back / Next. Docked at the
// bottom of the main window; in presenter mode the same band, in large type.
#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace vtl::models {
class LessonRunner;
}

namespace vtl::app {

class LessonBand : public QFrame {
    Q_OBJECT
public:
    explicit LessonBand(QWidget* parent = nullptr);

    // Shows the runner's current step (null: no lesson).
    void show_step(models::LessonRunner* runner);
    void set_presenter(bool on);

    QLabel* counter() const { return counter_; }
    QLabel* title() const { return title_; }
    QLabel* narration() const { return narration_; }
    QLabel* question() const { return question_; }
    const QList<QPushButton*>& choices() const { return choices_; }

signals:
    void nextRequested();
    void backRequested();
    void presenterRequested();
    void closeRequested();
    void choiceMade(const QString& id);

protected:
    void changeEvent(QEvent* e) override;

private:
    void restyle();

    QLabel* counter_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* narration_ = nullptr;
    QLabel* question_ = nullptr;
    QWidget* choice_row_ = nullptr;
    QHBoxLayout* choice_layout_ = nullptr;
    QList<QPushButton*> choices_;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* presenter_ = nullptr;
    QPushButton* close_ = nullptr;
    bool presenter_mode_ = false;
};

} // namespace vtl::app
