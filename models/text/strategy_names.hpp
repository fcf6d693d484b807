// The name and one-line description of each strategy as the screens show them, shared by
// the plots' legends, the claims table and the animations.
#pragma once

#include "workload/scenario.hpp"

#include <QString>

namespace vtl::models {

QString strategy_name(workload::Strategy s);        // as in code: "Task<T>", "ValueTask<T>", …
QString strategy_description(workload::Strategy s); // one line for tooltips and the claims table

} // namespace vtl::models
