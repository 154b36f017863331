#pragma once

#include "sandbox/world.h"

#include <QString>
#include <QStringList>
#include <queue>

#include <functional>
#include <optional>
#include <vector>

namespace anxin::sandbox {

struct EngineError
{
    int code = 0;
    QString subCode;
    QString subMsg;
};

// One item of afterSale.operate, already parsed.
struct OperateItem
{
    qint64 aftersaleId = 0;
    int ticket = -1;
    QString reason;
    QString remark;
    int rejectReasonCode = 0;
    bool hasRejectCode = false;
    QStringList evidenceUrls;
    qint64 receiverAddressId = 0;
    bool hasUpdateTime = false;
    qint64 updateTime = 0;
};

// The ticket state machine: merchant writes, the platform's decisions when a deadline passes (deadline +
// kAutoDecideGraceSecs), and buyers shipping their return parcels. Writes validate fully before applying.
class TicketEngine
{
public:
    explicit TicketEngine(World &world);

    // (Re)builds the event queue from the world; call after generating.
    void rebuildEvents();
    // Runs every buyer/platform event due at or before now; returns how many transitions happened.
    int advanceTo(qint64 now);

    static bool isRejectType(int type);
    static bool isKnownType(int type);
    // Validates one item against the ticket (shop ownership checked by the caller). No change on error.
    std::optional<EngineError> validate(int type, const OperateItem &item) const;
    void apply(int type, const OperateItem &item, qint64 now, const QString &operatorName);

    std::optional<EngineError> timeExtend(quint32 ticket, qint64 now);
    // A shop remark: any status, closed tickets too; moves update_time like every accepted write.
    void addRemark(quint32 ticket, const QString &text, qint64 now, const QString &operatorName);
    std::optional<EngineError> submitEvidence(quint32 ticket, const QString &comment, const QStringList &urls,
                                              qint64 now);
    void schedule(quint32 ticket);

    // A refund before shipping that ended with its order still unshipped: refunded, an order of that one line is
    // cancelled (status 4, as the platform does); rejected or closed, or other lines left, the order is to ship
    // after all, and this is told the order's index (the moving world plans its shipment).
    void onOrderReleased(std::function<void(quint32 order, qint64 at)> released) { m_released = std::move(released); }

private:
    struct Event
    {
        quint32 time;
        quint32 ticket;
        bool operator>(const Event &o) const { return time != o.time ? time > o.time : ticket > o.ticket; }
    };

    quint32 nextEventTime(const Ticket &t) const;
    void fire(quint32 ticket, quint32 at);
    void enterStep(Ticket &t, int status, qint64 at);
    void finish(Ticket &t, int status, qint64 at);
    void bump(Ticket &t, qint64 now);
    void materialiseLogs(quint32 ticket);
    void log(quint32 ticket, RecordLog entry);
    void planBuyerShipping(Ticket &t, qint64 now);
    void settleUnshippedOrder(const Ticket &t, int status, qint64 at);

    World &m_world;
    std::function<void(quint32, qint64)> m_released;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_events;
};

} // namespace anxin::sandbox
