#pragma once

#include "sandbox/apireply.h"
#include "sandbox/requestverifier.h"

#include <QStringList>

namespace anxin::sandbox {

class SandboxState;

// Paging rules shared by afterSale.List and order.searchList: page from 0, size 1..100, page*size <= 50000.
ApiReply pagingParams(const QJsonObject &params, qint64 *page, qint64 *size);

// The platform's business methods (§4-§7), called after the gateway checks and the token check.
class SandboxApi
{
public:
    explicit SandboxApi(SandboxState &state)
        : m_state(state)
    {}

    static const QStringList &methods();
    static bool isKnownMethod(const QString &method);
    static bool needsAccessToken(const QString &method);
    static bool isWrite(const QString &method);

    ApiReply handle(const VerifiedCall &call);

private:
    ApiReply tokenCreate(const VerifiedCall &call);
    ApiReply tokenRefresh(const VerifiedCall &call);
    ApiReply afterSaleList(const VerifiedCall &call);
    ApiReply afterSaleDetail(const VerifiedCall &call);
    ApiReply afterSaleOperate(const VerifiedCall &call);
    ApiReply rejectReasonCodeList(const VerifiedCall &call);
    ApiReply timeExtend(const VerifiedCall &call);
    ApiReply submitEvidence(const VerifiedCall &call);
    ApiReply addOrderRemark(const VerifiedCall &call);
    ApiReply orderSearchList(const VerifiedCall &call);
    ApiReply orderDetail(const VerifiedCall &call);
    ApiReply trackNoRouteDetail(const VerifiedCall &call);
    ApiReply batchDecrypt(const VerifiedCall &call);
    ApiReply productDetail(const VerifiedCall &call);
    ApiReply shopReputation(const VerifiedCall &call);

    // Finds a ticket of the caller's shop by an id parameter (string or integer); sets *reply on failure.
    int ticketParam(const VerifiedCall &call, const char *key, ApiReply *reply) const;

    SandboxState &m_state;
};

} // namespace anxin::sandbox
