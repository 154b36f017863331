// Disk full (README "What we promise"): with SQLite's max_page_count pinned to the file's size, decisions are made
// through DeskSession (what the app's buttons call) until the database is full. The one that does not fit is
// reported as not saved (StorageFull) and leaves nothing behind: no outbox row, no audit entry, no pending marker.
// The file stays intact (quick_check, audit chain) and, reopened, is readable and takes decisions again.
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "tempdb.h"
#include "testmain.h"

#include <QtTest>

using namespace anxin;
using anxin::test::TempDb;

class TstDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void decide_databaseFull_notShownAsSavedAndFileIntact()
    {
        QTemporaryDir dir;
        core::Profile profile(dir.path());
        QVERIFY(profile.ensureExists().ok());
        core::Settings settings(profile.settingsPath());
        {
            store::Database db;
            QVERIFY(db.open(profile.databasePath()).ok());
            QList<store::TicketRecord> rows;
            for (int i = 0; i < 20; ++i) {
                auto t = test::makeTicket(QString::number(8000 + i), 1000);
                t.aftersaleType = 1;
                rows << t;
            }
            QVERIFY(store::TicketRepository(db).upsertBatch(rows).ok());
        }

        int saved = 0;
        core::Error failure;
        {
            models::DeskSession session(profile, settings, std::make_shared<core::ManualClock>(1763700000000));
            QVERIFY(session.open().ok());
            store::Database &db = *session.cache().database();
            const int pages = TempDb::scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
            QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).ok());
            const QString remark(480, QLatin1Char('n')); // notes are shop remarks: at most 500 characters
            for (int i = 0; i < 200 && failure.kind == core::Error::Kind::None; ++i) {
                const qint64 outboxBefore = session.decisions().outboxEntries().value().size();
                const qint64 auditBefore =
                    TempDb::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
                sync::DecisionInput in{
                    QString::number(8000 + i % 20), sync::DecisionAction::Note, 0, remark, {}, {}, {}};
                auto id = session.decisions().decide(in);
                if (id) {
                    ++saved;
                    continue;
                }
                failure = id.error();
                // Not saved means not there: no outbox row, no audit entry, nothing pending on the ticket.
                QCOMPARE(session.decisions().outboxEntries().value().size(), outboxBefore);
                QCOMPARE(TempDb::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(),
                         auditBefore);
                auto details = session.decisions().details(in.aftersaleId);
                QVERIFY(details.ok());
                for (const auto &d : details->decisions)
                    QVERIFY(d.id <= outboxBefore);
            }
            QVERIFY2(failure.kind != core::Error::Kind::None, "the database never filled up: the test proves nothing");
            QCOMPARE(failure.kind, core::Error::Kind::StorageFull);
            QVERIFY(saved > 0);
            QCOMPARE(TempDb::scalar(db, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
            QVERIFY(!store::AuditRepository(db).verify().value().has_value());
        }

        // Reopened (max_page_count is per connection): intact, readable, every saved decision there, and it works.
        models::DeskSession again(profile, settings, std::make_shared<core::ManualClock>(1763700001000));
        QVERIFY(again.open().ok());
        QCOMPARE(again.cache().openProblem().kind, core::Error::Kind::None);
        QCOMPARE(again.cache().auditBrokenAt(), 0);
        QCOMPARE(TempDb::scalar(*again.cache().database(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(again.decisions().outboxEntries().value().size(), saved);
        sync::DecisionInput in{QStringLiteral("8000"), sync::DecisionAction::Approve, 0, {}, {}, {}, {}};
        QVERIFY(again.decisions().decide(in).ok());
        QCOMPARE(again.decisions().outboxEntries().value().size(), saved + 1);
    }
};

ANXIN_TEST_GUILESS_MAIN(TstDiskFull)
#include "tst_diskfull.moc"
