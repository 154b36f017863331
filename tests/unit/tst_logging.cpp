#include "core/logging.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace anxin::core;

class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void redact_registeredSecret_replaced()
    {
        LogRedactor::addSecret(QStringLiteral("canary-secret-XYZ123"));
        const QString out = LogRedactor::redact(QStringLiteral("signing with canary-secret-XYZ123 now"));
        QVERIFY(!out.contains(QStringLiteral("canary-secret-XYZ123")));
        QVERIFY(out.contains(QStringLiteral("***")));
        LogRedactor::clearSecrets();
    }
    void redact_queryTokens_replaced()
    {
        const QString url = QStringLiteral(
            "POST /afterSale/List?app_key=7&method=afterSale.List&access_token=abc-TOKEN-123&sign=deadbeef&v=2");
        const QString out = LogRedactor::redact(url);
        QVERIFY2(!out.contains(QStringLiteral("abc-TOKEN-123")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("deadbeef")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("app_key=7")));
    }
    void redact_jsonToken_replaced()
    {
        const QString out = LogRedactor::redact(QStringLiteral(R"({"access_token":"tok-999","x":1})"));
        QVERIFY2(!out.contains(QStringLiteral("tok-999")), qPrintable(out));
    }
    void redact_mobileNumber_masked()
    {
        const QString out = LogRedactor::redact(QStringLiteral("buyer phone 13812345678 called"));
        QVERIFY(!out.contains(QStringLiteral("13812345678")));
        // 19-digit ids are not phone numbers and must stay readable in logs.
        const QString id = QStringLiteral("ticket 7123456789012345678");
        QCOMPARE(LogRedactor::redact(id), id);
    }
    void handler_writesRedactedLineToFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.log"));
        installLogHandler(path);
        LogRedactor::addSecret(QStringLiteral("canary-file-secret"));
        qCWarning(lcNet) << "token canary-file-secret expired";
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("anxin.net"));
        QVERIFY(content.contains("expired"));
        QVERIFY(!content.contains("canary-file-secret"));
        qInstallMessageHandler(nullptr);
        LogRedactor::clearSecrets();
    }
};

ANXIN_TEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
