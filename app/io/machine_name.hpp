// The CPU's model name, for the records a result carries (await-twice JSON, lesson handouts):
// /proc/cpuinfo's first "model name", else the architecture Qt reports.
#pragma once

#include <QString>

namespace vtl::app {

QString cpu_name();

} // namespace vtl::app
