#pragma once

#include "core/deadlines.h"
#include "core/eligibility.h"
#include "core/result.h"
#include "store/records.h"

#include <QList>
#include <QString>

namespace anxin::store {
class Database;
}

namespace anxin::models {

struct OrderLine
{
    QString skuOrderId;
    QString productName;
    QStringList spec;
    qint64 payAmount = 0;
    qint64 itemNum = 0;
};

// One entry of the merged timeline: the platform's logs and our own local actions, in time order.
struct TimelineEntry
{
    qint64 time = 0;
    QString who;
    QString text;
    bool local = false;                                  // a decision made here (outbox)
    store::OutboxState state = store::OutboxState::Done; // local entries only
};

// A note on the ticket: the shop's remarks as the platform last gave them (written on any desk of the shop, or in
// the platform's back office), and this desk's notes that are not among them yet.
struct NoteEntry
{
    enum class State
    {
        OnPlatform, // every desk of the shop sees it
        Waiting,    // written here, not sent yet (offline, or queued behind a decision)
        Sent,       // sent from here; the platform's copy arrives with the next sync
        NotSent,    // the platform refused it (`error` says why)
        DeskOnly    // written here before notes were shared: only this desk has it
    };
    qint64 time = 0; // platform time for remarks, this desk's clock for its own unsent notes
    QString author;
    QString text;
    bool handover = false;
    State state = State::OnPlatform;
    QString error;
};

// A note's state as the agent reads it ("not sent yet", "not sent: …", …); empty for one every desk sees. The detail
// pane and the Workbench's handover board say it alike.
QString noteStateText(const NoteEntry &note);

// A handover note and the ticket it points to.
struct HandoverNote
{
    QString aftersaleId;
    NoteEntry note;
};

// Everything the detail pane shows about one ticket, read from the cache (works offline).
struct TicketDetails
{
    store::TicketRecord ticket;
    bool hasDetail = false;
    store::TicketDetailRecord detail;
    QList<store::EvidenceRecord> evidence;
    QList<OrderLine> lines;
    QString buyerWords;     // text_part.reason_text
    QString maskedReceiver; // from the cached order, masked only
    QString maskedPhone;
    QString maskedAddress;
    QList<TimelineEntry> timeline;
    QList<store::OutboxEntry> decisions; // notes included
    QList<NoteEntry> notes;              // oldest first
    QList<store::RejectReasonRecord> rejectReasons;
    std::optional<core::Eligibility> eligibility;            // guarantee claims only
    core::ExtendCheck extend = core::ExtendCheck::WrongStep; // whether "Extend 7 days" may be used now
    qint64 extendCheckedAt = 0;                              // the platform's now it was checked at
    bool productKnown = false;
    store::ProductRecord product;
    bool hasOpenDecision() const;
    // Of the decisions made here (notes aside): the newest one still pending, which can be undone (0: none), and
    // the newest one not settled (waiting, refused, failed or overtaken; nullptr: none), which the pane shows.
    qint64 undoableDecisionId() const;
    const store::OutboxEntry *unsettledDecision() const;
};

core::Result<TicketDetails> loadTicketDetails(store::Database &db, const QString &aftersaleId, qint64 now);

// The platform's remarks on a ticket merged with this desk's notes on it (decisions' outbox entries; only notes
// are looked at): see NoteEntry.
QList<NoteEntry> mergeNotes(const QList<store::ShopRemarkRecord> &remarks, const QList<store::OutboxEntry> &outbox);

// The handover board: notes marked for handover since `since` on every ticket, written on any desk of the shop
// (shop remarks) or here and not among them yet, plus this desk's notes from before notes were shared (they were
// all handover notes); newest first, at most `limit`.
core::Result<QList<HandoverNote>> loadHandover(store::Database &db, qint64 since, int limit);

// Facts for the eligibility engine from what is cached about a ticket.
core::ClaimFacts claimFactsFor(const TicketDetails &d);

} // namespace anxin::models
