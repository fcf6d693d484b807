#include "app/cli/screenshot_command.hpp"

#include "app/io/results_export.hpp"
#include "app/io/scenario_file.hpp"
#include "app/main_window.hpp"
#include "app/view_registry.hpp"
#include "models/claims/claim_runner.hpp"
#include "models/engine/snapshot_poller.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/claims/claims_tab.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "widgets/plots/lab_plot.hpp"
#include "widgets/plots/plots_tab.hpp"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace vtl::app {

using namespace vtl::models;

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failed = 1;
constexpr int exit_bad_input = 2;

// Without --scenario or --set calls=…, a screenshot runs this many calls per strategy
// instead of the default million: the picture is the same, the wait much shorter.
constexpr std::uint64_t screenshot_default_calls = 200'000;

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

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

} // namespace

int screenshot_command(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Render the main window offscreen after a run."));
    p.addOptions(
        {{QStringLiteral("out"), QStringLiteral("PNG file to write."), QStringLiteral("FILE.png")},
         {QStringLiteral("scenario"), QStringLiteral("Scenario JSON file."),
          QStringLiteral("FILE")},
         {QStringLiteral("set"), QStringLiteral("Set one scenario key (repeatable)."),
          QStringLiteral("key=value")},
         {QStringLiteral("view"),
          QStringLiteral("View to show: %1.")
              .arg(MainWindow::view_names().join(QStringLiteral(", "))),
          QStringLiteral("NAME"), QStringLiteral("main")},
         {QStringLiteral("size"), QStringLiteral("Window size (default 1280x800)."),
          QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1280x800")},
         {QStringLiteral("export"),
          QStringLiteral("Also write DIR/summary.csv, timeseries.csv and scenario.json of the "
                         "same run, as `run --out DIR` does."),
          QStringLiteral("DIR")},
         {QStringLiteral("text-scale"),
          QStringLiteral("Text size, as View → Larger text (1 = normal, up to 2)."),
          QStringLiteral("FACTOR"), QStringLiteral("1")},
         {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")}});
    if (!p.parse(args))
        return bad_input(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return exit_ok;
    }
    if (!p.positionalArguments().isEmpty())
        return bad_input(
            QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("out")))
        return bad_input(QStringLiteral("--out FILE.png is required"));
    const QString out = p.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().compare(QStringLiteral("png"), Qt::CaseInsensitive) != 0)
        return bad_input(QStringLiteral("--out %1: the file name must end in .png").arg(out));
    const QString view = p.value(QStringLiteral("view"));
    if (!MainWindow::view_names().contains(view))
        return bad_input(QStringLiteral("--view %1: expected one of %2")
                             .arg(view, MainWindow::view_names().join(QStringLiteral(", "))));
    const auto size_match = QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"))
                                .match(p.value(QStringLiteral("size")));
    if (!size_match.hasMatch())
        return bad_input(QStringLiteral("--size %1: expected WIDTHxHEIGHT, e.g. 1280x800")
                             .arg(p.value(QStringLiteral("size"))));
    const QSize size(size_match.captured(1).toInt(), size_match.captured(2).toInt());
    bool scale_ok = false;
    const double text_scale = p.value(QStringLiteral("text-scale")).toDouble(&scale_ok);
    if (!scale_ok || text_scale < 0.8 || text_scale > 2.0)
        return bad_input(QStringLiteral("--text-scale %1: expected a number from 0.8 to 2")
                             .arg(p.value(QStringLiteral("text-scale"))));

    workload::Scenario s = workload::default_scenario();
    s.calls = screenshot_default_calls;
    if (p.isSet(QStringLiteral("scenario"))) {
        const ScenarioLoad load = load_scenario_file(p.value(QStringLiteral("scenario")));
        if (!load.scenario)
            return bad_input(load.error);
        s = *load.scenario;
    }
    for (const QString& assignment : p.values(QStringLiteral("set"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad_input(QStringLiteral("--set %1: expected key=value").arg(assignment));
        const std::string key = assignment.left(eq).trimmed().toStdString();
        const std::string value = assignment.mid(eq + 1).toStdString();
        if (auto e = workload::set_scenario_value(s, key, value))
            return bad_input(QStringLiteral("--set: ") + QString::fromStdString(e->message));
    }
    if (auto e = workload::validate(s))
        return bad_input(QString::fromStdString(e->message));

    MainWindow window(MainWindowOptions{false});
    window.resize(size);
    window.set_text_scale(text_scale);
    window.set_scenario(s);
    // The view is on screen during the run, as a user would watch it (the paths view traces
    // calls only while visible).
    window.show_view(view);
    window.show();
    QCoreApplication::processEvents();

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

    // The CSV files of the run in the picture (not of a second run of the same scenario).
    if (p.isSet(QStringLiteral("export"))) {
        QString error;
        if (!export_results(p.value(QStringLiteral("export")), window.engine().results(), &error))
            return bad_input(error);
    }

    // The view's own "after the run" picture (claims measured, animation drained, …).
    if (const ViewSpec* spec = ViewRegistry::builtin().find(view); spec && spec->settle)
        spec->settle(window.view_widget(view), s);

    // Let the last snapshot reach every view, then draw the plots now rather than queued.
    window.poller()->poll();
    QCoreApplication::processEvents();
    for (widgets::LabPlot* plot : window.plots_tab()->plots())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents();

    const QPixmap picture = window.grab();
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
    }
    QString error;
    if (!write_file_atomically(out, png, &error)) {
        err() << "valuetask-lab screenshot: " << error << "\n";
        return exit_failed;
    }
    QTextStream(stdout) << "Wrote " << QFileInfo(out).absoluteFilePath() << " (" << picture.width()
                        << "×" << picture.height() << ", view " << view << ")\n";
    return exit_ok;
}

} // namespace vtl::app
