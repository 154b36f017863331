#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace anxin::core {

enum class ClaimKind
{
    None,
    Fresh,
    Allergy
};
const char *claimKindKey(ClaimKind kind); // "fresh", "allergy", ""

struct GuaranteeKindRules
{
    ClaimKind kind = ClaimKind::None;
    QString productFlag;        // product.detail flag that alone decides coverage
    QList<int> reasonCodes;     // reasons that make a ticket a claim of this kind
    qint64 claimWindowS = 0;    // from sign-for to claim
    qint64 responseWindowS = 0; // merchant's time to answer
    int minEvidenceImages = 1;
    bool proportionalRefund = false;
};

// The guarantee programme's rules, from a versioned file (resources/rules/guarantee.json), not constants in
// code: the platform changes them, and the client must follow without a rebuild of the logic.
struct GuaranteeRules
{
    int version = 0;
    GuaranteeKindRules fresh;
    GuaranteeKindRules allergy;
    qint64 falseShipmentPickupWindowS = 86400;
    qint64 defaultShipPromiseS = 172800;
    qint64 presaleMaxS = 45 * 86400;
    int buyerClaims90dWarn = 3;

    ClaimKind kindForReason(int reasonCode) const;
    const GuaranteeKindRules &forKind(ClaimKind kind) const;

    // Strict: a rules file with a missing or mistyped field is an error naming the field.
    static Result<GuaranteeRules> fromJson(const QByteArray &json);
    // The rules built into this version (":/rules/guarantee.json").
    static const GuaranteeRules &builtin();
};

} // namespace anxin::core
