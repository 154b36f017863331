#pragma once

#include "sandbox/world.h"

#include <QRandomGenerator>

#include <vector>

namespace anxin::sandbox {

class TicketEngine;

// The world moving with its clock (--history-days): each shop gets new orders and tickets at the daily rate of
// the 90 days it was generated with, at times spread over the span the clock moved, and every order awaiting
// shipment, a carrier's scan or the buyer's signature reaches that step at a time planned from its id (some
// ship late, a few are never scanned). So the shop's numbers, and its experience score, drift as a real shop's
// do while a test or the demo advances the clock day by day. Without it only the tickets' deadlines move.
class WorldMotion
{
public:
    // Plans the steps of the orders already in flight at `nowSecs` (the world was generated at it).
    // An order with an open refund before shipping waits for it: the engine says when it is to ship after all.
    WorldMotion(World &world, TicketEngine &engine, quint64 seed, qint64 nowSecs);
    ~WorldMotion();
    WorldMotion(const WorldMotion &) = delete;
    WorldMotion &operator=(const WorldMotion &) = delete;

    // Brings the world to `nowSecs`: the arrivals since the last call (new tickets go to the engine), then every
    // order step due by then. A clock moved back changes nothing.
    void advanceTo(qint64 nowSecs);

private:
    // The planned times of an order's next steps; 0: the step never comes (cancelled, never scanned).
    struct Flight
    {
        quint32 order = 0;
        quint32 shipAt = 0;
        quint32 pickupAt = 0;
        quint32 signAt = 0;
        quint32 next() const { return shipAt ? shipAt : (pickupAt ? pickupAt : signAt); } // its next step's time
    };
    struct Rate
    {
        double ordersPerSec = 0;
        double ticketsPerSec = 0;
        double orderCarry = 0;
        double ticketCarry = 0;
    };

    void plan(quint32 order, qint64 notBefore);
    void land(qint64 now);

    World &m_world;
    TicketEngine &m_engine;
    quint64 m_seed;
    qint64 m_last;
    QRandomGenerator m_rng;
    std::vector<Rate> m_rates; // per shop
    std::vector<Flight> m_flights;
    quint32 m_nextLanding = 0; // the earliest planned step in m_flights (0: none)
};

} // namespace anxin::sandbox
