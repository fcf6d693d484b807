// Reading a plotted curve back, for the suites that check what a plot shows.
#pragma once

#include <qcustomplot.h>

#include <QtNumeric>

namespace vtl_test {

// The curve's value at the first point whose key is at least `key`; NaN past its end.
inline double graph_value_at(QCPGraph* g, double key) {
    auto it = g->data()->findBegin(key, false);
    return it == g->data()->constEnd() ? qQNaN() : it->value;
}

} // namespace vtl_test
