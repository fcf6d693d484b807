// The headless command line: `run`, `await-twice`, `--help`, `--version`.
#pragma once

#include <QStringList>

namespace vtl::app {

// `arguments` as QCoreApplication::arguments() (program name first). Returns the exit
// status: 0 success, 1 failure while running, 2 bad input.
int cli_main(const QStringList& arguments);

} // namespace vtl::app
