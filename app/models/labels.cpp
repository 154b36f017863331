#include "models/labels.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace anxin::models {

QString ticketTypeName(int type)
{
    switch (type) {
    case 0:
        return QCoreApplication::translate("Labels", "Return and refund");
    case 1:
        return QCoreApplication::translate("Labels", "Refund only (shipped)");
    case 2:
        return QCoreApplication::translate("Labels", "Refund before shipping");
    case 3:
        return QCoreApplication::translate("Labels", "Exchange");
    case 6:
        return QCoreApplication::translate("Labels", "Price protection");
    case 7:
        return QCoreApplication::translate("Labels", "Resend");
    case 8:
        return QCoreApplication::translate("Labels", "Repair");
    }
    return QCoreApplication::translate("Labels", "Type %1").arg(type);
}

QString ticketStatusName(int status)
{
    switch (status) {
    case 6:
        return QCoreApplication::translate("Labels", "Awaiting review");
    case 7:
        return QCoreApplication::translate("Labels", "Awaiting return parcel");
    case 11:
        return QCoreApplication::translate("Labels", "Returned, awaiting check");
    case 12:
        return QCoreApplication::translate("Labels", "Refunded");
    case 13:
        return QCoreApplication::translate("Labels", "Exchange shipped");
    case 14:
        return QCoreApplication::translate("Labels", "Exchange done");
    case 27:
        return QCoreApplication::translate("Labels", "Rejected");
    case 28:
        return QCoreApplication::translate("Labels", "Closed");
    case 29:
        return QCoreApplication::translate("Labels", "Rejected after return");
    }
    return QCoreApplication::translate("Labels", "Status %1").arg(status);
}

QString bandName(core::DeadlineBand band)
{
    switch (band) {
    case core::DeadlineBand::None:
        return {};
    case core::DeadlineBand::Overdue:
        return QCoreApplication::translate("Labels", "Overdue");
    case core::DeadlineBand::Under1h:
        return QCoreApplication::translate("Labels", "Under 1 h");
    case core::DeadlineBand::Under4h:
        return QCoreApplication::translate("Labels", "Under 4 h");
    case core::DeadlineBand::Under24h:
        return QCoreApplication::translate("Labels", "Under 24 h");
    case core::DeadlineBand::Later:
        return QCoreApplication::translate("Labels", "Later");
    }
    return {};
}

QString shipBandName(core::ShipBand band)
{
    switch (band) {
    case core::ShipBand::Overdue:
        return QCoreApplication::translate("Labels", "Overdue");
    case core::ShipBand::Under4h:
        return QCoreApplication::translate("Labels", "Under 4 h");
    case core::ShipBand::Under12h:
        return QCoreApplication::translate("Labels", "Under 12 h");
    case core::ShipBand::Under24h:
        return QCoreApplication::translate("Labels", "Under 24 h");
    case core::ShipBand::Later:
        return QCoreApplication::translate("Labels", "Later");
    }
    return {};
}

QString claimKindName(core::ClaimKind kind)
{
    switch (kind) {
    case core::ClaimKind::Fresh:
        return QCoreApplication::translate("Labels", "Fresh damage");
    case core::ClaimKind::Allergy:
        return QCoreApplication::translate("Labels", "Allergy return");
    case core::ClaimKind::None:
        return {};
    }
    return {};
}

QString durationText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    if (d > 0)
        return QCoreApplication::translate("Labels", "%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return QCoreApplication::translate("Labels", "%1 h %2 m").arg(h).arg(m);
    return QCoreApplication::translate("Labels", "%1 m").arg(m);
}

QString verdictName(core::Verdict v)
{
    switch (v) {
    case core::Verdict::Eligible:
        return QCoreApplication::translate("Labels", "Eligible");
    case core::Verdict::NeedsReview:
        return QCoreApplication::translate("Labels", "Needs review");
    case core::Verdict::NotEligible:
        return QCoreApplication::translate("Labels", "Not eligible");
    }
    return {};
}

QString spanText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    if (d >= 2)
        return h > 0 ? QCoreApplication::translate("Labels", "%1 d %2 h").arg(d).arg(h)
                     : QCoreApplication::translate("Labels", "%1 d").arg(d);
    if (s >= 3600)
        return m > 0 ? QCoreApplication::translate("Labels", "%1 h %2 m").arg(s / 3600).arg(m)
                     : QCoreApplication::translate("Labels", "%1 h").arg(s / 3600);
    if (m > 0)
        return QCoreApplication::translate("Labels", "%1 m").arg(m);
    return QCoreApplication::translate("Labels", "%1 s").arg(s);
}

QString findingMark(core::Finding::Effect effect)
{
    switch (effect) {
    case core::Finding::Effect::Pass:
        return QStringLiteral("✓");
    case core::Finding::Effect::Fail:
        return QStringLiteral("✗");
    case core::Finding::Effect::Review:
    case core::Finding::Effect::Warn:
        break;
    }
    return QStringLiteral("!");
}

QString findingLine(const core::Finding &finding, core::ClaimKind kind)
{
    return findingMark(finding.effect) + QLatin1Char(' ') + findingText(finding, kind).toHtmlEscaped();
}

QString findingText(const core::Finding &f, core::ClaimKind kind)
{
    using C = core::Finding::Code;
    const QString program = claimKindName(kind);
    switch (f.code) {
    case C::Covered:
        return QCoreApplication::translate("Labels", "Product carries the %1 guarantee").arg(program);
    case C::NotCovered:
        return QCoreApplication::translate("Labels", "Product does not carry the %1 guarantee").arg(program);
    case C::CoverageUnknown:
        return QCoreApplication::translate("Labels", "Product's guarantee flags not synced yet");
    case C::InWindow:
        return QCoreApplication::translate("Labels", "Claimed %1 after signing, %2 inside the %3 window")
            .arg(spanText(f.a), spanText(f.b - f.a), spanText(f.b));
    case C::LateClaim:
        return QCoreApplication::translate("Labels", "Claimed %1 after signing, %2 past the %3 window")
            .arg(spanText(f.a), spanText(f.a - f.b), spanText(f.b));
    case C::SignForUnknown:
        return QCoreApplication::translate("Labels", "Sign-for time unknown");
    case C::EvidenceOk:
        return QCoreApplication::translate("Labels", "%n evidence image(s)", nullptr, int(f.a));
    case C::EvidenceMissing:
        return QCoreApplication::translate("Labels", "No evidence images yet");
    case C::AmountOk:
        return QCoreApplication::translate("Labels", "Claims %1 of %2 paid")
            .arg(core::formatFen(f.a), core::formatFen(f.b));
    case C::AmountOverPaid:
        return QCoreApplication::translate("Labels", "Claims %1, more than the %2 paid")
            .arg(core::formatFen(f.a), core::formatFen(f.b));
    case C::ProportionalShare:
        return QCoreApplication::translate("Labels", "Bad share %1/%2 of the line").arg(f.a).arg(f.b);
    case C::RiskFlagged:
        return QCoreApplication::translate("Labels", "Flagged by the platform's risk check");
    case C::PriorClaimOnSku:
        return QCoreApplication::translate("Labels", "An earlier claim on this item succeeded");
    case C::OpenClaimOnSku:
        return QCoreApplication::translate("Labels", "Another claim on this item is still open");
    case C::FrequentClaimer:
        return QCoreApplication::translate("Labels", "Buyer made %n claim(s) in 90 days", nullptr, int(f.a));
    }
    return {};
}

QString timeLeftText(qint64 deadline, qint64 now)
{
    if (deadline <= 0)
        return QStringLiteral("—");
    const qint64 left = deadline - now;
    if (left < 0)
        return QCoreApplication::translate("Labels", "overdue %1").arg(durationText(left));
    return QCoreApplication::translate("Labels", "%1 left").arg(durationText(left));
}

QString dateTimeText(qint64 secs)
{
    return secs ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs), QLocale::ShortFormat) : QStringLiteral("—");
}

QString presenceText(const QString &agent, bool mine, qint64 since)
{
    if (mine)
        return QCoreApplication::translate("Labels", "You are on this ticket (since %1); other desks see it.")
            .arg(dateTimeText(since));
    return QCoreApplication::translate("Labels", "%1 has been on this ticket since %2.")
        .arg(agent, dateTimeText(since));
}

QString decisionActionName(const QString &key)
{
    if (key == QLatin1String("approve"))
        return QCoreApplication::translate("Labels", "Approve");
    if (key == QLatin1String("reject"))
        return QCoreApplication::translate("Labels", "Reject");
    if (key == QLatin1String("confirm_receipt"))
        return QCoreApplication::translate("Labels", "Confirm receipt");
    if (key == QLatin1String("reject_after_receipt"))
        return QCoreApplication::translate("Labels", "Reject after receipt");
    if (key == QLatin1String("extend"))
        return QCoreApplication::translate("Labels", "Extend");
    if (key == QLatin1String("note"))
        return QCoreApplication::translate("Labels", "Note");
    return key;
}

QString syncStageName(const QString &stage)
{
    if (stage == QLatin1String("push"))
        return QCoreApplication::translate("Labels", "sending decisions");
    if (stage == QLatin1String("copy"))
        return QCoreApplication::translate("Labels", "copying the team's data");
    if (stage == QLatin1String("reasons"))
        return QCoreApplication::translate("Labels", "reject reasons");
    if (stage == QLatin1String("open"))
        return QCoreApplication::translate("Labels", "open tickets first");
    if (stage == QLatin1String("tickets"))
        return QCoreApplication::translate("Labels", "after-sales tickets");
    if (stage == QLatin1String("history"))
        return QCoreApplication::translate("Labels", "after-sales history");
    if (stage == QLatin1String("recent_orders"))
        return QCoreApplication::translate("Labels", "recent orders first");
    if (stage == QLatin1String("orders"))
        return QCoreApplication::translate("Labels", "orders");
    if (stage == QLatin1String("details"))
        return QCoreApplication::translate("Labels", "ticket details");
    if (stage == QLatin1String("products"))
        return QCoreApplication::translate("Labels", "products");
    if (stage == QLatin1String("routes"))
        return QCoreApplication::translate("Labels", "shipment routes");
    if (stage == QLatin1String("score"))
        return QCoreApplication::translate("Labels", "experience score");
    if (stage == QLatin1String("images"))
        return QCoreApplication::translate("Labels", "evidence images");
    return stage;
}

QString queueTimingFlagged(const QString &state, core::QueueTiming timing)
{
    switch (timing) {
    case core::QueueTiming::OnTime:
        break;
    case core::QueueTiming::AtRisk:
        return QCoreApplication::translate("Labels", "%1 · at risk").arg(state);
    case core::QueueTiming::TooLate:
        return QCoreApplication::translate("Labels", "%1 · too late").arg(state);
    }
    return state;
}

QString queueTimingText(core::QueueTiming timing, qint64 deadline)
{
    switch (timing) {
    case core::QueueTiming::OnTime:
        break;
    case core::QueueTiming::AtRisk:
        return QCoreApplication::translate("Labels",
                                           "May reach the platform too late: the platform decides for the buyer at "
                                           "%1. Sync now while there is time.")
            .arg(dateTimeText(deadline));
    case core::QueueTiming::TooLate:
        return QCoreApplication::translate("Labels",
                                           "Too late: the platform decided for the buyer at %1, before this decision "
                                           "could reach it. Open the ticket to see what the platform did.")
            .arg(dateTimeText(deadline));
    }
    return {};
}

QString outboxStateName(store::OutboxState state)
{
    switch (state) {
    case store::OutboxState::Pending:
        return QCoreApplication::translate("Labels", "Waiting to sync");
    case store::OutboxState::InFlight:
        return QCoreApplication::translate("Labels", "Sending");
    case store::OutboxState::Unknown:
        return QCoreApplication::translate("Labels", "Checking with the platform");
    case store::OutboxState::Done:
        return QCoreApplication::translate("Labels", "Applied");
    case store::OutboxState::Failed:
        return QCoreApplication::translate("Labels", "Refused by the platform");
    case store::OutboxState::Conflict:
        return QCoreApplication::translate("Labels", "Conflict");
    case store::OutboxState::Cancelled:
        return QCoreApplication::translate("Labels", "Undone");
    case store::OutboxState::Overtaken:
        return QCoreApplication::translate("Labels", "Too late: the platform decided");
    }
    return {};
}

QString itemKindName(const QString &kind)
{
    if (kind == QLatin1String("detail"))
        return QCoreApplication::translate("Labels", "Ticket detail");
    if (kind == QLatin1String("product"))
        return QCoreApplication::translate("Labels", "Product");
    if (kind == QLatin1String("route"))
        return QCoreApplication::translate("Labels", "Shipment route");
    if (kind == QLatin1String("image"))
        return QCoreApplication::translate("Labels", "Evidence image");
    return kind;
}

} // namespace anxin::models
