#include "models/alertmonitor.h"

#include "core/guaranteerules.h"
#include "core/logging.h"
#include "core/settings.h"
#include "models/cachereader.h"
#include "models/labels.h"
#include "store/database.h"
#include "store/shippingrepository.h"
#include "store/workbenchrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QTimer>

namespace anxin::models {

namespace {
constexpr int kMaxItems = 20000; // per kind; far beyond what anyone reads in a notification

qint64 ticketHorizon(core::DeadlineBand band)
{
    switch (band) {
    case core::DeadlineBand::Under1h:
        return 3600;
    case core::DeadlineBand::Under4h:
        return 4 * 3600;
    case core::DeadlineBand::Under24h:
        return 24 * 3600;
    default:
        return 0;
    }
}

// Its own function: lupdate must never see a multi-line translate() with %n inside a conditional expression.
QString lateDecisionsText(int count, qint64 firstDeadline)
{
    return QCoreApplication::translate("Alerts",
                                       "%n decision(s) made here may reach the platform too late: it decides for "
                                       "the buyer at %1",
                                       nullptr, count)
        .arg(dateTimeText(firstDeadline));
}
} // namespace

int minuteOfDay(const QString &hhmm)
{
    const QTime t = QTime::fromString(hhmm.trimmed(), QStringLiteral("HH:mm"));
    return t.isValid() ? t.hour() * 60 + t.minute() : -1;
}

AlertConfig alertConfigFrom(const core::Settings &settings)
{
    AlertConfig c;
    c.orderBand.reset();
    c.ticketBand.reset();
    c.lateDecisions = settings.get(core::keys::alertsEnabled);
    if (!c.lateDecisions)
        return c;
    const QString order = settings.get(core::keys::alertOrderBand);
    for (core::ShipBand b :
         {core::ShipBand::Overdue, core::ShipBand::Under4h, core::ShipBand::Under12h, core::ShipBand::Under24h}) {
        if (order == QLatin1String(core::shipBandKey(b)))
            c.orderBand = b;
    }
    const QString ticket = settings.get(core::keys::alertTicketBand);
    for (core::DeadlineBand b : {core::DeadlineBand::Overdue, core::DeadlineBand::Under1h, core::DeadlineBand::Under4h,
                                 core::DeadlineBand::Under24h}) {
        if (ticket == QLatin1String(core::deadlineBandKey(b)))
            c.ticketBand = b;
    }
    c.quietStartMin = minuteOfDay(settings.get(core::keys::alertQuietStart));
    c.quietEndMin = minuteOfDay(settings.get(core::keys::alertQuietEnd));
    return c;
}

AlertMonitor::AlertMonitor(store::Database *db, std::shared_ptr<core::Clock> clock, core::Settings &settings,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(std::move(clock))
    , m_settings(settings)
    , m_timer(new QTimer(this))
{
    m_reader = CacheReader::beside(m_db, QStringLiteral("anxin-alerts"), this);
    connect(m_timer, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
    reloadSettings();
}

void AlertMonitor::start(int intervalMs)
{
    m_timer->start(intervalMs);
    evaluateNow();
}

void AlertMonitor::reloadSettings()
{
    m_engine.setConfig(alertConfigFrom(m_settings));
    m_engine.setSnoozes(snoozes());
}

QList<AlertSnooze> AlertMonitor::snoozes() const
{
    QList<AlertSnooze> out;
    const QJsonArray list = QJsonDocument::fromJson(m_settings.get(core::keys::alertSnoozes).toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        out << AlertSnooze{o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("until")).toInteger(),
                           o.value(QStringLiteral("reason")).toString()};
    }
    return out;
}

void AlertMonitor::snooze(const QString &key, qint64 until, const QString &reason)
{
    const qint64 now = m_clock->nowSecs();
    QJsonArray list;
    for (const AlertSnooze &z : snoozes()) {
        if (z.until > now && z.key != key)
            list.append(QJsonObject{{QStringLiteral("key"), z.key},
                                    {QStringLiteral("until"), z.until},
                                    {QStringLiteral("reason"), z.reason}});
    }
    list.append(QJsonObject{
        {QStringLiteral("key"), key}, {QStringLiteral("until"), until}, {QStringLiteral("reason"), reason}});
    m_settings.set(core::keys::alertSnoozes, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    m_settings.sync();
    reloadSettings();
    apply(m_lastItems);
}

void AlertMonitor::clearSnoozes()
{
    m_settings.set(core::keys::alertSnoozes, QStringLiteral("[]"));
    reloadSettings();
    apply(m_lastItems);
}

QList<AlertItem> AlertMonitor::collect(store::Database &db, const AlertConfig &c, qint64 now)
{
    QList<AlertItem> items;
    if (c.orderBand) {
        store::ShippingFilter f;
        f.now = now;
        f.pickupOverdue = false; // awaiting shipment only: bands are about the promise
        for (int b = 0; b <= int(*c.orderBand); ++b)
            f.bands << core::ShipBand(b);
        auto rows = store::ShippingRepository(db).page(f, {}, 0, kMaxItems);
        if (!rows)
            qCWarning(lcUi) << "alerts: orders not read:" << rows.error().message;
        for (const auto &r : rows.valueOr({}))
            items << AlertItem{AlertItem::Kind::Order, r.orderId, r.shipBy, r.productName};
    }
    if (c.ticketBand) {
        auto due = store::WorkbenchRepository(db).dueBefore(now + ticketHorizon(*c.ticketBand), kMaxItems);
        if (!due)
            qCWarning(lcUi) << "alerts: tickets not read:" << due.error().message;
        for (const auto &d : due.valueOr({})) {
            if (d.kind == store::DueItem::Kind::Ticket)
                items << AlertItem{AlertItem::Kind::Ticket, d.id, d.deadline, d.title};
        }
    }
    if (c.lateDecisions) {
        auto late = store::WorkbenchRepository(db).waitingDecisionTickets(now + core::kQueueRiskSecs, kMaxItems);
        if (!late)
            qCWarning(lcUi) << "alerts: waiting decisions not read:" << late.error().message;
        for (const auto &d : late.valueOr({}))
            items << AlertItem{AlertItem::Kind::LateDecision, d.id, d.deadline, d.title};
    }
    return items;
}

void AlertMonitor::evaluateNow()
{
    if (!m_db)
        return;
    const qint64 now = m_clock->nowSecs();
    CacheReader::read(
        m_reader, *m_db,
        [config = m_engine.config(), now](store::Database &db) {
            return core::Result<QList<AlertItem>>(collect(db, config, now));
        },
        [this](const core::Result<QList<AlertItem>> &items) {
            if (items)
                apply(items.value());
            else
                qCWarning(lcUi) << "alerts: cache not read:" << items.error().message;
        });
}

void AlertMonitor::apply(const QList<AlertItem> &items)
{
    m_lastItems = items;
    const qint64 now = m_clock->nowSecs();
    const QTime local = QDateTime::fromSecsSinceEpoch(now).time();
    const auto notices = m_engine.evaluate(items, now, local.hour() * 60 + local.minute());
    for (const AlertNotice &n : notices)
        emit notify(titleFor(n), bodyFor(n));
    if (m_engine.badgeCount() != m_lastBadge) {
        m_lastBadge = m_engine.badgeCount();
        emit badgeChanged(m_lastBadge);
    }
    emit evaluated();
}

QString AlertMonitor::titleFor(const AlertNotice &n)
{
    if (n.held)
        return QCoreApplication::translate("Alerts", "While alerts were quiet");
    if (n.decisions > 0)
        return QCoreApplication::translate("Alerts", "%n decision(s) may reach the platform too late", nullptr,
                                           n.decisions);
    if (n.tickets == 0)
        return QCoreApplication::translate("Alerts", "%n order(s) must ship soon", nullptr, n.orders);
    if (n.orders == 0)
        return QCoreApplication::translate("Alerts", "%n ticket(s) due soon", nullptr, n.tickets);
    return QCoreApplication::translate("Alerts", "Orders and tickets due soon");
}

QString AlertMonitor::bodyFor(const AlertNotice &n)
{
    QStringList parts;
    if (n.decisions && n.firstDeadline > 0)
        parts << lateDecisionsText(n.decisions, n.firstDeadline);
    else if (n.decisions)
        parts << QCoreApplication::translate("Alerts", "%n decision(s) made here may reach the platform too late",
                                             nullptr, n.decisions);
    if (n.orders)
        parts << QCoreApplication::translate("Alerts", "%n order(s) entered your shipping alert band", nullptr,
                                             n.orders);
    if (n.tickets)
        parts << QCoreApplication::translate("Alerts", "%n ticket(s) entered your after-sales alert band", nullptr,
                                             n.tickets);
    QStringList ids;
    for (int i = 0; i < n.keys.size() && i < 3; ++i)
        ids << n.keys.at(i).section(QLatin1Char(':'), 1);
    QString body = parts.join(QStringLiteral("; ")) + QStringLiteral(": ") + ids.join(QStringLiteral(", "));
    const int more = int(n.keys.size()) - 3;
    if (more > 0)
        body += QLatin1Char(' ') + QCoreApplication::translate("Alerts", "and %n more", nullptr, more);
    return body;
}

} // namespace anxin::models
