#pragma once

#include "core/shopfeed.h"
#include "team/teamdatabase.h"

#include <QElapsedTimer>
#include <QHash>

#include <memory>

namespace anxin::team {

// The shops' feed on the team database (issue #35): core::ShopFeed for the sync of one desk or anxin-cli, on a
// connection of its own (open it on the thread that uses it). The poller lease is the one team::Pollers keeps,
// under this desk's id; every answer published renews it.
class TeamFeed final : public core::ShopFeed
{
public:
    static core::Result<std::unique_ptr<TeamFeed>> open(const QString &url, const QString &deskId, const QString &agent,
                                                        int leaseSecs);

    QString identity() const override { return m_identity; }
    core::Result<bool> takePoll(const QString &shopId) override;
    core::Status recordPoll(const QString &shopId, bool ok) override;
    core::Result<qint64> publish(const QString &shopId, const core::FeedEntry &entry) override;
    core::Result<QList<core::FeedEntry>> since(const QString &shopId, qint64 version, int limit) override;
    core::Result<std::optional<core::FeedEntry>> lastOf(const QString &shopId, const QString &kind) override;
    core::Result<qint64> headVersion(const QString &shopId) override;

    // The newest version of the shop's feed and when it was published (the server's clock); 0 when empty.
    struct Head
    {
        qint64 version = 0;
        qint64 publishedAt = 0;
    };
    core::Result<Head> head(const QString &shopId);
    // Deletes the shop's answers published more than `keepDays` ago, except the newest of each kind (where a new
    // poller goes on); how many. A desk whose cache is older than what the feed keeps sees the gap in the versions
    // and pulls the shop itself once. The poller prunes after a good poll, once an hour.
    core::Result<int> prune(const QString &shopId, int keepDays);
    static constexpr int kKeepDays = 14;
    // Asks the shop's poller to poll now (this desk sent decisions; their results come with the poller's pull).
    core::Status askForPoll(const QString &shopId);

private:
    TeamFeed(QString deskId, QString agent, int leaseSecs);

    TeamDatabase m_db;
    QString m_deskId;
    QString m_agent;
    int m_leaseSecs;
    QString m_identity;
    QHash<QString, QElapsedTimer> m_pruned; // per shop: since this desk last pruned its feed
};

// NOTIFY on the channel the team link LISTENs on for poll requests (payload: the shop).
core::Status notifyPollWanted(TeamDatabase &db, const QString &shopId);
inline constexpr char kPollChannel[] = "anxin_poll";
inline constexpr char kFeedChannel[] = "anxin_feed"; // schema 6's trigger: a shop's poller published (payload: shop)

} // namespace anxin::team
