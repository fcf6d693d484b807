// Names a line must not break inside. Unicode line breaking (UAX #14) allows a break between
// the two '+' of "C++", so a wrapped Russian paragraph ended a line with "C+" and began the
// next with "+." A WORD JOINER (U+2060, invisible, zero width) between them forbids it.
// For text shown in wrapped labels only: files and the command line keep plain "C++".
#pragma once

#include <QString>

namespace vtl::widgets {

inline QString whole_names(QString text) {
    return text.replace(QStringLiteral("C++"), QStringLiteral("C\u2060+\u2060+"));
}

} // namespace vtl::widgets
