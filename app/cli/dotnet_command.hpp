// `valuetask-lab dotnet [--out DIR] [--quick]`: builds and runs the C# program of
// resources/dotnet/ValueTaskLab.Reference with the .NET SDK found on PATH, and writes its
// dotnet_reference.csv, dotnet_outcomes.json and listings/ into DIR (default: fresh_dotnet_dir(),
// which the claims tab, `valuetask-lab claims` and the code pane's C# listings prefer to the
// shipped reference).
//
// - The C# project is taken from the source tree when the binary runs from its build tree, and
//   from <prefix>/share/valuetask-lab/dotnet/ValueTaskLab.Reference when installed. It is copied
//   to a writable work folder (<cache>/dotnet-project; its bin/ and obj/ are kept between runs,
//   so a second build is incremental) and run there with `dotnet run -c Release`.
// - The program's progress lines are relayed on stderr, prefixed with "dotnet | ".
// - DIR is written as a set: the program writes into a temporary folder next to DIR, which then
//   replaces DIR in one rename; a failed or cancelled run leaves DIR as it was.
// - Without a .NET SDK 8 or newer: says what is needed and how to get it, exit 3.
// - Ctrl-C / SIGTERM: the program (its whole process group) is killed, exit 130 / 143.
#pragma once

#include <QString>
#include <QStringList>

namespace vtl::app {

// `args` as QCommandLineParser wants them (program name first). Exit status: cli::ExitCode
// (0 written, 1 the program failed or the files could not be written, 2 bad input,
// 3 no .NET SDK, 130/143 cancelled).
int dotnet_command(const QStringList& args);

// The C# project folder this binary would build, or an empty string (with `tried` listing the
// places looked at).
QString dotnet_project_dir(QStringList* tried = nullptr);

} // namespace vtl::app
