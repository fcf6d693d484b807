// valuetask-lab: the GUI, or a headless subcommand (see app/cli/cli_commands.hpp).
#include "app/cli/cli_commands.hpp"
#include "app/main_window.hpp"
#include "app/offscreen_messages.hpp"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName("ValueTaskLab");
    QCoreApplication::setApplicationName("valuetask-lab");
    QCoreApplication::setApplicationVersion(VTL_VERSION);

    if (argc > 1) {
        const vtl::app::Subcommand* sub = vtl::app::find_subcommand(argv[1]);
        if (sub != nullptr && sub->needs_gui) {
            // Rendering never needs a real display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            vtl::app::drop_offscreen_size_hint_warning(); // Qt's offscreen plugin noise
            QApplication app(argc, argv);
            return vtl::app::cli_main(app.arguments());
        }
        // Everything else (headless subcommands, --help, --version, an unknown command) runs
        // on a QCoreApplication: it works over SSH, in CI and in scripts. Signals for `run`
        // are handled there (cli::CancelSignals).
        QCoreApplication app(argc, argv);
        return vtl::app::cli_main(app.arguments());
    }
    QApplication app(argc, argv);
    vtl::app::MainWindow window;
    window.show();
    return app.exec();
}
