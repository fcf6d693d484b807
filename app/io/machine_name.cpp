#include "app/io/machine_name.hpp"

#include <QByteArray>
#include <QFile>
#include <QSysInfo>

namespace vtl::app {

QString cpu_name() {
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QSysInfo::currentCpuArchitecture();
}

} // namespace vtl::app
