// The main window's own actions (File, Run, View → Workload panel): their texts, shortcuts,
// icons and tooltips. MainWindow connects them and keeps their enabled states.
#pragma once

#include <QCoreApplication>

class QAction;
class QWidget;

namespace vtl::app {

struct MainWindowActions {
    // The texts are MainWindow's: the translations know them in its context.
    Q_DECLARE_TR_FUNCTIONS(vtl::app::MainWindow)

public:
    // Made as children of `window`, with its style's icons.
    static MainWindowActions create(QWidget* window);

    QAction* open = nullptr;
    QAction* save = nullptr;
    QAction* save_as = nullptr;
    QAction* export_results = nullptr;
    QAction* quit = nullptr;
    QAction* run = nullptr;
    QAction* pause = nullptr;
    QAction* step = nullptr;
    QAction* reset = nullptr;
    QAction* panel = nullptr; // checkable: shows or hides the workload panel
};

} // namespace vtl::app
