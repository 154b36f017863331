// Buyer contact reveal (issue #5, #9): masked by default; an owner reveals on demand through order.batchDecrypt;
// each reveal is audited (who, which ticket and order, when; never the plaintext); the plaintext reaches the
// widget only, never the database file, its WAL, the log or the audit; an agent is refused in the core before any
// network call. Real sandbox in-process, real sync, real SQLite file.
#include "aftersales/ticketdetailpane.h"
#include "core/logging.h"
#include "models/ticketdetails.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "sync/contactreveal.h"
#include "synctestsupport.h"
#include "tempdb.h"
#include "testmain.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace anxin;
using namespace anxin::test;

namespace {

core::Result<sync::BuyerContact> revealAndWait(Client &client, store::Database &db, const sync::Actor &actor,
                                               const QString &ticket, qint64 now)
{
    std::optional<core::Result<sync::BuyerContact>> out;
    QObject context;
    sync::revealBuyerContact(*client.api(), db, actor, ticket, now, &context,
                             [&](core::Result<sync::BuyerContact> r) { out.emplace(std::move(r)); });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!out)
        return core::Error::make(core::Error::Kind::Timeout, QStringLiteral("no answer"));
    return *out;
}

// Every file under `dir` (recursively) that contains `needle` as UTF-8 bytes.
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    const QByteArray bytes = needle.toUtf8();
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
            hits << path;
    }
    return hits;
}

} // namespace

class TstContactReveal : public QObject
{
    Q_OBJECT
private slots:
    void reveal_owner_plaintextShownOnlyAndAudited()
    {
        sandbox::SandboxOptions o;
        o.seed = 11;
        o.tickets = 40;
        SandboxHarness sandbox(o, QDateTime::currentSecsSinceEpoch());
        Client client(sandbox);
        QTemporaryDir profile;
        const QString logPath = profile.filePath(QStringLiteral("logs/anxin.log"));
        QDir().mkpath(profile.filePath(QStringLiteral("logs")));
        core::installLogHandler(logPath);
        QLoggingCategory::setFilterRules(QStringLiteral("anxin.*.debug=true\nanxin.*.info=true"));

        store::Database db;
        ANXIN_VERIFY_OK(db.open(profile.filePath(QStringLiteral("anxin.db"))));
        sync::SyncOptions options = testSyncOptions();
        options.details = options.products = options.routes = options.reputation = false;
        const auto report = runFullSync(client, db, options);
        QVERIFY2(report.error.kind == core::Error::Kind::None, qPrintable(report.error.message));

        // A ticket whose order carries an encrypted contact.
        const QStringList ids = rows(db, QStringLiteral("SELECT t.aftersale_id FROM tickets t JOIN orders o ON "
                                                        "o.order_id = t.shop_order_id WHERE o.encrypt_post_tel <> '' "
                                                        "ORDER BY t.aftersale_id LIMIT 1"));
        QCOMPARE(ids.size(), 1);
        const QString ticket = ids.first();
        auto details = models::loadTicketDetails(db, ticket, QDateTime::currentSecsSinceEpoch());
        ANXIN_VERIFY_OK(details);
        QVERIFY(!details->maskedPhone.isEmpty());

        const qint64 decryptsBefore = methodCalls(counters(sandbox), QStringLiteral("order.batchDecrypt"));
        const qint64 auditBefore = scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const sync::Actor owner{QStringLiteral("owner-wang"), core::Role::Owner, 0};
        auto revealed = revealAndWait(client, db, owner, ticket, 1'700'000'000);
        ANXIN_VERIFY_OK(revealed);
        const sync::BuyerContact c = revealed.value();
        QVERIFY(!c.phone.isEmpty());
        QVERIFY(!c.receiver.isEmpty());
        QVERIFY(!c.address.isEmpty());
        QVERIFY(c.phone != details->maskedPhone);
        QCOMPARE(methodCalls(counters(sandbox), QStringLiteral("order.batchDecrypt")), decryptsBefore + 1);

        // Audited: who, which ticket and order, when; not the plaintext.
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 1);
        const auto head = store::AuditRepository(db).head().value();
        QVERIFY(head.has_value());
        QCOMPARE(head->action, QLatin1String(sync::kRevealAuditAction));
        QCOMPARE(head->actor, QStringLiteral("owner-wang"));
        QCOMPARE(head->subject, ticket);
        QCOMPARE(head->at, 1'700'000'000);
        QVERIFY(head->detailJson.contains(c.orderId));
        QVERIFY(!store::AuditRepository(db).verify().value().has_value());

        // The widget shows it; a checkpoint flushes nothing of it into the database either.
        ui::TicketDetailPane pane;
        pane.setContactRevealAllowed(true);
        pane.showTicket(details.value(), QDateTime::currentSecsSinceEpoch());
        auto *label = pane.findChild<QLabel *>(QStringLiteral("buyerContact"));
        auto *button = pane.findChild<QPushButton *>(QStringLiteral("revealContactButton"));
        QVERIFY(label && button);
        QVERIFY(!button->isHidden());
        QVERIFY(!label->text().contains(c.phone));
        QSignalSpy asked(&pane, &ui::TicketDetailPane::revealContactRequested);
        button->click();
        QCOMPARE(asked.count(), 1);
        pane.showRevealedContact(ticket, c.receiver, c.phone, c.address);
        QVERIFY(label->text().contains(c.phone));
        QVERIFY(button->isHidden());

        db.close();
        QCoreApplication::processEvents();
        for (const QString &secret : {c.phone, c.receiver, c.address}) {
            const QStringList hits = filesContaining(profile.path(), secret);
            QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("plaintext found in ") + hits.join(QLatin1Char(','))));
        }
        // The log did record the reveal (so the scan above looked at a real log), without the plaintext.
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("revealed to"));

        // Showing another ticket drops the plaintext from the widget.
        models::TicketDetails other = details.value();
        other.ticket.aftersaleId = QStringLiteral("another");
        pane.showTicket(other, QDateTime::currentSecsSinceEpoch());
        QVERIFY(!label->text().contains(c.phone));
    }

    void reveal_agent_refusedInCoreWithoutNetworkCallOrAudit()
    {
        sandbox::SandboxOptions o;
        o.seed = 12;
        o.tickets = 20;
        SandboxHarness sandbox(o, QDateTime::currentSecsSinceEpoch());
        Client client(sandbox);
        QTemporaryDir dir;
        store::Database db;
        ANXIN_VERIFY_OK(db.open(dir.path() + QStringLiteral("/anxin.db")));
        sync::SyncOptions options = testSyncOptions();
        options.details = options.products = options.routes = options.reputation = false;
        runFullSync(client, db, options);
        const QStringList ids = rows(db, QStringLiteral("SELECT t.aftersale_id FROM tickets t JOIN orders o ON "
                                                        "o.order_id = t.shop_order_id LIMIT 1"));
        QCOMPARE(ids.size(), 1);
        const qint64 decryptsBefore = methodCalls(counters(sandbox), QStringLiteral("order.batchDecrypt"));
        const qint64 auditBefore = scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const sync::Actor agent{QStringLiteral("agent-li"), core::Role::Agent, 1'000'000};
        auto refused = revealAndWait(client, db, agent, ids.first(), 1'700'000'000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, core::Error::Kind::Forbidden);
        QCOMPARE(methodCalls(counters(sandbox), QStringLiteral("order.batchDecrypt")), decryptsBefore);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

        // The pane offers no Reveal to someone the core refuses.
        ui::TicketDetailPane pane;
        pane.setContactRevealAllowed(false);
        auto details = models::loadTicketDetails(db, ids.first(), QDateTime::currentSecsSinceEpoch());
        ANXIN_VERIFY_OK(details);
        pane.showTicket(details.value(), QDateTime::currentSecsSinceEpoch());
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("revealContactButton"))->isHidden());
    }
};

ANXIN_TEST_MAIN(TstContactReveal)
#include "tst_contact_reveal.moc"
