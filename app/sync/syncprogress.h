#pragma once

#include "core/result.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace anxin::sync {

// What a sync is doing now, for the status bar, the progress dialog and `anxin-cli sync`.
struct SyncProgress
{
    QString shopId;
    // "push", "reasons", "open" (the open tickets, first when the walk is far behind), "recent_orders" (then the
    // orders placed this week), "tickets", "history" (the ticket
    // walk as the history's backfill: the open work is in the cache), "orders", "details", "products", "routes",
    // "score", "images"
    QString stage;
    qint64 done = 0;
    qint64 total = -1; // -1: unknown
    double ratePerSec = 0;
    qint64 etaSecs = -1;
    // The stage runs beside the others (the open tickets' details during the history walks, each method at its own
    // rate limit): another stage beginning does not end it; its last reading says `ended`.
    bool beside = false;
    // The last reading of its stage (a stage beside the others, a walk); other stages end when the next begins.
    bool ended = false;
};

struct SyncReport
{
    QString shopId;
    int pages = 0;
    int ticketsInserted = 0;
    int ticketsUpdated = 0;
    int ticketsStale = 0;
    int ordersApplied = 0;
    int details = 0;
    int products = 0;
    int routes = 0;
    int images = 0;
    int snapshots = 0;
    int reasons = 0;
    // Open work first (issue #36): this run fetched the open tickets by deadline and their details before the
    // history; how many open tickets, and when they (with their details) were all in the cache (-1: not this run).
    bool openFirst = false;
    int openTickets = 0;
    qint64 openReadyMs = -1;
    int itemsRefused = 0; // details, products, routes the platform refused this run (recorded, retried later)
    int imagesFailed = 0; // evidence images not downloaded this run (retried later with a back-off)
    int decisionsSent = 0;
    int decisionsDone = 0;
    int decisionsConflict = 0;
    int decisionsOvertaken = 0; // the platform decided the ticket at its deadline before the decision reached it
    int decisionsFailed = 0;
    int decisionsUnknown = 0;
    // Team mode (issue #35): answers this desk published to the team's feed as the shop's poller, and answers it
    // copied from the feed (fetched by the poller); Alone when no team database was in reach.
    enum class TeamRole
    {
        Alone,
        Poller,
        Follower
    };
    TeamRole teamRole = TeamRole::Alone;
    int published = 0;
    int copied = 0;
    core::Error teamError; // the team database failed during this run: the desk pulled the shop itself
    // The feed no longer holds everything this cache missed (it keeps a few weeks): the desk pulled the shop itself
    // once, as if alone, and copies from the feed's head from now on.
    bool feedGap = false;
    qint64 requests = 0;
    qint64 rateLimited = 0; // of them, refused by the platform's rate limit (and sent again at its pace)
    int concurrency = 0;    // requests of one method in flight the sync settled on (the widest of its methods)
    int windows = 0;        // time windows the walks were read in (a dense one split in parts counts each part)
    qint64 elapsedMs = 0;
    core::Error error; // kind None when the sync completed
    bool ok() const { return error.kind == core::Error::Kind::None; }
};

} // namespace anxin::sync

Q_DECLARE_METATYPE(anxin::sync::SyncProgress)
Q_DECLARE_METATYPE(anxin::sync::SyncReport)
