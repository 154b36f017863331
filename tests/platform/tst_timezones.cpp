// Beijing time wherever the desktop is (issue #26, step 2): the platform's "yyyy-MM-dd HH:mm:ss" strings are
// UTC+8 and HTTP dates are GMT, so a desktop in a zone with daylight saving must read times that fall in its own
// clock-change gap. The process runs under the zone given in ANXIN_TEST_TZ (default America/New_York, whose 2026
// spring gap is 8 March 02:00-03:00); ctest runs it again under Europe/London.
#include "core/processend.h"
#include "platform/parsers.h"
#include "platform/retrypolicy.h"

#include <QJsonDocument>
#include <QTest>

#include <ctime>

using namespace anxin::platform;

class TstTimeZones : public QObject
{
    Q_OBJECT
private slots:
    void beijingString_inTheDesktopsDstGap_parsesAsUtc8_data();
    void beijingString_inTheDesktopsDstGap_parsesAsUtc8();
    void httpDate_inTheDesktopsDstGap_parsesAsGmt_data();
    void httpDate_inTheDesktopsDstGap_parsesAsGmt();
};

void TstTimeZones::beijingString_inTheDesktopsDstGap_parsesAsUtc8_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epoch");
    QTest::newRow("New York gap 2026-03-08 02:30") << QStringLiteral("2026-03-08 02:30:00") << qint64(1772908200);
    QTest::newRow("London gap 2026-03-29 01:30") << QStringLiteral("2026-03-29 01:30:00") << qint64(1774719000);
    QTest::newRow("an ordinary hour") << QStringLiteral("2026-12-05 20:00:00") << qint64(1796472000);
}

void TstTimeZones::beijingString_inTheDesktopsDstGap_parsesAsUtc8()
{
    QFETCH(QString, text);
    QFETCH(qint64, epoch);
    const QByteArray data = R"({"items":[{"aftersale_info":{"aftersale_id":"1","aftersale_status":6,"update_time":1,)"
                            R"("apply_time":")" +
                            text.toLatin1() + R"("}}],"has_more":false,"total":1,"page":0,"size":10})";
    const auto page = parseAfterSaleList(QJsonDocument::fromJson(data).object());
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().applyTime, epoch);
}

void TstTimeZones::httpDate_inTheDesktopsDstGap_parsesAsGmt_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("IMF-fixdate, New York gap") << QByteArray("Sun, 08 Mar 2026 02:30:00 GMT") << 1772937000000LL;
    QTest::newRow("RFC 850, New York gap") << QByteArray("Sunday, 08-Mar-26 02:30:00 GMT") << 1772937000000LL;
    QTest::newRow("asctime, New York gap") << QByteArray("Sun Mar  8 02:30:00 2026") << 1772937000000LL;
    QTest::newRow("IMF-fixdate, London gap") << QByteArray("Sun, 29 Mar 2026 01:30:00 GMT") << 1774747800000LL;
}

void TstTimeZones::httpDate_inTheDesktopsDstGap_parsesAsGmt()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, msecs);
    const auto parsed = parseHttpDate(header);
    QVERIFY2(parsed.has_value(), header.constData());
    QCOMPARE(*parsed, msecs);
}

int main(int argc, char **argv)
{
    const QByteArray zone =
        qEnvironmentVariableIsSet("ANXIN_TEST_TZ") ? qgetenv("ANXIN_TEST_TZ") : QByteArray("America/New_York");
    qputenv("TZ", zone);
#ifndef Q_OS_WIN
    tzset();
#endif
    const int rc = [&] {
        TstTimeZones t;
        return QTest::qExec(&t, argc, argv);
    }();
    return anxin::core::endProcess(rc);
}

#include "tst_timezones.moc"
