// CodePane: the code the animated call is running — the strategy's C++ (the core's real
// service code and the engine's caller) above the C# it mirrors — with the line of the
// current step highlighted in the strategy's colour.
#pragma once

#include "models/paths/code_pane_listing.hpp"
#include "trace_view/path_animation_model.hpp"
#include "workload/scenario.hpp"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPlainTextEdit;

namespace vtl::widgets {

class CodePane : public QWidget {
    Q_OBJECT

public:
    explicit CodePane(QWidget* parent = nullptr);

    void set_strategy(workload::Strategy s);
    workload::Strategy strategy() const noexcept { return strategy_; }
    // Highlights the lines of `focus` (none when empty); switches to its strategy.
    void show_focus(const std::optional<trace_view::PathFocus>& focus);

    const std::vector<int>& highlighted_cpp_lines() const noexcept { return cpp_lines_; }
    const std::vector<int>& highlighted_cs_lines() const noexcept { return cs_lines_; }
    QString cpp_text() const;
    QString cs_text() const;
    // The code's text size in pixels: follows the widget's font (the text scale), shrunk to
    // fit the longest line down to 85 % of it.
    int code_pixel_size() const;

protected:
    void changeEvent(QEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void load_listings();
    void highlight(QPlainTextEdit* view, const std::vector<int>& lines);
    void apply_fonts();
    void show_title();

    workload::Strategy strategy_ = workload::Strategy::valuetask;
    bool loaded_ = false;
    models::CodePaneListing cpp_, cs_;
    std::vector<int> cpp_lines_, cs_lines_;
    QLabel* title_ = nullptr;
    QLabel* cpp_caption_ = nullptr;
    QLabel* cs_caption_ = nullptr;
    QPlainTextEdit* cpp_view_ = nullptr;
    QPlainTextEdit* cs_view_ = nullptr;
};

} // namespace vtl::widgets
