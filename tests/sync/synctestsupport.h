#pragma once

// Shared pieces of the sync suite: a real ApiClient + TokenManager (MemorySecretStore) against the in-process
// sandbox, blocking runners for the async sync objects (bounded by a timeout), and snapshots of both sides.

#include "../sandbox/sandboxharness.h"
#include "platform/apiclient.h"
#include "platform/secretstore.h"
#include "platform/tokenmanager.h"
#include "store/database.h"
#include "sync/shopsyncer.h"
#include "sync/syncprogress.h"

#include <QMap>
#include <QString>

#include <memory>

namespace anxin::test {

// A small, fast retry policy: tests are bounded in time; delays stay honest (Retry-After still wins).
platform::RetryPolicy fastRetry(int maxAttempts = 3);

// What a merchant's machine holds for one shop: the ApiClient and its TokenManager, wired like ShopConnection.
class Client
{
public:
    explicit Client(SandboxHarness &sandbox, platform::RetryPolicy retry = fastRetry(), const QUrl &gateway = {});
    ~Client();
    platform::ApiClient *api() const { return m_api.get(); }
    platform::TokenManager *tokens() const { return m_tokens.get(); }
    QString shopId() const { return m_shopId; }

private:
    QString m_shopId;
    platform::MemorySecretStore m_secrets;
    std::unique_ptr<platform::ApiClient> m_api;
    std::unique_ptr<platform::TokenManager> m_tokens;
};

// Pull only what these tests need (no images: no image directory; everything else on).
sync::SyncOptions testSyncOptions(int pageSize = 100);

// Blocking runners; a timeout gives a report with Kind::Timeout instead of hanging.
sync::SyncReport runPull(Client &client, store::Database &db, const sync::SyncOptions &options, int timeoutMs = 60000);
sync::SyncReport runSyncer(sync::ShopSyncer &syncer, int timeoutMs = 60000);
sync::SyncReport runPush(Client &client, store::Database &db, int timeoutMs = 30000);
sync::SyncReport runFullSync(Client &client, store::Database &db, const sync::SyncOptions &options,
                             int timeoutMs = 60000);
platform::CallResult callAndWait(Client &client, const QByteArray &method, const QJsonObject &params,
                                 platform::CallOptions options = {}, int timeoutMs = 30000);

// GET /__sandbox/counters.
QJsonObject counters(SandboxHarness &sandbox);
qint64 methodCalls(const QJsonObject &counters, const QString &method);
// POST /__sandbox/faults; fails the calling test (QVERIFY inside) when refused.
bool injectFault(SandboxHarness &sandbox, const QJsonObject &fault);

// One ticket as both sides see it: enough to tell "same version".
struct TicketState
{
    int status = 0;
    qint64 updateTime = 0;
    qint64 finalTime = 0;
    bool operator==(const TicketState &o) const
    {
        return status == o.status && updateTime == o.updateTime && finalTime == o.finalTime;
    }
};
// The sandbox's tickets of shop 0 that a sync can see (update_time within the 90-day backfill).
QMap<QString, TicketState> sandboxTickets(SandboxHarness &sandbox, qint64 backfillDays = 90);
QMap<QString, TicketState> cachedTickets(const store::Database &db, const QString &shopId);
QString describeDiff(const QMap<QString, TicketState> &expected, const QMap<QString, TicketState> &actual);

// Rows of one query, each row joined by '|', for whole-table comparisons.
QStringList rows(const store::Database &db, const QString &sql);
qint64 scalarInt(const store::Database &db, const QString &sql);

// Queues an approval (as the owner) of a cached ticket; returns the outbox id, or -1 (with a warning).
qint64 approve(store::Database &db, const QString &aftersaleId);
// The platform side of one cached ticket right now (sandbox state).
TicketState platformTicket(SandboxHarness &sandbox, const QString &aftersaleId);

// Open, refund-only (types 1/2/6) tickets awaiting review (status 6) in the cache whose deadline is at least
// `minLeftSecs` after `now`: safe to approve with 201.
QStringList approvableTickets(const store::Database &db, qint64 now, qint64 minLeftSecs = 6 * 3600);

} // namespace anxin::test
