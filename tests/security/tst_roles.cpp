// Roles are enforced in the core (core::Permissions via DecisionService), not only by disabled buttons:
// an agent is refused above the owner-set amount, refused rule editing and buyer-contact reveal.
#include "core/permissions.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/ticketrepository.h"
#include "sync/decisions.h"
#include "tempdb.h"
#include "testmain.h"

#include <QtTest>

using namespace anxin;
using anxin::core::Action;
using anxin::core::Error;
using anxin::core::Permissions;
using anxin::core::Role;
using anxin::test::TempDb;

class TstRoles : public QObject
{
    Q_OBJECT
private:
    static void seed(store::Database &db)
    {
        auto small = test::makeTicket(QStringLiteral("7001"), 1000);
        small.aftersaleType = 1;
        small.refundAmount = 4900; // ¥49.00
        auto big = test::makeTicket(QStringLiteral("7002"), 1000);
        big.aftersaleType = 1;
        big.refundAmount = 36800; // ¥368.00
        ANXIN_VERIFY_OK(store::TicketRepository(db).upsertBatch({small, big}));
    }
    static sync::Actor agent() { return sync::Actor{QStringLiteral("agent-li"), Role::Agent, 5000}; }
    static qint64 outboxSize(store::Database &db) { return store::OutboxRepository(db).list().valueOr({}).size(); }

private slots:
    void permissions_agent_refusedRulesAndRevealAllowedNotes()
    {
        QVERIFY(Permissions::can(Role::Owner, Action::EditRules));
        QVERIFY(Permissions::can(Role::Owner, Action::RevealBuyerContact));
        QVERIFY(!Permissions::can(Role::Agent, Action::EditRules));
        QVERIFY(!Permissions::can(Role::Agent, Action::RevealBuyerContact));
        QVERIFY(Permissions::can(Role::Agent, Action::Note));
        QCOMPARE(Permissions::check(Role::Agent, Action::EditRules).error().kind, Error::Kind::Forbidden);
        QCOMPARE(Permissions::check(Role::Agent, Action::RevealBuyerContact).error().kind, Error::Kind::Forbidden);
        QVERIFY(Permissions::check(Role::Agent, Action::Decide, 5000, 5000).ok());
        QCOMPARE(Permissions::check(Role::Agent, Action::Decide, 5001, 5000).error().kind, Error::Kind::Forbidden);
        QVERIFY(Permissions::check(Role::Owner, Action::Decide, 99'999'999, 0).ok());
    }

    void decide_agentAboveLimit_refusedInCoreAndNothingQueued()
    {
        TempDb tmp;
        store::Database db;
        ANXIN_VERIFY_OK(tmp.open(db));
        seed(db);
        const auto headBefore = store::AuditRepository(db).head().valueOr({});
        sync::DecisionInput in{QStringLiteral("7002"), sync::DecisionAction::Approve, 0, {}, {}, {}, {}};
        auto refused = sync::DecisionService(db).decide(in, agent(), 2000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QCOMPARE(outboxSize(db), 0);
        // No audit entry for a refused action: the chain's head did not move.
        const auto headAfter = store::AuditRepository(db).head().valueOr({});
        QCOMPARE(headAfter.has_value(), headBefore.has_value());

        // The same agent may approve within the limit and note any ticket; the owner may approve the big one.
        in.aftersaleId = QStringLiteral("7001");
        ANXIN_VERIFY_OK(sync::DecisionService(db).decide(in, agent(), 2001));
        sync::DecisionInput note{
            QStringLiteral("7002"), sync::DecisionAction::Note, 0, QStringLiteral("call back"), {}, {}, {}};
        ANXIN_VERIFY_OK(sync::DecisionService(db).decide(note, agent(), 2002));
        in.aftersaleId = QStringLiteral("7002");
        ANXIN_VERIFY_OK(
            sync::DecisionService(db).decide(in, sync::Actor{QStringLiteral("boss"), Role::Owner, 0}, 2003));
        QCOMPARE(outboxSize(db), 3);
    }

    void decideBatch_agentMixedAmounts_onlyTheAllowedQueued()
    {
        TempDb tmp;
        store::Database db;
        ANXIN_VERIFY_OK(tmp.open(db));
        seed(db);
        const QList<sync::DecisionInput> inputs{
            {QStringLiteral("7001"), sync::DecisionAction::Approve, 0, {}, {}, {}, {}},
            {QStringLiteral("7002"), sync::DecisionAction::Approve, 0, {}, {}, {}, {}},
        };
        const auto results = sync::DecisionService(db).decideBatch(inputs, agent(), 3000);
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).ok());
        QVERIFY(!results.at(1).ok());
        QCOMPARE(results.at(1).error().kind, Error::Kind::Forbidden);
        QCOMPARE(outboxSize(db), 1);
    }
};

ANXIN_TEST_GUILESS_MAIN(TstRoles)
#include "tst_roles.moc"
