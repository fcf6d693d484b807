// Help → Keyboard shortcuts: every action of the window that has a shortcut, read from the
// actions themselves when the dialog opens (so it cannot drift from the menus), and the keys of
// presenter mode, which are handled by an event filter rather than by actions.
#pragma once

#include <QString>

class QWidget;

namespace vtl::app {

// Rich text: a table of key → action.
QString shortcuts_html(const QWidget& window);
void show_shortcuts(QWidget* window);

} // namespace vtl::app
