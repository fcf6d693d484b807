// ViewRegistry: the views (tabs) of the main window, in tab order. A view is added in ONE
// place — a ViewSpec in ViewRegistry::builtin() (view_registry.cpp) — and from there appears
// in the tab bar, the View menu (with Ctrl+1…9), the settings (the last view shown is
// remembered by id) and `valuetask-lab screenshot --view <id>`.
//
// A spec is plain data plus functions, so a view needs no base class:
//   id        stable, ASCII, used in settings and on the command line ("paths")
//   title     untranslated source text; shown through title(), i.e. translated at use
//   create    builds the widget; ViewContext gives it the engine controller
//   actions   optional: actions the view contributes to the View menu (e.g. a lesson's
//             Next/Back), created once per window
//   set_text_scale  optional: View → Larger text reaches the view's own fonts and plots
//   settle    optional: brings the view to its "after the run" picture synchronously, for
//             screenshots and tests (e.g. drains the path animation)
// See docs/ARCHITECTURE.md ("Adding a view").
#pragma once

#include "workload/scenario.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QAction;
class QWidget;

namespace vtl::models {
class EngineController;
}

namespace vtl::app {

// What a view's factory may use. The controller is the only way to start, pause, resume,
// step, pace or cancel the engine.
struct ViewContext {
    models::EngineController& controller;
    QWidget* window = nullptr; // parent for dialogs and actions
};

struct ViewSpec {
    QString id;
    const char* title = nullptr; // QT_TRANSLATE_NOOP("vtl::app::ViewRegistry", "…")
    std::function<QWidget*(ViewContext&)> create;
    std::function<QList<QAction*>(QWidget* view, QWidget* window)> actions;
    std::function<void(QWidget* view, double scale)> set_text_scale;
    std::function<void(QWidget* view, const workload::Scenario& scenario)> settle;
};

class ViewRegistry {
    Q_DECLARE_TR_FUNCTIONS(vtl::app::ViewRegistry)
public:
    // The application's views, in tab order.
    static const ViewRegistry& builtin();

    // Appends `spec`; an id already present is replaced in place (keeps the tab order).
    void add(ViewSpec spec);
    const std::vector<ViewSpec>& views() const noexcept { return views_; }
    const ViewSpec* find(const QString& id) const noexcept;
    QStringList ids() const;
    // The spec's title, translated.
    static QString title(const ViewSpec& spec);

private:
    std::vector<ViewSpec> views_;
};

} // namespace vtl::app
