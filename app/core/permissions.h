#pragma once

#include "core/result.h"

namespace anxin::core {

// Who is at the keyboard. Owners may do everything; agents decide tickets up to an owner-set amount and write
// notes, and may not edit rules or reveal buyer contact data.
enum class Role
{
    Owner,
    Agent
};

enum class Action
{
    Decide,             // approve / reject / confirm / extend a ticket (amount-limited for agents)
    Note,               // internal note on a ticket
    EditRules,          // auto-approve rules, guarantee and score rule files
    RevealBuyerContact, // decrypt a buyer's name, phone and address on demand
};

const char *actionName(Action action);

// The one place role checks live: the core calls it before acting, so a disabled button is only a hint.
class Permissions
{
public:
    // Whether `role` may perform `action` at all.
    static bool can(Role role, Action action);
    // Full check: for Decide, an agent is also limited to refunds of at most `agentLimitFen`.
    // Returns Kind::Forbidden with an English reason (for logs; widgets translate the kind).
    static Status check(Role role, Action action, qint64 amountFen = 0, qint64 agentLimitFen = 0);
};

} // namespace anxin::core
