#pragma once

#include "core/result.h"
#include "store/records.h"

#include <QObject>

namespace anxin::models {

class CacheReader;

// Counts the tickets under a filter on a CacheReader (its own thread and read-only connection). A million-row
// COUNT(*) under an unindexed filter or a two-character search takes hundreds of ms: the list shows its first
// window at once and learns the count here. Only the newest request matters: an older one still running is
// interrupted, queued ones are dropped.
class TicketCounter : public QObject
{
    Q_OBJECT
public:
    explicit TicketCounter(const QString &databasePath, QObject *parent = nullptr);

    // Answers with counted(generation, ...) unless a newer request came first.
    void request(quint64 generation, const store::TicketFilter &filter);
    // Drops what is queued and interrupts a count that is running: its answer will not come.
    void cancel();

signals:
    void counted(quint64 generation, int count);
    void failed(quint64 generation, const anxin::core::Error &error);

private:
    CacheReader *m_reader;
};

} // namespace anxin::models
