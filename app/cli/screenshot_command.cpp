#include "app/cli/screenshot_command.hpp"

#include "app/cli/cli_options.hpp"
#include "app/io/app_settings.hpp"
#include "app/io/results_export.hpp"
#include "app/io/scenario_file.hpp"
#include "app/main_window.hpp"
#include "app/view_registry.hpp"
#include "models/claims/claim_runner.hpp"
#include "models/engine/snapshot_poller.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/claims/claims_tab.hpp"
#include "widgets/common/ui_palette.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "widgets/plots/lab_plot.hpp"
#include "widgets/plots/plots_tab.hpp"
#include "workload/memory_estimate.hpp"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>

#include <optional>

namespace vtl::app {

using namespace vtl::models;

namespace {

using cli::err;
using cli::exit_bad_input;
using cli::exit_failed;
using cli::exit_ok;

// --size: at least this, at most 8K (7680×4320, ~130 MB of pixels); a size the window cannot
// take (below its minimum for the text scale) is refused after the window is built.
constexpr QSize min_size(320, 240);
constexpr QSize max_size(7680, 4320);

// Without --scenario or --set calls=…, a screenshot runs this many calls per strategy
// instead of the default million: the picture is the same, the wait much shorter.
constexpr std::uint64_t screenshot_default_calls = 200'000;

int bad_input(const QString& message) {
    err() << "valuetask-lab screenshot: " << message << "\n";
    err().flush();
    return exit_bad_input;
}

// Processes events until `done` or `timeout_ms` passes; never sleeps the thread blindly.
template <typename Done>
bool spin_until(Done done, int timeout_ms) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (timeout_ms >= 0 && clock.elapsed() > timeout_ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// What the command line asked for.
struct ScreenshotOptions {
    QString out;
    QString view;
    QSize size;
    double text_scale = 1;
    workload::Scenario scenario;
};

// The command ends at a step that returns an exit status; nullopt goes on to the next step.
using Outcome = std::optional<int>;

void add_options(QCommandLineParser& p) {
    p.setApplicationDescription(QStringLiteral("Render the main window offscreen after a run."));
    cli::add_scenario_options(p);
    p.addOptions(
        {{QStringLiteral("out"), QStringLiteral("PNG file to write."), QStringLiteral("FILE.png")},
         {QStringLiteral("view"),
          QStringLiteral("View to show: %1.")
              .arg(MainWindow::view_names().join(QStringLiteral(", "))),
          QStringLiteral("NAME"), QStringLiteral("main")},
         {QStringLiteral("size"),
          QStringLiteral("Window size (default 1280x800; %1x%2 … %3x%4, and at least the "
                         "window's minimum size).")
              .arg(min_size.width())
              .arg(min_size.height())
              .arg(max_size.width())
              .arg(max_size.height()),
          QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1280x800")},
         {QStringLiteral("export"),
          QStringLiteral("Also write DIR/summary.csv, timeseries.csv and scenario.json of the "
                         "same run, as `run --out DIR` does."),
          QStringLiteral("DIR")},
         {QStringLiteral("text-scale"),
          QStringLiteral("Text size, as View → Larger text (1 = normal, 0.8 … 2)."),
          QStringLiteral("FACTOR"), QStringLiteral("1")},
         {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")}});
    // Hidden: for checking the views in a dark or projector palette (widgets/common/ui_palette).
    QCommandLineOption palette_option(QStringLiteral("palette"),
                                      QStringLiteral("desktop, light, dark or projector."),
                                      QStringLiteral("THEME"), QStringLiteral("desktop"));
    palette_option.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(palette_option);
}

Outcome parse_options(const QStringList& args, QCommandLineParser& p, ScreenshotOptions& options) {
    add_options(p);
    if (!p.parse(args))
        return bad_input(cli::shown(p.errorText()));
    if (p.isSet(QStringLiteral("help"))) {
        cli::out() << p.helpText() << "\n" << cli::exit_status_help();
        return cli::stdout_ok(QStringLiteral("valuetask-lab screenshot")) ? exit_ok : exit_failed;
    }
    if (!p.positionalArguments().isEmpty())
        return bad_input(QStringLiteral("unexpected argument '%1'")
                             .arg(cli::shown(p.positionalArguments().first())));
    if (!p.isSet(QStringLiteral("out")))
        return bad_input(QStringLiteral("--out FILE.png is required"));
    options.out = p.value(QStringLiteral("out"));
    if (QFileInfo(options.out).suffix().compare(QStringLiteral("png"), Qt::CaseInsensitive) != 0)
        return bad_input(QStringLiteral("--out %1: the file name must end in .png")
                             .arg(cli::shown(options.out)));
    options.view = p.value(QStringLiteral("view"));
    if (!MainWindow::view_names().contains(options.view))
        return bad_input(QStringLiteral("--view %1: expected one of %2")
                             .arg(cli::shown(options.view),
                                  MainWindow::view_names().join(QStringLiteral(", "))));
    const auto size = cli::parse_size(p.value(QStringLiteral("size")), min_size, max_size);
    if (!size)
        return bad_input(QStringLiteral("--size %1: expected WIDTHxHEIGHT from %2x%3 to %4x%5, "
                                        "e.g. 1280x800")
                             .arg(cli::shown(p.value(QStringLiteral("size"))))
                             .arg(min_size.width())
                             .arg(min_size.height())
                             .arg(max_size.width())
                             .arg(max_size.height()));
    const auto text_scale =
        cli::parse_number(p.value(QStringLiteral("text-scale")), AppSettings::min_text_scale,
                          AppSettings::max_text_scale);
    if (!text_scale)
        return bad_input(QStringLiteral("--text-scale %1: expected a number from 0.8 to 2")
                             .arg(cli::shown(p.value(QStringLiteral("text-scale")))));

    const auto theme = widgets::ui_palette::theme_from_name(p.value(QStringLiteral("palette")));
    if (!theme)
        return bad_input(QStringLiteral("--palette %1: expected desktop, light, dark or projector")
                             .arg(cli::shown(p.value(QStringLiteral("palette")))));
    widgets::ui_palette::set_theme(*theme);

    workload::Scenario s = workload::default_scenario();
    s.calls = screenshot_default_calls;
    if (const QString e = cli::build_scenario(p, s); !e.isEmpty())
        return bad_input(e);
    if (const auto memory = workload::estimate_memory(s); !memory.fits())
        return bad_input(QString::fromStdString(memory.refusal()));
    options.size = *size;
    options.text_scale = *text_scale;
    options.scenario = s;
    return std::nullopt;
}

Outcome show_window(MainWindow& window, const ScreenshotOptions& options) {
    window.set_text_scale(options.text_scale);
    window.resize(options.size);
    window.set_scenario(options.scenario);
    // The view is on screen during the run, as a user would watch it (the paths view traces
    // calls only while visible).
    window.show_view(options.view);
    window.show();
    QCoreApplication::processEvents();
    if (window.size() != options.size)
        return bad_input(QStringLiteral("--size %1x%2: the window cannot be that size at text "
                                        "scale %3 (it became %4x%5; its minimum is %6x%7)")
                             .arg(options.size.width())
                             .arg(options.size.height())
                             .arg(options.text_scale)
                             .arg(window.width())
                             .arg(window.height())
                             .arg(window.minimumSizeHint().width())
                             .arg(window.minimumSizeHint().height()));
    return std::nullopt;
}

Outcome run_to_end(MainWindow& window) {
    bool ended = false;
    workload::EngineState end_state = workload::EngineState::idle;
    QObject::connect(&window, &MainWindow::runEnded, &window, [&](workload::EngineState st) {
        ended = true;
        end_state = st;
    });
    window.run();
    spin_until([&] { return ended; }, -1);
    if (end_state != workload::EngineState::finished) {
        err() << "valuetask-lab screenshot: the run " << workload::to_string(end_state) << ": "
              << window.last_error() << "\n";
        return exit_failed;
    }
    return std::nullopt;
}

void settle(MainWindow& window, const ScreenshotOptions& options) {
    // The view's own "after the run" picture (claims measured, animation drained, …).
    if (const ViewSpec* spec = ViewRegistry::builtin().find(options.view); spec && spec->settle)
        spec->settle(window.view_widget(options.view), options.scenario);

    // Let the last snapshot reach every view, then draw the plots now rather than queued.
    window.poller()->poll();
    QCoreApplication::processEvents();
    for (widgets::LabPlot* plot : window.plots_tab()->plots())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents();
}

int write_picture(MainWindow& window, const ScreenshotOptions& options) {
    const QPixmap picture = window.grab();
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
    }
    QString error;
    if (!write_file_atomically(options.out, png, &error)) {
        err() << "valuetask-lab screenshot: " << error << "\n";
        return exit_failed;
    }
    cli::out() << "Wrote " << QFileInfo(options.out).absoluteFilePath() << " (" << picture.width()
               << "×" << picture.height() << ", view " << options.view << ")\n";
    return cli::stdout_ok(QStringLiteral("valuetask-lab screenshot")) ? exit_ok : exit_failed;
}

} // namespace

int screenshot_command(const QStringList& args) {
    QCommandLineParser p;
    ScreenshotOptions options;
    if (const Outcome end = parse_options(args, p, options))
        return *end;
    MainWindow window(MainWindowOptions{false});
    if (const Outcome end = show_window(window, options))
        return *end;
    if (const Outcome end = run_to_end(window))
        return *end;
    // The CSV files of the run in the picture (not of a second run of the same scenario).
    if (p.isSet(QStringLiteral("export"))) {
        QString error;
        if (!export_results(p.value(QStringLiteral("export")), window.engine().results(), &error))
            return bad_input(error);
    }
    settle(window, options);
    return write_picture(window, options);
}

} // namespace vtl::app
