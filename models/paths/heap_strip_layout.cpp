#include "models/paths/heap_strip_layout.hpp"

#include <algorithm>
#include <cmath>

namespace vtl::models {

using namespace vtl::trace_view;

HeapStripLayout::HeapStripLayout(const std::vector<HeapBlock>& blocks, const QRectF& area,
                                 double row_height, double gap) {
    if (blocks.empty() || area.width() <= 0 || row_height <= 0)
        return;
    const int rows = std::max(1, static_cast<int>((area.height() + gap) / (row_height + gap)));
    double bytes = 0;
    for (const auto& b : blocks)
        bytes += static_cast<double>(b.bytes);
    // Room for all blocks in all rows, less the gaps (and a little slack for row breaks).
    const double room = rows * area.width() * 0.92 - static_cast<double>(blocks.size()) * gap;
    if (bytes > 0 && room > 0)
        scale_ = std::min(max_px_per_byte, room / bytes);
    double x = area.left();
    double y = area.top();
    int row = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const double exact = static_cast<double>(blocks[i].bytes) * scale_;
        double w = std::clamp(exact, min_block_px, area.width());
        if (x > area.left() && x + w > area.right()) {
            ++row;
            x = area.left();
            y += row_height + gap;
        }
        if (row >= rows) {
            hidden_ = blocks.size() - i;
            break;
        }
        rects_.push_back({i, QRectF(x, y, w, row_height), std::abs(w - exact) > 0.5});
        x += w + gap;
    }
}

} // namespace vtl::models
