#include "models/claims/dotnet_reference.hpp"

#include "models/text/models_tr.hpp"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace vtl::models {

namespace {

QString normalised(QString s) {
    s = s.toLower();
    s.remove(QLatin1Char('_'));
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char(' '));
    return s;
}

// RFC 4180 records: fields separated by ',', optionally quoted with '"' ("" inside quotes is
// one quote), records ended by CRLF or LF.
std::vector<QStringList> parse_csv(const QString& text, QString* error) {
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, field_started = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !field_started) {
            quoted = field_started = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            field_started = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            field_started = false;
            ++line;
        } else {
            field += c;
            field_started = true;
        }
    }
    if (quoted && error)
        *error = tr("line %1: a quoted field is not closed").arg(line);
    if (field_started || !record.isEmpty()) {
        record << field;
        records.push_back(record);
    }
    return records;
}

double number(const QString& s, bool* ok) {
    if (s.trimmed().isEmpty())
        return no_value;
    bool good = false;
    const double v = QLocale::c().toDouble(s.trimmed(), &good);
    if (!good)
        *ok = false;
    return good ? v : no_value;
}

} // namespace

const DotnetRow* DotnetReference::find(const QString& section, const std::vector<QString>& names,
                                       double hit_rate) const {
    const DotnetRow* best = nullptr;
    for (const DotnetRow& r : rows) {
        if (r.section.compare(section, Qt::CaseInsensitive) != 0)
            continue;
        bool named = false;
        for (const QString& n : names)
            named = named || normalised(r.name) == normalised(n);
        if (!named)
            continue;
        if (has_value(hit_rate) &&
            !(has_value(r.hit_rate) && std::fabs(r.hit_rate - hit_rate) < 1e-6))
            continue;
        if (best == nullptr ||
            (best->job != QLatin1String("full") && r.job == QLatin1String("full")))
            best = &r;
    }
    return best;
}

QString DotnetReference::label() const {
    const QString what = origin == Origin::fresh
                             ? tr("run on this machine")
                             : tr("shipped reference, measured on the development machine");
    return tr("%1: %2, %3, %4").arg(what, runtime, cpu, date);
}

std::optional<DotnetReference> parse_dotnet_reference(const QByteArray& csv, QString* error) {
    QString parse_error;
    const std::vector<QStringList> records = parse_csv(QString::fromUtf8(csv), &parse_error);
    if (!parse_error.isEmpty()) {
        if (error)
            *error = parse_error;
        return std::nullopt;
    }
    if (records.empty()) {
        if (error)
            *error = tr("the file is empty");
        return std::nullopt;
    }
    const QStringList& header = records.front();
    auto column = [&header](const char* name) {
        return header.indexOf(QLatin1String(name));
    };
    const int c_section = column("section"), c_name = column("name");
    if (c_section < 0 || c_name < 0) {
        if (error)
            *error = tr("line 1: the header has no 'section' and 'name' columns");
        return std::nullopt;
    }
    DotnetReference ref;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const QStringList& f = records[i];
        if (f.size() == 1 && f.front().isEmpty())
            continue; // a blank line
        if (f.size() != header.size()) {
            if (error)
                *error = tr("line %1: %2 fields, the header has %3")
                             .arg(i + 1)
                             .arg(f.size())
                             .arg(header.size());
            return std::nullopt;
        }
        auto text = [&f, &column](const char* name) {
            const int c = column(name);
            return c < 0 ? QString() : f[c];
        };
        bool ok = true;
        auto num = [&](const char* name) {
            return number(text(name), &ok);
        };
        DotnetRow r;
        r.section = f[c_section];
        r.name = f[c_name];
        r.hit_rate = num("hit_rate");
        r.payload_bytes = num("payload_bytes");
        r.mean_ns = num("mean_ns");
        r.error_ns = num("error_ns");
        r.allocated_bytes_per_op = num("allocated_bytes_per_op");
        r.gen0_per_1k = num("gen0_per_1k");
        r.gen1_per_1k = num("gen1_per_1k");
        r.gen2_per_1k = num("gen2_per_1k");
        r.runtime = text("runtime");
        r.os = text("os");
        r.cpu = text("cpu");
        r.date = text("date");
        r.job = text("job");
        if (!ok) {
            if (error)
                *error = tr("line %1: a number is not a '.'-decimal number").arg(i + 1);
            return std::nullopt;
        }
        ref.rows.push_back(r);
    }
    if (ref.rows.empty()) {
        if (error)
            *error = tr("the file has a header but no rows");
        return std::nullopt;
    }
    ref.runtime = ref.rows.front().runtime;
    ref.os = ref.rows.front().os;
    ref.cpu = ref.rows.front().cpu;
    ref.date = ref.rows.front().date;
    return ref;
}

std::optional<DotnetReference> load_dotnet_reference(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString e;
    auto ref = parse_dotnet_reference(f.readAll(), &e);
    if (!ref) {
        if (error)
            *error = tr("%1: %2").arg(path, e);
        return std::nullopt;
    }
    ref->path = path;
    ref->origin = path.startsWith(QLatin1String(":/")) ? DotnetReference::Origin::shipped
                                                       : DotnetReference::Origin::fresh;
    return ref;
}

const DotnetOutcome* DotnetOutcomes::find(const QString& id) const {
    for (const DotnetOutcome& c : cases) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

std::optional<DotnetOutcomes> parse_dotnet_outcomes(const QByteArray& json, QString* error) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError
                         ? tr("offset %1: %2").arg(pe.offset).arg(pe.errorString())
                         : tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    DotnetOutcomes out;
    out.runtime = o.value(QLatin1String("runtime")).toString();
    out.os = o.value(QLatin1String("os")).toString();
    out.cpu = o.value(QLatin1String("cpu")).toString();
    out.date = o.value(QLatin1String("date")).toString();
    const auto scalar = [](const QJsonValue& v) {
        return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    };
    for (const QJsonValue& v : o.value(QLatin1String("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        DotnetOutcome d;
        d.id = c.value(QLatin1String("id")).toString();
        d.what_if = c.value(QLatin1String("what_if")).toBool();
        d.outcome = c.value(QLatin1String("outcome")).toString();
        d.value = scalar(c.value(QLatin1String("value")));
        d.exception_type = c.value(QLatin1String("exception_type")).toString();
        d.message = c.value(QLatin1String("message")).toString();
        d.note = c.value(QLatin1String("note")).toString();
        if (!d.id.isEmpty())
            out.cases.push_back(d);
    }
    if (out.cases.empty()) {
        if (error)
            *error = tr("no cases");
        return std::nullopt;
    }
    return out;
}

std::optional<DotnetOutcomes> load_dotnet_outcomes(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString e;
    auto out = parse_dotnet_outcomes(f.readAll(), &e);
    if (!out) {
        if (error)
            *error = tr("%1: %2").arg(path, e);
        return std::nullopt;
    }
    out->path = path;
    return out;
}

QString fresh_dotnet_dir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("dotnet"));
}

QString shipped_dotnet_dir() {
    return QStringLiteral(":/dotnet/reference");
}

DotnetEvidence load_dotnet_evidence() {
    DotnetEvidence e;
    for (const QString& dir : {fresh_dotnet_dir(), shipped_dotnet_dir()}) {
        const QString csv = QDir(dir).filePath(QStringLiteral("dotnet_reference.csv"));
        const QString json = QDir(dir).filePath(QStringLiteral("dotnet_outcomes.json"));
        QString error;
        if (!e.reference && QFile::exists(csv)) {
            e.reference = load_dotnet_reference(csv, &error);
            if (!e.reference)
                e.problems << error;
        }
        if (!e.outcomes && QFile::exists(json)) {
            e.outcomes = load_dotnet_outcomes(json, &error);
            if (!e.outcomes)
                e.problems << error;
        }
    }
    return e;
}

} // namespace vtl::models
