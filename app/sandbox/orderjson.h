#pragma once

#include "sandbox/world.h"

#include <QJsonArray>
#include <QJsonObject>

namespace anxin::sandbox {

// Renders orders (§6) with masked and encrypted buyer PII; plaintext never leaves except via batchDecrypt.
class OrderJson
{
public:
    OrderJson(const World &world, QString baseUrl)
        : m_world(world)
        , m_baseUrl(std::move(baseUrl))
    {}

    QJsonObject order(quint32 orderIndex) const;
    // Carrier route of the forward parcel: 揽收 only when the carrier scanned it.
    QJsonArray route(quint32 orderIndex, qint64 now) const;

    static QString trackingNo(const Order &order);
    // Reverses trackingNo(); -1 when the number is not one of ours.
    static qint64 orderIdFromTrackingNo(const QString &trackingNo, int *carrier);
    static QString statusText(int status);

private:
    const World &m_world;
    QString m_baseUrl;
};

} // namespace anxin::sandbox
