#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QTcpServer;

namespace anxin::sandbox {

// Faults that belong to an item rather than to one call, and stay until DELETE /__sandbox/faults or a reset:
// an evidence-image host that never answers or does not resolve, deleted products, tracking numbers the
// carrier does not know, orders sent without a promised ship time, one ticket refused inside an afterSale.operate
// batch, and batch answers that carry no per-item results. A real platform shows each of these in the first week; the
// per-call FaultInjector cannot, because the same item must fail the same way on every later sync.
class ItemFaults
{
public:
    // How an order answer writes its optional times (the "time_text" fault).
    enum class TimeText
    {
        Numbers,   // Unix seconds, as usual
        Beijing,   // "yyyy-MM-dd HH:mm:ss" in UTC+8, the contract's other timestamp form
        DstGap,    // as Beijing, and exp_ship_time a wall time inside a desktop zone's spring-forward gap
        Malformed, // exp_ship_time a text that is no time at all
    };
    enum class ImageHost
    {
        Served,       // images come from the sandbox itself
        Silent,       // a host that accepts the connection and never answers
        Unresolvable, // a host name that does not resolve
    };
    struct Refusal
    {
        int code = 50002;
        QString subCode;
        QString message;
    };

    ItemFaults();
    ~ItemFaults();

    static bool isItemKind(const QString &kind);
    static QString kindNames();
    // Adds the fault the control endpoint's JSON describes; returns an error text when it is invalid.
    QString add(const QJsonObject &json);
    void clear();
    QJsonArray describe() const;
    bool isEmpty() const;

    // The base URL evidence images are served from now ("" for the sandbox's own).
    QString imageBaseUrl();
    // product.detail: true when this product is deleted (a pending "deleted_product" budget picks it now).
    bool productDeleted(qint64 productId);
    // logistics.trackNoRouteDetail: true when the carrier does not know this tracking number.
    bool trackingUnknown(const QString &trackNo);
    // order.searchList / order.orderDetail: true when this order, paid and awaiting shipment, is sent without
    // exp_ship_time (a pending "no_promise" budget picks it now).
    bool promiseWithheld(qint64 orderId, bool awaitingShipment);
    // order.searchList / order.orderDetail: how this order's optional times are written (a pending "time_text"
    // budget picks an order awaiting shipment now, and keeps it).
    TimeText orderTimeText(qint64 orderId, bool awaitingShipment);
    // afterSale.List: rows with equal sort values come in an order that changes from call to call (as on a
    // platform whose ties follow its storage, not the row id), from "crowded_second" until DELETE.
    void setUnstableTies(bool on) { m_unstableTies = on; }
    bool unstableTies() const { return m_unstableTies; }
    // A fresh tie-breaking salt for one list call.
    quint64 nextTieSalt() { return ++m_tieSalt; }
    // afterSale.operate: the refusal of the item at `position` of a batch of `size`, if any.
    std::optional<Refusal> operateRefusal(qint64 aftersaleId, int position, int size);
    // afterSale.operate: true when this successful batch must be answered 10001 without per-item results
    // (its last item is then left unapplied).
    bool takeAnswerWithoutItems();

private:
    ImageHost m_imageHost = ImageHost::Served;
    std::unique_ptr<QTcpServer> m_silentHost;
    int m_productsToDelete = 0;
    QSet<qint64> m_deletedProducts;
    int m_trackingToForget = 0;
    QSet<QString> m_unknownTracking;
    int m_promisesToWithhold = 0;
    QSet<qint64> m_withheldPromises;
    QList<std::pair<TimeText, int>> m_timeTextToApply; // form, orders left
    QHash<qint64, TimeText> m_timeText;
    bool m_unstableTies = false;
    quint64 m_tieSalt = 0;
    int m_batchesToRefuseIn = 0;
    Refusal m_nextRefusal;
    QHash<qint64, Refusal> m_refused;
    int m_answersWithoutItems = 0;
};

} // namespace anxin::sandbox
