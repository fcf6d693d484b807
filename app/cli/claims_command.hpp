// `valuetask-lab claims [--out DIR]`: measures the C++ core's side of the seeds' claims (engine
// runs, benchmark-grade hit costs, the await-twice lab), loads real .NET's figures (a fresh
// `valuetask-lab dotnet` run, else the shipped reference), judges every claim with the same
// code as the GUI's claims tab, prints the table and writes DIR/claims.csv.
#pragma once

#include <QStringList>

namespace vtl::app {

// `args` as QCommandLineParser wants them (program name first). Exit status: 0 success,
// 1 the CSV could not be written, 2 bad input (nothing run or written).
int claims_command(const QStringList& args);

} // namespace vtl::app
