// valuetask-lab: the GUI, or a headless subcommand (see app/cli/cli_commands.hpp).
#include "app/cli/cli_commands.hpp"
#include "app/language.hpp"
#include "app/main_window.hpp"
#include "app/offscreen_messages.hpp"
#include "app/presenter/presenter_mode.hpp"
#include "models/text/unit_format.hpp"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName("ValueTaskLab");
    QCoreApplication::setApplicationName("valuetask-lab");
    QCoreApplication::setApplicationVersion(VTL_VERSION);
    // --lang works with every subcommand, so it is taken out before they parse theirs.
    const vtl::app::LangOption lang = vtl::app::take_lang_option(argc, argv);
    if (!lang.error.isEmpty()) {
        std::fprintf(stderr, "valuetask-lab: %s\n", qPrintable(lang.error));
        return 2;
    }
    const auto use_language = [&lang] {
        const QString remembered = QSettings().value(QStringLiteral("ui/language")).toString();
        vtl::app::apply_language(
            vtl::app::choose_language(lang.code.value_or(QString()), remembered));
    };

    if (argc > 1) {
        const vtl::app::Subcommand* sub = vtl::app::find_subcommand(argv[1]);
        if (sub != nullptr && sub->needs_gui) {
            // Rendering never needs a real display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            vtl::app::drop_offscreen_size_hint_warning(); // Qt's offscreen plugin noise
            QApplication app(argc, argv);
            use_language();
            // Screenshots and handouts are pictures of the screen: numbers as on screen.
            vtl::models::set_numbers_follow_language(true);
            return vtl::app::cli_main(app.arguments());
        }
        // Everything else (headless subcommands, --help, --version, an unknown command) runs
        // on a QCoreApplication: it works over SSH, in CI and in scripts. Signals for `run`
        // are handled there (cli::CancelSignals). Numbers there keep '.' decimals in every
        // language: that output is read by scripts and lands in files (claims.csv).
        QCoreApplication app(argc, argv);
        use_language();
        return vtl::app::cli_main(app.arguments());
    }
    QApplication app(argc, argv);
    use_language();
    vtl::models::set_numbers_follow_language(true); // "1 234,5" in Russian on screen
    // View → Language replaces the window with one built in the new language: every text is
    // made again through tr(). The old window saves the scenario, view and text size as it
    // closes; the new one reads them back.
    std::unique_ptr<vtl::app::MainWindow> window;
    std::function<void()> open_window = [&] {
        window = std::make_unique<vtl::app::MainWindow>();
        new vtl::app::PresenterMode(*window); // lessons, presenter mode (F11), handouts
        QObject::connect(
            window.get(), &vtl::app::MainWindow::languageChosen, &app,
            [&](const QString& code) {
                QSettings().setValue(QStringLiteral("ui/language"), code);
                app.setQuitOnLastWindowClosed(false);
                vtl::app::MainWindow* old = window.release();
                old->close();
                old->deleteLater();
                vtl::app::apply_language(code);
                open_window();
                app.setQuitOnLastWindowClosed(true);
            },
            Qt::QueuedConnection);
        window->show();
    };
    open_window();
    return app.exec();
}
