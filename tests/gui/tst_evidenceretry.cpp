// Evidence on a host that never answers and a deleted product (issue #25): the sync completes without them, the
// status bar says "completed with 1 item refused · N images not downloaded" (and which, in its tooltip), the
// detail pane says "Image not downloaded — retry", and the agent's click downloads them now through the sync
// worker (never from the widget): a failure says so again, a host that answers brings the images in.
#include "aftersales/aftersalespage.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"
#include "sandboxprofile.h"
#include "shell/i18n.h"
#include "shell/mainwindow.h"
#include "store/database.h"
#include "testmain.h"

#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QtTest>

using namespace anxin;

class TstEvidenceRetry : public QObject
{
    Q_OBJECT
private slots:
    void deadImageHost_placeholderRetries_failsThenFetches();
};

void TstEvidenceRetry::deadImageHost_placeholderRetries_failsThenFetches()
{
    sandbox::SandboxOptions options;
    options.seed = 11;
    options.tickets = 150;
    test::SandboxHarness sb(options);
    QCOMPARE(sb.control("POST", QStringLiteral("/__sandbox/faults"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("image_host")},
                                    {QStringLiteral("host"), QStringLiteral("silent")}})
                 .httpStatus,
             200);
    QCOMPARE(sb.control("POST", QStringLiteral("/__sandbox/faults"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("deleted_product")}})
                 .httpStatus,
             200);
    test::SandboxProfile connected(sb);
    QVERIFY(connected.created);
    core::Profile &profile = connected.profile;
    core::Settings &settings = connected.settings;
    models::DeskSession session(profile, settings, core::Clock::system());
    QVERIFY(session.open().ok());
    QSignalSpy synced(&session, &models::DeskSession::syncFinished);
    session.syncControl().startSync(0);
    QVERIFY(synced.wait(120000));
    QVERIFY2(session.syncControl().lastSyncReport().ok(),
             qPrintable(session.syncControl().lastSyncReport().error.message));
    QVERIFY(session.syncControl().lastSyncReport().imagesFailed > 0);
    QCOMPARE(session.syncControl().lastSyncReport().images, 0);
    QCOMPARE(session.syncControl().lastSyncReport().itemsRefused, 1);

    // The status bar says the sync completed, and what it could not fetch.
    {
        ui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        ui::MainWindow window(session, languages, connected.dir.path());
        auto *last = window.findChild<QLabel *>(QStringLiteral("lastSync"));
        QVERIFY(last);
        QVERIFY2(last->text().contains(QLatin1String("completed with 1 item refused")), qPrintable(last->text()));
        QVERIFY2(last->text().contains(QLatin1String("images not downloaded")), qPrintable(last->text()));
        const auto failures = session.syncControl().itemFailures();
        const auto product = std::find_if(failures.cbegin(), failures.cend(), [](const store::ItemFailure &f) {
            return f.kind == QLatin1String("product");
        });
        QVERIFY(product != failures.cend());
        QVERIFY2(last->toolTip().contains(QStringLiteral("Product ") + product->itemId), qPrintable(last->toolTip()));
        languages.apply(QStringLiteral("zh_CN"));
        QTRY_VERIFY2(last->text().contains(QStringLiteral("平台拒绝了 1 项")), qPrintable(last->text()));
        languages.apply(QStringLiteral("en"));
    }

    QSqlQuery q(session.cache().database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT aftersale_id, url FROM evidence WHERE local_path = '' AND idx = 0 "
                                  "ORDER BY aftersale_id LIMIT 1")));
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    const QString deadBase = QUrl(q.value(1).toString()).adjusted(QUrl::RemovePath).toString();

    ui::AfterSalesPage page(session);
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openTicket(id);
    auto button = [&page] { return page.findChild<QToolButton *>(QStringLiteral("evidence0")); };
    QTRY_VERIFY(button());
    QVERIFY(button()->isEnabled());
    QVERIFY(button()->icon().isNull());
    QVERIFY2(button()->text().contains(QLatin1String("retry")), qPrintable(button()->text()));

    // The host still does not answer: the placeholder says so and offers the retry again.
    QSignalSpy fetched(&session.syncControl(), &models::SyncController::evidenceFetched);
    QTest::mouseClick(button(), Qt::LeftButton);
    QVERIFY(!button()->isEnabled()); // "Downloading…"
    QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty(), 30000);
    QCOMPARE(fetched.last().at(0).toString(), id);
    QCOMPARE(fetched.last().at(1).toInt(), 0);
    QVERIFY(fetched.last().at(2).toInt() > 0);
    QTRY_VERIFY(button()->isEnabled());
    QVERIFY2(button()->toolTip().contains(QLatin1String("did not deliver")), qPrintable(button()->toolTip()));

    // The CDN answers again (here: the same images from the sandbox itself): one click brings them in.
    QVERIFY(q.exec(QStringLiteral("UPDATE evidence SET url = replace(url, '%1', '%2')").arg(deadBase, sb.baseUrl())));
    fetched.clear();
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty(), 30000);
    QVERIFY(fetched.last().at(1).toInt() > 0);
    QCOMPARE(fetched.last().at(2).toInt(), 0);
    QTRY_VERIFY(button() && !button()->icon().isNull());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM evidence WHERE aftersale_id = '%1' AND local_path = ''").arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

ANXIN_TEST_MAIN(TstEvidenceRetry)
#include "tst_evidenceretry.moc"
