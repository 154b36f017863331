#pragma once

#include "sandbox/sandboxoptions.h"
#include "sandbox/world.h"

#include <QRandomGenerator>

namespace anxin::sandbox {

// Builds the deterministic world: same options and "now" → the same shops, orders and tickets, bit for bit.
// Text (names, logs, PII) is not stored: it is derived from ids and the seed when an answer is rendered.
class Generator
{
public:
    static World generate(const SandboxOptions &options, qint64 nowSecs);

    // Live mode: a new paid order awaiting shipment, or a new open ticket (with its order). Return the index.
    static quint32 addLiveOrder(World &world, QRandomGenerator &rng, int shop, qint64 nowSecs);
    static quint32 addLiveTicket(World &world, QRandomGenerator &rng, int shop, qint64 nowSecs);

    // Step length of the ticket's current (open) status.
    static qint64 stepSecs(const Ticket &ticket);
};

} // namespace anxin::sandbox
