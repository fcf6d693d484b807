// valuetask-lab: the GUI, or a headless subcommand (run, await-twice, screenshot).
#include "app/cli/cli_commands.hpp"
#include "app/cli/screenshot_command.hpp"
#include "app/main_window.hpp"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace {

bool is_headless_subcommand(const char* arg) {
    return std::strcmp(arg, "run") == 0 || std::strcmp(arg, "await-twice") == 0;
}

bool wants_help_or_version(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName("ValueTaskLab");
    QCoreApplication::setApplicationName("valuetask-lab");
    QCoreApplication::setApplicationVersion(VTL_VERSION);

    // Subcommands that need no display run on a QCoreApplication: they work over SSH, in CI
    // and in scripts.
    if ((argc > 1 && is_headless_subcommand(argv[1])) ||
        (argc > 1 && argv[1][0] == '-' && wants_help_or_version(argc, argv))) {
        QCoreApplication app(argc, argv);
        return vtl::app::cli_main(app.arguments());
    }
    if (argc > 1 && std::strcmp(argv[1], "screenshot") == 0) {
        // Rendering a screenshot never needs a real display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return vtl::app::screenshot_command(app.arguments().mid(1));
    }
    if (argc > 1) {
        std::fprintf(stderr, "valuetask-lab: unknown command '%s' (try --help)\n", argv[1]);
        return 2;
    }
    QApplication app(argc, argv);
    vtl::app::MainWindow window;
    window.show();
    return app.exec();
}
