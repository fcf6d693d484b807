// The code pane's C# listings are code that compiles: every shipped listing
// (resources/dotnet/reference/listings/<strategy>.cs.txt, compiled in under
// :/dotnet/reference/listings/) is exactly what the `// listing:<strategy> begin|end` markers
// cut out of the C# program's real sources (resources/dotnet/ValueTaskLab.Reference), by the
// rules of its Output/Listings.cs, re-implemented here so the check needs no .NET SDK.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "models/claims/dotnet_reference.hpp"
#include "models/paths/code_pane_listing.hpp"
#include "workload/scenario.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using vtl::models::CodeLanguage;
using vtl::models::CodePaneListing;

namespace {

const QString project_dir =
    QStringLiteral(VTL_SOURCE_DIR "/resources/dotnet/ValueTaskLab.Reference");
const QString shipped_dir = QStringLiteral(VTL_SOURCE_DIR "/resources/dotnet/reference/listings");

QString read_text(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Line {
    QString code;
    QStringList stations;
};

struct Extracted {
    std::map<QString, std::vector<Line>> listings;
    QString error;
};

// Output/Listings.cs's Extract(): the embedded sources ("source/<dir>/<file>.cs", ordinal
// order), every segment between the markers, each segment without its common indentation,
// segments joined by one blank line; a trailing `// @@ a b` comment gives the stations.
Extracted extract(const QString& root) {
    static const QRegularExpression begin(
        QStringLiteral("^\\s*// listing:(?<name>[a-z_]+) begin\\s*$"));
    static const QRegularExpression end(
        QStringLiteral("^\\s*// listing:(?<name>[a-z_]+) end\\s*$"));
    static const QRegularExpression tag(QStringLiteral("\\s*// @@ (?<tags>[a-z_ ]+?)\\s*$"));
    static const QStringList skipped = {QStringLiteral("bin"), QStringLiteral("obj"),
                                        QStringLiteral("out"),
                                        QStringLiteral("BenchmarkDotNet.Artifacts")};
    Extracted x;
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.cs")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(root).relativeFilePath(it.next());
        if (!skipped.contains(rel.section(QLatin1Char('/'), 0, 0)))
            files << QStringLiteral("source/") + rel;
    }
    std::sort(files.begin(), files.end()); // ordinal, as StringComparer.Ordinal
    std::map<QString, std::vector<QStringList>> segments;
    for (const QString& resource : files) {
        const QString text = read_text(root + QLatin1Char('/') + resource.mid(7));
        QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));
        if (text.endsWith(QLatin1Char('\n')))
            lines.removeLast(); // ReadLine() gives no empty line after the last newline
        std::optional<QStringList> current;
        QString current_name;
        int line_no = 0;
        for (const QString& l : lines) {
            ++line_no;
            const auto b = begin.match(l), e = end.match(l);
            if (b.hasMatch()) {
                if (current) {
                    x.error = QStringLiteral("%1:%2: begins inside listing:%3")
                                  .arg(resource)
                                  .arg(line_no)
                                  .arg(current_name);
                    return x;
                }
                current = QStringList();
                current_name = b.captured(QStringLiteral("name"));
            } else if (e.hasMatch()) {
                if (!current || e.captured(QStringLiteral("name")) != current_name) {
                    x.error =
                        QStringLiteral("%1:%2: end without its begin").arg(resource).arg(line_no);
                    return x;
                }
                segments[current_name].push_back(*current);
                current.reset();
            } else if (current) {
                current->push_back(l);
            }
        }
        if (current) {
            x.error = QStringLiteral("%1: listing:%2 never ends").arg(resource, current_name);
            return x;
        }
    }
    const auto leading = [](const QString& s) {
        qsizetype n = 0;
        while (n < s.size() && s[n].isSpace())
            ++n;
        return n;
    };
    for (const auto& [name, segs] : segments) {
        std::vector<Line>& out = x.listings[name];
        for (const QStringList& seg : segs) {
            if (!out.empty())
                out.push_back({});
            qsizetype indent = -1;
            for (const QString& l : seg)
                if (!l.trimmed().isEmpty())
                    indent = indent < 0 ? leading(l) : std::min(indent, leading(l));
            indent = std::max<qsizetype>(indent, 0);
            for (const QString& raw : seg) {
                const QString l = raw.size() >= indent ? raw.mid(indent) : raw.mid(leading(raw));
                const auto t = tag.match(l);
                Line line;
                line.code = t.hasMatch() ? l.left(t.capturedStart()) : l;
                while (!line.code.isEmpty() && line.code.back().isSpace()) // TrimEnd()
                    line.code.chop(1);
                if (t.hasMatch())
                    line.stations = t.captured(QStringLiteral("tags"))
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
                out.push_back(line);
            }
        }
    }
    return x;
}

// Output/Listings.cs's Render(): stations from column 57, or one space after long code.
QString render(const std::vector<Line>& lines) {
    QString s;
    for (const Line& l : lines) {
        s += l.code;
        if (!l.stations.isEmpty()) {
            s += QString(std::max<qsizetype>(1, 56 - l.code.size()), QLatin1Char(' '));
            s += QStringLiteral("@@ ") + l.stations.join(QLatin1Char(' '));
        }
        s += QLatin1Char('\n');
    }
    return s;
}

// The strategy's scenario key ("task", "pooled", …), which names its listing files too.
QString strategy_key(vtl::workload::Strategy s) {
    return QLatin1String(vtl::workload::to_string(s));
}

} // namespace

class TestDotnetListings : public QObject {
    Q_OBJECT
private slots:
    void shippedListingsAreCutFromTheRealSources();
    void everyStrategyHasACSharpListing();
    void theComparisonCanFail();
    void paneReadsTheShippedListings();
};

void TestDotnetListings::shippedListingsAreCutFromTheRealSources() {
    const Extracted x = extract(project_dir);
    QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
    QVERIFY(!x.listings.empty());
    for (const auto& [name, lines] : x.listings) {
        const QString path = shipped_dir + QLatin1Char('/') + name + QStringLiteral(".cs.txt");
        QVERIFY2(
            QFileInfo::exists(path),
            qPrintable(path + QStringLiteral(": not shipped; copy it from a run's listings/")));
        const QString shipped = read_text(path);
        const QString cut = render(lines);
        if (shipped != cut) {
            // Name the first line that differs.
            const QStringList a = shipped.split(QLatin1Char('\n')),
                              b = cut.split(QLatin1Char('\n'));
            qsizetype i = 0;
            while (i < a.size() && i < b.size() && a[i] == b[i])
                ++i;
            QFAIL(qPrintable(
                QStringLiteral("%1 differs from the C# sources' markers at line %2:\n  shipped: "
                               "%3\n  sources: %4\nRe-run the C# program "
                               "(`valuetask-lab dotnet`, or `dotnet run -c Release -- --only "
                               "outcomes --out DIR`) and ship DIR/listings/.")
                    .arg(path)
                    .arg(i + 1)
                    .arg(i < a.size() ? a[i] : QStringLiteral("(end)"),
                         i < b.size() ? b[i] : QStringLiteral("(end)"))));
        }
    }
    // Nothing shipped that the sources no longer have.
    for (const QString& f : QDir(shipped_dir).entryList({QStringLiteral("*.cs.txt")}, QDir::Files))
        QVERIFY2(x.listings.count(f.chopped(7)) == 1,
                 qPrintable(f + QStringLiteral(": shipped, but no listing in the C# sources")));
}

void TestDotnetListings::everyStrategyHasACSharpListing() {
    const Extracted x = extract(project_dir);
    QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
    const QString names = read_text(project_dir + QStringLiteral("/Output/Listings.cs"));
    for (vtl::workload::Strategy s : vtl::workload::all_strategies) {
        const QString name = strategy_key(s);
        const auto it = x.listings.find(name);
        QVERIFY2(it != x.listings.end(), qPrintable(name + QStringLiteral(": no listing")));
        const auto has = [&](const QString& code) {
            return std::any_of(it->second.begin(), it->second.end(),
                               [&](const Line& l) { return l.code == code; });
        };
        QVERIFY2(has(QStringLiteral("// caller")) && has(QStringLiteral("// service")),
                 qPrintable(name + QStringLiteral(": needs a // caller and a // service part")));
        // The C# program writes only the listings it names.
        QVERIFY2(names.contains(QLatin1Char('"') + name + QLatin1Char('"')),
                 qPrintable(name + QStringLiteral(": not in Listings.Names")));
    }
}

// A listing edited by hand, or a source changed without re-running the program, is caught.
void TestDotnetListings::theComparisonCanFail() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("Shapes")));
    QFile f(dir.filePath(QStringLiteral("Shapes/A.cs")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("class A {\n"
            "    // listing:demo begin\n"
            "    // caller\n"
            "    var op = service.GetAsync(spec);   // @@ issued\n"
            "    // listing:demo end\n"
            "    void B() {\n"
            "        // listing:demo begin\n"
            "        // service\n"
            "        return x;   // @@ hit miss\n"
            "        // listing:demo end\n"
            "    }\n"
            "}\n");
    f.close();
    const Extracted x = extract(dir.path());
    QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
    const QString expected =
        QStringLiteral("// caller\n"
                       "var op = service.GetAsync(spec);                        @@ issued\n"
                       "\n"
                       "// service\n"
                       "return x;                                               @@ hit miss\n");
    QCOMPARE(render(x.listings.at(QStringLiteral("demo"))), expected);
    QVERIFY(render(x.listings.at(QStringLiteral("demo"))) !=
            QString(expected).replace(QStringLiteral("return x;"), QStringLiteral("return y;")));
}

// The pane's C# text is the shipped listing (no fresh run in this test's data folder).
void TestDotnetListings::paneReadsTheShippedListings() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    for (vtl::workload::Strategy s : vtl::workload::all_strategies) {
        const QString resource = CodePaneListing::resource_path(s, CodeLanguage::csharp);
        QCOMPARE(resource, QStringLiteral(":/dotnet/reference/listings/") + strategy_key(s) +
                               QStringLiteral(".cs.txt"));
        QCOMPARE(CodePaneListing::path(s, CodeLanguage::csharp), resource);
        const CodePaneListing shipped = CodePaneListing::parse(read_text(
            shipped_dir + QLatin1Char('/') + strategy_key(s) + QStringLiteral(".cs.txt")));
        QVERIFY(shipped.is_valid());
        QCOMPARE(CodePaneListing::load(s, CodeLanguage::csharp).text(), shipped.text());
    }
    // A fresh run's listing takes precedence.
    QVERIFY(vtl::models::fresh_dotnet_dir().startsWith(home.path()));
    const QString fresh_dir = vtl::models::fresh_dotnet_dir() + QStringLiteral("/listings");
    QVERIFY(QDir().mkpath(fresh_dir));
    QFile fresh(fresh_dir + QStringLiteral("/task.cs.txt"));
    QVERIFY(fresh.open(QIODevice::WriteOnly));
    fresh.write("// caller\nfresh();     @@ issued\n");
    fresh.close();
    QCOMPARE(CodePaneListing::path(vtl::workload::Strategy::task, CodeLanguage::csharp),
             fresh.fileName());
    QCOMPARE(CodePaneListing::load(vtl::workload::Strategy::task, CodeLanguage::csharp).text(),
             QStringLiteral("// caller\nfresh();"));
}

VTL_QTEST_GUILESS_MAIN(test_models_dotnet_listings, TestDotnetListings)
#include "test_dotnet_listings.moc"
