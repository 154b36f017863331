#include "sandbox/counters.h"

namespace anxin::sandbox {

namespace {

QJsonObject perMethod(const QMap<QString, qint64> &counts)
{
    QJsonObject out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

QJsonObject Counters::toJson() const
{
    QJsonObject perCode;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        perCode.insert(QString::number(it.key()), it.value());
    return QJsonObject{{QStringLiteral("calls"), perMethod(calls)},
                       {QStringLiteral("limited"), perMethod(limited)},
                       {QStringLiteral("codes"), perCode},
                       {QStringLiteral("http_requests"), httpRequests},
                       {QStringLiteral("writes_applied"), writesApplied},
                       {QStringLiteral("operate_items_applied"), operateItemsApplied},
                       {QStringLiteral("refreshes"), refreshes},
                       {QStringLiteral("rotations"), rotations},
                       {QStringLiteral("token_creates"), tokenCreates},
                       {QStringLiteral("faults_injected"), faultsInjected},
                       {QStringLiteral("auto_decisions"), autoDecisions},
                       {QStringLiteral("images_served"), imagesServed},
                       {QStringLiteral("peak_connections"), peakConnections}};
}

} // namespace anxin::sandbox
