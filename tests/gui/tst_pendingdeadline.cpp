// A queue that knows its deadlines (issue #28, step 4): a decision made offline whose ticket's platform
// deadline comes within the hour is flagged "at risk" on the Pending page and in the After-sales list, and "too
// late" once the deadline has passed, with the platform's time in words; the summary counts them; one the
// platform overtook reads as such. An offline profile, a real cache, the platform's clock as the session keeps it.
#include "../store/tempdb.h"
#include "core/clock.h"
#include "core/deadlines.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/alertmonitor.h"
#include "models/desksession.h"
#include "models/labels.h"
#include "models/ticketlistmodel.h"
#include "models/workbench.h"
#include "pending/pendingpage.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/ticketrepository.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

namespace {
constexpr qint64 kNow = 1'790'000'000;

store::TicketRecord refundOnly(const QString &id, qint64 deadline)
{
    store::TicketRecord t = test::makeTicket(id, kNow - 3600, QStringLiteral("1234567"));
    t.aftersaleType = 2;
    t.statusDeadline = deadline;
    t.refundAmount = 1990;
    return t;
}
} // namespace

class TstPendingDeadline : public QObject
{
    Q_OBJECT
private slots:
    void queueTiming_edges();
    void offlineDecisions_atRiskThenTooLate_flaggedWithTheDeadline();
};

void TstPendingDeadline::queueTiming_edges()
{
    using core::QueueTiming;
    QCOMPARE(core::queueTiming(0, kNow), QueueTiming::OnTime); // no deadline sent
    QCOMPARE(core::queueTiming(kNow + 3601, kNow), QueueTiming::OnTime);
    QCOMPARE(core::queueTiming(kNow + 3600, kNow), QueueTiming::AtRisk);
    QCOMPARE(core::queueTiming(kNow + 1, kNow), QueueTiming::AtRisk);
    QCOMPARE(core::queueTiming(kNow, kNow), QueueTiming::TooLate);
}

void TstPendingDeadline::offlineDecisions_atRiskThenTooLate_flaggedWithTheDeadline()
{
    QTemporaryDir dir;
    core::Profile profile(dir.path());
    QVERIFY(profile.ensureExists().ok());
    core::Settings settings(profile.settingsPath());
    settings.set(core::keys::userName, QStringLiteral("tester"));
    {
        store::Database db;
        QVERIFY(db.open(profile.databasePath()).ok());
        QVERIFY(store::TicketRepository(db)
                    .upsertBatch({refundOnly(QStringLiteral("8001"), kNow + 40 * 60),
                                  refundOnly(QStringLiteral("8002"), kNow + 5 * 3600)})
                    .ok());
    }
    auto clock = std::make_shared<core::ManualClock>(kNow * 1000);
    models::DeskSession session(profile, settings, clock);
    QVERIFY(session.open().ok());
    for (const QString &id : {QStringLiteral("8001"), QStringLiteral("8002")}) {
        sync::DecisionInput in;
        in.aftersaleId = id;
        in.action = sync::DecisionAction::Approve;
        const auto queued = session.decisions().decide(in);
        QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message));
    }

    // The tray hears of it at once: the alert monitor reads the queue against the deadlines.
    models::AlertMonitor *alerts = session.alerts();
    QSignalSpy notify(alerts, &models::AlertMonitor::notify);
    QSignalSpy evaluated(alerts, &models::AlertMonitor::evaluated);
    alerts->evaluateNow();
    QTRY_VERIFY(evaluated.count() > 0);
    QCOMPARE(notify.count(), 1);
    QCOMPARE(notify.first().at(0).toString(), QStringLiteral("1 decision(s) may reach the platform too late"));
    const QString body = notify.first().at(1).toString();
    QVERIFY2(body.startsWith(QStringLiteral("1 decision(s) made here may reach the platform too late: it decides for "
                                            "the buyer at %1")
                                 .arg(models::dateTimeText(kNow + 40 * 60))),
             qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("8001")) && !body.contains(QLatin1String("8002")), qPrintable(body));

    ui::PendingPage page(session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("outboxTable"));
    auto *detail = page.findChild<QLabel *>(QStringLiteral("outboxDetail"));
    QTRY_COMPARE(table->rowCount(), 2);
    const auto rowOf = [&](const QString &id) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == id)
                return r;
        return -1;
    };
    // 40 minutes left: at risk, with the platform's deadline; 5 hours left: nothing to say.
    const int risky = rowOf(QStringLiteral("8001"));
    QVERIFY(table->item(risky, 0)->text().endsWith(QLatin1String("at risk")));
    QVERIFY(table->item(risky, 0)->toolTip().contains(models::dateTimeText(kNow + 40 * 60)));
    QVERIFY(!table->item(rowOf(QStringLiteral("8002")), 0)->text().contains(QLatin1String("at risk")));
    table->selectRow(risky);
    QVERIFY2(detail->text().startsWith(QLatin1String("May reach the platform too late")), qPrintable(detail->text()));
    // The After-sales list flags it too, in its sync column, with the same sentence as tooltip.
    models::TicketListModel *list = session.tickets();
    list->reload();
    const auto listCell = [&](const QString &id, int role) {
        for (int r = 0; r < list->rowCount(); ++r)
            if (list->idAt(r) == id)
                return list->index(r, models::TicketListModel::Pending).data(role);
        return QVariant();
    };
    QCOMPARE(listCell(QStringLiteral("8001"), Qt::DisplayRole).toString(), QStringLiteral("Pending · at risk"));
    QCOMPARE(listCell(QStringLiteral("8001"), Qt::ToolTipRole).toString(), detail->text());
    QCOMPARE(listCell(QStringLiteral("8001"), models::TicketListModel::QueueTimingRole).toInt(),
             int(core::QueueTiming::AtRisk));
    QCOMPARE(listCell(QStringLiteral("8002"), Qt::DisplayRole).toString(), QStringLiteral("Pending"));
    QVERIFY(listCell(QStringLiteral("8002"), Qt::ToolTipRole).isNull());

    // An hour later, still offline: too late, counted in the summary.
    clock->advanceMsecs(3600 * 1000);
    page.refresh();
    const int late = rowOf(QStringLiteral("8001"));
    QVERIFY(table->item(late, 0)->text().endsWith(QLatin1String("too late")));
    table->selectRow(late);
    QVERIFY2(detail->text().startsWith(QLatin1String("Too late: the platform decided for the buyer at")),
             qPrintable(detail->text()));
    // The clock alone moves the list's flag (no reload): tick() repaints it.
    QSignalSpy repaint(list, &QAbstractItemModel::dataChanged);
    list->tick();
    QVERIFY(std::any_of(repaint.cbegin(), repaint.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().column() <= models::TicketListModel::Pending &&
               args.at(1).toModelIndex().column() >= models::TicketListModel::Pending;
    }));
    QCOMPARE(listCell(QStringLiteral("8001"), Qt::DisplayRole).toString(), QStringLiteral("Pending · too late"));
    bool counted = false;
    for (QLabel *l : page.findChildren<QLabel *>())
        counted = counted || l->text().contains(QLatin1String("1 may reach the platform too late"));
    QVERIFY(counted);
    // The Workbench counts it too (the other decision is 4 hours from its deadline).
    const auto bench = models::loadWorkbench(*session.cache().database(), session.clock()->nowSecs());
    QVERIFY(bench.ok());
    QCOMPARE(bench.value().pending, 2);
    QCOMPARE(bench.value().late, 1);

    // Back online, the sender finds the platform decided at the deadline: the entry ends "overtaken" (what
    // OutboxSender writes; tst_sync_outbox drives it against the sandbox). Both sides, no undo, never "waiting".
    const qint64 outboxId = table->item(late, 0)->data(Qt::UserRole).toLongLong();
    store::OutboxRepository outbox(*session.cache().database());
    QVERIFY(outbox.markInFlight(outboxId, kNow + 3700).ok());
    QVERIFY(outbox.markUnknown(outboxId, QStringLiteral("ticket changed"), kNow + 3700, kNow + 3700).ok());
    const QJsonObject sides{
        {QStringLiteral("local"), QJsonObject{{QStringLiteral("action"), QStringLiteral("approve")},
                                              {QStringLiteral("expected_status"), 6},
                                              {QStringLiteral("deadline"), kNow + 40 * 60}}},
        {QStringLiteral("platform"),
         QJsonObject{{QStringLiteral("status"), 12}, {QStringLiteral("update_time"), kNow + 40 * 60 + 7200}}}};
    QVERIFY(outbox.markOvertaken(outboxId, QString::fromUtf8(QJsonDocument(sides).toJson()), kNow + 3700).ok());
    page.refresh();
    const int overtaken = rowOf(QStringLiteral("8001"));
    QCOMPARE(table->item(overtaken, 0)->text(), models::outboxStateName(store::OutboxState::Overtaken));
    // "Last answer" says what happened in the user's words; the sender's technical note is only the tooltip.
    QCOMPARE(table->item(overtaken, 5)->text(), QStringLiteral("The platform decided at its deadline first"));
    QCOMPARE(table->item(overtaken, 5)->toolTip(), QStringLiteral("ticket changed"));
    QVERIFY(table->item(rowOf(QStringLiteral("8002")), 5)->text().isEmpty()); // waiting, never tried
    table->selectRow(overtaken);
    QVERIFY2(detail->text().startsWith(QLatin1String("Too late, and not sent again.")), qPrintable(detail->text()));
    QVERIFY(detail->text().contains(models::dateTimeText(kNow + 40 * 60)));
    QVERIFY(detail->text().contains(models::ticketStatusName(12)));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("pendingUndo"))->isEnabled());
    bool summarized = false;
    for (QLabel *l : page.findChildren<QLabel *>())
        summarized = summarized || l->text().contains(QLatin1String("1 overtaken by the platform's deadline"));
    QVERIFY(summarized);
    const auto after = models::loadWorkbench(*session.cache().database(), session.clock()->nowSecs());
    QCOMPARE(after.value().pending, 1);
    QCOMPARE(after.value().late, 0);
}

ANXIN_TEST_MAIN(TstPendingDeadline)
#include "tst_pendingdeadline.moc"
