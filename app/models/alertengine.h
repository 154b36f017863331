#pragma once

#include "core/deadlines.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace anxin::models {

// Something with a deadline the user may want to hear about.
struct AlertItem
{
    enum class Kind
    {
        Order,
        Ticket,
        // A decision queued here that may reach the platform after its ticket's deadline (core::queueTiming);
        // `id` is the ticket's.
        LateDecision
    };
    Kind kind = Kind::Order;
    QString id;
    qint64 deadline = 0; // ship_by or status_deadline
    QString title;       // product name
    QString key() const { return keyPrefix(kind) + id; }
    static QString keyPrefix(Kind kind);
    static Kind kindOfKey(const QString &key);
};

struct AlertConfig
{
    std::optional<core::ShipBand> orderBand = core::ShipBand::Under4h; // notify on entering this band or worse
    std::optional<core::DeadlineBand> ticketBand = core::DeadlineBand::Under1h;
    bool lateDecisions = true; // decisions that may reach the platform too late (no band: always within the hour)
    int quietStartMin = -1;    // minutes of the local day; -1: no quiet hours. May wrap past midnight.
    int quietEndMin = -1;
};

// "Not now": one item (key "order:ID" / "ticket:ID") or every alert (key "*") until a time, with the reason.
struct AlertSnooze
{
    QString key;
    qint64 until = 0;
    QString reason;
};

struct AlertNotice
{
    QStringList keys; // the items it is about
    int orders = 0;
    int tickets = 0;
    int decisions = 0;        // LateDecision items
    qint64 firstDeadline = 0; // of those decisions, the earliest ticket deadline (0 in a held summary)
    bool held = false;        // a summary of what came in during quiet hours or a snooze of everything
};

// Decides which orders and tickets newly entered the user's band, from cached deadlines only (works offline).
// Each item is announced once when it enters; it is announced again only after it left the band (deadline moved)
// and came back. Quiet hours and a snooze of everything hold announcements and summarise them once afterwards;
// a snoozed item is neither announced nor counted until its snooze ends. QtCore, no clock of its own: `now` and
// the local minute of the day come from the caller.
class AlertEngine
{
public:
    void setConfig(const AlertConfig &config) { m_config = config; }
    const AlertConfig &config() const { return m_config; }
    void setSnoozes(const QList<AlertSnooze> &snoozes) { m_snoozes = snoozes; }

    bool inBand(const AlertItem &item, qint64 now) const;
    bool isQuiet(int minuteOfDay) const;
    // The snooze covering `key` at `now` (the item's own or "*"), if any.
    std::optional<AlertSnooze> snoozeFor(const QString &key, qint64 now) const;

    // `items`: every open item the cache has with a deadline near enough to matter.
    QList<AlertNotice> evaluate(const QList<AlertItem> &items, qint64 now, int minuteOfDay);
    // Orders and tickets in band now, not snoozed one by one (late decisions are counted on the Pending page and
    // the Workbench, and their tickets are in the ticket band already).
    int badgeCount() const { return m_badge; }

private:
    AlertConfig m_config;
    QList<AlertSnooze> m_snoozes;
    QSet<QString> m_announced; // in band and announced (or held for the summary)
    QSet<QString> m_held;
    int m_badge = 0;
};

} // namespace anxin::models
