// A decision the platform does not take through its open API (11001, issue #25) is not a dead end: the Pending
// page says where to make it and "Open in the merchant back office" copies the ticket id and opens the back
// office. The real sandbox (in-process) refuses one approval with 11001; the real session syncs it.
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "pending/pendingpage.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"
#include "sandboxprofile.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "testmain.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

class TstPendingRefusal : public QObject
{
    Q_OBJECT
private slots:
    void notThroughApi_pendingPageOffersTheBackOffice();
};

void TstPendingRefusal::notThroughApi_pendingPageOffersTheBackOffice()
{
    sandbox::SandboxOptions options;
    options.seed = 13;
    options.tickets = 200;
    test::SandboxHarness sb(options);
    test::SandboxProfile connected(sb);
    QVERIFY(connected.created);
    core::Profile &profile = connected.profile;
    core::Settings &settings = connected.settings;
    models::DeskSession session(profile, settings, core::Clock::system());
    QVERIFY(session.open().ok());
    QSignalSpy synced(&session, &models::DeskSession::syncFinished);
    session.syncControl().startSync(0);
    QVERIFY(synced.wait(120000));

    QSqlQuery q(session.cache().database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT aftersale_id FROM tickets WHERE aftersale_status = 6 AND final_time = 0 AND "
                                  "aftersale_type IN (1, 2, 6) AND status_deadline > strftime('%s','now') + 21600 "
                                  "ORDER BY aftersale_id LIMIT 1")));
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    q.finish(); // an unfinished SELECT would pin this connection's snapshot
    QCOMPARE(sb.control("POST", QStringLiteral("/__sandbox/faults"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("refuse_item")},
                                    {QStringLiteral("aftersale_id"), id},
                                    {QStringLiteral("code"), 11001}})
                 .httpStatus,
             200);
    sync::DecisionInput in;
    in.aftersaleId = id;
    in.action = sync::DecisionAction::Approve;
    const auto outboxId = session.decisions().decide(in);
    QVERIFY2(outboxId.ok(), outboxId.ok() ? "" : qPrintable(outboxId.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(session.decisions().outboxCounts().value().value(store::OutboxState::Failed), 1, 60000);

    ui::PendingPage page(session);
    QList<QUrl> opened;
    page.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("outboxTable"));
    auto *backOffice = page.findChild<QPushButton *>(QStringLiteral("openBackOffice"));
    auto *detail = page.findChild<QLabel *>(QStringLiteral("outboxDetail"));
    QVERIFY(table && backOffice && detail);
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(!backOffice->isVisible()); // nothing selected yet
    table->selectRow(0);
    QCOMPARE(table->item(0, 1)->text(), id);
    QVERIFY(backOffice->isVisible());
    QVERIFY2(detail->text().contains(QLatin1String("merchant back office")), qPrintable(detail->text()));
    QVERIFY2(detail->text().contains(QLatin1String("11001")), qPrintable(detail->text()));
    QTest::mouseClick(backOffice, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(), ui::PendingPage::backOfficeUrl());
    QCOMPARE(QGuiApplication::clipboard()->text(), id);
}

ANXIN_TEST_MAIN(TstPendingRefusal)
#include "tst_pendingrefusal.moc"
