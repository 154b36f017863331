#include "sandbox/worldmotion.h"

#include "sandbox/generator.h"
#include "sandbox/hashing.h"
#include "sandbox/ticketengine.h"

#include <algorithm>
#include <cmath>

namespace anxin::sandbox {

namespace {

constexpr qint64 kRateWindowSecs = 90 * kDay;

// Shifts every time an order has by `delta` seconds (an arrival placed at its moment).
void shiftOrder(Order &o, qint64 delta)
{
    for (quint32 *t :
         {&o.createTime, &o.payTime, &o.expShipTime, &o.shipTime, &o.pickupTime, &o.signTime, &o.updateTime}) {
        if (*t)
            *t = quint32(qint64(*t) + delta);
    }
}

} // namespace

WorldMotion::WorldMotion(World &world, TicketEngine &engine, quint64 seed, qint64 nowSecs)
    : m_world(world)
    , m_engine(engine)
    , m_seed(seed)
    , m_last(nowSecs)
    , m_rng(quint32(seed) ^ quint32(seed >> 32) ^ 0x30717u)
{
    const qint64 since = nowSecs - kRateWindowSecs;
    m_rates.resize(world.shops.size());
    for (size_t s = 0; s < world.shops.size(); ++s) {
        qint64 tickets = 0, orders = 0;
        for (quint32 idx : world.shopTickets[s])
            tickets += world.tickets[idx].applyTime >= since ? 1 : 0;
        for (quint32 idx : world.shopOrders[s])
            orders += world.orders[idx].createTime >= since ? 1 : 0;
        // Every ticket brought its own order: the rest are the orders without an after-sale.
        m_rates[s].ticketsPerSec = double(tickets) / double(kRateWindowSecs);
        m_rates[s].ordersPerSec = double(std::max<qint64>(0, orders - tickets)) / double(kRateWindowSecs);
    }
    // The buyer asked for the money back before it shipped: the order waits for the merchant's or the platform's
    // answer (TicketEngine::onOrderReleased), so a refunded order never ships and a rejected one does.
    std::vector<bool> held(world.orders.size());
    for (const Ticket &t : world.tickets)
        held[t.order] = held[t.order] || (t.type == 2 && !t.finalTime);
    for (quint32 i = 0; i < quint32(world.orders.size()); ++i) {
        if (!held[i])
            plan(i, nowSecs);
    }
    m_engine.onOrderReleased([this](quint32 order, qint64 at) {
        // Two lines refunded apart release the order twice: one flight.
        if (std::none_of(m_flights.cbegin(), m_flights.cend(), [order](const Flight &f) { return f.order == order; }))
            plan(order, at);
    });
}

WorldMotion::~WorldMotion()
{
    m_engine.onOrderReleased({});
}

void WorldMotion::advanceTo(qint64 now)
{
    if (now <= m_last)
        return;
    const qint64 span = now - m_last;
    for (size_t s = 0; s < m_rates.size(); ++s) {
        Rate &r = m_rates[s];
        r.orderCarry += r.ordersPerSec * double(span);
        r.ticketCarry += r.ticketsPerSec * double(span);
        const int orders = int(std::floor(r.orderCarry));
        const int tickets = int(std::floor(r.ticketCarry));
        r.orderCarry -= orders;
        r.ticketCarry -= tickets;
        for (int i = 0; i < orders; ++i) {
            const qint64 at = m_last + 1 + qint64(m_rng.bounded(quint32(std::min<qint64>(span, 0x7fffffff))));
            const quint32 idx = Generator::addLiveOrder(m_world, m_rng, int(s), at);
            Order &o = m_world.orders[idx];
            shiftOrder(o, at - qint64(o.updateTime)); // its last change is its arrival, never later than now
            plan(idx, at);
        }
        for (int i = 0; i < tickets; ++i) {
            const qint64 at = m_last + 1 + qint64(m_rng.bounded(quint32(std::min<qint64>(span, 0x7fffffff))));
            m_engine.schedule(Generator::addLiveTicket(m_world, m_rng, int(s), at));
        }
    }
    m_last = now;
    land(now);
}

void WorldMotion::plan(quint32 idx, qint64 notBefore)
{
    const Order &o = m_world.orders[idx];
    if (!o.payTime || o.status == 1 || o.status == 4 || o.signTime || (o.flags & kOrderNoPickupScan))
        return;
    const quint64 h = mix64(m_seed ^ 0x6d6f7665ULL, quint64(o.id));
    Flight f;
    f.order = idx;
    qint64 shipped = o.shipTime;
    if (!shipped) {
        qint64 at = 0;
        if (o.expShipTime > o.payTime + kShipPromiseSecs) // presale: ships on the last day of its promise
            at = o.expShipTime - kHour - qint64(pick(h >> 7, 22)) * kHour;
        else if (pick(h, 100) < 8) // one order in twelve ships late
            at = o.expShipTime + kHour + pick(h >> 7, 20 * kHour);
        else
            at = o.payTime + 2 * kHour + pick(h >> 7, 44 * kHour);
        if (at <= notBefore) // already overdue: it goes out within three days
            at = notBefore + kHour + pick(h >> 11, 71 * kHour);
        f.shipAt = quint32(at);
        shipped = at;
    }
    // Shipped by now, or about to be: scanned by the carrier and signed for, but one in fourteen never scanned.
    if (o.shipTime || pick(h >> 17, 14) != 0) {
        qint64 pickup = o.pickupTime;
        if (!pickup) {
            pickup = std::max(shipped + 30 * 60 + pick(h >> 23, 20 * kHour), notBefore + 60);
            f.pickupAt = quint32(pickup);
        }
        f.signAt = quint32(std::max(pickup + 18 * kHour + pick(h >> 29, 78 * kHour), notBefore + 60));
    }
    m_flights.push_back(f);
    m_nextLanding = m_nextLanding ? std::min(m_nextLanding, f.next()) : f.next();
}

void WorldMotion::land(qint64 now)
{
    if (!m_nextLanding || now < m_nextLanding)
        return;
    const auto due = [now](quint32 at) { return at && at <= now; };
    for (Flight &f : m_flights) {
        Order &o = m_world.orders[f.order];
        if (due(f.shipAt)) {
            o.shipTime = f.shipAt;
            o.status = 3;
            o.updateTime = std::max(o.updateTime, f.shipAt);
            if (!f.pickupAt && !f.signAt)
                o.flags |= kOrderNoPickupScan;
            f.shipAt = 0;
        }
        if (!f.shipAt && due(f.pickupAt)) {
            o.pickupTime = f.pickupAt;
            o.updateTime = std::max(o.updateTime, f.pickupAt);
            f.pickupAt = 0;
        }
        if (!f.shipAt && !f.pickupAt && due(f.signAt)) {
            o.signTime = f.signAt;
            o.updateTime = std::max(o.updateTime, f.signAt);
            f.signAt = 0;
        }
    }
    std::erase_if(m_flights, [](const Flight &f) { return !f.shipAt && !f.pickupAt && !f.signAt; });
    quint32 next = 0;
    for (const Flight &f : m_flights)
        next = next ? std::min(next, f.next()) : f.next();
    m_nextLanding = next;
}

} // namespace anxin::sandbox
