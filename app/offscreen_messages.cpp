#include "app/offscreen_messages.hpp"

#include <QString>
#include <QtGlobal>

namespace vtl::app {
namespace {

QtMessageHandler previous_handler = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg &&
        message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (previous_handler)
        previous_handler(type, context, message);
}

} // namespace

void drop_offscreen_size_hint_warning() {
    // qInstallMessageHandler returns the previous handler: Qt's default one the first time.
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        previous_handler = previous;
}

} // namespace vtl::app
