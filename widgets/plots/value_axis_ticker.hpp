// A linear axis ticker whose labels carry units ("2 MB", "150 %"), with QCustomPlot's usual
// choice of readable tick steps.
#pragma once

#include <qcustomplot.h>

#include <QString>

#include <functional>

namespace vtl::widgets {

class ValueAxisTicker : public QCPAxisTicker {
public:
    using Formatter = std::function<QString(double)>;
    explicit ValueAxisTicker(Formatter format, int tick_count = 5);

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;

private:
    Formatter format_;
};

} // namespace vtl::widgets
