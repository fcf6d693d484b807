#include "app/io/scenario_file.hpp"

#include "app/io/results_export.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vtl::app {
namespace {

using workload::KeyType;

// QJsonParseError gives a byte offset; people want line:column.
QString position_of(const QByteArray& text, int offset) {
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count UTF-8 characters, not continuation bytes
        }
    }
    return QString("%1:%2").arg(line).arg(column);
}

QString type_name(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

// The JSON value as the text form the core's key table parses (the same path as --set).
std::optional<QString> as_key_text(const workload::ScenarioKey& k, const QJsonValue& v,
                                   QString* error) {
    const QString key = QString::fromUtf8(k.name.data(), static_cast<qsizetype>(k.name.size()));
    const auto mismatch = [&](const char* expected) {
        *error = QString("key '%1': expected %2, got %3").arg(key, expected, type_name(v));
        return std::nullopt;
    };
    switch (k.type) {
    case KeyType::strategies: {
        if (v.isString())
            return v.toString();
        if (!v.isArray())
            return mismatch("an array of strategy names");
        QStringList names;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return mismatch("an array of strategy names");
            names << item.toString();
        }
        return names.join(',');
    }
    case KeyType::integer:
        if (v.isString()) // allows seeds above 2^53, which a JSON number cannot carry exactly
            return v.toString();
        if (!v.isDouble())
            return mismatch("a whole number");
        if (v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 0) {
            *error = QString("key '%1': value %2 is not a whole number ≥ 0")
                         .arg(key, QString::number(v.toDouble(), 'g', 17));
            return std::nullopt;
        }
        if (v.toDouble() >= 9007199254740992.0) {
            *error = QString("key '%1': %2 is too large for a JSON number; write it as a string")
                         .arg(key, QString::number(v.toDouble(), 'g', 17));
            return std::nullopt;
        }
        return QString::number(static_cast<qulonglong>(v.toDouble()));
    case KeyType::real:
        if (!v.isDouble())
            return mismatch("a number");
        return QString::number(v.toDouble(), 'g', 17);
    case KeyType::boolean:
        if (!v.isBool())
            return mismatch("true or false");
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case KeyType::choice:
        if (!v.isString())
            return mismatch("a string");
        return v.toString();
    }
    return std::nullopt;
}

} // namespace

ScenarioLoad scenario_from_json(const QByteArray& json, const QString& source_name) {
    ScenarioLoad out;
    QJsonParseError parse_error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse_error);
    if (parse_error.error != QJsonParseError::NoError) {
        out.error =
            QString("%1:%2: JSON syntax error: %3")
                .arg(source_name, position_of(json, parse_error.offset), parse_error.errorString());
        return out;
    }
    if (!doc.isObject()) {
        // Point at the value that is not an object: the first non-blank character.
        int first = 0;
        while (first < json.size() && (json[first] == ' ' || json[first] == '\t' ||
                                       json[first] == '\r' || json[first] == '\n'))
            ++first;
        out.error =
            QString("%1:%2: a scenario file must be a JSON object { \"key\": value, … }, not %3")
                .arg(source_name, position_of(json, first),
                     doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a single value"));
        return out;
    }
    workload::Scenario s = workload::default_scenario();
    const QJsonObject obj = doc.object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const workload::ScenarioKey* k =
            workload::find_scenario_key(std::string_view(key.constData(), key.size()));
        QString error;
        std::optional<QString> text;
        if (k != nullptr)
            text = as_key_text(*k, it.value(), &error);
        else
            text = QString(); // let the core name the unknown key and list the known ones
        if (!text) {
            out.error = QString("%1: %2").arg(source_name, error);
            return out;
        }
        const QByteArray value = text->toUtf8();
        if (auto e =
                workload::set_scenario_value(s, std::string_view(key.constData(), key.size()),
                                             std::string_view(value.constData(), value.size()))) {
            out.error = QString("%1: %2").arg(source_name, QString::fromStdString(e->message));
            return out;
        }
    }
    if (auto e = workload::validate(s)) {
        out.error = QString("%1: %2").arg(source_name, QString::fromStdString(e->message));
        return out;
    }
    out.scenario = s;
    return out;
}

ScenarioLoad load_scenario_file(const QString& path) {
    ScenarioLoad out;
    QByteArray bytes;
    if (QString e = read_scenario_bytes(path, &bytes); !e.isEmpty()) {
        out.error = e;
        return out;
    }
    return scenario_from_json(bytes, path);
}

QString read_scenario_bytes(const QString& path, QByteArray* bytes) {
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer. Nothing is read before fstat()
    // has shown a regular file, so /dev/zero, /dev/urandom, FIFOs and sockets never hang.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return QString("%1: cannot open: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st {};
    QString error;
    if (::fstat(fd, &st) != 0) {
        error = QString("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    } else if (S_ISDIR(st.st_mode)) {
        error = QString("%1: is a folder, not a scenario file").arg(path);
    } else if (!S_ISREG(st.st_mode)) {
        error = QString("%1: is not a regular file (a device, FIFO or socket); a scenario must "
                        "be a JSON file")
                    .arg(path);
    } else if (st.st_size > max_scenario_file_bytes) {
        error = QString("%1: %2 bytes is too large for a scenario file (at most %3 bytes; a "
                        "scenario is a few hundred)")
                    .arg(path)
                    .arg(static_cast<qint64>(st.st_size))
                    .arg(max_scenario_file_bytes);
    } else {
        // Read at most one byte past the cap: a file growing while we read is still capped.
        bytes->resize(static_cast<qsizetype>(st.st_size) + 1);
        qsizetype got = 0;
        while (got < bytes->size()) {
            const ssize_t n =
                ::read(fd, bytes->data() + got, static_cast<size_t>(bytes->size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                error = QString("%1: cannot read: %2")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
                break;
            }
            if (n == 0)
                break;
            got += n;
            if (got > max_scenario_file_bytes) {
                error = QString("%1: too large for a scenario file (at most %2 bytes)")
                            .arg(path)
                            .arg(max_scenario_file_bytes);
                break;
            }
        }
        bytes->resize(got);
    }
    ::close(fd);
    if (!error.isEmpty())
        bytes->clear();
    return error;
}

QByteArray scenario_to_json(const workload::Scenario& s) {
    QJsonObject obj;
    for (const workload::ScenarioKey& k : workload::scenario_keys()) {
        const QString key = QString::fromUtf8(k.name.data(), static_cast<qsizetype>(k.name.size()));
        const QString text = QString::fromStdString(workload::scenario_value_text(s, k.name));
        switch (k.type) {
        case KeyType::strategies:
            obj[key] = QJsonArray::fromStringList(text.split(','));
            break;
        case KeyType::integer: {
            const qulonglong v = text.toULongLong();
            if (v < (1ull << 53))
                obj[key] = static_cast<double>(v);
            else
                obj[key] = text; // exact, as a string
            break;
        }
        case KeyType::real:
            obj[key] = text.toDouble();
            break;
        case KeyType::boolean:
            obj[key] = text == "true";
            break;
        case KeyType::choice:
            obj[key] = text;
            break;
        }
    }
    return QJsonDocument(obj).toJson(QJsonDocument::Indented);
}

bool save_scenario_file(const QString& path, const workload::Scenario& s, QString* error) {
    return write_file_atomically(path, scenario_to_json(s), error);
}

} // namespace vtl::app
