// What the detail panes read from a ticket's decisions (models::TicketDetails), and the checklist line, each
// with one home so the After-sales and Claims panes cannot disagree.
#include "models/labels.h"
#include "models/ticketdetails.h"
#include "testmain.h"

#include <QtTest>

using namespace anxin;
using store::OutboxState;

namespace {

store::OutboxEntry entry(qint64 id, const char *action, OutboxState state)
{
    store::OutboxEntry e;
    e.id = id;
    e.action = QLatin1String(action);
    e.state = state;
    return e;
}

} // namespace

class TstTicketDetails : public QObject
{
    Q_OBJECT
private slots:
    void decisions_undoableAndUnsettled_notesAside()
    {
        models::TicketDetails d;
        QCOMPARE(d.undoableDecisionId(), 0);
        QVERIFY(!d.unsettledDecision());
        QVERIFY(!d.hasOpenDecision());
        d.decisions = {entry(1, "approve", OutboxState::Cancelled), entry(2, "note", OutboxState::Pending)};
        QCOMPARE(d.undoableDecisionId(), 0); // a note is not a decision
        QVERIFY(!d.unsettledDecision());
        d.decisions << entry(3, "approve", OutboxState::Pending);
        QCOMPARE(d.undoableDecisionId(), 3);
        QCOMPARE(d.unsettledDecision()->id, 3);
        QVERIFY(d.hasOpenDecision());
        d.decisions[2].state = OutboxState::Overtaken; // final, but the agent should still see it
        QCOMPARE(d.undoableDecisionId(), 0);
        QCOMPARE(d.unsettledDecision()->id, 3);
        QVERIFY(!d.hasOpenDecision());
        d.decisions[2].state = OutboxState::Done;
        QVERIFY(!d.unsettledDecision());
    }

    void findingLine_markAndEscapedText()
    {
        QCOMPARE(models::findingMark(core::Finding::Effect::Pass), QStringLiteral("✓"));
        QCOMPARE(models::findingMark(core::Finding::Effect::Fail), QStringLiteral("✗"));
        QCOMPARE(models::findingMark(core::Finding::Effect::Review), QStringLiteral("!"));
        QCOMPARE(models::findingMark(core::Finding::Effect::Warn), QStringLiteral("!"));
        core::Finding f;
        f.effect = core::Finding::Effect::Fail;
        const QString line = models::findingLine(f, core::ClaimKind::Fresh);
        QVERIFY(line.startsWith(QStringLiteral("✗ ")));
        QVERIFY(!line.mid(2).contains(QLatin1Char('<')));
    }
};

ANXIN_TEST_GUILESS_MAIN(TstTicketDetails)
#include "tst_ticketdetails.moc"
