// tr() for code in namespace vtl::app outside a QObject (command-line output, dialogs built by
// free functions). lupdate files a call of a free tr() under the enclosing namespace, so the
// context here is that namespace: the one place that keeps the two in step.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace vtl::app {

inline QString tr(const char* text) {
    return QCoreApplication::translate("vtl::app", text);
}

} // namespace vtl::app
