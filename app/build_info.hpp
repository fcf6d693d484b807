// What `valuetask-lab --version` prints: the version (CMake's project version, the one
// source of truth), the Qt version built against and running, the compiler and the build
// type. The values come from build_info_config.hpp, which CMake generates from
// build_info_config.hpp.in at configure time.
#pragma once

#include <QString>

namespace vtl::app {

// The project version, e.g. "0.1.0".
QString version();

// Several lines, each ending in '\n'; the first is "valuetask-lab <version>".
QString build_info_text();

} // namespace vtl::app
