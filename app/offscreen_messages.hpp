// Qt's offscreen platform plugin (used for `valuetask-lab screenshot`) does not implement
// QPlatformWindow::propagateSizeHints(), so Qt's default implementation prints
// "This plugin does not support propagateSizeHints()" (an uncategorised qWarning, which no
// QT_LOGGING_RULES entry can single out) every time a window's minimum or maximum size
// changes — e.g. when the main window's layout first settles. Offscreen there is no window
// manager to tell, so the message says nothing about the picture.
#pragma once

namespace vtl::app {

// Installs a message handler that drops exactly that message and passes every other one to
// the handler that was installed before. Call once, after choosing the offscreen platform.
void drop_offscreen_size_hint_warning();

} // namespace vtl::app
