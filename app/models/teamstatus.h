#pragma once

#include "sync/syncprogress.h"

#include <QString>

namespace anxin::team {
class TeamLink;
}

namespace anxin::models {

// Team mode in the status bar (issue #35): online or not, who pulls the shop from the platform, how fresh this
// desk's copy of it is, and when this desk pulled the shop itself because the team was out of reach.
struct TeamStatusLine
{
    QString text;
    QString toolTip;
};
// `lastSync` is this desk's last sync report for the shop, `lastSyncAt` when it ended (0: none yet).
TeamStatusLine teamStatusLine(const team::TeamLink &team, const QString &shopId, const sync::SyncReport &lastSync,
                              qint64 lastSyncAt);

} // namespace anxin::models
