// The code pane shows the core's real code: every code line of the C++ listings appears in
// core/workload/cache_service.hpp or the engine's caller, every step of a call highlights a
// line, and the highlighted line is the one that step runs.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "models/paths/code_pane_listing.hpp"
#include "test_path_trace_builder.hpp"
#include "trace_view/path_animation_model.hpp"
#include "widgets/paths/code_pane.hpp"

#include <QFile>
#include <QRegularExpression>

using namespace vtl::models;
using namespace vtl::trace_view;

using vtl::models::code_keys;
using vtl::models::CodeLanguage;
using vtl::models::CodePaneListing;
using vtl::trace_view::PathAnimationModel;
using vtl::trace_view::PathFocus;
using vtl::trace_view::PathStation;
using vtl::widgets::CodePane;
using vtl_test::Strategy;
using vtl_test::TraceBuilder;
using vtl_test::TraceKind;

namespace {

QString normalised(QString s) {
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

// `relative` to the source tree's root.
QString read_source(const QString& relative) {
    QFile f(QStringLiteral(VTL_SOURCE_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The line a step highlights in `s`'s C++ listing, as shown.
QString highlighted_cpp(Strategy s, TraceKind kind, PathStation station) {
    CodePane pane;
    PathFocus f;
    f.event.strategy = s;
    f.event.kind = kind;
    f.station = station;
    pane.show_focus(f);
    if (pane.highlighted_cpp_lines().empty())
        return {};
    return pane.cpp_text().split(QLatin1Char('\n')).at(pane.highlighted_cpp_lines().front());
}

} // namespace

class TestPathCodePane : public QObject {
    Q_OBJECT
private slots:
    void listingsAreTheCoresRealCode();
    void everyStepHighlightsALine();
    void markersAreParsedAndHidden();
    void highlightFollowsTheCall();
    void paneFollowsTheAnimatedCall();
};

void TestPathCodePane::listingsAreTheCoresRealCode() {
    const QString service = read_source(QStringLiteral("core/workload/cache_service.hpp"));
    // The caller's side of a call lives in the engine's caller pool.
    const QString engine = read_source(QStringLiteral("core/workload/caller_pool.cpp"));
    QVERIFY(!service.isEmpty());
    QVERIFY(!engine.isEmpty());
    QStringList source_lines;
    for (const QString& l : (service + QLatin1Char('\n') + engine).split(QLatin1Char('\n')))
        source_lines.push_back(normalised(l));
    for (Strategy s : vtl::workload::all_strategies) {
        const CodePaneListing listing = CodePaneListing::load(s, CodeLanguage::cpp);
        QVERIFY2(listing.is_valid(),
                 qPrintable(CodePaneListing::resource_path(s, CodeLanguage::cpp)));
        for (const QString& raw : listing.lines()) {
            // Comments are the pane's own explanations; code must be the core's, verbatim.
            QString code = raw;
            const qsizetype comment = code.indexOf(QStringLiteral("//"));
            if (comment >= 0)
                code.truncate(comment);
            code = normalised(code);
            if (code.isEmpty() || code == QStringLiteral("}"))
                continue;
            // A line may be split in two (an attribute on its own line) to fit the pane.
            const bool found = std::any_of(source_lines.begin(), source_lines.end(),
                                           [&](const QString& l) { return l.contains(code); });
            QVERIFY2(found, qPrintable(QStringLiteral("%1: \"%2\" is not in the core's code")
                                           .arg(QLatin1String(vtl::workload::to_string(s)), code)));
        }
        // The strategy's own service method is the one shown.
        const QString method =
            QStringLiteral(" get_%1(").arg(QLatin1String(vtl::workload::to_string(s)));
        QVERIFY(listing.text().contains(method));
        QVERIFY(CodePaneListing::load(s, CodeLanguage::csharp).is_valid());
    }
}

void TestPathCodePane::everyStepHighlightsALine() {
    const QStringList steps{
        QStringLiteral("issued"),    QStringLiteral("hit"),          QStringLiteral("miss"),
        QStringLiteral("suspended"), QStringLiteral("backend"),      QStringLiteral("resumed"),
        QStringLiteral("delivered"), QStringLiteral("double_await"), QStringLiteral("released")};
    for (Strategy s : vtl::workload::all_strategies)
        for (CodeLanguage lang : {CodeLanguage::cpp, CodeLanguage::csharp}) {
            const CodePaneListing listing = CodePaneListing::load(s, lang);
            for (const QString& k : steps)
                QVERIFY2(!listing.lines_for(k).empty(),
                         qPrintable(QStringLiteral("%1 has no line for %2")
                                        .arg(CodePaneListing::resource_path(s, lang), k)));
        }
}

void TestPathCodePane::markersAreParsedAndHidden() {
    const CodePaneListing l =
        CodePaneListing::parse(QStringLiteral("a();      @@ one two\nb();\n  c(); @@two\n\n"));
    QCOMPARE(l.lines(), (QStringList{QStringLiteral("a();"), QStringLiteral("b();"),
                                     QStringLiteral("  c();")}));
    QCOMPARE(l.lines_for(QStringLiteral("one")), std::vector<int>{0});
    QCOMPARE(l.lines_for(QStringLiteral("two")), (std::vector<int>{0, 2}));
    QCOMPARE(l.lines_for_first({QStringLiteral("none"), QStringLiteral("one")}),
             std::vector<int>{0});
    QVERIFY(!l.text().contains(QStringLiteral("@@")));
}

void TestPathCodePane::highlightFollowsTheCall() {
    // A hit on the zero-allocation wrapper: the value goes into the ValueTask.
    QVERIFY(highlighted_cpp(Strategy::valuetask, TraceKind::cache_hit, PathStation::sync_return)
                .contains(QStringLiteral("return ValueTask<Payload>(cache_[c.key]);")));
    // The Task strategy's hit allocates in Task::from_result.
    QVERIFY(highlighted_cpp(Strategy::task, TraceKind::allocation, PathStation::sync_return)
                .contains(QStringLiteral("from_result")));
    // The coroutine's frame is allocated on entry, before the cache check.
    QVERIFY(
        highlighted_cpp(Strategy::valuetask_coroutine, TraceKind::allocation, PathStation::service)
            .contains(QStringLiteral("get_valuetask_coroutine(CallSpec c)")));
    // A miss allocates the fetch coroutine's frame.
    QVERIFY(highlighted_cpp(Strategy::valuetask, TraceKind::allocation, PathStation::async_start)
                .contains(QStringLiteral("fetch_task(CallSpec c)")));
    QVERIFY(highlighted_cpp(Strategy::pooled, TraceKind::cache_miss, PathStation::async_start)
                .contains(QStringLiteral("return fetch_pooled(c);")));
    QVERIFY(highlighted_cpp(Strategy::task, TraceKind::backend_completed, PathStation::backend_done)
                .contains(QStringLiteral("co_return backend_load(c);")));
    QVERIFY(highlighted_cpp(Strategy::pooled, TraceKind::double_await, PathStation::delivered_async)
                .contains(QStringLiteral("Payload again = co_await op;")));
    QVERIFY(highlighted_cpp(Strategy::task, TraceKind::suspended, PathStation::awaiting)
                .contains(QStringLiteral("co_await op")));
}

void TestPathCodePane::paneFollowsTheAnimatedCall() {
    PathAnimationModel m;
    CodePane pane;
    for (const auto& e : TraceBuilder(Strategy::task).miss(1, 112, 0x10).take()) {
        m.apply(e);
        pane.show_focus(m.state().focus);
        QCOMPARE(pane.strategy(), Strategy::task);
        QVERIFY2(!pane.highlighted_cpp_lines().empty(), vtl::workload::to_string(e.kind));
        QVERIFY(!pane.highlighted_cs_lines().empty());
        QVERIFY(!code_keys(*m.state().focus).isEmpty());
    }
    // The strategy follows the call shown.
    for (const auto& e : TraceBuilder(Strategy::pooled).hit(2).take()) {
        m.apply(e);
        pane.show_focus(m.state().focus);
    }
    QCOMPARE(pane.strategy(), Strategy::pooled);
    QVERIFY(pane.cpp_text().contains(QStringLiteral("get_pooled")));
    pane.show_focus(std::nullopt);
    QVERIFY(pane.highlighted_cpp_lines().empty());
}

VTL_QTEST_MAIN(test_path_code_pane, TestPathCodePane)
#include "test_path_code_pane.moc"
