#include "core/guaranteerules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anxin::core {

const char *claimKindKey(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Fresh:
        return "fresh";
    case ClaimKind::Allergy:
        return "allergy";
    case ClaimKind::None:
        return "";
    }
    return "";
}

ClaimKind GuaranteeRules::kindForReason(int reasonCode) const
{
    if (fresh.reasonCodes.contains(reasonCode))
        return ClaimKind::Fresh;
    if (allergy.reasonCodes.contains(reasonCode))
        return ClaimKind::Allergy;
    return ClaimKind::None;
}

const GuaranteeKindRules &GuaranteeRules::forKind(ClaimKind kind) const
{
    return kind == ClaimKind::Allergy ? allergy : fresh;
}

namespace {

Error bad(const QString &path, const char *what)
{
    return Error::make(Error::Kind::Malformed, QStringLiteral("rules: %1: %2").arg(path, QLatin1String(what)));
}

Result<qint64> positiveInt(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() <= 0)
        return bad(path + QLatin1Char('.') + key, "expected a positive integer");
    return v.toInteger();
}

Result<GuaranteeKindRules> parseKind(const QJsonObject &kinds, const QString &name, ClaimKind kind)
{
    const QString path = QStringLiteral("kinds.") + name;
    if (!kinds.value(name).isObject())
        return bad(path, "missing");
    const QJsonObject o = kinds.value(name).toObject();
    GuaranteeKindRules r;
    r.kind = kind;
    r.productFlag = o.value(QStringLiteral("product_flag")).toString();
    if (r.productFlag.isEmpty())
        return bad(path + QStringLiteral(".product_flag"), "expected a non-empty string");
    const QJsonValue codes = o.value(QStringLiteral("reason_codes"));
    if (!codes.isArray() || codes.toArray().isEmpty())
        return bad(path + QStringLiteral(".reason_codes"), "expected a non-empty array of integers");
    for (const QJsonValue &c : codes.toArray()) {
        if (!c.isDouble() || c.toDouble() != double(c.toInteger()))
            return bad(path + QStringLiteral(".reason_codes"), "expected integers");
        r.reasonCodes << int(c.toInteger());
    }
    auto window = positiveInt(o, QStringLiteral("claim_window_s"), path);
    if (!window)
        return window.error();
    r.claimWindowS = window.value();
    auto response = positiveInt(o, QStringLiteral("response_window_s"), path);
    if (!response)
        return response.error();
    r.responseWindowS = response.value();
    r.minEvidenceImages = o.value(QStringLiteral("min_evidence_images")).toInt(1);
    r.proportionalRefund = o.value(QStringLiteral("proportional_refund")).toBool(false);
    return r;
}

} // namespace

Result<GuaranteeRules> GuaranteeRules::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Malformed,
                           QStringLiteral("rules: not a JSON object (%1)").arg(err.errorString()));
    const QJsonObject root = doc.object();
    GuaranteeRules rules;
    auto version = positiveInt(root, QStringLiteral("version"), QStringLiteral("$"));
    if (!version)
        return version.error();
    rules.version = int(version.value());
    const QJsonObject kinds = root.value(QStringLiteral("kinds")).toObject();
    auto fresh = parseKind(kinds, QStringLiteral("fresh"), ClaimKind::Fresh);
    if (!fresh)
        return fresh.error();
    auto allergy = parseKind(kinds, QStringLiteral("allergy"), ClaimKind::Allergy);
    if (!allergy)
        return allergy.error();
    rules.fresh = fresh.value();
    rules.allergy = allergy.value();
    for (int code : std::as_const(rules.fresh.reasonCodes)) {
        if (rules.allergy.reasonCodes.contains(code))
            return bad(QStringLiteral("kinds"), "a reason code belongs to both kinds");
    }
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("false_shipment_pickup_window_s"), &rules.falseShipmentPickupWindowS},
          std::pair{QStringLiteral("default_ship_promise_s"), &rules.defaultShipPromiseS},
          std::pair{QStringLiteral("presale_max_s"), &rules.presaleMaxS}}) {
        auto v = positiveInt(root, key, QStringLiteral("$"));
        if (!v)
            return v.error();
        *target = v.value();
    }
    rules.buyerClaims90dWarn =
        root.value(QStringLiteral("risk")).toObject().value(QStringLiteral("buyer_claims_90d_warn")).toInt(3);
    return rules;
}

const GuaranteeRules &GuaranteeRules::builtin()
{
    static const GuaranteeRules rules = [] {
        QFile f(QStringLiteral(":/rules/guarantee.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in guarantee rules are missing from the resources");
        auto parsed = GuaranteeRules::fromJson(f.readAll());
        if (!parsed)
            qFatal("the built-in guarantee rules are invalid: %s", qPrintable(parsed.error().message));
        return parsed.value();
    }();
    return rules;
}

} // namespace anxin::core
