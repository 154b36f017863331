#pragma once

#include "core/result.h"
#include "store/records.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace anxin::models {

// Counts the tickets under a filter on a thread of its own, with its own read-only connection (WAL lets it read
// beside the UI's connection and the sync writer). A million-row COUNT(*) under an unindexed filter or a
// two-character search takes hundreds of ms: the list shows its first window at once and learns the count here.
// Only the newest request matters: an older one still running is interrupted, queued ones are dropped.
class TicketCounter : public QObject
{
    Q_OBJECT
public:
    explicit TicketCounter(QString databasePath, QObject *parent = nullptr);
    ~TicketCounter() override;

    // Answers with counted(generation, ...) unless a newer request came first.
    void request(quint64 generation, const store::TicketFilter &filter);
    // Drops what is queued and interrupts a count that is running: its answer will not come.
    void cancel();

signals:
    void counted(quint64 generation, int count);
    void failed(quint64 generation, const anxin::core::Error &error);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
};

} // namespace anxin::models
