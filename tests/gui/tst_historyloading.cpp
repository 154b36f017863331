// The list is usable while the history loads (issue #36, step 2): on a first sync the open tickets and their details
// come first; the After-sales page shows them and says "History still loading (N %)" while the history walk runs,
// and an agent can open a ticket, read its platform log and decide it before the walk ends. The real DeskSession
// and its worker against the in-process sandbox, every list call slowed down as on a far connection.
#include "aftersales/aftersalespage.h"
#include "models/desksession.h"
#include "models/ticketlistmodel.h"
#include "platform/requests.h"
#include "sandbox/sandboxoptions.h"
#include "sandboxharness.h"
#include "sandboxprofile.h"
#include "shell/i18n.h"
#include "store/queryrunner.h"
#include "synctestsupport.h"
#include "testmain.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

#include <algorithm>

using namespace anxin;

namespace {
// The pane says the ticket's log has not arrived yet (its only line).
bool detailPending(const QListWidget *timeline)
{
    return timeline->count() > 0 && timeline->item(0)->data(Qt::UserRole).toString() == QLatin1String("detailPending");
}
} // namespace

class TstHistoryLoading : public QObject
{
    Q_OBJECT
private slots:
    void firstSync_openTicketsUsableWhileHistoryLoads();
};

void TstHistoryLoading::firstSync_openTicketsUsableWhileHistoryLoads()
{
    sandbox::SandboxOptions options;
    options.seed = 21;
    options.tickets = 1500;
    test::SandboxHarness sb(options);
    // Every list call takes 400 ms: the history walk (15 pages) runs for seconds after the open work is in.
    QVERIFY(test::injectFault(sb, QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                              {QStringLiteral("method"), QStringLiteral("afterSale.List")},
                                              {QStringLiteral("latency_ms"), 400},
                                              {QStringLiteral("ratio"), 1}}));
    QSet<QString> open;
    const auto truth = test::sandboxTickets(sb);
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        if (it->finalTime == 0 && platform::kOpenAftersaleStatuses.contains(it->status))
            open.insert(it.key());
    }
    QVERIFY(open.size() > 50 && open.size() < truth.size() / 2);

    test::SandboxProfile connected(sb);
    QVERIFY(connected.created);
    models::DeskSession session(connected.profile, connected.settings, core::Clock::system());
    QVERIFY(session.open().ok());
    ui::LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    ui::AfterSalesPage page(session);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *history = page.findChild<QLabel *>(QStringLiteral("historyState"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("ticketTable"));
    QVERIFY(history && table);
    QVERIFY(!history->isVisible());

    // What the banner says after each progress reading (connected after the page: read once the page has shown it).
    QStringList said;
    // ANXIN_SCREENSHOT_DIR: the page as it looks with its time left, saved once (docs/screenshots).
    const QString shots = qEnvironmentVariable("ANXIN_SCREENSHOT_DIR");
    bool shot = false;
    connect(&session.syncControl(), &models::SyncController::syncProgress, this, [&, history] {
        if (history->isVisible() && said.value(said.size() - 1) != history->text())
            said << history->text();
        if (!shots.isEmpty() && !shot && history->text().contains(QLatin1String(" left)"))) {
            shot = page.grab().save(shots + QStringLiteral("/history-loading-en.png"));
            QVERIFY(shot);
        }
    });
    QSignalSpy synced(&session, &models::DeskSession::syncFinished);
    session.syncControl().startSync(0);
    QTRY_VERIFY_WITH_TIMEOUT(history->isVisible(), 60000);
    QVERIFY2(history->text().startsWith(QLatin1String("History still loading (")), qPrintable(history->text()));
    // Every open ticket is listed (the page's default: open tickets, soonest deadline first) before the history.
    const auto listed = [table] {
        QSet<QString> ids;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            ids.insert(table->model()->index(row, 0).data(models::TicketListModel::IdRole).toString());
        return ids;
    };
    QTRY_VERIFY2(
        listed().contains(open),
        qPrintable(QStringLiteral("%1 of %2 open tickets listed").arg((listed() & open).size()).arg(open.size())));
    QVERIFY(synced.isEmpty());

    // Open the most urgent ones: each one's detail (the platform's log) comes in while it is open (the details load
    // beside the history, soonest deadline first); decide the first the agent may approve, while the history loads.
    auto *timeline = page.findChild<QListWidget *>(QStringLiteral("timeline"));
    auto *approve = page.findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *pending = page.findChild<QLabel *>(QStringLiteral("pendingMarker"));
    table->setFocus();
    QString decided;
    for (int row = 0; row < 20 && decided.isEmpty(); ++row) {
        table->selectRow(row);
        const QString id = table->model()->index(row, 0).data(models::TicketListModel::IdRole).toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY2(timeline->count() > 0 && !detailPending(timeline), qPrintable(id));
        if (!approve->isEnabled())
            continue;
        QTest::keyClick(&page, Qt::Key_A);
        QTRY_VERIFY(pending->isVisible());
        decided = id;
    }
    QVERIFY2(!decided.isEmpty(), "one of the 20 most urgent open tickets can be approved");
    QVERIFY2(synced.isEmpty() && history->text().startsWith(QLatin1String("History still loading")),
             "all of the above happened while the history was loading");

    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000);
    // The first sync's report (the decision sends a second one).
    const auto first = synced.first().at(0).value<sync::SyncReport>();
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(first.openFirst);
    QVERIFY(first.openReadyMs > 0 && first.openReadyMs < first.elapsedMs);
    QTRY_VERIFY(!history->isVisible());
    QVERIFY(!session.historyLoading());
    // Once the walk has a pace, the banner says how long the rest should take, in whole minutes.
    static const QRegularExpression withTimeLeft(
        QStringLiteral("^History still loading \\(\\d+ %, about \\d+ m left\\)"));
    QVERIFY2(std::any_of(said.cbegin(), said.cend(), [](const QString &t) { return withTimeLeft.match(t).hasMatch(); }),
             qPrintable(said.join(QLatin1Char('\n'))));

    // A ticket whose detail is not cached (here: removed) says so instead of showing an empty log; the next sync
    // brings it and the open pane shows it.
    QTRY_VERIFY_WITH_TIMEOUT(session.syncControl().syncState() != sync::SyncWorker::State::Syncing, 60000);
    QString bare;
    for (int row = 0; row < table->model()->rowCount() && bare.isEmpty(); ++row) {
        const QString id = table->model()->index(row, 0).data(models::TicketListModel::IdRole).toString();
        if (id != decided) {
            bare = id;
            table->selectRow(row);
        }
    }
    QVERIFY(!bare.isEmpty());
    QVERIFY(session.cache()
                .database()
                ->exec(QStringLiteral("DELETE FROM ticket_detail WHERE aftersale_id = '%1'").arg(bare))
                .ok());
    emit session.cacheChanged();
    QTRY_VERIFY2(detailPending(timeline), qPrintable(bare));
    QVERIFY2(timeline->item(0)->text().contains(QLatin1String("has not reached this desk yet")),
             qPrintable(timeline->item(0)->text()));
    if (!shots.isEmpty())
        QVERIFY(page.grab().save(shots + QStringLiteral("/detail-pending-en.png")));
    session.syncControl().syncNow();
    const auto cached = [&] {
        auto q = store::runQuery(*session.cache().database(),
                                 QStringLiteral("SELECT count(*) FROM ticket_detail WHERE aftersale_id = ?"), {bare});
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(!detailPending(timeline) && timeline->count() > 0,
                              qPrintable(QStringLiteral("%1 detail rows of %2").arg(cached()).arg(bare)), 60000);
}

ANXIN_TEST_MAIN(TstHistoryLoading)
#include "tst_historyloading.moc"
