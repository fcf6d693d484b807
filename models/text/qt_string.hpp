// Core strings (std::string, std::string_view, UTF-8) to QString, in one place.
#pragma once

#include <QString>

#include <string_view>

namespace vtl::models {

inline QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace vtl::models
