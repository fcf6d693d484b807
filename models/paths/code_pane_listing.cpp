#include "models/paths/code_pane_listing.hpp"

#include "models/claims/dotnet_reference.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace vtl::models {

using namespace vtl::trace_view;

using workload::TraceKind;

namespace {

// The key of the event that brings a call to `s`: an allocation there runs that same line
// unless the listing marks a more specific one.
QString station_key(PathStation s) {
    switch (s) {
    case PathStation::caller:
    case PathStation::service:
    case PathStation::cache_check:
        return QStringLiteral("issued");
    case PathStation::sync_return:
        return QStringLiteral("hit");
    case PathStation::async_start:
        return QStringLiteral("miss");
    case PathStation::awaiting:
        return QStringLiteral("suspended");
    case PathStation::backend_done:
        return QStringLiteral("backend");
    case PathStation::resumed:
        return QStringLiteral("resumed");
    case PathStation::delivered_sync:
    case PathStation::delivered_async:
        return QStringLiteral("delivered");
    }
    return {};
}

} // namespace

CodePaneListing CodePaneListing::parse(const QString& source) {
    static const QRegularExpression marker(QStringLiteral("\\s*@@\\s*([^@]*)$"));
    CodePaneListing listing;
    QStringList lines = source.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.pop_back();
    for (QString line : lines) {
        const QRegularExpressionMatch m = marker.match(line);
        if (m.hasMatch()) {
            const QStringList keys =
                m.captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const QString& k : keys)
                listing.keys_[k].push_back(static_cast<int>(listing.lines_.size()));
            line.truncate(m.capturedStart());
        }
        // Trailing blanks were only there to line the markers up.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        listing.lines_.push_back(line);
    }
    return listing;
}

QString CodePaneListing::resource_path(workload::Strategy s, CodeLanguage language) {
    const QLatin1String name(workload::to_string(s));
    if (language == CodeLanguage::cpp)
        return QStringLiteral(":/code/%1.cpp.txt").arg(name);
    return QDir(shipped_dotnet_dir()).filePath(QStringLiteral("listings/%1.cs.txt").arg(name));
}

QString CodePaneListing::path(workload::Strategy s, CodeLanguage language) {
    if (language == CodeLanguage::csharp) {
        const QString fresh = QDir(fresh_dotnet_dir())
                                  .filePath(QStringLiteral("listings/%1.cs.txt")
                                                .arg(QLatin1String(workload::to_string(s))));
        if (QFileInfo(fresh).isFile())
            return fresh;
    }
    return resource_path(s, language);
}

CodePaneListing CodePaneListing::load(workload::Strategy s, CodeLanguage language) {
    QFile f(path(s, language));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return parse(QString::fromUtf8(f.readAll()));
}

std::vector<int> CodePaneListing::lines_for(const QString& key) const {
    return keys_.value(key);
}

std::vector<int> CodePaneListing::lines_for_first(const QStringList& keys) const {
    for (const QString& k : keys) {
        auto it = keys_.constFind(k);
        if (it != keys_.cend() && !it->empty())
            return *it;
    }
    return {};
}

QStringList code_keys(const PathFocus& focus) {
    switch (focus.event.kind) {
    case TraceKind::call_issued:
        return {QStringLiteral("issued")};
    case TraceKind::cache_hit:
        return {QStringLiteral("hit")};
    case TraceKind::cache_miss:
        return {QStringLiteral("miss")};
    case TraceKind::suspended:
        return {QStringLiteral("suspended")};
    case TraceKind::backend_completed:
        return {QStringLiteral("backend")};
    case TraceKind::resumed:
        return {QStringLiteral("resumed")};
    case TraceKind::result_delivered:
        return {QStringLiteral("delivered")};
    case TraceKind::double_await:
        return {QStringLiteral("double_await")};
    case TraceKind::deallocation:
        return {QStringLiteral("released")};
    case TraceKind::allocation:
        return {QStringLiteral("alloc_") + QLatin1String(to_string(focus.station)),
                station_key(focus.station)};
    case TraceKind::strategy_started:
    case TraceKind::gc_collection:
    case TraceKind::strategy_finished:
        break;
    }
    return {};
}

} // namespace vtl::models
