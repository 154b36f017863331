#pragma once

#include "core/result.h"
#include "sync/decisions.h"

#include <QObject>
#include <QString>

#include <functional>

namespace anxin::platform {
class ApiClient;
}
namespace anxin::store {
class Database;
}

namespace anxin::sync {

// A buyer's contact in plaintext. Lives in memory only: never stored, logged, cached or put in settings.
struct BuyerContact
{
    QString orderId;
    QString receiver;
    QString phone;
    QString address;
};

// The audit action recorded for each reveal (who = actor, subject = ticket id, detail = order id; never the
// plaintext).
inline constexpr char kRevealAuditAction[] = "buyer_contact.reveal";

// Reveals the buyer contact of the order behind a ticket, on demand, for an entitled user:
//  1. core::Permissions: owners only (an agent is refused before any network call);
//  2. order.batchDecrypt with the cached ciphertexts, auth_id = the order id;
//  3. one durable audit entry (who, which ticket and order, when);
// and only then hands the plaintext to `done` (on the client's thread, unless `context` died). A reveal whose
// audit entry cannot be written is refused.
void revealBuyerContact(platform::ApiClient &api, store::Database &db, const Actor &actor, const QString &aftersaleId,
                        qint64 now, QObject *context, std::function<void(core::Result<BuyerContact>)> done);

} // namespace anxin::sync
