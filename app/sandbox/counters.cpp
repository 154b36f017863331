#include "sandbox/counters.h"

namespace anxin::sandbox {

QJsonObject Counters::toJson() const
{
    QJsonObject perMethod;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        perMethod.insert(it.key(), it.value());
    QJsonObject perMethodLimited;
    for (auto it = limited.cbegin(); it != limited.cend(); ++it)
        perMethodLimited.insert(it.key(), it.value());
    QJsonObject perCode;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        perCode.insert(QString::number(it.key()), it.value());
    return QJsonObject{{QStringLiteral("calls"), perMethod},
                       {QStringLiteral("limited"), perMethodLimited},
                       {QStringLiteral("codes"), perCode},
                       {QStringLiteral("http_requests"), httpRequests},
                       {QStringLiteral("writes_applied"), writesApplied},
                       {QStringLiteral("operate_items_applied"), operateItemsApplied},
                       {QStringLiteral("refreshes"), refreshes},
                       {QStringLiteral("rotations"), rotations},
                       {QStringLiteral("token_creates"), tokenCreates},
                       {QStringLiteral("faults_injected"), faultsInjected},
                       {QStringLiteral("auto_decisions"), autoDecisions},
                       {QStringLiteral("images_served"), imagesServed}};
}

} // namespace anxin::sandbox
