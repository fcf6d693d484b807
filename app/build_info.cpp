#include "app/build_info.hpp"

#include "app/build_info_config.hpp"

#include <QtGlobal>

namespace vtl::app {

QString version() {
    return QStringLiteral(VTL_BUILD_INFO_VERSION);
}

QString build_info_text() {
    const QString runtime_qt = QString::fromLatin1(qVersion());
    const QString built_qt = QStringLiteral(QT_VERSION_STR);
    QString text = QStringLiteral("valuetask-lab %1\n").arg(version());
    text += QStringLiteral("Qt %1").arg(runtime_qt);
    if (runtime_qt != built_qt)
        text += QStringLiteral(" (built against %1)").arg(built_qt);
    text += QStringLiteral("\nCompiler: %1\nBuild type: %2\n")
                .arg(QStringLiteral(VTL_BUILD_INFO_COMPILER),
                     QStringLiteral(VTL_BUILD_INFO_BUILD_TYPE));
    const QString options = QStringLiteral(VTL_BUILD_INFO_OPTIONS);
    if (!options.isEmpty())
        text += QStringLiteral("Options: %1\n").arg(options);
    return text;
}

} // namespace vtl::app
