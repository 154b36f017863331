#pragma once

#include "core/result.h"
#include "team/assignments.h"

#include <QList>
#include <QString>

namespace anxin::store {
class Database;
}

namespace anxin::models {

// A shop's open queue as this cache has it, for splitting among the team (team::Assignments::split): every open
// ticket with a platform deadline. The desk's Split queue… and `anxin-cli team assign` both read it here.
core::Result<QList<team::QueuedTicket>> openTeamQueue(store::Database &db, const QString &shopId);

} // namespace anxin::models
