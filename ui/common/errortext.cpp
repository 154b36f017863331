#include "common/errortext.h"

#include "core/deadlines.h"
#include "models/labels.h"
#include "store/outboxrepository.h"

#include <QCoreApplication>

namespace anxin::ui {

namespace {

// The translation context of every sentence here.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

QString arg(const core::Error &e, int i)
{
    return e.args.value(i);
}

QString outboxState(const QString &key)
{
    const auto state = store::OutboxRepository::stateFromName(key);
    return state ? models::outboxStateName(*state) : key;
}

QString actionName(const QString &key)
{
    if (key == QLatin1String("edit_rules"))
        return ErrorText::tr("edit auto-approve rules");
    if (key == QLatin1String("reveal_buyer_contact"))
        return ErrorText::tr("reveal a buyer's contact");
    return models::decisionActionName(key);
}

// The sentence of a named situation; empty when the situation has none here.
QString situationText(const core::Error &e)
{
    const QString &s = e.situation;
    if (s == QLatin1String("cache.two_sqlite"))
        return ErrorText::tr("This installation is broken: its database driver uses another SQLite (%1) than the "
                             "app (%2). Reinstall Anxin Desk; your data has not been touched.")
            .arg(arg(e, 0), arg(e, 1));
    if (s == QLatin1String("decision.not_at_this_step"))
        return ErrorText::tr("“%1” is not possible at this ticket's step (%2).")
            .arg(models::decisionActionName(arg(e, 0)), models::ticketStatusName(arg(e, 2).toInt()));
    if (s == QLatin1String("decision.claim_needs_counter_evidence"))
        return ErrorText::tr(
                   "Ticket %1 is a guarantee claim that meets its rules. Reject it only with a reason that needs "
                   "evidence and your counter-evidence attached, or, as the shop owner, write why you override.")
            .arg(arg(e, 0));
    if (s == QLatin1String("decision.override_owner_only"))
        return ErrorText::tr(
            "Only the shop owner can reject a guarantee claim that meets its rules without counter-evidence. "
            "Attach counter-evidence, or ask the owner.");
    if (s == QLatin1String("decision.twice_in_batch"))
        return ErrorText::tr("Ticket %1 was selected twice; it is decided once.").arg(arg(e, 0));
    if (s == QLatin1String("decision.no_user"))
        return ErrorText::tr("Every decision records who made it: set your name in Settings first.");
    if (s == QLatin1String("decision.ticket_not_cached"))
        return ErrorText::tr("Ticket %1 is not in the local cache yet. Sync, then try again.").arg(arg(e, 0));
    if (s == QLatin1String("decision.ticket_closed"))
        return ErrorText::tr("Ticket %1 is already closed on the platform: there is nothing left to decide.")
            .arg(arg(e, 0));
    if (s == QLatin1String("decision.extend_used"))
        return ErrorText::tr("Ticket %1 was extended once already; the platform allows one extension.").arg(arg(e, 0));
    if (s == QLatin1String("decision.extend_too_early"))
        return ErrorText::tr("Ticket %1 can be extended only when 2 days or less remain (%2 left now).")
            .arg(arg(e, 0), models::durationText(arg(e, 1).toLongLong()));
    if (s == QLatin1String("decision.extend_deadline_passed"))
        return ErrorText::tr("Ticket %1's deadline has passed: there is nothing left to extend.").arg(arg(e, 0));
    if (s == QLatin1String("decision.reason_unknown"))
        return ErrorText::tr(
                   "This reject reason (code %1) is not in the platform's list for the shop. Sync to refresh the list, "
                   "then choose again.")
            .arg(arg(e, 0));
    if (s == QLatin1String("decision.remark_needed"))
        return ErrorText::tr("A rejection needs a remark for the buyer.");
    if (s == QLatin1String("decision.evidence_needed"))
        return ErrorText::tr("The reason “%1” needs evidence: attach at least one image.").arg(arg(e, 0));
    if (s == QLatin1String("decision.address_needed"))
        return ErrorText::tr("Approving a return needs the return address: choose one.");
    if (s == QLatin1String("decision.one_waiting"))
        return ErrorText::tr(
                   "A decision on this ticket (“%1”) is still waiting to reach the platform. Undo it first, or wait "
                   "for the sync.")
            .arg(models::decisionActionName(arg(e, 0)));
    if (s == QLatin1String("note.empty"))
        return ErrorText::tr("A note needs some text.");
    if (s == QLatin1String("note.too_long"))
        return ErrorText::tr("A note has room for %1 characters beside your name; this one has %2. Shorten it.")
            .arg(arg(e, 0), arg(e, 1));
    if (s == QLatin1String("note.too_many"))
        return ErrorText::tr("%1 notes on this ticket in the last hour already: add to one note instead of writing "
                             "many.")
            .arg(arg(e, 0));
    if (s == QLatin1String("team.claimed"))
        return ErrorText::tr("%1 is on ticket %2 right now. Pick another ticket, or ask %1.").arg(arg(e, 0), arg(e, 1));
    if (s == QLatin1String("team.bad_url"))
        return ErrorText::tr("“%1” is not a team database address. It looks like "
                             "postgresql://user@host:5432/database.")
            .arg(arg(e, 0));
    if (s == QLatin1String("team.driver_missing"))
        return ErrorText::tr("This installation has no PostgreSQL driver for Qt, so it cannot join a team database. "
                             "Install Qt's PostgreSQL driver (libqt6sql6-psql), or work without a team.");
    if (s == QLatin1String("team.unreachable"))
        return ErrorText::tr("The team database at %1 cannot be reached. Check the address and that this computer may "
                             "connect to it; deciding works without it.")
            .arg(arg(e, 0));
    if (s == QLatin1String("team.auth"))
        return ErrorText::tr("The team database at %2 did not accept the user %1 and this password. Check both with "
                             "whoever set up the database.")
            .arg(arg(e, 0), arg(e, 1));
    if (s == QLatin1String("team.no_database"))
        return ErrorText::tr("The server at %2 has no database named %1. Create it first (createdb %1), or check the "
                             "name.")
            .arg(arg(e, 0), arg(e, 1));
    if (s == QLatin1String("team.too_new"))
        return ErrorText::tr("Another desk of the team runs a newer Anxin Desk and has updated the team database. "
                             "Update this desk to join it.");
    if (s == QLatin1String("team.held"))
        return ErrorText::tr("%1 is on ticket %2. Take it over (with a reason %1 can read) before deciding, or pick "
                             "another ticket.")
            .arg(arg(e, 0), arg(e, 1));
    if (s == QLatin1String("role.owner_only"))
        return ErrorText::tr("Only the shop owner may %1.").arg(actionName(arg(e, 0)));
    if (s == QLatin1String("role.agent_limit"))
        return ErrorText::tr("Agents decide tickets up to %1; this one is %2. Ask the shop owner.")
            .arg(arg(e, 0), arg(e, 1));
    if (s == QLatin1String("outbox.missing"))
        return ErrorText::tr("This decision is no longer in the queue.");
    if (s == QLatin1String("outbox.moved_on"))
        return ErrorText::tr("This decision is already “%1”: it can no longer be changed here.")
            .arg(outboxState(arg(e, 0)));
    if (s == QLatin1String("view.name_needed"))
        return ErrorText::tr("A saved view needs a name.");
    if (s == QLatin1String("rule.name_needed"))
        return ErrorText::tr("A rule needs a name.");
    if (s == QLatin1String("rule.name_too_long"))
        return ErrorText::tr("A rule name has at most 40 characters.");
    if (s == QLatin1String("rule.kind_needed"))
        return ErrorText::tr("Choose whether the rule is for spoiled-fresh or allergy claims.");
    if (s == QLatin1String("rule.cap_needed"))
        return ErrorText::tr("A rule needs an amount cap above zero.");
    if (s == QLatin1String("rule.photos_range"))
        return ErrorText::tr("Minimum photos is between 0 and 8.");
    if (s == QLatin1String("rule.claims_limit"))
        return ErrorText::tr("The buyer's claims limit is at most 1000.");
    if (s == QLatin1String("rule.name_taken"))
        return ErrorText::tr("A rule named %1 exists already: choose another name.").arg(arg(e, 0));
    if (s == QLatin1String("rule.missing"))
        return ErrorText::tr("This rule no longer exists; the list was refreshed.");
    if (s == QLatin1String("rule.person_only"))
        return ErrorText::tr("Rules are edited by a person, under their own name.");
    return {};
}

QString kindText(const core::Error &e)
{
    using Kind = core::Error::Kind;
    switch (e.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return ErrorText::tr(
            "The platform cannot be reached from this computer. Your work is kept here and goes out with the "
            "next sync.");
    case Kind::Timeout:
        return ErrorText::tr("The platform did not answer in time. Nothing was lost; try again in a moment.");
    case Kind::Platform:
        return ErrorText::tr("The platform refused this (code %1). Sync, look at the ticket again, then retry.")
            .arg(e.code);
    case Kind::Auth:
        return ErrorText::tr("The shop's authorization has ended. Reconnect the shop in Settings.");
    case Kind::RateLimited:
        return ErrorText::tr("The platform asks us to slow down. The next sync retries by itself.");
    case Kind::Conflict:
        return ErrorText::tr("The ticket changed in the meantime. Look at it again and decide anew if still needed.");
    case Kind::Malformed:
        return ErrorText::tr(
            "Something read from the platform or from a file could not be understood. Nothing was changed; "
            "the log has the details.");
    case Kind::Storage:
        return ErrorText::tr(
            "The local cache could not be read or written. Close other copies of Anxin Desk and try again; "
            "the log has the details.");
    case Kind::StorageFull:
        return ErrorText::tr("The disk is full. Free some space and try again; nothing was lost.");
    case Kind::Corrupt:
        return ErrorText::tr(
            "The local cache is damaged. It was set aside and nothing was deleted; sync to rebuild it.");
    case Kind::TooNew:
        return ErrorText::tr("The local cache was written by a newer Anxin Desk. Update this app to change it.");
    case Kind::Locked:
        return ErrorText::tr(
            "Another Anxin Desk or anxin-cli is writing to this profile. Wait until it finishes, then try "
            "again.");
    case Kind::Forbidden:
        return ErrorText::tr("Your role does not allow this. Ask the shop owner.");
    case Kind::NotFound:
        return ErrorText::tr("It is not in the local cache. Sync, then try again.");
    case Kind::Cancelled:
        return ErrorText::tr("Cancelled.");
    case Kind::Usage:
    case Kind::Internal:
        break;
    }
    return ErrorText::tr("This could not be done. The log has the details.");
}

} // namespace

QString errorText(const core::Error &error)
{
    if (const QString text = situationText(error); !text.isEmpty())
        return text;
    return kindText(error);
}

} // namespace anxin::ui
