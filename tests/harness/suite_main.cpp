// main() of a suite group: `GROUP SUITE [Qt Test options]` runs one registered suite.
#include "qtest_suite.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

std::map<std::string, vtl_test::SuiteMain>& suites() {
    static std::map<std::string, vtl_test::SuiteMain> registry;
    return registry;
}

} // namespace

bool vtl_test::register_suite(const char* name, SuiteMain main) noexcept {
    // Two suites under one name would be a wiring mistake that silently hides one of them.
    if (!suites().emplace(name, main).second) {
        std::fprintf(stderr, "suite registered twice: %s\n", name);
        std::abort();
    }
    return true;
}

int main(int argc, char** argv) {
    const auto it = argc > 1 ? suites().find(argv[1]) : suites().end();
    if (it == suites().end()) {
        std::fprintf(stderr, "usage: %s SUITE [Qt Test options]\nsuites:", argv[0]);
        for (const auto& suite : suites())
            std::fprintf(stderr, " %s", suite.first.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    // argv[0] becomes the suite's own name next to the group (as if it were its own program):
    // Qt derives applicationName() from it, and with it where QSettings and QStandardPaths
    // keep a suite's files, so suites of one group running side by side do not share them.
    std::string self = argv[0];
    const auto slash = self.rfind('/');
    self = (slash == std::string::npos ? std::string() : self.substr(0, slash + 1)) + it->first;
    std::vector<char*> args{self.data()};
    args.insert(args.end(), argv + 2, argv + argc);
    args.push_back(nullptr);
    return it->second(argc - 1, args.data());
}
