// `valuetask-lab lesson check FILE…` (problems as FILE:LINE:COLUMN: message, exit 2),
// `valuetask-lab lesson list` (the shipped lessons) and
// `valuetask-lab lesson export LESSON --out handout.pdf` (one page per step).
#pragma once

#include <QStringList>

namespace vtl::app {

int lesson_command(const QStringList& args);

} // namespace vtl::app
