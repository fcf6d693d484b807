// Several Qt Test suites share one executable per Qt floor (tests/CMakeLists.txt says why).
// A suite registers itself under its CTest name with one of the macros below, in place of
// QTEST_MAIN & co; the executable's main() (suite_main.cpp) runs the suite named by its first
// argument and passes the rest to QTest::qExec. Each suite still runs in its own process, with
// the same application object the Qt macro would have made for that floor.
#pragma once

#include <QTest>

namespace vtl_test {

using SuiteMain = int (*)(int argc, char** argv);

// Called during static initialisation; the registry is a function-local static, so the order
// in which translation units initialise does not matter.
bool register_suite(const char* name, SuiteMain main) noexcept;

} // namespace vtl_test

// The body of QTEST_MAIN_WRAPPER (qtest.h), as a registered function instead of main().
#define VTL_QTEST_SUITE_WITH(name, TestObject, ...)                                                \
    namespace {                                                                                    \
    int name##_main(int argc, char** argv) {                                                       \
        QTest::Internal::callInitMain<TestObject>();                                               \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }                                                                                              \
    [[maybe_unused]] const bool name##_registered = vtl_test::register_suite(#name, &name##_main); \
    }

// QTEST_MAIN: the floor's application (QApplication, QGuiApplication or QCoreApplication).
#define VTL_QTEST_MAIN(name, TestObject) VTL_QTEST_SUITE_WITH(name, TestObject, QTEST_MAIN_SETUP())
// QTEST_GUILESS_MAIN: a QCoreApplication.
#define VTL_QTEST_GUILESS_MAIN(name, TestObject)                                                   \
    VTL_QTEST_SUITE_WITH(name, TestObject, QTEST_QAPP_SETUP(QCoreApplication))
// QTEST_APPLESS_MAIN: no application object at all.
#define VTL_QTEST_APPLESS_MAIN(name, TestObject) VTL_QTEST_SUITE_WITH(name, TestObject)
