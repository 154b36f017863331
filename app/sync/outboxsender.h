#pragma once

#include "platform/types.h"
#include "store/records.h"
#include "sync/syncprogress.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace anxin::platform {
class ApiClient;
struct OperateItem;
} // namespace anxin::platform
namespace anxin::store {
class Database;
}

namespace anxin::sync {

// Sends one shop's queued decisions. Rules (issue #4): creation order per ticket; `update_time` as the
// precondition; in_flight is persisted before sending; a write with no answer becomes `unknown` and is read
// back (afterSale.Detail) before it is ever sent again; a ticket already in the state the decision leads to
// counts as done; any other change is a `conflict` kept with both sides, never overwritten.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(QString shopId, platform::ApiClient *api, store::Database *db, QObject *parent = nullptr);

    void start();
    const SyncReport &report() const { return m_report; }
    static constexpr int kBatchSize = 20;

signals:
    void progress(const anxin::sync::SyncProgress &progress);
    void finished(const anxin::sync::SyncReport &report);

private:
    void readBackUnknown();
    void sendDue();
    void sendBatch(QList<store::OutboxEntry> batch, std::function<void()> then);
    void sendBatchInFlight(QList<store::OutboxEntry> batch, std::function<void()> then);
    static platform::OperateItem operateItemOf(const store::OutboxEntry &entry);
    // A batch refused whole whose answer names each item's fate: the refused are read back, the others
    // ("not executed") go again together in the next round.
    void splitByItemResults(const QList<store::OutboxEntry> &batch,
                            const QHash<QString, platform::OperateItemResult> &byId, const core::Error &error,
                            std::function<void()> then);
    void sendExtend(const store::OutboxEntry &entry, std::function<void()> then);
    // A note: the shop remark (afterSale.addOrderRemark), after every decision; its outcome is read back from the
    // ticket's remarks when the answer was lost (the call is not idempotent).
    void sendRemark(const store::OutboxEntry &entry, std::function<void()> then);
    void readBackRemark(const store::OutboxEntry &entry, std::function<void()> then);
    // Reads the ticket back and settles the entry: done when it reached the decision's target state; failed
    // with `refusal` (or resent when there was none) when nothing changed; conflict when it changed otherwise.
    // `refusalCode` is the platform's code for that refusal, kept with the failed entry.
    void readBack(const store::OutboxEntry &entry, const QString &refusal, std::function<void()> then,
                  int refusalCode = 0);
    void readBackAll(const QList<store::OutboxEntry> &entries, std::function<void()> then);
    void settleFailure(const QList<store::OutboxEntry> &batch, const core::Error &error, bool outcomeUnknown,
                       std::function<void()> then);
    void done(const store::OutboxEntry &e);
    void stop(const core::Error &error);
    void finish();
    qint64 now() const;

    QString m_shopId;
    platform::ApiClient *m_api;
    store::Database *m_db;
    SyncReport m_report;
    int m_round = 0;
    bool m_finished = false;
};

} // namespace anxin::sync
