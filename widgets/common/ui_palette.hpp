// The colours that carry meaning in the animated views, in one place so they mean the same
// thing everywhere: green is the synchronous path and a harmless double await, red an
// exception or a silently wrong value. Strategy colours live in strategy_style.hpp.
#pragma once

#include <QColor>

namespace vtl::widgets::palette {

inline const QColor ink{0x1E, 0x1E, 0x1E};
inline const QColor muted{0x55, 0x55, 0x55};
inline const QColor good{0x1B, 0x7F, 0x3B};
inline const QColor bad{0xC6, 0x28, 0x28};

} // namespace vtl::widgets::palette
