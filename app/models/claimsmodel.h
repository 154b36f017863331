#pragma once

#include "core/clock.h"
#include "core/eligibility.h"
#include "core/result.h"
#include "models/lazyreload.h"
#include "store/claimrepository.h"
#include "sync/decisions.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace anxin::store {
class Database;
}

namespace anxin::models {

class CacheReader;

// One open claim with its verdict, as the Claims page shows it.
struct ClaimItem
{
    store::ClaimRow row;
    core::Eligibility eligibility;
    QString shadowRule; // a shadow-mode auto-approve rule that would approve this claim; empty: none
};

// The one key that settles a claim the way its guarantee prescribes, at the step the ticket is in: fresh → agree
// the refund (refund only, op 201); allergy → agree the return (op 101) at review, then confirm receipt and
// refund (op 111) once the parcel is back. nullopt when the ticket is at no such step (e.g. waiting for the
// buyer's parcel) or its type does not match the remedy.
std::optional<sync::DecisionAction> oneKeyAction(core::ClaimKind kind, int aftersaleType, int aftersaleStatus);

// Open guarantee claims from the cache with their eligibility, soonest respond-by first. Filters (verdict, kind,
// text) are applied in memory: open claims are a few hundred at most. QtCore only.
class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeLeft,
        Verdict,
        Kind,
        Product,
        Window,
        Claimed,
        Suggested,
        Evidence,
        BuyerClaims,
        Rule,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // aftersale_id
        RawRole,                   // the raw value of the column, for sorting
        BandRole,                  // core::DeadlineBand as int
        VerdictRole,               // core::Verdict as int
        PendingRole,               // decisions waiting to sync
    };

    // loadNow false: the model starts empty and stale and reads the cache when first made active.
    ClaimsModel(store::Database *db, std::shared_ptr<core::Clock> clock, QObject *parent = nullptr,
                bool loadNow = true);

    // Reads the cache now (after the agent's own decision: the queue must show it at once).
    void reload();
    // Reads on the model's CacheReader and resets when the answer comes (after a sync: the UI thread does not
    // wait the half second that 100 000 cached tickets cost); loaded() says when. In place without a file.
    void reloadInBackground();
    // An inactive model (its page is hidden) only notes that a reload is due and does it, in the background, when
    // made active again.
    void setActive(bool active);
    bool isActive() const { return m_lazy.isActive(); }
    bool isLoading() const { return m_loading; } // a background read is on its way
    void tick();                                 // the clock moved: time left and bands change
    void setVerdictFilter(std::optional<core::Verdict> verdict);
    void setKindFilter(core::ClaimKind kind); // None: every kind
    void setSearch(const QString &text);      // product name, ticket or order id, reason; case-insensitive
    // Labels shadow-mode rules put on claims (aftersale id → rule name); kept across reloads until replaced.
    void setShadowLabels(const QHash<QString, QString> &labels);
    int totalCount() const { return int(m_all.size()); }

    const ClaimItem *itemAt(int row) const;
    int rowOf(const QString &aftersaleId) const;
    const core::Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int shown, int total);
    void activated(); // setActive(true), before a due reload
    void loaded();    // a reload (either kind) is shown
    void loadingChanged(bool loading);

private:
    static core::Result<QList<ClaimItem>> read(store::Database &db);
    void apply(core::Result<QList<ClaimItem>> result);
    void setLoading(bool loading);
    void applyFilter();
    bool matches(const ClaimItem &item) const;

    store::Database *m_db;
    std::shared_ptr<core::Clock> m_clock;
    QList<ClaimItem> m_all;
    QList<int> m_shown; // indexes into m_all
    std::optional<core::Verdict> m_verdict;
    core::ClaimKind m_kind = core::ClaimKind::None;
    QString m_search;
    QHash<QString, QString> m_shadow;
    core::Error m_error;
    LazyReload m_lazy;
    CacheReader *m_reader = nullptr; // null for an in-memory cache
    bool m_loading = false;
};

} // namespace anxin::models
