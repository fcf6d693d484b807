// PathGeometry: where the stations of the path diagram are and which way a token travels
// between them. Pure geometry, shared by the painter and the tests.
//
// The layout teaches by shape: the left half is the caller's stack, where a cache hit makes
// a short, tight loop (caller → service → cache check → straight back); the right half is
// the heap and the backend, where a miss makes a long loop (Task/frame on the heap, the wait,
// the completion, the continuation) before it returns to the caller along the bottom.
#pragma once

#include "trace_view/path_station.hpp"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace vtl::models {

class PathGeometry {
public:
    // x of the border between the stack half and the heap/backend half, as a fraction.
    static constexpr double heap_region_x = 0.585;

    // The station's position as fractions (0 … 1) of the diagram area.
    static QPointF station_fraction(trace_view::PathStation s) noexcept;
    static QPointF station_point(trace_view::PathStation s, const QRectF& area) noexcept;

    // The stations a token passes from `from` to `to`, both included, along the diagram's
    // directed lanes; just {from, to} when no lane connects them (events were dropped).
    static std::vector<trace_view::PathStation> route(trace_view::PathStation from, trace_view::PathStation to);

    // A point `progress` (0 … 1) of the way along that route, by length.
    static QPointF point_along(trace_view::PathStation from, trace_view::PathStation to, double progress,
                               const QRectF& area);

    // The lanes as drawn: the common start, the synchronous (hit) loop, the asynchronous
    // (miss) loop.
    static std::vector<trace_view::PathStation> common_lane();
    static std::vector<trace_view::PathStation> sync_lane();
    static std::vector<trace_view::PathStation> async_lane();
};

} // namespace vtl::models
