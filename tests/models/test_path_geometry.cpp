// Where the path diagram puts its stations and lanes, as fractions of the drawing area.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "models/paths/path_geometry.hpp"

using vtl::models::PathGeometry;
using vtl::trace_view::PathStation;

class TestPathGeometry : public QObject {
    Q_OBJECT
private slots:
    void routesFollowTheLanes();
};

void TestPathGeometry::routesFollowTheLanes() {
    using R = std::vector<PathStation>;
    QCOMPARE(PathGeometry::route(PathStation::service, PathStation::sync_return),
             (R{PathStation::service, PathStation::cache_check, PathStation::sync_return}));
    QCOMPARE(PathGeometry::route(PathStation::backend_done, PathStation::delivered_async),
             (R{PathStation::backend_done, PathStation::resumed, PathStation::delivered_async}));
    // Not connected (events lost): straight there.
    QCOMPARE(PathGeometry::route(PathStation::sync_return, PathStation::awaiting),
             (R{PathStation::sync_return, PathStation::awaiting}));
    const QRectF area(0, 0, 1000, 500);
    QCOMPARE(PathGeometry::point_along(PathStation::service, PathStation::sync_return, 0, area),
             PathGeometry::station_point(PathStation::service, area));
    QCOMPARE(PathGeometry::point_along(PathStation::service, PathStation::sync_return, 1, area),
             PathGeometry::station_point(PathStation::sync_return, area));
    // Halfway along the hit route is on the lane, not on the diagonal between its ends.
    const QPointF mid =
        PathGeometry::point_along(PathStation::service, PathStation::sync_return, 0.5, area);
    const QPointF cc = PathGeometry::station_point(PathStation::cache_check, area);
    QVERIFY(qFuzzyCompare(mid.y(), cc.y()) || qFuzzyCompare(mid.x(), cc.x()));
    // The asynchronous loop is longer than the synchronous one, and it reaches into the heap
    // half of the diagram.
    auto length = [&](const R& lane) {
        double l = 0;
        for (std::size_t i = 1; i < lane.size(); ++i)
            l += QLineF(PathGeometry::station_point(lane[i - 1], area),
                        PathGeometry::station_point(lane[i], area))
                     .length();
        return l;
    };
    QVERIFY(length(PathGeometry::async_lane()) > 2 * length(PathGeometry::sync_lane()));
    for (PathStation s : PathGeometry::sync_lane())
        QVERIFY(PathGeometry::station_fraction(s).x() < PathGeometry::heap_region_x);
    QVERIFY(PathGeometry::station_fraction(PathStation::awaiting).x() >
            PathGeometry::heap_region_x);
}

VTL_QTEST_MAIN(test_models_path_geometry, TestPathGeometry)
#include "test_path_geometry.moc"
