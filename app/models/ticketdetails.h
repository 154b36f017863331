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
    QList<store::OutboxEntry> decisions;
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

// Facts for the eligibility engine from what is cached about a ticket.
core::ClaimFacts claimFactsFor(const TicketDetails &d);

} // namespace anxin::models
