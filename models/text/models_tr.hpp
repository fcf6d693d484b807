// tr() for free code in namespace vtl::models (outside a QObject: the claims' judges, the
// lesson checker). lupdate files a call of a free tr() under the enclosing namespace, so the
// context here is that namespace. Include it from .cpp files and internal headers only: a file
// that keeps its own tr() in an anonymous namespace would see two.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace vtl::models {

inline QString tr(const char* text) {
    return QCoreApplication::translate("vtl::models", text);
}

} // namespace vtl::models
