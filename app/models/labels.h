#pragma once

#include "core/deadlines.h"
#include "core/eligibility.h"
#include "core/guaranteerules.h"
#include "store/records.h"

#include <QString>

namespace anxin::models {

// Translated names of platform codes and bands, shared by every model (QCoreApplication::translate, so the
// core stays free of widgets while the text still follows the user's language).
QString ticketTypeName(int type);
QString ticketStatusName(int status);
QString bandName(core::DeadlineBand band);
QString shipBandName(core::ShipBand band);
QString claimKindName(core::ClaimKind kind);
// A claim's verdict and one checklist line, in the user's language.
QString verdictName(core::Verdict verdict);
QString findingText(const core::Finding &finding, core::ClaimKind kind);
// A checklist line's mark: ✓ passed, ✗ failed, ! to check by hand. With findingText, one line of a checklist.
QString findingMark(core::Finding::Effect effect);
QString findingLine(const core::Finding &finding, core::ClaimKind kind); // "✓ text", HTML-escaped
// "24 h", "20 h 30 m", "60 d", "29 d 3 h": guarantee windows and how much of them was used.
QString spanText(qint64 seconds);
// "3 h 12 m left", "overdue 25 m", "—" for no deadline.
QString timeLeftText(qint64 deadline, qint64 now);
// "3 h 12 m" with days when long.
QString durationText(qint64 seconds);
// A Unix time as a short date and time in the user's locale; "—" for 0 (none).
QString dateTimeText(qint64 secs);
// A decision's action ("approve", "reject", ...) and an outbox state, as the user reads them.
QString decisionActionName(const QString &actionKey);
QString outboxStateName(store::OutboxState state);
// A waiting decision against its ticket's deadline (core::queueTiming): "<state> · at risk" / "· too late" (the
// state unchanged when on time), and the sentence that explains it with the platform's deadline.
QString queueTimingFlagged(const QString &state, core::QueueTiming timing);
QString queueTimingText(core::QueueTiming timing, qint64 deadline);
// Team mode: who is on a ticket, as a sentence ("王芳 has been on this ticket since …" / "You are on this ticket
// (since …); other desks see it.").
QString presenceText(const QString &agent, bool mine, qint64 since);
// A sync stage (SyncProgress::stage: "push", "tickets", "orders", "details", ...) as the user reads it.
QString syncStageName(const QString &stage);
// What a sync could not fetch (sync_item_failures.kind): "detail", "product", "route", "image".
QString itemKindName(const QString &kind);

} // namespace anxin::models
