#pragma once

#include "core/result.h"
#include "store/records.h"
#include "sync/shopsyncer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace anxin::platform {
class ApiClient;
}
namespace anxin::store {
class Database;
}

namespace anxin::sync {

// Downloads evidence images into the profile's cache: the sync's last stage, and a retry the agent asks for in
// the detail pane. Images come from a CDN the platform does not vouch for, so nothing here may stall or fail a
// sync: short timeouts, a few in flight, a host that stops answering is given up for the run (its other images
// wait with a back-off, as failed ones do), and no new download starts once the budget is spent. Every failure
// is recorded in sync_item_failures (kind "image") and cleared when the image arrives.
class EvidenceFetcher : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        int fetched = 0;
        int failed = 0;
        QString lastError;
        core::Error storageError; // the cache could not be written: nothing more was started
    };

    // Reads the image settings of `options` (imageDir, maxImageBytes, imageTimeoutMs, imageBudgetMs); a few
    // downloads run at once, as the sync's other per-item fetches do.
    EvidenceFetcher(QString shopId, platform::ApiClient *api, store::Database *db, const SyncOptions &options,
                    QObject *parent = nullptr);

    // Fetches `images`; `progress(done, total)` after each stored one; `finished` once, when all are settled.
    void fetch(QList<store::EvidenceRecord> images, std::function<void(int, int)> progress,
               std::function<void(const Outcome &)> finished);
    // Starts nothing more; `finished` comes once the downloads under way are settled.
    void stop() { m_next = int(m_queue.size()); }

private:
    struct HostState
    {
        int failuresInARow = 0;
        bool answered = false;
        QString lastError;
    };
    void launch();
    void fetchOne(const store::EvidenceRecord &ev);
    void recordFailure(const store::EvidenceRecord &ev, const QString &message);
    // Keeps the first storage error and starts nothing more; false when `st` failed.
    bool check(const core::Status &st);

    QString m_shopId;
    platform::ApiClient *m_api;
    store::Database *m_db;
    SyncOptions m_options;
    QList<store::EvidenceRecord> m_queue;
    int m_next = 0;
    int m_inFlight = 0;
    int m_total = 0;
    Outcome m_outcome;
    QHash<QString, HostState> m_hosts;
    QElapsedTimer m_budget;
    std::function<void(int, int)> m_progress;
    std::function<void(const Outcome &)> m_finished;
};

} // namespace anxin::sync
