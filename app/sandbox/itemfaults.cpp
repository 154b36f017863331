#include "sandbox/itemfaults.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace anxin::sandbox {
namespace {

constexpr const char *kImageHost = "image_host";
constexpr const char *kDeletedProduct = "deleted_product";
constexpr const char *kUnknownTracking = "unknown_tracking";
constexpr const char *kNoPromise = "no_promise";
constexpr const char *kTimeText = "time_text";
constexpr const char *kRefuseItem = "refuse_item";
constexpr const char *kNoItemResults = "operate_no_items";

// A name under .invalid never resolves (RFC 2606); a resolver may still take its time to say so.
const QString kUnresolvableBase = QStringLiteral("http://evidence-cdn.anxin-sandbox.invalid");

// Accepts connections, reads whatever arrives and never answers: a CDN edge that hangs.
std::unique_ptr<QTcpServer> makeSilentHost()
{
    auto server = std::make_unique<QTcpServer>();
    QTcpServer *s = server.get();
    QObject::connect(s, &QTcpServer::newConnection, s, [s] {
        while (QTcpSocket *socket = s->nextPendingConnection())
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    });
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

} // namespace

ItemFaults::ItemFaults() = default;
ItemFaults::~ItemFaults() = default;

bool ItemFaults::isItemKind(const QString &kind)
{
    for (const char *k :
         {kImageHost, kDeletedProduct, kUnknownTracking, kNoPromise, kTimeText, kRefuseItem, kNoItemResults}) {
        if (kind == QLatin1String(k))
            return true;
    }
    return false;
}

QString ItemFaults::kindNames()
{
    return QStringLiteral(
        "image_host, deleted_product, unknown_tracking, no_promise, time_text, refuse_item, operate_no_items");
}

QString ItemFaults::add(const QJsonObject &json)
{
    const QString kind = json.value(QLatin1String("kind")).toString();
    const int count = json.value(QLatin1String("count")).toInt(1);
    if (json.contains(QLatin1String("count")) && count < 1)
        return QStringLiteral("count must be a positive integer");
    if (kind == QLatin1String(kImageHost)) {
        const QString host = json.value(QLatin1String("host")).toString();
        if (host == QLatin1String("silent")) {
            if (!m_silentHost)
                m_silentHost = makeSilentHost();
            if (!m_silentHost)
                return QStringLiteral("cannot listen for the silent image host");
            m_imageHost = ImageHost::Silent;
        } else if (host == QLatin1String("unresolvable")) {
            m_imageHost = ImageHost::Unresolvable;
        } else if (host == QLatin1String("served")) {
            m_imageHost = ImageHost::Served;
        } else {
            return QStringLiteral("image_host needs host: silent, unresolvable or served");
        }
        return {};
    }
    if (kind == QLatin1String(kDeletedProduct)) {
        m_productsToDelete += count;
        return {};
    }
    if (kind == QLatin1String(kUnknownTracking)) {
        m_trackingToForget += count;
        return {};
    }
    if (kind == QLatin1String(kNoPromise)) {
        m_promisesToWithhold += count;
        return {};
    }
    if (kind == QLatin1String(kTimeText)) {
        const QString form = json.value(QLatin1String("form")).toString();
        TimeText t = TimeText::Numbers;
        if (form == QLatin1String("beijing"))
            t = TimeText::Beijing;
        else if (form == QLatin1String("dst_gap"))
            t = TimeText::DstGap;
        else if (form == QLatin1String("malformed"))
            t = TimeText::Malformed;
        else
            return QStringLiteral("time_text needs form: beijing, dst_gap or malformed");
        m_timeTextToApply.append({t, count});
        return {};
    }
    if (kind == QLatin1String(kRefuseItem)) {
        Refusal r;
        r.code = json.value(QLatin1String("code")).toInt(50002);
        if (r.code == 50002) {
            r.subCode = QStringLiteral("isv.business-failed:20309546");
            r.message = QStringLiteral("该售后单存在风险，暂不支持此操作");
        } else if (r.code == 11001) {
            r.subCode = QStringLiteral("isv.operation-not-supported");
            r.message = QStringLiteral("该操作暂不支持通过开放平台处理，请前往商家后台操作");
        } else {
            return QStringLiteral("refuse_item code must be 50002 or 11001");
        }
        const QString id = json.value(QLatin1String("aftersale_id")).toString();
        if (!id.isEmpty()) {
            bool ok = false;
            const qint64 n = id.toLongLong(&ok);
            if (!ok)
                return QStringLiteral("aftersale_id must be a decimal string");
            m_refused.insert(n, r);
        } else {
            m_batchesToRefuseIn += count;
            m_nextRefusal = r;
        }
        return {};
    }
    if (kind == QLatin1String(kNoItemResults)) {
        m_answersWithoutItems += count;
        return {};
    }
    return QStringLiteral("not an item fault");
}

void ItemFaults::clear()
{
    m_imageHost = ImageHost::Served;
    m_silentHost.reset();
    m_productsToDelete = 0;
    m_deletedProducts.clear();
    m_trackingToForget = 0;
    m_unknownTracking.clear();
    m_promisesToWithhold = 0;
    m_withheldPromises.clear();
    m_timeTextToApply.clear();
    m_timeText.clear();
    m_unstableTies = false;
    m_batchesToRefuseIn = 0;
    m_refused.clear();
    m_answersWithoutItems = 0;
}

bool ItemFaults::isEmpty() const
{
    return m_imageHost == ImageHost::Served && !m_productsToDelete && m_deletedProducts.isEmpty() &&
           !m_trackingToForget && m_unknownTracking.isEmpty() && !m_promisesToWithhold &&
           m_withheldPromises.isEmpty() && m_timeTextToApply.isEmpty() && m_timeText.isEmpty() && !m_unstableTies &&
           !m_batchesToRefuseIn && m_refused.isEmpty() && !m_answersWithoutItems;
}

QJsonArray ItemFaults::describe() const
{
    QJsonArray out;
    if (m_imageHost != ImageHost::Served)
        out.append(
            QJsonObject{{QStringLiteral("kind"), QLatin1String(kImageHost)},
                        {QStringLiteral("host"), m_imageHost == ImageHost::Silent ? QStringLiteral("silent")
                                                                                  : QStringLiteral("unresolvable")}});
    if (m_productsToDelete || !m_deletedProducts.isEmpty())
        out.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kDeletedProduct)},
                               {QStringLiteral("remaining"), m_productsToDelete},
                               {QStringLiteral("deleted"), qint64(m_deletedProducts.size())}});
    if (m_trackingToForget || !m_unknownTracking.isEmpty())
        out.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kUnknownTracking)},
                               {QStringLiteral("remaining"), m_trackingToForget},
                               {QStringLiteral("unknown"), qint64(m_unknownTracking.size())}});
    if (m_promisesToWithhold || !m_withheldPromises.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : m_withheldPromises)
            ids.append(QString::number(id));
        out.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kNoPromise)},
                               {QStringLiteral("remaining"), m_promisesToWithhold},
                               {QStringLiteral("orders"), ids}});
    }
    if (!m_timeTextToApply.isEmpty() || !m_timeText.isEmpty()) {
        static const char *const kForms[] = {"numbers", "beijing", "dst_gap", "malformed"};
        QJsonObject orders;
        for (auto it = m_timeText.cbegin(); it != m_timeText.cend(); ++it)
            orders.insert(QString::number(it.key()), QLatin1String(kForms[int(it.value())]));
        int remaining = 0;
        for (const auto &[form, left] : m_timeTextToApply)
            remaining += left;
        out.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kTimeText)},
                               {QStringLiteral("remaining"), remaining},
                               {QStringLiteral("orders"), orders}});
    }
    if (m_unstableTies)
        out.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("unstable_ties")}});
    if (m_batchesToRefuseIn || !m_refused.isEmpty()) {
        QJsonArray ids;
        for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
            ids.append(QString::number(it.key()));
        out.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kRefuseItem)},
                               {QStringLiteral("remaining"), m_batchesToRefuseIn},
                               {QStringLiteral("refused"), ids}});
    }
    if (m_answersWithoutItems)
        out.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kNoItemResults)},
                               {QStringLiteral("remaining"), m_answersWithoutItems}});
    return out;
}

QString ItemFaults::imageBaseUrl()
{
    switch (m_imageHost) {
    case ImageHost::Served:
        return {};
    case ImageHost::Silent:
        return QStringLiteral("http://127.0.0.1:%1").arg(m_silentHost->serverPort());
    case ImageHost::Unresolvable:
        return kUnresolvableBase;
    }
    return {};
}

bool ItemFaults::productDeleted(qint64 productId)
{
    if (m_deletedProducts.contains(productId))
        return true;
    if (m_productsToDelete <= 0)
        return false;
    --m_productsToDelete;
    m_deletedProducts.insert(productId);
    return true;
}

bool ItemFaults::trackingUnknown(const QString &trackNo)
{
    if (m_unknownTracking.contains(trackNo))
        return true;
    if (m_trackingToForget <= 0)
        return false;
    --m_trackingToForget;
    m_unknownTracking.insert(trackNo);
    return true;
}

bool ItemFaults::promiseWithheld(qint64 orderId, bool awaitingShipment)
{
    if (m_withheldPromises.contains(orderId))
        return true;
    if (m_promisesToWithhold <= 0 || !awaitingShipment)
        return false;
    --m_promisesToWithhold;
    m_withheldPromises.insert(orderId);
    return true;
}

ItemFaults::TimeText ItemFaults::orderTimeText(qint64 orderId, bool awaitingShipment)
{
    if (const auto it = m_timeText.constFind(orderId); it != m_timeText.cend())
        return it.value();
    if (m_timeTextToApply.isEmpty() || !awaitingShipment)
        return TimeText::Numbers;
    const TimeText t = m_timeTextToApply.first().first;
    if (--m_timeTextToApply.first().second <= 0)
        m_timeTextToApply.removeFirst();
    m_timeText.insert(orderId, t);
    return t;
}

std::optional<ItemFaults::Refusal> ItemFaults::operateRefusal(qint64 aftersaleId, int position, int size)
{
    if (const auto it = m_refused.constFind(aftersaleId); it != m_refused.constEnd())
        return it.value();
    // A pending budget refuses the middle item of the next batch, and that ticket from then on.
    if (m_batchesToRefuseIn > 0 && position == size / 2) {
        --m_batchesToRefuseIn;
        m_refused.insert(aftersaleId, m_nextRefusal);
        return m_nextRefusal;
    }
    return std::nullopt;
}

bool ItemFaults::takeAnswerWithoutItems()
{
    if (m_answersWithoutItems <= 0)
        return false;
    --m_answersWithoutItems;
    return true;
}

} // namespace anxin::sandbox
