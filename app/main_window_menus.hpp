// The main window's menu bar (File, Run, View, Help) and its Run toolbar, over the actions of
// MainWindowActions. The View menu's own entries (switch view, the views' actions, language,
// text size) and Help's are wired here, to MainWindow's public operations.
#pragma once

#include <QCoreApplication>

class QMenu;

namespace vtl::widgets {
class RunProgressWidget;
} // namespace vtl::widgets

namespace vtl::app {

class MainWindow;
struct MainWindowActions;

struct MainWindowMenus {
    // The texts are MainWindow's: the translations know them in its context.
    Q_DECLARE_TR_FUNCTIONS(vtl::app::MainWindow)

public:
    static MainWindowMenus build(MainWindow& window, const MainWindowActions& actions);

    QMenu* recent = nullptr;                        // File → Open recent, still empty
    widgets::RunProgressWidget* progress = nullptr; // on the Run toolbar

private:
    static void build_view_menu(MainWindow& window, const MainWindowActions& actions);
    static void build_help_menu(MainWindow& window);
    static widgets::RunProgressWidget* build_toolbar(MainWindow& window,
                                                     const MainWindowActions& actions);
};

} // namespace vtl::app
