#pragma once

#include "sandbox/world.h"

#include <QJsonObject>
#include <QString>

namespace anxin::sandbox {

// Renders tickets as the platform does (List items with aftersale_* names and string ids; Detail with
// after_sale_* names and integer ids). Text is derived from the ticket, the order and the seed.
class TicketJson
{
public:
    // `imageBaseUrl`: where buyer photos and evidence are served from (the sandbox itself when empty).
    TicketJson(const World &world, QString baseUrl, QString imageBaseUrl = {})
        : m_world(world)
        , m_baseUrl(std::move(baseUrl))
        , m_imageBaseUrl(imageBaseUrl.isEmpty() ? m_baseUrl : std::move(imageBaseUrl))
    {}

    QJsonObject listItem(quint32 ticketIndex) const;
    QJsonObject detail(quint32 ticketIndex, bool withRecords) const;

    // Buyer photos and merchant evidence as absolute URLs (stored paths start with "/").
    QStringList evidenceUrls(quint32 ticketIndex) const;
    QString absolute(const QString &pathOrUrl) const;

    static QString typeText(int type);
    static QString statusText(int status);
    static QString reasonName(const Ticket &ticket);
    static int reasonCode(const Ticket &ticket);
    static QString returnTrackingNo(const Ticket &ticket);
    static int returnCarrier(const Ticket &ticket);
    static QString badItemText(const Ticket &ticket);
    // The record log as it stands: materialised entries after a write, else derived from the ticket.
    static std::vector<RecordLog> recordLogs(const World &world, quint32 ticketIndex);

private:
    QJsonObject aftersaleCore(const Ticket &t, bool detailSpelling) const;
    QJsonObject orderInfo(const Ticket &t) const;

    const World &m_world;
    QString m_baseUrl;
    QString m_imageBaseUrl;
};

QString yuan(qint64 fen);

} // namespace anxin::sandbox
