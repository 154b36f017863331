#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace anxin::sandbox {

// What tests read back through GET /__sandbox/counters.
struct Counters
{
    QMap<QString, qint64> calls;   // per API method, every call that reached the sandbox past its rate limit
    QMap<QString, qint64> limited; // per API method, calls refused by the rate limit (60000, not in `calls`)
    QMap<int, qint64> codes;       // envelope codes answered (10000 included)
    qint64 httpRequests = 0;
    qint64 writesApplied = 0; // accepted operate / timeExtend / submitEvidence calls
    qint64 operateItemsApplied = 0;
    qint64 refreshes = 0; // successful token.refresh calls
    qint64 rotations = 0; // refreshes that issued a new pair
    qint64 tokenCreates = 0;
    qint64 faultsInjected = 0;
    qint64 autoDecisions = 0; // platform/buyer transitions after a deadline or a buyer shipment
    qint64 imagesServed = 0;
    // The most connections open at once (seen when one more opened): how many calls a client keeps in flight.
    qint64 peakConnections = 0;

    void reset() { *this = Counters{}; }
    QJsonObject toJson() const;
};

} // namespace anxin::sandbox
