#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace anxin::core {

// One platform answer the shop's poller fetched for its team (issue #35), as kept in the team's feed: the other
// desks apply it to their own cache exactly as if they had fetched it, in the feed's order.
struct FeedEntry
{
    qint64 version = 0;    // the shop's feed order: 1, 2, 3 … without gaps (but old answers are pruned)
    QString kind;          // sync::feedkind
    QString key;           // a route: its order id; a score snapshot: the platform's day; else empty
    qint64 cursorTime = 0; // a page: its stream's cursor after it
    int cursorPage = 0;
    qint64 fetchedAt = 0; // the platform's clock when the answer came
    QByteArray data;      // the answer's data, compact JSON
    QString deskId;       // the desk that fetched it
};

// Where a team's desks share what they pull from the platform, one shop at a time: one desk holds the shop's
// poller lease, pulls it and publishes every answer; the others copy the answers by version. The sync layer talks
// to this; team mode implements it on the team database (team::TeamFeed). One object per thread.
class ShopFeed
{
public:
    virtual ~ShopFeed() = default;
    // The team database's identity: versions count in one database only.
    virtual QString identity() const = 0;
    // Takes or renews the shop's poller lease: true when this desk is the shop's poller now.
    virtual Result<bool> takePoll(const QString &shopId) = 0;
    // This desk finished polling the shop (ok or not): how fresh the team's data is.
    virtual Status recordPoll(const QString &shopId, bool ok) = 0;
    // Appends one answer; its version.
    virtual Result<qint64> publish(const QString &shopId, const FeedEntry &entry) = 0;
    // The answers after `version`, oldest first, at most `limit`.
    virtual Result<QList<FeedEntry>> since(const QString &shopId, qint64 version, int limit) = 0;
    // The newest version of the shop's feed; 0 when empty.
    virtual Result<qint64> headVersion(const QString &shopId) = 0;
    // The newest answer of a kind (its data left out): where a stream's walk goes on.
    virtual Result<std::optional<FeedEntry>> lastOf(const QString &shopId, const QString &kind) = 0;
};

} // namespace anxin::core
