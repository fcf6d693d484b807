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
ScenarioLoad load_scenario_file(const QString& path);
QByteArray scenario_to_json(const workload::Scenario& s);
// Atomic (QSaveFile): on failure the old file is untouched and `error` says why.
bool save_scenario_file(const QString& path, const workload::Scenario& s, QString* error);

} // namespace vtl::app
