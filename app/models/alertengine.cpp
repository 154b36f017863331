#include "models/alertengine.h"

namespace anxin::models {

namespace {
void countIn(AlertNotice &notice, AlertItem::Kind kind)
{
    switch (kind) {
    case AlertItem::Kind::Order:
        ++notice.orders;
        break;
    case AlertItem::Kind::Ticket:
        ++notice.tickets;
        break;
    case AlertItem::Kind::LateDecision:
        ++notice.decisions;
        break;
    }
}
} // namespace

QString AlertItem::keyPrefix(Kind kind)
{
    switch (kind) {
    case Kind::Order:
        return QStringLiteral("order:");
    case Kind::Ticket:
        return QStringLiteral("ticket:");
    case Kind::LateDecision:
        return QStringLiteral("decision:");
    }
    return QStringLiteral("ticket:");
}

AlertItem::Kind AlertItem::kindOfKey(const QString &key)
{
    for (Kind k : {Kind::Order, Kind::LateDecision}) {
        if (key.startsWith(keyPrefix(k)))
            return k;
    }
    return Kind::Ticket;
}

bool AlertEngine::inBand(const AlertItem &item, qint64 now) const
{
    if (item.deadline <= 0)
        return false;
    if (item.kind == AlertItem::Kind::LateDecision)
        return m_config.lateDecisions && core::queueTiming(item.deadline, now) != core::QueueTiming::OnTime;
    if (item.kind == AlertItem::Kind::Order) {
        // ShipBand is ordered from the most urgent (Overdue) to Later.
        return m_config.orderBand && int(core::shipBand(item.deadline - now)) <= int(*m_config.orderBand);
    }
    const core::DeadlineBand band = core::deadlineBand(item.deadline, now);
    return m_config.ticketBand && band != core::DeadlineBand::None && int(band) <= int(*m_config.ticketBand);
}

bool AlertEngine::isQuiet(int minuteOfDay) const
{
    const int s = m_config.quietStartMin, e = m_config.quietEndMin;
    if (s < 0 || e < 0 || s == e)
        return false;
    return s < e ? (minuteOfDay >= s && minuteOfDay < e) : (minuteOfDay >= s || minuteOfDay < e);
}

std::optional<AlertSnooze> AlertEngine::snoozeFor(const QString &key, qint64 now) const
{
    for (const AlertSnooze &z : m_snoozes) {
        if ((z.key == key || z.key == QLatin1String("*")) && z.until > now)
            return z;
    }
    return std::nullopt;
}

QList<AlertNotice> AlertEngine::evaluate(const QList<AlertItem> &items, qint64 now, int minuteOfDay)
{
    const bool quiet = isQuiet(minuteOfDay);
    bool everything = false; // a snooze of every alert
    for (const AlertSnooze &z : std::as_const(m_snoozes))
        everything = everything || (z.key == QLatin1String("*") && z.until > now);
    const bool holding = quiet || everything;
    QSet<QString> present;
    AlertNotice fresh;
    m_badge = 0;
    for (const AlertItem &item : items) {
        const QString key = item.key();
        if (!inBand(item, now))
            continue;
        const auto own = snoozeFor(key, now);
        if (own && own->key != QLatin1String("*"))
            continue; // snoozed on its own: silent and off the badge until the snooze ends
        present.insert(key);
        if (item.kind != AlertItem::Kind::LateDecision)
            ++m_badge;
        if (m_announced.contains(key))
            continue;
        m_announced.insert(key);
        if (holding) {
            m_held.insert(key);
            continue;
        }
        fresh.keys << key;
        countIn(fresh, item.kind);
        if (item.kind == AlertItem::Kind::LateDecision &&
            (fresh.firstDeadline == 0 || item.deadline < fresh.firstDeadline))
            fresh.firstDeadline = item.deadline;
    }
    // Left the band (shipped, decided, deadline moved) or snoozed one by one: a later entry counts again.
    for (auto it = m_announced.begin(); it != m_announced.end();) {
        if (present.contains(*it)) {
            ++it;
        } else {
            m_held.remove(*it);
            it = m_announced.erase(it);
        }
    }
    QList<AlertNotice> out;
    if (!holding && !m_held.isEmpty()) {
        AlertNotice summary;
        summary.held = true;
        for (const QString &key : std::as_const(m_held)) {
            summary.keys << key;
            countIn(summary, AlertItem::kindOfKey(key));
        }
        summary.keys.sort();
        m_held.clear();
        out << summary;
    }
    if (!fresh.keys.isEmpty())
        out << fresh;
    return out;
}

} // namespace anxin::models
