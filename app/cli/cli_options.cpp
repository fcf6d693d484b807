#include "app/cli/cli_options.hpp"

#include "app/io/scenario_file.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <csignal>

namespace vtl::app::cli {

QString exit_status_help() {
    return QCoreApplication::translate(
        "vtl::app::CliHelp",
        "Exit status:\n"
        "  0    success\n"
        "  1    failure while running or writing (I/O error, full disk, …); a previous\n"
        "       export in the --out folder is left as it was\n"
        "  2    bad input (command line, scenario file, --set value, --out path); nothing\n"
        "       was run or written\n"
        "  3    a prerequisite is missing (`dotnet`: no .NET SDK 8 or 10 on PATH); nothing\n"
        "       was run or written\n"
        "  130  cancelled by Ctrl-C (SIGINT); no result files written\n"
        "  143  cancelled by SIGTERM; no result files written\n");
}

namespace {

QTextStream& stream_on(int fd) {
    // Unbuffered QFiles on the descriptors: QFile reports each failed write(2) with its errno
    // text, which a FILE*-based stream would not.
    static QFile files[3];
    static QTextStream* streams[3] = {};
    if (streams[fd] == nullptr) {
        files[fd].open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered);
        streams[fd] = new QTextStream(&files[fd]); // lives until exit: used by atexit paths
    }
    return *streams[fd];
}

} // namespace

QTextStream& out() {
    return stream_on(1);
}
QTextStream& err() {
    return stream_on(2);
}

bool stdout_ok(const QString& command) {
    out().flush();
    auto* file = static_cast<QFile*>(out().device());
    if (file->error() == QFileDevice::NoError && out().status() == QTextStream::Ok)
        return true;
    err() << command << ": cannot write to standard output: "
          << (file->error() != QFileDevice::NoError ? file->errorString()
                                                    : QStringLiteral("write failed"))
          << "\n";
    err().flush();
    return false;
}

QString shown(const QString& value, int max_chars) {
    if (value.size() <= max_chars)
        return value;
    qsizetype cut = max_chars;
    if (value[cut - 1].isHighSurrogate())
        --cut; // never split a surrogate pair
    return value.left(cut) + QStringLiteral("… (%1 characters)").arg(value.size());
}

void add_scenario_options(QCommandLineParser& p) {
    p.addOptions({{QStringLiteral("scenario"),
                   QStringLiteral("Scenario JSON file (a regular file of at most 1 MiB)."),
                   QStringLiteral("FILE")},
                  {QStringLiteral("set"),
                   QStringLiteral("Set one scenario key (repeatable; spaces around = are "
                                  "ignored)."),
                   QStringLiteral("key=value")}});
}

QString apply_set(workload::Scenario& s, const QString& assignment) {
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq < 0 || assignment.left(eq).trimmed().isEmpty())
        return QStringLiteral("--set %1: expected key=value").arg(shown(assignment));
    const QByteArray key = assignment.left(eq).trimmed().toUtf8();
    const QByteArray value = assignment.mid(eq + 1).trimmed().toUtf8();
    if (auto e = workload::set_scenario_value(s, std::string_view(key.constData(), key.size()),
                                              std::string_view(value.constData(), value.size())))
        return QStringLiteral("--set: ") + QString::fromStdString(e->message);
    return {};
}

QString build_scenario(const QCommandLineParser& p, workload::Scenario& s) {
    if (p.isSet(QStringLiteral("scenario"))) {
        const ScenarioLoad load = load_scenario_file(p.value(QStringLiteral("scenario")));
        if (!load.scenario)
            return load.error;
        s = *load.scenario;
    }
    for (const QString& assignment : p.values(QStringLiteral("set")))
        if (QString e = apply_set(s, assignment); !e.isEmpty())
            return e;
    if (auto e = workload::validate(s))
        return QString::fromStdString(e->message);
    return {};
}

std::optional<double> parse_number(const QString& text, double lo, double hi) {
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v) || !(v >= lo && v <= hi))
        return std::nullopt;
    return v;
}

std::optional<QSize> parse_size(const QString& text, QSize min, QSize max) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,9})\\s*[xX×]\\s*(\\d{1,9})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < min.width() || size.height() < min.height() || size.width() > max.width() ||
        size.height() > max.height())
        return std::nullopt;
    return size;
}

namespace {

volatile std::sig_atomic_t g_received = 0;
struct sigaction g_old_int, g_old_term, g_old_pipe;
int g_guards = 0;

extern "C" void on_cancel_signal(int sig) {
    if (g_received == 0)
        g_received = sig;
}

} // namespace

CancelSignals::CancelSignals() {
    if (g_guards++ > 0)
        return;
    g_received = 0;
    struct sigaction sa = {};
    sa.sa_handler = on_cancel_signal;
    sigemptyset(&sa.sa_mask);
    // SA_RESETHAND: a second Ctrl-C while the run winds down kills the process as usual.
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &sa, &g_old_int);
    sigaction(SIGTERM, &sa, &g_old_term);
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &g_old_pipe);
}

CancelSignals::~CancelSignals() {
    if (--g_guards > 0)
        return;
    sigaction(SIGINT, &g_old_int, nullptr);
    sigaction(SIGTERM, &g_old_term, nullptr);
    sigaction(SIGPIPE, &g_old_pipe, nullptr);
}

int CancelSignals::received() noexcept {
    return g_received;
}

int CancelSignals::exit_code() noexcept {
    return g_received == SIGTERM ? exit_sigterm : g_received == SIGINT ? exit_sigint : exit_ok;
}

} // namespace vtl::app::cli
