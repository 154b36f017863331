#include "models/ticketlistmodel.h"

#include "core/deadlines.h"
#include "core/guaranteerules.h"
#include "core/logging.h"
#include "core/money.h"
#include "models/labels.h"
#include "models/ticketcounter.h"
#include "store/database.h"
#include "store/readsnapshot.h"
#include "store/shoprepository.h"
#include "store/ticketrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace anxin::models {

TicketListModel::TicketListModel(store::Database *db, std::shared_ptr<core::Clock> clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(std::move(clock))
{
    const QString path = m_db->path();
    if (!path.isEmpty() && path != QLatin1String(":memory:") && QFileInfo::exists(path)) {
        m_counter = new TicketCounter(path, this);
        connect(m_counter, &TicketCounter::counted, this, &TicketListModel::applyCount);
        connect(m_counter, &TicketCounter::failed, this, [this](quint64 generation, const core::Error &error) {
            if (generation != m_generation)
                return;
            qCWarning(lcUi) << "ticket list count:" << error.message;
            applyCount(generation, m_count); // the rows read so far stay; the count is what they are
        });
    }
    m_filter.now = m_clock->nowSecs();
    refresh(false);
    settleCount();
}

void TicketListModel::refresh(bool keepCount)
{
    ++m_generation;
    if (m_counter)
        m_counter->cancel();
    m_rows.clear();
    m_filter.now = m_clock->nowSecs();
    m_shopNames.clear();
    const auto shops = store::ShopRepository(*m_db).list().valueOr({});
    m_shopCount = int(shops.size());
    for (const auto &shop : shops) {
        if (!shop.name.isEmpty())
            m_shopNames.insert(shop.shopId, shop.name);
    }
    auto first = store::TicketRepository(*m_db).page(m_filter, m_sort, 0, kBlock);
    if (!first) {
        m_error = first.error();
        m_count = 0;
        m_countExact = true;
        qCWarning(lcUi) << "ticket list:" << first.error().message;
        emit errorOccurred(m_error);
        return;
    }
    m_error = {};
    const int loaded = int(first.value().size());
    m_rows.setFirst(first.value());
    if (loaded < kBlock) {
        m_count = loaded;
        m_countExact = true;
        return;
    }
    m_countExact = false;
    m_count = keepCount ? qMax(m_count, loaded) : loaded;
}

// After the reset: the count is announced, and when it is provisional the counter is asked (or, without one,
// SQLite here).
void TicketListModel::settleCount()
{
    emit countChanged(m_count);
    if (m_countExact)
        return;
    if (m_counter) {
        m_counter->request(m_generation, m_filter);
        return;
    }
    auto n = store::TicketRepository(*m_db).count(m_filter);
    applyCount(m_generation, n ? n.value() : m_count);
}

void TicketListModel::applyCount(quint64 generation, int count)
{
    if (generation != m_generation || m_countExact)
        return; // an answer for a filter (or a cache state) that is gone
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        m_rows.truncate(count);
        endRemoveRows();
    }
    m_countExact = true;
    emit countChanged(m_count);
}

void TicketListModel::setFilter(const store::TicketFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    refresh(false);
    endResetModel();
    settleCount();
}

void TicketListModel::reload()
{
    beginResetModel();
    refresh(true);
    endResetModel();
    settleCount();
}

void TicketListModel::tick()
{
    if (m_count == 0)
        return;
    emit dataChanged(index(0, TimeLeft), index(m_count - 1, TimeLeft));
    emit dataChanged(index(0, Pending), index(m_count - 1, Pending));
}

QString TicketListModel::sortKeyFor(int column)
{
    switch (column) {
    case TimeLeft:
        return QStringLiteral("status_deadline");
    case Shop:
        return QStringLiteral("shop_id");
    case Type:
        return QStringLiteral("aftersale_type");
    case Status:
        return QStringLiteral("aftersale_status");
    case Amount:
        return QStringLiteral("refund_amount");
    case Product:
        return QStringLiteral("product_name");
    default:
        return {};
    }
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKeyFor(column);
    if (key.isEmpty())
        return;
    emit layoutAboutToBeChanged();
    m_sort.column = key;
    m_sort.descending = order == Qt::DescendingOrder;
    m_rows.clear();
    emit layoutChanged();
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const store::TicketListRow *TicketListModel::rowAt(int row) const
{
    if (row >= m_count)
        return nullptr;
    const store::TicketRepository repo(*m_db);
    return m_rows.at(row, store::KeysetReader{repo, m_filter, m_sort}, m_error);
}

QString TicketListModel::idAt(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->aftersaleId : QString();
}

int TicketListModel::rowOf(const QString &aftersaleId) const
{
    return m_rows.find([&](const store::TicketListRow &r) { return r.aftersaleId == aftersaleId; });
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const store::TicketListRow *r = rowAt(index.row());
    if (!r)
        return {};
    const qint64 now = m_clock->nowSecs();
    const qint64 deadline = r->finalTime == 0 ? r->statusDeadline : 0;
    const auto &rules = core::GuaranteeRules::builtin();
    const core::ClaimKind kind = rules.kindForReason(r->reasonCode.toInt());
    // A decision queued here whose ticket's deadline is near or past may reach the platform too late (#28).
    const core::QueueTiming timing =
        r->pendingDecisions > 0 ? core::queueTiming(deadline, now) : core::QueueTiming::OnTime;
    switch (role) {
    case IdRole:
        return r->aftersaleId;
    case BandRole:
        return int(core::deadlineBand(deadline, now));
    case PendingRole:
        return r->pendingDecisions;
    case DeadlineRole:
        return deadline;
    case ExpressRole:
        return r->expressRefund;
    case ClaimKindRole:
        return int(kind);
    case QueueTimingRole:
        return int(timing);
    case HolderRole: {
        const auto it = m_presence.constFind(r->aftersaleId);
        return it == m_presence.cend() ? QString() : it->mine ? QStringLiteral("mine") : QStringLiteral("other");
    }
    default:
        break;
    }
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
        case TimeLeft:
            if (r->expressRefund && r->finalTime != 0)
                return QCoreApplication::translate("TicketList", "Express refund");
            return deadline ? timeLeftText(deadline, now) : ticketStatusName(r->aftersaleStatus);
        case Shop:
            return m_shopNames.value(r->shopId, r->shopId);
        case Type:
            return ticketTypeName(r->aftersaleType);
        case Status:
            return ticketStatusName(r->aftersaleStatus);
        case Amount:
            return core::formatFen(r->refundAmount);
        case Product:
            return r->productName;
        case Reason:
            return r->reasonText.isEmpty() ? r->reasonCode : r->reasonText;
        case Guarantee:
            return claimKindName(kind);
        case Pending:
            return r->pendingDecisions > 0
                       ? queueTimingFlagged(QCoreApplication::translate("TicketList", "Pending"), timing)
                       : QString();
        case OnIt: {
            const auto it = m_presence.constFind(r->aftersaleId);
            if (it == m_presence.cend())
                return QString();
            return it->mine ? QCoreApplication::translate("TicketList", "You") : it->agent;
        }
        }
    }
    if (role == RawRole) {
        switch (col) {
        case TimeLeft:
            return deadline;
        case Shop:
            return r->shopId;
        case Type:
            return r->aftersaleType;
        case Status:
            return r->aftersaleStatus;
        case Amount:
            return r->refundAmount;
        case Product:
            return r->productName;
        case Reason:
            return r->reasonCode;
        case Guarantee:
            return int(kind);
        case Pending:
            return r->pendingDecisions;
        }
    }
    if (role == Qt::ToolTipRole && col == TimeLeft && deadline > 0) {
        return QCoreApplication::translate("TicketList", "Platform decides for the buyer at %1")
            .arg(dateTimeText(deadline));
    }
    if (role == Qt::ToolTipRole && col == Pending && timing != core::QueueTiming::OnTime)
        return queueTimingText(timing, deadline);
    if (role == Qt::ToolTipRole && col == OnIt) {
        const auto it = m_presence.constFind(r->aftersaleId);
        if (it != m_presence.cend())
            return presenceText(it->agent, it->mine, it->since);
    }
    if (role == Qt::TextAlignmentRole && col == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeLeft:
        return QCoreApplication::translate("TicketList", "Time left");
    case Shop:
        return QCoreApplication::translate("TicketList", "Shop");
    case Type:
        return QCoreApplication::translate("TicketList", "Type");
    case Status:
        return QCoreApplication::translate("TicketList", "Status");
    case Amount:
        return QCoreApplication::translate("TicketList", "Amount");
    case Product:
        return QCoreApplication::translate("TicketList", "Product");
    case Reason:
        return QCoreApplication::translate("TicketList", "Reason");
    case Guarantee:
        return QCoreApplication::translate("TicketList", "Guarantee");
    case Pending:
        return QCoreApplication::translate("TicketList", "Sync");
    case OnIt:
        return QCoreApplication::translate("TicketList", "On it");
    }
    return {};
}

void TicketListModel::setPresence(QHash<QString, TicketPresence> presence)
{
    if (presence.size() == m_presence.size()) {
        bool same = true;
        for (auto it = presence.cbegin(); same && it != presence.cend(); ++it) {
            const auto old = m_presence.constFind(it.key());
            same = old != m_presence.cend() && old->deskId == it->deskId && old->since == it->since;
        }
        if (same)
            return; // a heartbeat's re-read with nothing new: no repaint
    }
    m_presence = std::move(presence);
    if (m_count > 0)
        emit dataChanged(index(0, OnIt), index(m_count - 1, OnIt), {Qt::DisplayRole, Qt::ToolTipRole, HolderRole});
}

} // namespace anxin::models
