// The command line: the table of subcommands, --help, --version, and dispatch.
//
// Adding a subcommand: write app/cli/<name>_command.{hpp,cpp} with
// `int <name>_command(const QStringList& args)` (args: a program name, then the options after
// the subcommand's name), then add ONE row to subcommands() in cli_commands.cpp. --help, the
// dispatch and main.cpp's choice of QCoreApplication/QApplication follow from the row.
// Shared options, exit codes and streams: app/cli/cli_options.hpp.
#pragma once

#include <QStringList>

#include <span>
#include <string_view>

namespace vtl::app {

struct Subcommand {
    const char* name;  // "run"
    const char* usage; // lines for --help: "run [--scenario FILE] …\n    what it does\n"
    bool needs_gui;    // true: runs on a QApplication (offscreen unless QT_QPA_PLATFORM)
    int (*run)(const QStringList& args);
};

std::span<const Subcommand> subcommands();
const Subcommand* find_subcommand(std::string_view name);

// `arguments` as QCoreApplication::arguments() (program name first). Returns the exit status
// (cli::ExitCode: 0 success, 1 failure while running, 2 bad input, 3 a prerequisite missing,
// 130/143 cancelled).
int cli_main(const QStringList& arguments);

} // namespace vtl::app
