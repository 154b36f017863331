#pragma once

#include "core/result.h"
#include "store/records.h"

#include <optional>

namespace anxin::store {

class Database;
class WriteTransaction;

// A ticket's detail, evidence list, platform log and shop remarks, replaced together for one ticket.
class TicketDetailRepository
{
public:
    explicit TicketDetailRepository(Database &db)
        : m_db(db)
    {}

    // Replaces detail + evidence + logs + remarks atomically. Evidence already downloaded (same url) keeps its
    // local_path. The ticket row must exist (foreign key): Kind::Storage otherwise, nothing written.
    core::Status replace(const TicketDetailRecord &detail, const QList<EvidenceRecord> &evidence,
                         const QList<PlatformLogRecord> &logs, const QList<ShopRemarkRecord> &remarks);
    core::Status replace(WriteTransaction &tx, const TicketDetailRecord &detail, const QList<EvidenceRecord> &evidence,
                         const QList<PlatformLogRecord> &logs, const QList<ShopRemarkRecord> &remarks);

    core::Result<std::optional<TicketDetailRecord>> get(const QString &aftersaleId) const;
    core::Result<QList<EvidenceRecord>> evidence(const QString &aftersaleId) const;
    core::Result<QList<PlatformLogRecord>> logs(const QString &aftersaleId) const;
    // The shop's remarks on the ticket, oldest first.
    core::Result<QList<ShopRemarkRecord>> remarks(const QString &aftersaleId) const;
    // Remarks on any ticket created at or after `since` (platform time), newest first.
    core::Result<QList<ShopRemarkRecord>> remarksSince(qint64 since, int limit) const;
    // True when the ticket's receipt window was extended already (the platform allows it once): its cached log
    // has the extension (afterSale.timeExtend's "time_extend" entry, or a "延长" line), or an extension decided
    // here was applied.
    core::Result<bool> extendedBefore(const QString &aftersaleId) const;
    // Evidence not yet downloaded, open tickets' first, then in the order recorded (for the image fetcher); an
    // image whose last download failed waits until its back-off ends after `now` (every one waits when now is 0).
    core::Result<QList<EvidenceRecord>> evidenceToFetch(int limit, qint64 now = 0) const;
    core::Status setEvidenceLocalPath(const QString &aftersaleId, int idx, const QString &localPath, qint64 now);

private:
    Database &m_db;
};

} // namespace anxin::store
