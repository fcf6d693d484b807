// Scenario files: JSON with the keys of the core's scenario key table (Qt's JSON parser).
// Errors name the file and line:column for syntax errors, or the key for bad values; unknown
// keys are errors.
#pragma once

#include "workload/scenario.hpp"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vtl::app {

struct ScenarioLoad {
    std::optional<workload::Scenario> scenario; // set on success
    QString error; // "FILE:LINE:COLUMN: message" or "FILE: key 'x': …"
};

// Starts from default_scenario() and applies every key found in `json`.
ScenarioLoad scenario_from_json(const QByteArray& json, const QString& source_name);
// Only a regular file of at most max_scenario_file_bytes is read: a device, FIFO, socket or
// folder is refused at once (never read, never waited on), a larger file is refused with its
// size and the cap in the message.
ScenarioLoad load_scenario_file(const QString& path);
inline constexpr qint64 max_scenario_file_bytes = 1 << 20; // 1 MiB
// The bytes of a scenario file under the rules above; empty string, or the error.
QString read_scenario_bytes(const QString& path, QByteArray* bytes);
QByteArray scenario_to_json(const workload::Scenario& s);
// Atomic (QSaveFile): on failure the old file is untouched and `error` says why.
bool save_scenario_file(const QString& path, const workload::Scenario& s, QString* error);

} // namespace vtl::app
