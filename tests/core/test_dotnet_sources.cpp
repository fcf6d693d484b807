// Every statement about .NET must be traceable (issue 9): each dotnet/runtime file the sources
// cite is listed in docs/SOURCES.md, and the texts that used to say something false now say
// what .NET does, with the file and function beside it.
#include <QTest>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

class TestDotnetSources : public QObject {
    Q_OBJECT
private slots:
    void everyCitedRuntimeFileIsListed();
    void onCompletedTextSaysDotnetQueues();
    void gcModelNamesTheFunctionsItReproduces();
};

namespace {

const fs::path root{VTL_SOURCE_DIR};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A path cut over two comment lines ("…/Tasks/\n// Task.cs") is joined back together.
std::string join_wrapped_paths(const std::string& text) {
    static const std::regex wrap(R"(/[ \t]*\r?\n[ \t]*//[ \t]*)");
    return std::regex_replace(text, wrap, "/");
}

} // namespace

void TestDotnetSources::everyCitedRuntimeFileIsListed() {
    const std::string listed = read(root / "docs" / "SOURCES.md");
    QVERIFY2(!listed.empty(), "docs/SOURCES.md is missing");
    static const std::regex cited(R"(src/(coreclr|libraries)/[A-Za-z0-9_./-]+\.(cs|cpp|h))");
    std::set<std::string> missing;
    std::size_t found = 0;
    for (const char* dir : {"core", "models", "widgets", "app"}) {
        if (!fs::exists(root / dir))
            continue;
        for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
            const auto ext = e.path().extension();
            if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp"))
                continue;
            const std::string text = join_wrapped_paths(read(e.path()));
            for (std::sregex_iterator m(text.begin(), text.end(), cited), end; m != end; ++m) {
                ++found;
                if (listed.find(m->str()) == std::string::npos)
                    missing.insert(m->str() + " (cited in " +
                                   fs::relative(e.path(), root).string() + ")");
            }
        }
    }
    QVERIFY(found >= 5); // the GC model and the core cite several files themselves
    std::string all;
    for (const std::string& m : missing)
        all += "\n  " + m;
    QVERIFY2(missing.empty(), ("not in docs/SOURCES.md:" + all).c_str());
}

// .NET's ManualResetValueTaskSourceCore.OnCompleted queues a continuation registered on a
// completed operation; the old comment said .NET invokes it itself.
void TestDotnetSources::onCompletedTextSaysDotnetQueues() {
    const std::string text = read(root / "core" / "vtl" / "value_task_source.hpp");
    QVERIFY(!text.empty());
    QVERIFY(text.find("invokes the continuation itself") == std::string::npos);
    QVERIFY(text.find("ManualResetValueTaskSourceCore.cs") != std::string::npos);
    QVERIFY(text.find("UnsafeQueueUserWorkItem") != std::string::npos);
    QVERIFY(text.find("SynchronizationContext.Post") != std::string::npos);
    const std::string sources = read(root / "docs" / "SOURCES.md");
    QVERIFY(sources.find("does **not** run the continuation inline") != std::string::npos);
}

void TestDotnetSources::gcModelNamesTheFunctionsItReproduces() {
    const std::string text = read(root / "core" / "measure" / "gc_model.hpp");
    for (const char* name :
         {"get_gen0_min_size", "init_static_data", "GetLogicalProcessorCacheSizeFromOS",
          "src/coreclr/gc/init.cpp", "src/coreclr/gc/dynamic_tuning.cpp"})
        QVERIFY2(text.find(name) != std::string::npos, name);
    QVERIFY(text.find("half this machine's L3") == std::string::npos);
}

QTEST_APPLESS_MAIN(TestDotnetSources)
#include "test_dotnet_sources.moc"
