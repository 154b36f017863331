#include "models/ticketdetails.h"

#include "core/shopremark.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/outboxrepository.h"
#include "store/productrepository.h"
#include "store/rejectreasonrepository.h"
#include "store/ticketdetailrepository.h"
#include "store/ticketrepository.h"
#include "sync/mapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace anxin::models {

using core::Error;

bool TicketDetails::hasOpenDecision() const
{
    return std::any_of(decisions.cbegin(), decisions.cend(), [](const store::OutboxEntry &e) {
        return e.action != QLatin1String("note") && store::isWaiting(e.state);
    });
}

qint64 TicketDetails::undoableDecisionId() const
{
    qint64 id = 0;
    for (const store::OutboxEntry &e : decisions) {
        if (e.action != QLatin1String("note") && e.state == store::OutboxState::Pending)
            id = e.id;
    }
    return id;
}

const store::OutboxEntry *TicketDetails::unsettledDecision() const
{
    const store::OutboxEntry *last = nullptr;
    for (const store::OutboxEntry &e : decisions) {
        if (e.action != QLatin1String("note") && !store::isSettled(e.state))
            last = &e;
    }
    return last;
}

core::ClaimFacts claimFactsFor(const TicketDetails &d)
{
    const auto &rules = core::GuaranteeRules::builtin();
    core::ClaimFacts f;
    f.reasonCode = d.ticket.reasonCode.toInt();
    f.applyTime = d.ticket.applyTime;
    f.signForTime = d.ticket.signForTime;
    f.statusDeadline = d.ticket.finalTime == 0 ? d.ticket.statusDeadline : 0;
    f.evidenceCount = int(d.evidence.size());
    f.claimedAmount = d.ticket.refundAmount;
    f.linePaidAmount = d.ticket.payAmount;
    f.badItemText = d.ticket.badItemText;
    f.reasonText = d.buyerWords;
    if (d.productKnown) {
        const core::ClaimKind kind = rules.kindForReason(f.reasonCode);
        f.productCovered =
            kind == core::ClaimKind::Allergy ? d.product.supportAllergyReturn : d.product.damagedOrderReturn;
        f.categoryName = d.product.firstCname;
    }
    f.riskFlagged = d.ticket.riskFlag;
    return f;
}

QList<NoteEntry> mergeNotes(const QList<store::ShopRemarkRecord> &remarks, const QList<store::OutboxEntry> &outbox)
{
    QList<NoteEntry> out;
    QHash<QString, int> onPlatform; // remark text -> copies the platform has
    for (const auto &r : remarks) {
        const core::ShopRemarkText parsed = core::ShopRemarks::parse(r.remark, r.operatorName);
        out << NoteEntry{r.createTime, parsed.author, parsed.text, parsed.handover, NoteEntry::State::OnPlatform, {}};
        ++onPlatform[r.remark];
    }
    for (const auto &e : outbox) {
        if (e.action != QLatin1String("note") || e.state == store::OutboxState::Cancelled)
            continue;
        const QJsonObject p = QJsonDocument::fromJson(e.payloadJson.toUtf8()).object();
        const QString remark = p.value(QStringLiteral("remark")).toString();
        NoteEntry n{e.createdAt,
                    e.createdBy,
                    p.value(QStringLiteral("text")).toString(),
                    p.value(QStringLiteral("handover")).toBool(),
                    NoteEntry::State::Sent,
                    {}};
        if (!p.contains(QStringLiteral("text"))) { // from before notes were shared
            n.text = remark;
            n.state = NoteEntry::State::DeskOnly;
        } else if (e.state == store::OutboxState::Done || e.state == store::OutboxState::Unknown) {
            // Landed (or sent with its answer lost): the platform's copy stands for it once the sync brought it.
            if (e.state == store::OutboxState::Unknown)
                n.state = NoteEntry::State::Waiting;
            if (onPlatform.value(remark) > 0) {
                --onPlatform[remark];
                continue;
            }
        } else if (store::isWaiting(e.state)) {
            n.state = NoteEntry::State::Waiting;
        } else {
            n.state = NoteEntry::State::NotSent;
            n.error = e.lastError;
        }
        out << n;
    }
    std::stable_sort(out.begin(), out.end(), [](const NoteEntry &a, const NoteEntry &b) { return a.time < b.time; });
    return out;
}

QString noteStateText(const NoteEntry &n)
{
    switch (n.state) {
    case NoteEntry::State::OnPlatform:
        return {};
    case NoteEntry::State::Waiting:
        return QCoreApplication::translate("NoteState", "not sent yet");
    case NoteEntry::State::Sent:
        return QCoreApplication::translate("NoteState", "sent; other desks see it after their next sync");
    case NoteEntry::State::NotSent:
        return QCoreApplication::translate("NoteState", "not sent: %1").arg(n.error);
    case NoteEntry::State::DeskOnly:
        return QCoreApplication::translate("NoteState", "on this desk only");
    }
    return {};
}

core::Result<QList<HandoverNote>> loadHandover(store::Database &db, qint64 since, int limit)
{
    auto remarks = store::TicketDetailRepository(db).remarksSince(since, 10 * limit);
    if (!remarks)
        return remarks.error();
    auto local = store::OutboxRepository(db).notesSince(since);
    if (!local)
        return local.error();
    QMap<QString, QList<store::ShopRemarkRecord>> remarksOf;
    for (const auto &r : remarks.value())
        remarksOf[r.aftersaleId].prepend(r); // oldest first, as mergeNotes takes them
    QMap<QString, QList<store::OutboxEntry>> notesOf;
    for (const auto &e : local.value())
        notesOf[e.aftersaleId] << e;
    QStringList tickets = remarksOf.keys() + notesOf.keys();
    tickets.removeDuplicates();
    QList<HandoverNote> out;
    for (const QString &id : std::as_const(tickets)) {
        for (const NoteEntry &n : mergeNotes(remarksOf.value(id), notesOf.value(id))) {
            if (n.handover || n.state == NoteEntry::State::DeskOnly)
                out << HandoverNote{id, n};
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const HandoverNote &a, const HandoverNote &b) { return a.note.time > b.note.time; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

core::Result<TicketDetails> loadTicketDetails(store::Database &db, const QString &id, qint64 now)
{
    TicketDetails d;
    auto t = store::TicketRepository(db).get(id);
    if (!t)
        return t.error();
    if (!t.value())
        return Error::make(Error::Kind::NotFound, QStringLiteral("ticket %1 is not in the cache").arg(id));
    d.ticket = *t.value();

    store::TicketDetailRepository details(db);
    if (auto det = details.get(id); det && det.value()) {
        d.hasDetail = true;
        d.detail = *det.value();
    }
    d.evidence = details.evidence(id).valueOr({});
    for (const auto &log : details.logs(id).valueOr({}))
        d.timeline << TimelineEntry{log.time, log.operatorName, log.text, false};

    const sync::TicketWireExtras extras = sync::ticketWireExtras(d.ticket.rawJson);
    d.buyerWords = extras.buyerWords;
    for (const auto &line : extras.lines)
        d.lines << OrderLine{line.skuOrderId, line.productName, line.spec, line.payAmount, line.itemNum};
    if (auto order = store::OrderRepository(db).get(d.ticket.shopOrderId); order && order.value()) {
        d.maskedReceiver = order.value()->maskPostReceiver;
        d.maskedPhone = order.value()->maskPostTel;
        d.maskedAddress = order.value()->maskPostAddr;
    }
    d.decisions = store::OutboxRepository(db).listForTicket(id).valueOr({});
    for (const auto &e : d.decisions) {
        if (e.action != QLatin1String("note"))
            d.timeline << TimelineEntry{e.createdAt, e.createdBy, e.action, true, e.state};
    }
    d.notes = mergeNotes(details.remarks(id).valueOr({}), d.decisions);
    std::stable_sort(d.timeline.begin(), d.timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.time < b.time; });
    d.rejectReasons = store::RejectReasonRepository(db).list(d.ticket.shopId).valueOr({});
    if (auto p = store::ProductRepository(db).get(d.ticket.productId); p && p.value()) {
        d.productKnown = true;
        d.product = *p.value();
    }
    d.extendCheckedAt = now;
    d.extend = core::extendCheck(d.ticket.aftersaleStatus, d.ticket.statusDeadline, now,
                                 details.extendedBefore(id).valueOr(false));
    const auto &rules = core::GuaranteeRules::builtin();
    if (rules.kindForReason(d.ticket.reasonCode.toInt()) != core::ClaimKind::None)
        d.eligibility = core::evaluateClaim(claimFactsFor(d), rules);
    return d;
}

} // namespace anxin::models
