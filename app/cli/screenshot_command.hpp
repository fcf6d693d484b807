// `valuetask-lab screenshot --out FILE.png [--scenario FILE] [--set key=value]…
//  [--view main|claims|paths|await-twice] [--size WIDTHxHEIGHT] [--text-scale FACTOR]`: runs the
//  scenario to
// completion in the main window, offscreen, and saves a picture of the window — for the
// documentation and for looking at the GUI in tests.
#pragma once

#include <QStringList>

namespace vtl::app {

// `args` start at "screenshot". Exit status: 0 written, 1 the run failed or the file could
// not be written, 2 bad input (nothing written).
int screenshot_command(const QStringList& args);

} // namespace vtl::app
