// `valuetask-lab await-twice [--out DIR] [--json]`: runs every case of the await-twice lab in
// the C++ core now and prints what each one really did.
#pragma once

#include <QStringList>

namespace vtl::app {

// `args` as QCommandLineParser wants them (program name first, then the options after
// "await-twice"). Exit status: 0 success, 2 bad input (nothing written).
int await_twice_command(const QStringList& args);

} // namespace vtl::app
