#include "models/claimsmodel.h"

#include "core/deadlines.h"
#include "core/money.h"
#include "models/cachereader.h"
#include "models/labels.h"
#include "store/database.h"
#include "sync/autorules.h"

#include <QCoreApplication>

namespace anxin::models {

std::optional<sync::DecisionAction> oneKeyAction(core::ClaimKind kind, int type, int status)
{
    return sync::guaranteeAction(kind, type, status);
}

ClaimsModel::ClaimsModel(store::Database *db, std::shared_ptr<core::Clock> clock, QObject *parent, bool loadNow)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(std::move(clock))
    , m_lazy(loadNow)
{
    m_reader = CacheReader::beside(m_db, QStringLiteral("anxin-claims"), this);
    if (loadNow)
        reload();
}

void ClaimsModel::setActive(bool active)
{
    const bool was = m_lazy.isActive();
    const bool due = m_lazy.setActive(active);
    if (active && !was)
        emit activated();
    if (due)
        reloadInBackground(); // switching pages never waits for the read
}

void ClaimsModel::reload()
{
    if (!m_lazy.wanted())
        return;
    if (m_reader)
        m_reader->cancel(); // an older background read must not replace this one
    setLoading(false);
    apply(m_db ? read(*m_db) : core::Result<QList<ClaimItem>>(QList<ClaimItem>{}));
}

void ClaimsModel::reloadInBackground()
{
    if (!m_lazy.wanted())
        return;
    if (!m_reader) {
        reload();
        return;
    }
    setLoading(true);
    CacheReader::read(m_reader, *m_db, &ClaimsModel::read, [this](core::Result<QList<ClaimItem>> items) {
        setLoading(false);
        apply(std::move(items));
    });
}

void ClaimsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

core::Result<QList<ClaimItem>> ClaimsModel::read(store::Database &db)
{
    const auto &rules = core::GuaranteeRules::builtin();
    auto rows = store::ClaimRepository(db).openClaims(rules);
    if (!rows)
        return rows.error();
    QList<ClaimItem> items;
    items.reserve(rows.value().size());
    for (const store::ClaimRow &r : rows.value())
        items << ClaimItem{r, core::evaluateClaim(r.facts, rules), {}};
    return items;
}

void ClaimsModel::apply(core::Result<QList<ClaimItem>> result)
{
    QList<ClaimItem> items;
    m_error = {};
    if (result) {
        items = std::move(result).value();
        for (ClaimItem &item : items)
            item.shadowRule = m_shadow.value(item.row.aftersaleId);
    } else {
        m_error = result.error();
    }
    beginResetModel();
    m_all = std::move(items);
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            m_shown << i;
    }
    endResetModel();
    emit countChanged(int(m_shown.size()), int(m_all.size()));
    emit loaded();
}

void ClaimsModel::tick()
{
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, TimeLeft), index(int(m_shown.size()) - 1, TimeLeft));
}

void ClaimsModel::setVerdictFilter(std::optional<core::Verdict> verdict)
{
    m_verdict = verdict;
    applyFilter();
}

void ClaimsModel::setKindFilter(core::ClaimKind kind)
{
    m_kind = kind;
    applyFilter();
}

void ClaimsModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    applyFilter();
}

void ClaimsModel::setShadowLabels(const QHash<QString, QString> &labels)
{
    m_shadow = labels;
    for (ClaimItem &item : m_all)
        item.shadowRule = m_shadow.value(item.row.aftersaleId);
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, Rule), index(int(m_shown.size()) - 1, Rule));
}

void ClaimsModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            m_shown << i;
    }
    endResetModel();
    emit countChanged(int(m_shown.size()), int(m_all.size()));
}

bool ClaimsModel::matches(const ClaimItem &item) const
{
    if (m_verdict && item.eligibility.verdict != *m_verdict)
        return false;
    if (m_kind != core::ClaimKind::None && item.eligibility.kind != m_kind)
        return false;
    if (m_search.isEmpty())
        return true;
    const auto &r = item.row;
    for (const QString &term : m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool hit = r.productName.contains(term, Qt::CaseInsensitive) || r.aftersaleId.contains(term) ||
                         r.shopOrderId.contains(term) || r.facts.reasonText.contains(term, Qt::CaseInsensitive) ||
                         r.facts.badItemText.contains(term, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

const ClaimItem *ClaimsModel::itemAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_all.at(m_shown.at(row));
}

int ClaimsModel::rowOf(const QString &aftersaleId) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_all.at(m_shown.at(i)).row.aftersaleId == aftersaleId)
            return i;
    }
    return -1;
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    const ClaimItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const auto &r = item->row;
    const auto &e = item->eligibility;
    const qint64 now = m_clock->nowSecs();
    switch (role) {
    case IdRole:
        return r.aftersaleId;
    case BandRole:
        return int(core::deadlineBand(e.respondBy, now));
    case VerdictRole:
        return int(e.verdict);
    case PendingRole:
        return r.pendingDecisions;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Claimed:
        case Suggested:
        case Evidence:
        case BuyerClaims:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BuyerClaims:
            return QCoreApplication::translate("ClaimsModel",
                                               "The buyer's guarantee claims in the 90 days up to this one");
        case TimeLeft:
            return QCoreApplication::translate("ClaimsModel", "Respond by %1").arg(dateTimeText(e.respondBy));
        case Verdict:
            return e.reasons().isEmpty() ? QVariant() : QVariant(e.reasons().join(QLatin1Char('\n')));
        case Rule:
            return item->shadowRule.isEmpty()
                       ? QVariant()
                       : QVariant(QCoreApplication::translate("ClaimsModel", "Rule %1 would approve this claim (shadow "
                                                                             "mode: nothing is sent)")
                                      .arg(item->shadowRule));
        default:
            return {};
        }
    case RawRole:
        switch (index.column()) {
        case TimeLeft:
            return e.respondBy;
        case Verdict:
            return int(e.verdict);
        case Kind:
            return int(e.kind);
        case Product:
            return r.productName;
        case Window:
            return e.claimedAfterSigningS ? QVariant(e.windowS - *e.claimedAfterSigningS) : QVariant();
        case Claimed:
            return r.facts.claimedAmount;
        case Suggested:
            return e.suggestedRefund;
        case Evidence:
            return r.facts.evidenceCount;
        case BuyerClaims:
            return r.facts.buyerClaims90d;
        case Rule:
            return item->shadowRule;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeLeft:
            return timeLeftText(e.respondBy, now);
        case Verdict: {
            QString text = verdictName(e.verdict);
            if (r.pendingDecisions > 0)
                text = QCoreApplication::translate("ClaimsModel", "%1 · pending").arg(text);
            return text;
        }
        case Kind:
            return claimKindName(e.kind);
        case Product:
            return r.productName;
        case Window:
            if (!e.claimedAfterSigningS)
                return QCoreApplication::translate("ClaimsModel", "sign-for unknown");
            if (*e.inWindow)
                return QCoreApplication::translate("ClaimsModel", "%1 spare")
                    .arg(spanText(e.windowS - *e.claimedAfterSigningS));
            return QCoreApplication::translate("ClaimsModel", "%1 late")
                .arg(spanText(*e.claimedAfterSigningS - e.windowS));
        case Claimed:
            return core::formatFen(r.facts.claimedAmount);
        case Suggested:
            return core::formatFen(e.suggestedRefund);
        case Evidence:
            return r.detailCached ? QString::number(r.facts.evidenceCount) : QStringLiteral("—");
        case BuyerClaims:
            return r.facts.buyerClaims90d;
        case Rule:
            return item->shadowRule.isEmpty() ? QString() : QStringLiteral("✓ ") + item->shadowRule;
        }
        return {};
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == BuyerClaims)
        return QCoreApplication::translate("ClaimsModel", "The buyer's guarantee claims in the last 90 days");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeLeft:
        return QCoreApplication::translate("ClaimsModel", "Respond within");
    case Verdict:
        return QCoreApplication::translate("ClaimsModel", "Verdict");
    case Kind:
        return QCoreApplication::translate("ClaimsModel", "Guarantee");
    case Product:
        return QCoreApplication::translate("ClaimsModel", "Product");
    case Window:
        return QCoreApplication::translate("ClaimsModel", "Window");
    case Claimed:
        return QCoreApplication::translate("ClaimsModel", "Claimed");
    case Suggested:
        return QCoreApplication::translate("ClaimsModel", "Suggested");
    case Evidence:
        return QCoreApplication::translate("ClaimsModel", "Photos");
    case BuyerClaims:
        return QCoreApplication::translate("ClaimsModel", "90 d");
    case Rule:
        return QCoreApplication::translate("ClaimsModel", "Auto rule");
    }
    return {};
}

} // namespace anxin::models
