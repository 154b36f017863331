#include "models/shippinglistmodel.h"

#include "core/guaranteerules.h"
#include "core/logging.h"
#include "core/money.h"
#include "core/shipping.h"
#include "models/cachereader.h"
#include "models/labels.h"
#include "store/database.h"
#include "store/readsnapshot.h"
#include "store/shoprepository.h"

#include <QCoreApplication>

namespace anxin::models {

namespace {

// Shipping bands on the shared palette (ui-guide): overdue red, < 4 h orange, < 12 h amber, < 24 h neutral.
core::DeadlineBand paletteBand(core::ShipBand band)
{
    switch (band) {
    case core::ShipBand::Overdue:
        return core::DeadlineBand::Overdue;
    case core::ShipBand::Under4h:
        return core::DeadlineBand::Under1h;
    case core::ShipBand::Under12h:
        return core::DeadlineBand::Under4h;
    case core::ShipBand::Under24h:
        return core::DeadlineBand::Under24h;
    case core::ShipBand::Later:
        return core::DeadlineBand::Later;
    }
    return core::DeadlineBand::None;
}

} // namespace

ShippingListModel::ShippingListModel(store::Database *db, std::shared_ptr<core::Clock> clock, QObject *parent,
                                     bool loadNow)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(std::move(clock))
    , m_lazy(loadNow)
    , m_reader(CacheReader::beside(m_db, QStringLiteral("anxin-shipping-count"), this))
{
    if (loadNow)
        recount();
}

void ShippingListModel::setActive(bool active)
{
    if (m_lazy.setActive(active))
        reload();
}

void ShippingListModel::stampFilter()
{
    m_filter.now = m_clock->nowSecs();
    m_filter.pickupWindowSecs = core::GuaranteeRules::builtin().falseShipmentPickupWindowS;
}

ShippingListModel::Counted ShippingListModel::count(store::Database &db, const store::ShippingFilter &filter)
{
    Counted c;
    for (const auto &shop : store::ShopRepository(db).list().valueOr({})) {
        if (!shop.name.isEmpty())
            c.shopNames.insert(shop.shopId, shop.name);
    }
    // One pass over the board's index gives the per-band counts, and the row count is their sum over the bands
    // the filter keeps (bandCounts applies every other filter).
    c.bands = store::ShippingRepository(db).bandCounts(filter);
    c.boardShops = store::ShippingRepository(db).boardShops().valueOr({});
    return c;
}

void ShippingListModel::recount()
{
    if (m_reader)
        m_reader->cancel(); // an older background count must not replace this one
    stampFilter();
    applyCount(count(*m_db, m_filter));
}

void ShippingListModel::applyCount(Counted counted)
{
    m_rows.clear();
    m_shopNames = std::move(counted.shopNames);
    m_boardShops = std::move(counted.boardShops);
    if (!counted.bands) {
        m_error = counted.bands.error();
        m_count = 0;
        m_bandCounts.clear();
        qCWarning(lcUi) << "shipping board:" << m_error.message;
        emit errorOccurred(m_error);
        return;
    }
    m_error = {};
    m_bandCounts = counted.bands.value();
    m_count = 0;
    for (core::ShipBand b : {core::ShipBand::Overdue, core::ShipBand::Under4h, core::ShipBand::Under12h,
                             core::ShipBand::Under24h, core::ShipBand::Later}) {
        if (m_filter.bands.isEmpty() || m_filter.bands.contains(b))
            m_count += m_bandCounts.value(int(b));
    }
}

void ShippingListModel::setFilter(const store::ShippingFilter &filter)
{
    if (!m_lazy.wanted()) {
        m_filter = filter;
        return;
    }
    beginResetModel();
    m_filter = filter;
    recount();
    endResetModel();
    emit countChanged(m_count);
}

void ShippingListModel::reload()
{
    if (!m_lazy.wanted())
        return;
    beginResetModel();
    recount();
    endResetModel();
    emit countChanged(m_count);
    emit loaded();
}

void ShippingListModel::reloadInBackground()
{
    if (!m_lazy.wanted())
        return;
    if (!m_reader) {
        reload();
        return;
    }
    stampFilter();
    m_reader->post(
        [this, filter = m_filter, sort = m_sort](const core::Result<store::Database *> &db) -> CacheReader::Reply {
            Counted counted;
            if (db) {
                counted = count(*db.value(), filter);
                if (auto first = store::ShippingRepository(*db.value()).page(filter, sort, 0, kBlock); first)
                    counted.firstBlock = std::move(first).value();
            } else {
                counted.bands = db.error();
            }
            return [this, sort, counted = std::move(counted)]() mutable {
                std::optional<QList<store::ShippingRow>> first = std::move(counted.firstBlock);
                beginResetModel();
                applyCount(std::move(counted));
                // The view repaints at once after the reset: its first rows are here already (unless the sort changed
                // while they were read).
                if (first && m_error.kind == core::Error::Kind::None && sort.column == m_sort.column &&
                    sort.descending == m_sort.descending)
                    m_rows.setFirst(std::move(*first));
                endResetModel();
                emit countChanged(m_count);
                emit loaded();
            };
        });
}

void ShippingListModel::tick()
{
    if (m_count > 0)
        emit dataChanged(index(0, TimeLeft), index(m_count - 1, TimeLeft));
}

QString ShippingListModel::sortKeyFor(int column)
{
    switch (column) {
    case TimeLeft:
    case Promise:
        return QStringLiteral("ship_by");
    case Shop:
        return QStringLiteral("shop_id");
    case Order:
        return QStringLiteral("order_id");
    case Amount:
        return QStringLiteral("pay_amount");
    case State:
        return QStringLiteral("ship_time");
    default:
        return {};
    }
}

void ShippingListModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKeyFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key.isEmpty() || (key == m_sort.column && descending == m_sort.descending))
        return; // views re-map every row on layoutChanged: 200 000 rows is not free
    emit layoutAboutToBeChanged();
    m_sort.column = key;
    m_sort.descending = descending;
    m_rows.clear();
    emit layoutChanged();
}

int ShippingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ShippingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const store::ShippingRow *ShippingListModel::rowAt(int row) const
{
    if (row >= m_count)
        return nullptr;
    const store::ShippingRepository repo(*m_db);
    return m_rows.at(row, store::KeysetReader{repo, m_filter, m_sort}, m_error);
}

QString ShippingListModel::idAt(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->orderId : QString();
}

namespace {

// Why the promise shown is ours: the platform sent none, so the rules' default stands in for it.
QString estimatedPromiseNote(const store::ShippingRow &r)
{
    if (r.presellType != 0)
        return QCoreApplication::translate("ShippingList",
                                           "Estimated promise: the platform sent no ship-by date for this presale "
                                           "order, so the longest presale the rules allow after payment is shown. "
                                           "Check it in the back office.");
    const int hours = int((r.shipBy - r.payTime) / 3600);
    return QCoreApplication::translate("ShippingList",
                                       "Estimated promise: the platform sent no ship-by time for this order, so the "
                                       "rules' default (%n h after payment) is shown.",
                                       nullptr, hours);
}

} // namespace

QVariant ShippingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const store::ShippingRow *r = rowAt(index.row());
    if (!r)
        return {};
    const qint64 now = m_clock->nowSecs();
    const core::ShipBand band = core::shipBand(r->shipBy - now);
    const bool shipped = r->orderStatus == core::kOrderShipped;
    const bool noPickup = core::pickupOverdue(r->orderStatus, r->shipTime, r->pickupTime, r->signTime,
                                              r->routeCheckedAt, now, m_filter.pickupWindowSecs);
    switch (role) {
    case IdRole:
        return r->orderId;
    case BandRole:
        // A shipment without a pickup scan is already a penalty ("false shipment"): drawn as overdue.
        return int(noPickup ? core::DeadlineBand::Overdue : paletteBand(band));
    case ShipBandRole:
        return int(band);
    case PromiseRole:
        return r->shipBy;
    case PromiseEstimatedRole:
        return r->promiseEstimated;
    case PresaleRole:
        return r->presellType != 0;
    case ShippedRole:
        return shipped;
    case PickupOverdueRole:
        return noPickup;
    case ShopRole:
        return r->shopId;
    default:
        break;
    }
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
        case TimeLeft:
            if (noPickup)
                return QCoreApplication::translate("ShippingList", "No pickup scan · %1")
                    .arg(durationText(now - r->shipTime));
            return timeLeftText(r->shipBy, now);
        case Shop:
            return m_shopNames.value(r->shopId, r->shopId);
        case Order:
            return r->orderId;
        case Product:
            return r->lineCount > 1
                       ? QCoreApplication::translate("ShippingList", "%1 (+%n more)", nullptr, r->lineCount - 1)
                             .arg(r->productName)
                       : r->productName;
        case Promise:
            if (r->promiseEstimated)
                return QCoreApplication::translate("ShippingList", "%1 (estimated)").arg(dateTimeText(r->shipBy));
            return dateTimeText(r->shipBy);
        case Amount:
            return core::formatFen(r->payAmount);
        case State:
            if (shipped)
                return QCoreApplication::translate("ShippingList", "Shipped · %1").arg(r->companyName);
            switch (core::refundHold(r->orderStatus, r->lineCount, r->refundsOpen, r->linesRefunded)) {
            case core::RefundHold::Refunded:
                return QCoreApplication::translate("ShippingList", "Refunded · do not ship");
            case core::RefundHold::Requested:
                return QCoreApplication::translate("ShippingList", "Refund asked · hold it");
            case core::RefundHold::PartlyRefunded:
                return QCoreApplication::translate("ShippingList", "%n line(s) refunded · ship the rest", nullptr,
                                                   r->linesRefunded);
            case core::RefundHold::None:
                break;
            }
            return r->presellType != 0 ? QCoreApplication::translate("ShippingList", "Presale, awaiting shipment")
                                       : QCoreApplication::translate("ShippingList", "Awaiting shipment");
        }
    }
    if (role == RawRole) {
        switch (col) {
        case TimeLeft:
        case Promise:
            return r->shipBy;
        case Shop:
            return r->shopId;
        case Order:
            return r->orderId;
        case Product:
            return r->productName;
        case Amount:
            return r->payAmount;
        case State:
            return r->shipTime;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col == Product || col == Order) // narrow columns: the whole text on hover
            return data(index, Qt::DisplayRole);
        if (col == TimeLeft && noPickup)
            return QCoreApplication::translate(
                       "ShippingList",
                       "Shipped %1 with %2 %3; the carrier had no pickup scan when last asked at %4. Without a scan "
                       "within %5 the platform counts it as a false shipment.")
                .arg(dateTimeText(r->shipTime), r->companyName, r->trackingNo, dateTimeText(r->routeCheckedAt),
                     durationText(m_filter.pickupWindowSecs));
        if (col == State && shipped)
            return QCoreApplication::translate("ShippingList", "Shipped %1 with %2, tracking number %3")
                .arg(dateTimeText(r->shipTime), r->companyName, r->trackingNo);
        if (col == State) {
            switch (core::refundHold(r->orderStatus, r->lineCount, r->refundsOpen, r->linesRefunded)) {
            case core::RefundHold::Refunded:
                return QCoreApplication::translate("ShippingList",
                                                   "The buyer was refunded before the order shipped: nothing is left "
                                                   "to ship. The platform closes the order; this list drops it at "
                                                   "the next sync.");
            case core::RefundHold::Requested:
                return QCoreApplication::translate(
                    "ShippingList",
                    "The buyer asked for a refund before shipping. Decide the request on the After-sales page "
                    "first: a parcel sent now has to be intercepted if the refund goes through.");
            case core::RefundHold::PartlyRefunded:
                return QCoreApplication::translate("ShippingList",
                                                   "Part of this order was refunded before shipping: ship only the "
                                                   "lines still paid for.");
            case core::RefundHold::None:
                break;
            }
        }
        if (col == TimeLeft || col == Promise) {
            const QString text =
                r->presellType != 0
                    ? QCoreApplication::translate("ShippingList", "%1 — presale: promised to ship by %2")
                    : QCoreApplication::translate("ShippingList", "%1 — promised to ship by %2");
            QString tip = text.arg(shipBandName(band), dateTimeText(r->shipBy));
            if (r->promiseEstimated)
                tip += QLatin1Char('\n') + estimatedPromiseNote(*r);
            return tip;
        }
    }
    if (role == Qt::TextAlignmentRole && col == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ShippingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeLeft:
        return QCoreApplication::translate("ShippingList", "Time left");
    case Shop:
        return QCoreApplication::translate("ShippingList", "Shop");
    case Order:
        return QCoreApplication::translate("ShippingList", "Order");
    case Product:
        return QCoreApplication::translate("ShippingList", "Product");
    case Promise:
        return QCoreApplication::translate("ShippingList", "Ship by");
    case Amount:
        return QCoreApplication::translate("ShippingList", "Amount");
    case State:
        return QCoreApplication::translate("ShippingList", "State");
    }
    return {};
}

} // namespace anxin::models
