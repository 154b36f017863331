#include "core/result.h"
#include "testmain.h"

#include <QStringList>
#include <QTest>

#include <type_traits>
#include <utility>

using namespace anxin::core;

namespace {

Result<QStringList> threeNames()
{
    return QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
}

Result<QStringList> refused()
{
    return Error::make(Error::Kind::Storage, QStringLiteral("no such table: tickets"));
}

} // namespace

// A temporary Result hands its value over, it does not refer into itself: `for (x : f().value())` iterated a list
// destroyed before the loop's first turn and two tests hung on it. A named Result still hands out references.
static_assert(std::is_same_v<decltype(std::declval<Result<QStringList>>().value()), QStringList>);
static_assert(std::is_same_v<decltype(*std::declval<Result<QStringList>>()), QStringList>);
static_assert(std::is_same_v<decltype(std::declval<Result<QStringList> &>().value()), QStringList &>);
static_assert(std::is_same_v<decltype(std::declval<const Result<QStringList> &>().value()), const QStringList &>);
static_assert(std::is_same_v<decltype(*std::declval<const Result<QStringList> &>()), const QStringList &>);

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void temporary_loopOverItsValue_seesEveryItem()
    {
        QStringList seen;
        for (const QString &name : threeNames().value())
            seen << name;
        for (const QString &name : *threeNames())
            seen << name;
        QCOMPARE(seen.join(QString()), QStringLiteral("abcabc"));
    }
    void named_valueIsItsOwn_notACopy()
    {
        Result<QStringList> r = threeNames();
        r.value() << QStringLiteral("d");
        QCOMPARE(r->size(), 4);
        QCOMPARE(static_cast<const QStringList *>(&r.value()), &*r);
    }
    void error_keepsItsKindAndMessage()
    {
        const auto r = refused();
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Storage);
        QCOMPARE(r.error().message, QStringLiteral("no such table: tickets"));
    }
};

ANXIN_TEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
