#include "models/paths/path_geometry.hpp"

#include <QLineF>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <queue>

namespace vtl::models {

using namespace vtl::trace_view;

namespace {

struct Edge {
    PathStation from, to;
};

constexpr std::array<Edge, 9> edges{{
    {PathStation::caller, PathStation::service},
    {PathStation::service, PathStation::cache_check},
    {PathStation::cache_check, PathStation::sync_return},
    {PathStation::sync_return, PathStation::delivered_sync},
    {PathStation::cache_check, PathStation::async_start},
    {PathStation::async_start, PathStation::awaiting},
    {PathStation::awaiting, PathStation::backend_done},
    {PathStation::backend_done, PathStation::resumed},
    {PathStation::resumed, PathStation::delivered_async},
}};

std::size_t index_of(PathStation s) noexcept {
    return static_cast<std::size_t>(s);
}

} // namespace

QPointF PathGeometry::station_fraction(PathStation s) noexcept {
    switch (s) {
    case PathStation::caller:
        return {0.085, 0.20};
    case PathStation::service:
        return {0.245, 0.20};
    case PathStation::cache_check:
        return {0.43, 0.20};
    case PathStation::sync_return:
        return {0.43, 0.50};
    case PathStation::async_start:
        return {0.80, 0.20};
    case PathStation::awaiting:
        return {0.80, 0.50};
    case PathStation::backend_done:
        return {0.80, 0.80};
    case PathStation::resumed:
        return {0.43, 0.80};
    case PathStation::delivered_sync:
        return {0.085, 0.50};
    case PathStation::delivered_async:
        return {0.085, 0.80};
    }
    return {0.5, 0.5};
}

QPointF PathGeometry::station_point(PathStation s, const QRectF& area) noexcept {
    const QPointF f = station_fraction(s);
    return {area.left() + f.x() * area.width(), area.top() + f.y() * area.height()};
}

std::vector<PathStation> PathGeometry::route(PathStation from, PathStation to) {
    if (from == to)
        return {to};
    // Breadth-first over the lanes; the graph is tiny.
    std::array<std::optional<PathStation>, path_station_count> previous{};
    std::array<bool, path_station_count> seen{};
    std::queue<PathStation> open;
    open.push(from);
    seen[index_of(from)] = true;
    while (!open.empty()) {
        const PathStation here = open.front();
        open.pop();
        if (here == to)
            break;
        for (const Edge& e : edges) {
            if (e.from != here || seen[index_of(e.to)])
                continue;
            seen[index_of(e.to)] = true;
            previous[index_of(e.to)] = here;
            open.push(e.to);
        }
    }
    if (!seen[index_of(to)])
        return {from, to};
    std::vector<PathStation> path{to};
    for (auto p = previous[index_of(to)]; p; p = previous[index_of(*p)])
        path.push_back(*p);
    std::reverse(path.begin(), path.end());
    return path;
}

QPointF PathGeometry::point_along(PathStation from, PathStation to, double progress,
                                  const QRectF& area) {
    const std::vector<PathStation> stations = route(from, to);
    if (stations.size() < 2 || progress >= 1.0)
        return station_point(to, area);
    if (progress <= 0.0)
        return station_point(from, area);
    std::vector<QPointF> points;
    points.reserve(stations.size());
    for (PathStation s : stations)
        points.push_back(station_point(s, area));
    double total = 0;
    for (std::size_t i = 1; i < points.size(); ++i)
        total += QLineF(points[i - 1], points[i]).length();
    double left = total * progress;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const QLineF segment(points[i - 1], points[i]);
        if (left <= segment.length() || i + 1 == points.size())
            return segment.pointAt(segment.length() > 0 ? std::min(1.0, left / segment.length())
                                                        : 1.0);
        left -= segment.length();
    }
    return points.back();
}

std::vector<PathStation> PathGeometry::common_lane() {
    return {PathStation::caller, PathStation::service, PathStation::cache_check};
}

std::vector<PathStation> PathGeometry::sync_lane() {
    return {PathStation::cache_check, PathStation::sync_return, PathStation::delivered_sync};
}

std::vector<PathStation> PathGeometry::async_lane() {
    return {PathStation::cache_check,  PathStation::async_start, PathStation::awaiting,
            PathStation::backend_done, PathStation::resumed,     PathStation::delivered_async};
}

} // namespace vtl::models
