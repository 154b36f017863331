#pragma once

#include "sandbox/world.h"

namespace anxin::sandbox {

// shop.reputation's numbers by the sandbox's own formula, which the client does not share: the platform publishes
// none (domain-rules §7), so the client has to learn the relation from the daily snapshots it keeps. Each
// dimension rates the shop's last 90 days against what is usual for the categories it sells (a fruit shop gets
// more quality returns than a snack shop and is not marked down for it), the overall weighs the dimensions
// differently from the client's convention, and each day's numbers carry a small noise fixed by the shop and the
// day, as a platform's daily recomputation does. The numbers move as the world moves.
struct ReputationScores
{
    double overall = 0;
    double product = 0;
    double logistics = 0;
    double service = 0;
};

ReputationScores reputationOf(const World &world, int shop, qint64 nowSecs);

} // namespace anxin::sandbox
