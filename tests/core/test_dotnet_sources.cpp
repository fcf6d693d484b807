// Every statement about .NET must be traceable (issue 9): each dotnet/runtime file the sources
// cite is listed in docs/SOURCES.md, and the texts that used to say something false now say
// what .NET does, with the file and function beside it.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

// Qt's regular expressions, not <regex>: std::regex alone took this file 12 s to compile.
class TestDotnetSources : public QObject {
    Q_OBJECT
private slots:
    void everyCitedRuntimeFileIsListed();
    void onCompletedTextSaysDotnetQueues();
    void gcModelNamesTheFunctionsItReproduces();
};

namespace {

const QDir root{QStringLiteral(VTL_SOURCE_DIR)};

QString read_source(const QString& relative) {
    QFile f(root.filePath(relative));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A path cut over two comment lines ("…/Tasks/\n// Task.cs") is joined back together.
QString join_wrapped_paths(QString text) {
    static const QRegularExpression wrap(QStringLiteral(R"(/[ \t]*\r?\n[ \t]*//[ \t]*)"));
    return text.replace(wrap, QStringLiteral("/"));
}

} // namespace

void TestDotnetSources::everyCitedRuntimeFileIsListed() {
    const QString listed = read_source(QStringLiteral("docs/SOURCES.md"));
    QVERIFY2(!listed.isEmpty(), "docs/SOURCES.md is missing");
    static const QRegularExpression cited(
        QStringLiteral(R"(src/(coreclr|libraries)/[A-Za-z0-9_./-]+\.(cs|cpp|h))"));
    QSet<QString> missing;
    qsizetype found = 0;
    for (const char* dir : {"core", "models", "widgets", "app"}) {
        QDirIterator it(root.filePath(QLatin1String(dir)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.hpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = root.relativeFilePath(it.next());
            const QString text = join_wrapped_paths(read_source(path));
            for (const QRegularExpressionMatch& m : cited.globalMatch(text)) {
                ++found;
                if (!listed.contains(m.captured()))
                    missing.insert(m.captured() + QStringLiteral(" (cited in ") + path + u')');
            }
        }
    }
    QVERIFY(found >= 5); // the GC model and the core cite several files themselves
    QStringList all(missing.begin(), missing.end());
    all.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in docs/SOURCES.md:\n  ") +
                                           all.join(QStringLiteral("\n  "))));
}

// .NET's ManualResetValueTaskSourceCore.OnCompleted queues a continuation registered on a
// completed operation; the old comment said .NET invokes it itself.
void TestDotnetSources::onCompletedTextSaysDotnetQueues() {
    const QString text = read_source(QStringLiteral("core/vtl/value_task_source.hpp"));
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QLatin1String("invokes the continuation itself")));
    QVERIFY(text.contains(QLatin1String("ManualResetValueTaskSourceCore.cs")));
    QVERIFY(text.contains(QLatin1String("UnsafeQueueUserWorkItem")));
    QVERIFY(text.contains(QLatin1String("SynchronizationContext.Post")));
    const QString sources = read_source(QStringLiteral("docs/SOURCES.md"));
    QVERIFY(sources.contains(QLatin1String("does **not** run the continuation inline")));
}

void TestDotnetSources::gcModelNamesTheFunctionsItReproduces() {
    const QString text = read_source(QStringLiteral("core/measure/gc_model.hpp"));
    QVERIFY(!text.isEmpty());
    for (const char* name :
         {"get_gen0_min_size", "init_static_data", "GetLogicalProcessorCacheSizeFromOS",
          "src/coreclr/gc/init.cpp", "src/coreclr/gc/dynamic_tuning.cpp"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
    QVERIFY(!text.contains(QLatin1String("half this machine's L3")));
}

VTL_QTEST_APPLESS_MAIN(test_dotnet_sources, TestDotnetSources)
#include "test_dotnet_sources.moc"
