// What the screens and the command line say about each scenario key: its help sentence, its
// unit and its allowed values, translated. The core keeps the keys' names, ranges and an
// English help text (for its own error messages and DESIGN.md); everything a person reads
// comes from here, through Qt's translations (one QT_TRANSLATE_NOOP table by key name).
#pragma once

#include "workload/scenario.hpp"

#include <QString>

namespace vtl::models {

QString key_help(const workload::ScenarioKey& key);
QString key_unit(const workload::ScenarioKey& key); // "" when the key has none
QString key_allowed(const workload::ScenarioKey& key);
// "<p><b>calls</b> — help</p><p>Allowed: 1 … 1,000,000,000 (operations per strategy)</p>"
QString key_tooltip(const workload::ScenarioKey& key);
// True when every key of the core has a translatable text here (tests).
bool every_key_has_text();

} // namespace vtl::models
