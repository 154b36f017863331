#pragma once

// QTEST_MAIN, QTEST_GUILESS_MAIN and QTEST_APPLESS_MAIN with the same set-up, whose main() ends through
// core::endProcess like the programs' (see there: on a MinGW build for Windows a finished process can otherwise
// hang in the C++ runtime's DLL detach).

#include "core/processend.h"

#include <QTest>

#define ANXIN_TEST_MAIN_WRAPPER(TestObject, ...)                                                                       \
    static int anxinRunTests(int argc, char *argv[])                                                                   \
    {                                                                                                                  \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                             \
        __VA_ARGS__                                                                                                    \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }                                                                                                                  \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        return anxin::core::endProcess(anxinRunTests(argc, argv));                                                     \
    }

#define ANXIN_TEST_MAIN(TestObject) ANXIN_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
#define ANXIN_TEST_GUILESS_MAIN(TestObject) ANXIN_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define ANXIN_TEST_APPLESS_MAIN(TestObject) ANXIN_TEST_MAIN_WRAPPER(TestObject)
