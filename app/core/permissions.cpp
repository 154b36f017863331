#include "core/permissions.h"

#include "core/money.h"

namespace anxin::core {

const char *actionName(Action action)
{
    switch (action) {
    case Action::Decide:
        return "decide";
    case Action::Note:
        return "note";
    case Action::EditRules:
        return "edit_rules";
    case Action::RevealBuyerContact:
        return "reveal_buyer_contact";
    }
    return "unknown";
}

bool Permissions::can(Role role, Action action)
{
    if (role == Role::Owner)
        return true;
    switch (action) {
    case Action::Decide:
    case Action::Note:
        return true;
    case Action::EditRules:
    case Action::RevealBuyerContact:
        return false;
    }
    return false;
}

Status Permissions::check(Role role, Action action, qint64 amountFen, qint64 agentLimitFen)
{
    if (!can(role, action))
        return Error::coded(Error::Kind::Forbidden, "role.owner_only", {QLatin1String(actionName(action))},
                            QStringLiteral("only the shop owner may %1").arg(QLatin1String(actionName(action))));
    if (role == Role::Agent && action == Action::Decide && amountFen > agentLimitFen)
        return Error::coded(Error::Kind::Forbidden, "role.agent_limit",
                            {formatFen(agentLimitFen), formatFen(amountFen)},
                            QStringLiteral("an agent may decide tickets up to %1; this one is %2: ask the owner")
                                .arg(formatFen(agentLimitFen), formatFen(amountFen)));
    return {};
}

} // namespace anxin::core
