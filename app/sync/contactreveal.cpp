#include "sync/contactreveal.h"

#include "core/logging.h"
#include "platform/apiclient.h"
#include "platform/parsers.h"
#include "platform/requests.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/ticketrepository.h"

#include <QJsonDocument>
#include <QPointer>

namespace anxin::sync {

using core::Error;

void revealBuyerContact(platform::ApiClient &api, store::Database &db, const Actor &actor, const QString &aftersaleId,
                        qint64 now, QObject *context, std::function<void(core::Result<BuyerContact>)> done)
{
    if (auto allowed = core::Permissions::check(actor.role, core::Action::RevealBuyerContact); !allowed)
        return done(allowed.error());
    if (actor.name.isEmpty())
        return done(Error::make(Error::Kind::Usage, QStringLiteral("every reveal records who made it")));
    auto ticket = store::TicketRepository(db).get(aftersaleId);
    if (!ticket)
        return done(ticket.error());
    if (!ticket.value())
        return done(
            Error::make(Error::Kind::NotFound, QStringLiteral("ticket %1 is not in the cache").arg(aftersaleId)));
    const QString orderId = ticket.value()->shopOrderId;
    auto order = store::OrderRepository(db).get(orderId);
    if (!order)
        return done(order.error());
    if (!order.value() || order.value()->encryptPostTel.isEmpty())
        return done(Error::make(Error::Kind::NotFound,
                                QStringLiteral("no encrypted contact cached for order %1: sync first").arg(orderId)));
    const store::OrderRecord &o = *order.value();

    platform::BatchDecryptRequest request;
    for (const QString &cipher : {o.encryptPostReceiver, o.encryptPostTel, o.encryptPostAddr}) {
        if (!cipher.isEmpty())
            request.cipherInfos.append(platform::CipherInfo{orderId, cipher});
    }
    auto params = request.toParams();
    if (!params)
        return done(params.error());

    QPointer<QObject> guard(context);
    store::Database *dbp = &db;
    const QString receiverCipher = o.encryptPostReceiver;
    const QString telCipher = o.encryptPostTel;
    const QString addrCipher = o.encryptPostAddr;
    api.call(
        platform::BatchDecryptRequest::kMethod, params.value(), platform::CallOptions{}, context,
        [=](const platform::CallResult &r) {
            if (!guard)
                return;
            if (!r.ok() && r.code != 10001)
                return done(r.error);
            auto items = platform::parseBatchDecrypt(r.data);
            if (!items)
                return done(items.error());
            BuyerContact c;
            c.orderId = orderId;
            for (const auto &item : items.value()) {
                if (item.errNo != 0)
                    return done(Error::make(
                        Error::Kind::Platform,
                        QStringLiteral("the platform refused to decrypt order %1 (%2)").arg(orderId).arg(item.errNo),
                        int(item.errNo)));
                if (item.cipherText == receiverCipher)
                    c.receiver = item.decryptText;
                else if (item.cipherText == telCipher)
                    c.phone = item.decryptText;
                else if (item.cipherText == addrCipher)
                    c.address = item.decryptText;
            }
            store::AuditEntry entry;
            entry.at = now;
            entry.actor = actor.name;
            entry.action = QLatin1String(kRevealAuditAction);
            entry.subject = aftersaleId;
            entry.detailJson = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("order_id"), orderId},
                                          {QStringLiteral("fields"), QStringLiteral("receiver,phone,address")}})
                    .toJson(QJsonDocument::Compact));
            if (auto audited = store::AuditRepository(*dbp).append(entry); !audited) {
                qCWarning(lcDb) << "buyer contact not shown: audit entry not written:" << audited.error().message;
                return done(audited.error());
            }
            qCInfo(lcSync) << "buyer contact of order" << orderId << "revealed to" << actor.name;
            done(c);
        });
}

} // namespace anxin::sync
