// HeapStripLayout: where the heap strip puts each block. Widths are proportional to bytes
// (one scale for all blocks, so a 144-byte frame is twice a 72-byte Task) until they no longer
// fit; then the scale shrinks for everyone. Blocks flow left to right in rows.
#pragma once

#include "trace_view/path_animation_model.hpp"

#include <QRectF>

#include <cstddef>
#include <vector>

namespace vtl::models {

struct HeapBlockRect {
    std::size_t index = 0; // into the blocks given
    QRectF rect;
    bool clamped = false; // drawn wider (tiny) or narrower (huge) than its bytes
};

class HeapStripLayout {
public:
    static constexpr double max_px_per_byte = 1.4;
    static constexpr double min_block_px = 6;

    HeapStripLayout(const std::vector<trace_view::HeapBlock>& blocks, const QRectF& area, double row_height,
                    double gap);

    const std::vector<HeapBlockRect>& rects() const noexcept { return rects_; }
    double px_per_byte() const noexcept { return scale_; }
    std::size_t hidden() const noexcept { return hidden_; } // blocks that did not fit

private:
    std::vector<HeapBlockRect> rects_;
    double scale_ = max_px_per_byte;
    std::size_t hidden_ = 0;
};

} // namespace vtl::models
