#include "core/money.h"
#include "testmain.h"

#include <QTest>

using namespace anxin::core;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void formatFen_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("¥0.00");
        QTest::newRow("cents") << qint64(5) << QStringLiteral("¥0.05");
        QTest::newRow("durian") << qint64(36800) << QStringLiteral("¥368.00");
        QTest::newRow("thousands") << qint64(123450) << QStringLiteral("¥1,234.50");
        QTest::newRow("millions") << qint64(123456789) << QStringLiteral("¥1,234,567.89");
        QTest::newRow("negative") << qint64(-149000) << QStringLiteral("-¥1,490.00");
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << QStringLiteral("-¥92,233,720,368,547,758.08");
    }
    void formatFen()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(anxin::core::formatFen(fen), text);
    }
    void formatFen_noSymbol_plainNumber() { QCOMPARE(anxin::core::formatFen(36800, false), QStringLiteral("368.00")); }
};

ANXIN_TEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
