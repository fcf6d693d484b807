#include "app/main_window_menus.hpp"

#include "app/language.hpp"
#include "app/main_window.hpp"
#include "app/main_window_actions.hpp"
#include "app/shortcuts_help.hpp"
#include "app/view_registry.hpp"
#include "widgets/controls/run_progress_widget.hpp"
#include "widgets/plots/gc_model_plot.hpp"
#include "widgets/plots/plots_tab.hpp"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>

#include <utility>

namespace vtl::app {

MainWindowMenus MainWindowMenus::build(MainWindow& window, const MainWindowActions& actions) {
    MainWindowMenus menus;
    QMenu* file = window.menuBar()->addMenu(tr("&File"));
    file->addAction(actions.open);
    menus.recent = file->addMenu(tr("Open &recent"));
    file->addAction(actions.save);
    file->addAction(actions.save_as);
    file->addSeparator();
    file->addAction(actions.export_results);
    file->addSeparator();
    file->addAction(actions.quit);

    QMenu* run_menu = window.menuBar()->addMenu(tr("&Run"));
    run_menu->addActions({actions.run, actions.pause, actions.step, actions.reset});

    build_view_menu(window, actions);
    build_help_menu(window);
    menus.progress = build_toolbar(window, actions);
    return menus;
}

void MainWindowMenus::build_view_menu(MainWindow& window, const MainWindowActions& actions) {
    QMenu* view = window.menuBar()->addMenu(tr("&View"));
    const auto& specs = ViewRegistry::builtin().views();
    for (int i = 0; i < int(specs.size()); ++i) {
        QAction* a = view->addAction(ViewRegistry::title(specs[i]));
        a->setObjectName(QStringLiteral("view_action_") + specs[i].id);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QObject::connect(a, &QAction::triggered, &window,
                         [&window, i] { window.tabs()->setCurrentIndex(i); });
    }
    bool view_actions = false;
    for (const ViewSpec& spec : specs) {
        if (!spec.actions)
            continue;
        if (!std::exchange(view_actions, true))
            view->addSeparator();
        view->addActions(spec.actions(window.view_widget(spec.id), &window));
    }
    view->addSeparator();
    view->addAction(actions.panel);
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    for (const UiLanguage& l : ui_languages()) {
        QAction* a = language->addAction(l.native_name);
        a->setObjectName(QStringLiteral("language_") + l.code);
        a->setCheckable(true);
        a->setChecked(l.code == current_language());
        languages->addAction(a);
        QObject::connect(a, &QAction::triggered, &window, [&window, code = l.code] {
            if (code != current_language())
                Q_EMIT window.languageChosen(code);
        });
    }
    view->addSeparator();
    QAction* larger = view->addAction(tr("Larger text"));
    larger->setShortcut(QKeySequence::ZoomIn);
    QObject::connect(larger, &QAction::triggered, &window,
                     [&window] { window.set_text_scale(window.text_scale() + 0.1); });
    QAction* smaller = view->addAction(tr("Smaller text"));
    smaller->setShortcut(QKeySequence::ZoomOut);
    QObject::connect(smaller, &QAction::triggered, &window,
                     [&window] { window.set_text_scale(window.text_scale() - 0.1); });
    QAction* normal = view->addAction(tr("Normal text size"));
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QObject::connect(normal, &QAction::triggered, &window,
                     [&window] { window.set_text_scale(1.0); });
}

void MainWindowMenus::build_help_menu(MainWindow& window) {
    QMenu* help = window.menuBar()->addMenu(tr("&Help"));
    QAction* keys =
        help->addAction(tr("Keyboard shortcuts…"), &window, [&window] { show_shortcuts(&window); });
    keys->setShortcut(QKeySequence::HelpContents);
    QAction* formulas = help->addAction(tr("GC model formulas…"));
    QObject::connect(formulas, &QAction::triggered, &window,
                     [&window] { window.plots_tab()->gc_plot()->show_formulas(); });
    help->addAction(tr("About ValueTask Lab"), &window, [&window] {
        QMessageBox::about(
            &window, tr("About ValueTask Lab"),
            tr("<p><b>ValueTask Lab %1</b></p><p>Teaches, measures and demonstrates .NET "
               "Task&lt;T&gt; vs ValueTask&lt;T&gt; with a C++20 re-implementation of their "
               "semantics.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

widgets::RunProgressWidget* MainWindowMenus::build_toolbar(MainWindow& window,
                                                           const MainWindowActions& actions) {
    auto* toolbar = window.addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("run_toolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(22, 22));
    toolbar->addActions({actions.run, actions.pause, actions.step, actions.reset});
    toolbar->addSeparator();
    auto* progress = new widgets::RunProgressWidget(toolbar);
    toolbar->addWidget(progress);
    return progress;
}

} // namespace vtl::app
