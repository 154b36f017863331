#include "models/teamstatus.h"

#include "models/labels.h"
#include "team/teamlink.h"

#include <QCoreApplication>

namespace anxin::models {

TeamStatusLine teamStatusLine(const team::TeamLink &team, const QString &shopId, const sync::SyncReport &lastSync,
                              qint64 lastSyncAt)
{
    using Role = sync::SyncReport::TeamRole;
    // The last sync could not use the team's feed (out of reach, or it no longer held what this desk missed): the
    // desk pulled the shop from the platform itself.
    const bool teamFailed = lastSync.teamError.kind != core::Error::Kind::None;
    const bool pulledAlone =
        lastSyncAt > 0 && lastSync.ok() && lastSync.teamRole == Role::Alone && (teamFailed || lastSync.feedGap);
    QString aloneNote;
    if (pulledAlone && teamFailed)
        aloneNote = QCoreApplication::translate(
                        "TeamStatus", "This desk pulled the shop from the platform itself at %1, because the "
                                      "team's data was out of reach (%2); it uses the team again as soon as it "
                                      "can.")
                        .arg(dateTimeText(lastSyncAt), lastSync.teamError.message);
    else if (pulledAlone)
        aloneNote = QCoreApplication::translate("TeamStatus",
                                                "This desk was away longer than the team keeps its data, so it pulled "
                                                "the shop from the platform itself at %1, once; it copies the team's "
                                                "data from now on.")
                        .arg(dateTimeText(lastSyncAt));
    switch (team.state()) {
    case team::TeamSnapshot::State::Off:
    case team::TeamSnapshot::State::Connecting:
        return {QCoreApplication::translate("TeamStatus", "Team: connecting…"), aloneNote};
    case team::TeamSnapshot::State::Offline: {
        QString tip = QCoreApplication::translate(
                          "TeamStatus",
                          "The team database is out of reach: deciding works as usual, the desk reconnects by itself. "
                          "%1")
                          .arg(team.error());
        if (pulledAlone)
            tip += QLatin1Char('\n') + aloneNote;
        return {QCoreApplication::translate("TeamStatus", "Team offline"), tip};
    }
    case team::TeamSnapshot::State::Online:
        break;
    }
    if (pulledAlone)
        return {QCoreApplication::translate("TeamStatus", "Team online · this desk pulled the shop itself"), aloneNote};
    const auto poller = team.pollerOf(shopId);
    if (!poller)
        return {QCoreApplication::translate("TeamStatus", "Team online"), {}};
    if (poller->deskId == team.deskId())
        return {QCoreApplication::translate("TeamStatus", "Team online · this desk polls the shop"),
                QCoreApplication::translate("TeamStatus", "This desk pulls the shop from the platform for the team.")};
    QString tip =
        poller->lastPollAt > 0
            ? QCoreApplication::translate("TeamStatus", "Last poll: %1%2")
                  .arg(dateTimeText(poller->lastPollAt),
                       poller->lastPollOk ? QString()
                                          : QCoreApplication::translate("TeamStatus", " (it did not complete)"))
            : QCoreApplication::translate("TeamStatus", "No poll yet.");
    if (lastSyncAt > 0 && lastSync.teamRole == Role::Follower)
        tip += QLatin1Char('\n') +
               QCoreApplication::translate("TeamStatus",
                                           "This desk copied the team's data at %1; the list shows the shop as of the "
                                           "poller's last poll before then.")
                   .arg(dateTimeText(lastSyncAt));
    return {QCoreApplication::translate("TeamStatus", "Team online · %1's desk polls the shop").arg(poller->agent),
            tip};
}

} // namespace anxin::models
