// A base-10 logarithmic axis ticker whose labels carry units ("100 ns", "1 µs", "25 MB"),
// so a log axis reads without mental arithmetic.
#pragma once

#include <qcustomplot.h>

#include <QString>

#include <functional>

namespace vtl::widgets {

class LogAxisTicker : public QCPAxisTickerLog {
public:
    using Formatter = std::function<QString(double)>;
    explicit LogAxisTicker(Formatter format);

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;

private:
    Formatter format_;
};

} // namespace vtl::widgets
