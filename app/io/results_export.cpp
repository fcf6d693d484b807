#include "app/io/results_export.hpp"

#include "app/io/scenario_file.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace vtl::app {

bool write_file_atomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QString("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QString("%1: write failed: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool export_results(const QString& dir, const workload::RunResults& results, QString* error) {
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QString("%1: cannot create the folder").arg(dir);
        return false;
    }
    const QDir out(dir);
    const struct {
        QString name;
        QByteArray bytes;
    } files[] = {
        {"summary.csv", QByteArray::fromStdString(workload::summary_csv(results.summary))},
        {"timeseries.csv", QByteArray::fromStdString(workload::timeseries_csv(results.timeseries))},
        {"scenario.json", scenario_to_json(results.scenario)},
    };
    QStringList written;
    for (const auto& f : files) {
        const QString path = out.filePath(f.name);
        if (!write_file_atomically(path, f.bytes, error)) {
            // All three or none: a summary without its time series would mislead.
            for (const QString& done : written)
                QFile::remove(done);
            return false;
        }
        written << path;
    }
    return true;
}

} // namespace vtl::app
