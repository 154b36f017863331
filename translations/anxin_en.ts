<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Alerts</name>
    <message>
        <source>While alerts were quiet</source>
        <translation>While alerts were quiet</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) must ship soon</source>
        <translation>
            <numerusform>%n order must ship soon</numerusform>
            <numerusform>%n orders must ship soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) due soon</source>
        <translation>
            <numerusform>%n ticket due soon</numerusform>
            <numerusform>%n tickets due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders and tickets due soon</source>
        <translation>Orders and tickets due soon</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) entered your shipping alert band</source>
        <translation>
            <numerusform>%n order entered your shipping alert band</numerusform>
            <numerusform>%n orders entered your shipping alert band</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) entered your after-sales alert band</source>
        <translation>
            <numerusform>%n ticket entered your after-sales alert band</numerusform>
            <numerusform>%n tickets entered your after-sales alert band</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 hours</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Snooze alerts for %1 for</source>
        <translation>Snooze alerts for %1 for</translation>
    </message>
    <message>
        <source>Why? (kept on this computer, shown with the snooze)</source>
        <translation>Why? (kept on this computer, shown with the snooze)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) made here may reach the platform too late: it decides for the buyer at %1</source>
        <translation>
            <numerusform>%n decision made here may reach the platform too late: it decides for the buyer at %1</numerusform>
            <numerusform>%n decisions made here may reach the platform too late: it decides for the buyer at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) may reach the platform too late</source>
        <translation>
            <numerusform>%n decision may reach the platform too late</numerusform>
            <numerusform>%n decisions may reach the platform too late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) made here may reach the platform too late</source>
        <translation>
            <numerusform>%n decision made here may reach the platform too late</numerusform>
            <numerusform>%n decisions made here may reach the platform too late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>The buyer&apos;s guarantee claims in the 90 days up to this one</source>
        <translation>The buyer&apos;s guarantee claims in the 90 days up to this one</translation>
    </message>
    <message>
        <source>Respond by %1</source>
        <translation>Respond by %1</translation>
    </message>
    <message>
        <source>Rule %1 would approve this claim (shadow mode: nothing is sent)</source>
        <translation>Rule %1 would approve this claim (shadow mode: nothing is sent)</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · pending</translation>
    </message>
    <message>
        <source>sign-for unknown</source>
        <translation>sign-for unknown</translation>
    </message>
    <message>
        <source>%1 spare</source>
        <translation>%1 spare</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>The buyer&apos;s guarantee claims in the last 90 days</source>
        <translation>The buyer&apos;s guarantee claims in the last 90 days</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Respond within</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 d</translation>
    </message>
    <message>
        <source>Auto rule</source>
        <translation>Auto rule</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>Anxin Desk is already running with this profile. Switch to the open window, or start with another profile.</source>
        <translation>Anxin Desk is already running with this profile. Switch to the open window, or start with another profile.</translation>
    </message>
    <message>
        <source>Anxin Desk</source>
        <translation>Anxin Desk</translation>
    </message>
    <message>
        <source>Anxin Desk cannot open its local cache at %1: %2</source>
        <translation>Anxin Desk cannot open its local cache at %1: %2</translation>
    </message>
    <message>
        <source>“%1” is writing to this profile right now. Start Anxin Desk again when it has finished.</source>
        <translation>“%1” is writing to this profile right now. Start Anxin Desk again when it has finished.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Connect a shop in Settings</source>
        <translation>Connect a shop in Settings</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>This list could not be read. %1 %2</source>
        <translation>This list could not be read. %1 %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>edit auto-approve rules</source>
        <translation>edit auto-approve rules</translation>
    </message>
    <message>
        <source>reveal a buyer&apos;s contact</source>
        <translation>reveal a buyer&apos;s contact</translation>
    </message>
    <message>
        <source>“%1” is not possible at this ticket&apos;s step (%2).</source>
        <translation>“%1” is not possible at this ticket&apos;s step (%2).</translation>
    </message>
    <message>
        <source>Ticket %1 is a guarantee claim that meets its rules. Reject it only with a reason that needs evidence and your counter-evidence attached, or, as the shop owner, write why you override.</source>
        <translation>Ticket %1 is a guarantee claim that meets its rules. Reject it only with a reason that needs evidence and your counter-evidence attached, or, as the shop owner, write why you override.</translation>
    </message>
    <message>
        <source>Only the shop owner can reject a guarantee claim that meets its rules without counter-evidence. Attach counter-evidence, or ask the owner.</source>
        <translation>Only the shop owner can reject a guarantee claim that meets its rules without counter-evidence. Attach counter-evidence, or ask the owner.</translation>
    </message>
    <message>
        <source>Ticket %1 was selected twice; it is decided once.</source>
        <translation>Ticket %1 was selected twice; it is decided once.</translation>
    </message>
    <message>
        <source>Every decision records who made it: set your name in Settings first.</source>
        <translation>Every decision records who made it: set your name in Settings first.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local cache yet. Sync, then try again.</source>
        <translation>Ticket %1 is not in the local cache yet. Sync, then try again.</translation>
    </message>
    <message>
        <source>Ticket %1 is already closed on the platform: there is nothing left to decide.</source>
        <translation>Ticket %1 is already closed on the platform: there is nothing left to decide.</translation>
    </message>
    <message>
        <source>Ticket %1 was extended once already; the platform allows one extension.</source>
        <translation>Ticket %1 was extended once already; the platform allows one extension.</translation>
    </message>
    <message>
        <source>Ticket %1 can be extended only when 2 days or less remain (%2 left now).</source>
        <translation>Ticket %1 can be extended only when 2 days or less remain (%2 left now).</translation>
    </message>
    <message>
        <source>Ticket %1&apos;s deadline has passed: there is nothing left to extend.</source>
        <translation>Ticket %1&apos;s deadline has passed: there is nothing left to extend.</translation>
    </message>
    <message>
        <source>This reject reason (code %1) is not in the platform&apos;s list for the shop. Sync to refresh the list, then choose again.</source>
        <translation>This reject reason (code %1) is not in the platform&apos;s list for the shop. Sync to refresh the list, then choose again.</translation>
    </message>
    <message>
        <source>A rejection needs a remark for the buyer.</source>
        <translation>A rejection needs a remark for the buyer.</translation>
    </message>
    <message>
        <source>The reason “%1” needs evidence: attach at least one image.</source>
        <translation>The reason “%1” needs evidence: attach at least one image.</translation>
    </message>
    <message>
        <source>Approving a return needs the return address: choose one.</source>
        <translation>Approving a return needs the return address: choose one.</translation>
    </message>
    <message>
        <source>A decision on this ticket (“%1”) is still waiting to reach the platform. Undo it first, or wait for the sync.</source>
        <translation>A decision on this ticket (“%1”) is still waiting to reach the platform. Undo it first, or wait for the sync.</translation>
    </message>
    <message>
        <source>Only the shop owner may %1.</source>
        <translation>Only the shop owner may %1.</translation>
    </message>
    <message>
        <source>Agents decide tickets up to %1; this one is %2. Ask the shop owner.</source>
        <translation>Agents decide tickets up to %1; this one is %2. Ask the shop owner.</translation>
    </message>
    <message>
        <source>This decision is no longer in the queue.</source>
        <translation>This decision is no longer in the queue.</translation>
    </message>
    <message>
        <source>This decision is already “%1”: it can no longer be changed here.</source>
        <translation>This decision is already “%1”: it can no longer be changed here.</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>A saved view needs a name.</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>A rule needs a name.</translation>
    </message>
    <message>
        <source>A rule name has at most 40 characters.</source>
        <translation>A rule name has at most 40 characters.</translation>
    </message>
    <message>
        <source>Choose whether the rule is for spoiled-fresh or allergy claims.</source>
        <translation>Choose whether the rule is for spoiled-fresh or allergy claims.</translation>
    </message>
    <message>
        <source>A rule needs an amount cap above zero.</source>
        <translation>A rule needs an amount cap above zero.</translation>
    </message>
    <message>
        <source>Minimum photos is between 0 and 8.</source>
        <translation>Minimum photos is between 0 and 8.</translation>
    </message>
    <message>
        <source>The buyer&apos;s claims limit is at most 1000.</source>
        <translation>The buyer&apos;s claims limit is at most 1000.</translation>
    </message>
    <message>
        <source>A rule named %1 exists already: choose another name.</source>
        <translation>A rule named %1 exists already: choose another name.</translation>
    </message>
    <message>
        <source>This rule no longer exists; the list was refreshed.</source>
        <translation>This rule no longer exists; the list was refreshed.</translation>
    </message>
    <message>
        <source>Rules are edited by a person, under their own name.</source>
        <translation>Rules are edited by a person, under their own name.</translation>
    </message>
    <message>
        <source>The platform cannot be reached from this computer. Your work is kept here and goes out with the next sync.</source>
        <translation>The platform cannot be reached from this computer. Your work is kept here and goes out with the next sync.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. Nothing was lost; try again in a moment.</source>
        <translation>The platform did not answer in time. Nothing was lost; try again in a moment.</translation>
    </message>
    <message>
        <source>The platform refused this (code %1). Sync, look at the ticket again, then retry.</source>
        <translation>The platform refused this (code %1). Sync, look at the ticket again, then retry.</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization has ended. Reconnect the shop in Settings.</source>
        <translation>The shop&apos;s authorization has ended. Reconnect the shop in Settings.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. The next sync retries by itself.</source>
        <translation>The platform asks us to slow down. The next sync retries by itself.</translation>
    </message>
    <message>
        <source>The ticket changed in the meantime. Look at it again and decide anew if still needed.</source>
        <translation>The ticket changed in the meantime. Look at it again and decide anew if still needed.</translation>
    </message>
    <message>
        <source>Something read from the platform or from a file could not be understood. Nothing was changed; the log has the details.</source>
        <translation>Something read from the platform or from a file could not be understood. Nothing was changed; the log has the details.</translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Close other copies of Anxin Desk and try again; the log has the details.</source>
        <translation>The local cache could not be read or written. Close other copies of Anxin Desk and try again; the log has the details.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>The disk is full. Free some space and try again; nothing was lost.</translation>
    </message>
    <message>
        <source>The local cache is damaged. It was set aside and nothing was deleted; sync to rebuild it.</source>
        <translation>The local cache is damaged. It was set aside and nothing was deleted; sync to rebuild it.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Anxin Desk. Update this app to change it.</source>
        <translation>The local cache was written by a newer Anxin Desk. Update this app to change it.</translation>
    </message>
    <message>
        <source>Another Anxin Desk or anxin-cli is writing to this profile. Wait until it finishes, then try again.</source>
        <translation>Another Anxin Desk or anxin-cli is writing to this profile. Wait until it finishes, then try again.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the shop owner.</source>
        <translation>Your role does not allow this. Ask the shop owner.</translation>
    </message>
    <message>
        <source>It is not in the local cache. Sync, then try again.</source>
        <translation>It is not in the local cache. Sync, then try again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>This could not be done. The log has the details.</source>
        <translation>This could not be done. The log has the details.</translation>
    </message>
    <message>
        <source>This installation is broken: its database driver uses another SQLite (%1) than the app (%2). Reinstall Anxin Desk; your data has not been touched.</source>
        <translation>This installation is broken: its database driver uses another SQLite (%1) than the app (%2). Reinstall Anxin Desk; your data has not been touched.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <source>A note has room for %1 characters beside your name; this one has %2. Shorten it.</source>
        <translation>A note has room for %1 characters beside your name; this one has %2. Shorten it.</translation>
    </message>
    <message>
        <source>%1 notes on this ticket in the last hour already: add to one note instead of writing many.</source>
        <translation>%1 notes on this ticket in the last hour already: add to one note instead of writing many.</translation>
    </message>
    <message>
        <source>%1 is on ticket %2 right now. Pick another ticket, or ask %1.</source>
        <translation>%1 is on ticket %2 right now. Pick another ticket, or ask %1.</translation>
    </message>
    <message>
        <source>%1 is on ticket %2. Take it over (with a reason %1 can read) before deciding, or pick another ticket.</source>
        <translation>%1 is on ticket %2. Take it over (with a reason %1 can read) before deciding, or pick another ticket.</translation>
    </message>
    <message>
        <source>“%1” is not a team database address. It looks like postgresql://user@host:5432/database.</source>
        <translation>“%1” is not a team database address. It looks like postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver for Qt, so it cannot join a team database. Install Qt&apos;s PostgreSQL driver (libqt6sql6-psql), or work without a team.</source>
        <translation>This installation has no PostgreSQL driver for Qt, so it cannot join a team database. Install Qt&apos;s PostgreSQL driver (libqt6sql6-psql), or work without a team.</translation>
    </message>
    <message>
        <source>The team database at %1 cannot be reached. Check the address and that this computer may connect to it; deciding works without it.</source>
        <translation>The team database at %1 cannot be reached. Check the address and that this computer may connect to it; deciding works without it.</translation>
    </message>
    <message>
        <source>The team database at %2 did not accept the user %1 and this password. Check both with whoever set up the database.</source>
        <translation>The team database at %2 did not accept the user %1 and this password. Check both with whoever set up the database.</translation>
    </message>
    <message>
        <source>The server at %2 has no database named %1. Create it first (createdb %1), or check the name.</source>
        <translation>The server at %2 has no database named %1. Create it first (createdb %1), or check the name.</translation>
    </message>
    <message>
        <source>Another desk of the team runs a newer Anxin Desk and has updated the team database. Update this desk to join it.</source>
        <translation>Another desk of the team runs a newer Anxin Desk and has updated the team database. Update this desk to join it.</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>Next ticket</source>
        <translation>Next ticket</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Previous ticket</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Open the ticket</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Every action needs a key.</source>
        <translation>Every action needs a key.</translation>
    </message>
    <message>
        <source>%1 is already used for “%2”. Choose another key, or change that action first.</source>
        <translation>%1 is already used for “%2”. Choose another key, or change that action first.</translation>
    </message>
    <message>
        <source>%1 is used by the window (switching pages or syncing). Choose another key.</source>
        <translation>%1 is used by the window (switching pages or syncing). Choose another key.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Return and refund</source>
        <translation>Return and refund</translation>
    </message>
    <message>
        <source>Refund only (shipped)</source>
        <translation>Refund only (shipped)</translation>
    </message>
    <message>
        <source>Refund before shipping</source>
        <translation>Refund before shipping</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Price protection</source>
        <translation>Price protection</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Awaiting return parcel</source>
        <translation>Awaiting return parcel</translation>
    </message>
    <message>
        <source>Returned, awaiting check</source>
        <translation>Returned, awaiting check</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Exchange shipped</source>
        <translation>Exchange shipped</translation>
    </message>
    <message>
        <source>Exchange done</source>
        <translation>Exchange done</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Rejected after return</source>
        <translation>Rejected after return</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Under 1 h</source>
        <translation>Under 1 h</translation>
    </message>
    <message>
        <source>Under 4 h</source>
        <translation>Under 4 h</translation>
    </message>
    <message>
        <source>Under 24 h</source>
        <translation>Under 24 h</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Under 12 h</source>
        <translation>Under 12 h</translation>
    </message>
    <message>
        <source>Fresh damage</source>
        <translation>Fresh damage</translation>
    </message>
    <message>
        <source>Allergy return</source>
        <translation>Allergy return</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 m</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Confirm receipt</translation>
    </message>
    <message>
        <source>Reject after receipt</source>
        <translation>Reject after receipt</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Checking with the platform</source>
        <translation>Checking with the platform</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>Refused by the platform</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Product carries the %1 guarantee</source>
        <translation>Product carries the %1 guarantee</translation>
    </message>
    <message>
        <source>Product does not carry the %1 guarantee</source>
        <translation>Product does not carry the %1 guarantee</translation>
    </message>
    <message>
        <source>Product&apos;s guarantee flags not synced yet</source>
        <translation>Product&apos;s guarantee flags not synced yet</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 inside the %3 window</source>
        <translation>Claimed %1 after signing, %2 inside the %3 window</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 past the %3 window</source>
        <translation>Claimed %1 after signing, %2 past the %3 window</translation>
    </message>
    <message>
        <source>Sign-for time unknown</source>
        <translation>Sign-for time unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence image(s)</source>
        <translation>
            <numerusform>%n evidence image</numerusform>
            <numerusform>%n evidence images</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence images yet</source>
        <translation>No evidence images yet</translation>
    </message>
    <message>
        <source>Claims %1 of %2 paid</source>
        <translation>Claims %1 of %2 paid</translation>
    </message>
    <message>
        <source>Claims %1, more than the %2 paid</source>
        <translation>Claims %1, more than the %2 paid</translation>
    </message>
    <message>
        <source>Bad share %1/%2 of the line</source>
        <translation>Bad share %1/%2 of the line</translation>
    </message>
    <message>
        <source>Flagged by the platform&apos;s risk check</source>
        <translation>Flagged by the platform&apos;s risk check</translation>
    </message>
    <message>
        <source>An earlier claim on this item succeeded</source>
        <translation>An earlier claim on this item succeeded</translation>
    </message>
    <message numerus="yes">
        <source>Buyer made %n claim(s) in 90 days</source>
        <translation>
            <numerusform>Buyer made %n claim in 90 days</numerusform>
            <numerusform>Buyer made %n claims in 90 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket detail</source>
        <translation>Ticket detail</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Shipment route</source>
        <translation>Shipment route</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>Evidence image</translation>
    </message>
    <message>
        <source>Another claim on this item is still open</source>
        <translation>Another claim on this item is still open</translation>
    </message>
    <message>
        <source>Too late: the platform decided</source>
        <translation>Too late: the platform decided</translation>
    </message>
    <message>
        <source>%1 · at risk</source>
        <translation>%1 · at risk</translation>
    </message>
    <message>
        <source>%1 · too late</source>
        <translation>%1 · too late</translation>
    </message>
    <message>
        <source>May reach the platform too late: the platform decides for the buyer at %1. Sync now while there is time.</source>
        <translation>May reach the platform too late: the platform decides for the buyer at %1. Sync now while there is time.</translation>
    </message>
    <message>
        <source>Too late: the platform decided for the buyer at %1, before this decision could reach it. Open the ticket to see what the platform did.</source>
        <translation>Too late: the platform decided for the buyer at %1, before this decision could reach it. Open the ticket to see what the platform did.</translation>
    </message>
    <message>
        <source>sending decisions</source>
        <translation>sending decisions</translation>
    </message>
    <message>
        <source>reject reasons</source>
        <translation>reject reasons</translation>
    </message>
    <message>
        <source>after-sales tickets</source>
        <translation>after-sales tickets</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>ticket details</source>
        <translation>ticket details</translation>
    </message>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>shipment routes</source>
        <translation>shipment routes</translation>
    </message>
    <message>
        <source>experience score</source>
        <translation>experience score</translation>
    </message>
    <message>
        <source>evidence images</source>
        <translation>evidence images</translation>
    </message>
    <message>
        <source>You are on this ticket (since %1); other desks see it.</source>
        <translation>You are on this ticket (since %1); other desks see it.</translation>
    </message>
    <message>
        <source>%1 has been on this ticket since %2.</source>
        <translation>%1 has been on this ticket since %2.</translation>
    </message>
    <message>
        <source>copying the team&apos;s data</source>
        <translation>copying the team&apos;s data</translation>
    </message>
    <message>
        <source>open tickets first</source>
        <translation>open tickets first</translation>
    </message>
    <message>
        <source>after-sales history</source>
        <translation>after-sales history</translation>
    </message>
    <message>
        <source>recent orders first</source>
        <translation>recent orders first</translation>
    </message>
</context>
<context>
    <name>NoteState</name>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>sent; other desks see it after their next sync</source>
        <translation>sent; other desks see it after their next sync</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>not sent: %1</translation>
    </message>
    <message>
        <source>on this desk only</source>
        <translation>on this desk only</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>Pending sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>What needs you in the next 4 hours across all shops: ticket deadlines, claim windows and ship-by times by band, plus a shift handover summary.</source>
        <translation>What needs you in the next 4 hours across all shops: ticket deadlines, claim windows and ship-by times by band, plus a shift handover summary.</translation>
    </message>
    <message>
        <source>Every ticket of every shop in one list, sorted by time left before the platform decides for the buyer, with order lines, evidence and history; approve, reject, confirm receipt, extend.</source>
        <translation>Every ticket of every shop in one list, sorted by time left before the platform decides for the buyer, with order lines, evidence and history; approve, reject, confirm receipt, extend.</translation>
    </message>
    <message>
        <source>Spoiled-fresh and cosmetic-allergy guarantee claims with an eligibility checklist, the window left, proportional refunds and auto-approve rules you can dry-run first.</source>
        <translation>Spoiled-fresh and cosmetic-allergy guarantee claims with an eligibility checklist, the window left, proportional refunds and auto-approve rules you can dry-run first.</translation>
    </message>
    <message>
        <source>Paid orders against their promised ship time, shipped orders with no carrier pickup, and alerts before a breach.</source>
        <translation>Paid orders against their promised ship time, shipped orders with no carrier pickup, and alerts before a breach.</translation>
    </message>
    <message>
        <source>The platform&apos;s daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</source>
        <translation>The platform&apos;s daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</translation>
    </message>
    <message>
        <source>Decisions made on this computer that are waiting to reach the platform, with their state; undo while pending, resolve conflicts.</source>
        <translation>Decisions made on this computer that are waiting to reach the platform, with their state; undo while pending, resolve conflicts.</translation>
    </message>
    <message>
        <source>Language, shop connection and this profile.</source>
        <translation>Language, shop connection and this profile.</translation>
    </message>
</context>
<context>
    <name>ScoreLabels</name>
    <message>
        <source>Quality returns</source>
        <translation>Quality returns</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>Bad reviews</translation>
    </message>
    <message>
        <source>Picked up within 24 h</source>
        <translation>Picked up within 24 h</translation>
    </message>
    <message>
        <source>Late shipments</source>
        <translation>Late shipments</translation>
    </message>
    <message>
        <source>Payment to delivery</source>
        <translation>Payment to delivery</translation>
    </message>
    <message>
        <source>Refund-only completion</source>
        <translation>Refund-only completion</translation>
    </message>
    <message>
        <source>Return-refund completion</source>
        <translation>Return-refund completion</translation>
    </message>
    <message>
        <source>Merchant rejections</source>
        <translation>Merchant rejections</translation>
    </message>
    <message>
        <source>Platform arbitration</source>
        <translation>Platform arbitration</translation>
    </message>
    <message>
        <source>Decided before the deadline</source>
        <translation>Decided before the deadline</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
</context>
<context>
    <name>ScoreMetricsModel</name>
    <message>
        <source>Double-click to list what is behind this number</source>
        <translation>Double-click to list what is behind this number</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>reviews are not in the cache</source>
        <translation>reviews are not in the cache</translation>
    </message>
    <message>
        <source>nothing in the window yet</source>
        <translation>nothing in the window yet</translation>
    </message>
    <message numerus="yes">
        <source>median of %n sample(s)</source>
        <translation>
            <numerusform>median of %n sample</numerusform>
            <numerusform>median of %n samples</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Sub-metric</source>
        <translation>Sub-metric</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>At full marks the overall number would be about %1 points higher on the platform&apos;s scale: this sub-metric&apos;s %2 % share × the %3 points it is short × %4, the calibration&apos;s slope.</source>
        <translation>At full marks the overall number would be about %1 points higher on the platform&apos;s scale: this sub-metric&apos;s %2 % share × the %3 points it is short × %4, the calibration&apos;s slope.</translation>
    </message>
    <message>
        <source>At full marks our overall rule score would be %1 points higher: this sub-metric&apos;s %2 % share × the %3 points it is short. On the platform&apos;s scale once the calibration has its days.</source>
        <translation>At full marks our overall rule score would be %1 points higher: this sub-metric&apos;s %2 % share × the %3 points it is short. On the platform&apos;s scale once the calibration has its days.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
</context>
<context>
    <name>ShippingList</name>
    <message>
        <source>No pickup scan · %1</source>
        <translation>No pickup scan · %1</translation>
    </message>
    <message>
        <source>Presale, awaiting shipment</source>
        <translation>Presale, awaiting shipment</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Awaiting shipment</translation>
    </message>
    <message>
        <source>Shipped %1 with %2 %3; the carrier had no pickup scan when last asked at %4. Without a scan within %5 the platform counts it as a false shipment.</source>
        <translation>Shipped %1 with %2 %3; the carrier had no pickup scan when last asked at %4. Without a scan within %5 the platform counts it as a false shipment.</translation>
    </message>
    <message>
        <source>%1 — presale: promised to ship by %2</source>
        <translation>%1 — presale: promised to ship by %2</translation>
    </message>
    <message>
        <source>%1 — promised to ship by %2</source>
        <translation>%1 — promised to ship by %2</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Estimated promise: the platform sent no ship-by date for this presale order, so the longest presale the rules allow after payment is shown. Check it in the back office.</source>
        <translation>Estimated promise: the platform sent no ship-by date for this presale order, so the longest presale the rules allow after payment is shown. Check it in the back office.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated promise: the platform sent no ship-by time for this order, so the rules&apos; default (%n h after payment) is shown.</source>
        <translation>
            <numerusform>Estimated promise: the platform sent no ship-by time for this order, so the rules&apos; default (%n h after payment) is shown.</numerusform>
            <numerusform>Estimated promise: the platform sent no ship-by time for this order, so the rules&apos; default (%n h after payment) is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimated)</translation>
    </message>
    <message>
        <source>Refunded · do not ship</source>
        <translation>Refunded · do not ship</translation>
    </message>
    <message>
        <source>Refund asked · hold it</source>
        <translation>Refund asked · hold it</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refunded · ship the rest</source>
        <translation>
            <numerusform>%n line refunded · ship the rest</numerusform>
            <numerusform>%n lines refunded · ship the rest</numerusform>
        </translation>
    </message>
    <message>
        <source>The buyer was refunded before the order shipped: nothing is left to ship. The platform closes the order; this list drops it at the next sync.</source>
        <translation>The buyer was refunded before the order shipped: nothing is left to ship. The platform closes the order; this list drops it at the next sync.</translation>
    </message>
    <message>
        <source>The buyer asked for a refund before shipping. Decide the request on the After-sales page first: a parcel sent now has to be intercepted if the refund goes through.</source>
        <translation>The buyer asked for a refund before shipping. Decide the request on the After-sales page first: a parcel sent now has to be intercepted if the refund goes through.</translation>
    </message>
    <message>
        <source>Part of this order was refunded before shipping: ship only the lines still paid for.</source>
        <translation>Part of this order was refunded before shipping: ship only the lines still paid for.</translation>
    </message>
    <message>
        <source>Shipped · %1</source>
        <translation>Shipped · %1</translation>
    </message>
    <message>
        <source>Shipped %1 with %2, tracking number %3</source>
        <translation>Shipped %1 with %2, tracking number %3</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>This desk pulled the shop from the platform itself at %1, because the team&apos;s data was out of reach (%2); it uses the team again as soon as it can.</source>
        <translation>This desk pulled the shop from the platform itself at %1, because the team&apos;s data was out of reach (%2); it uses the team again as soon as it can.</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Team: connecting…</translation>
    </message>
    <message>
        <source>The team database is out of reach: deciding works as usual, the desk reconnects by itself. %1</source>
        <translation>The team database is out of reach: deciding works as usual, the desk reconnects by itself. %1</translation>
    </message>
    <message>
        <source>Team offline</source>
        <translation>Team offline</translation>
    </message>
    <message>
        <source>Team online · this desk pulled the shop itself</source>
        <translation>Team online · this desk pulled the shop itself</translation>
    </message>
    <message>
        <source>Team online</source>
        <translation>Team online</translation>
    </message>
    <message>
        <source>Team online · this desk polls the shop</source>
        <translation>Team online · this desk polls the shop</translation>
    </message>
    <message>
        <source>This desk pulls the shop from the platform for the team.</source>
        <translation>This desk pulls the shop from the platform for the team.</translation>
    </message>
    <message>
        <source>Last poll: %1%2</source>
        <translation>Last poll: %1%2</translation>
    </message>
    <message>
        <source> (it did not complete)</source>
        <translation> (it did not complete)</translation>
    </message>
    <message>
        <source>No poll yet.</source>
        <translation>No poll yet.</translation>
    </message>
    <message>
        <source>This desk copied the team&apos;s data at %1; the list shows the shop as of the poller&apos;s last poll before then.</source>
        <translation>This desk copied the team&apos;s data at %1; the list shows the shop as of the poller&apos;s last poll before then.</translation>
    </message>
    <message>
        <source>Team online · %1&apos;s desk polls the shop</source>
        <translation>Team online · %1&apos;s desk polls the shop</translation>
    </message>
    <message>
        <source>This desk was away longer than the team keeps its data, so it pulled the shop from the platform itself at %1, once; it copies the team&apos;s data from now on.</source>
        <translation>This desk was away longer than the team keeps its data, so it pulled the shop from the platform itself at %1, once; it copies the team&apos;s data from now on.</translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <source>Express refund</source>
        <translation>Express refund</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Platform decides for the buyer at %1</source>
        <translation>Platform decides for the buyer at %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>On it</translation>
    </message>
</context>
<context>
    <name>anxin::models::ScoreDrillModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation>Not shipped</translation>
    </message>
    <message>
        <source>Shipped, no carrier scan</source>
        <translation>Shipped, no carrier scan</translation>
    </message>
    <message>
        <source>Carrier scan after %1, delivered</source>
        <translation>Carrier scan after %1, delivered</translation>
    </message>
    <message>
        <source>Carrier scan after %1</source>
        <translation>Carrier scan after %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
</context>
<context>
    <name>anxin::ui::AboutDialog</name>
    <message>
        <source>About Anxin Desk</source>
        <translation>About Anxin Desk</translation>
    </message>
    <message>
        <source>Anxin Desk logo</source>
        <translation>Anxin Desk logo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anxin Desk&lt;/b&gt;&lt;br&gt;The after-sales workbench for live-stream shops</source>
        <translation>&lt;b&gt;Anxin Desk&lt;/b&gt;&lt;br&gt;The after-sales workbench for live-stream shops</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>%1 (commit %2)</source>
        <translation>%1 (commit %2)</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>Rules files:</source>
        <translation>Rules files:</translation>
    </message>
    <message>
        <source>guarantee rules v%1, score rules v%2</source>
        <translation>guarantee rules v%1, score rules v%2</translation>
    </message>
    <message>
        <source>Cache schema:</source>
        <translation>Cache schema:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>no cache open</source>
        <translation>no cache open</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Profile folder:</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <translation>
            <numerusform>%n entry, head %1</numerusform>
            <numerusform>%n entries, head %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Audit log:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy these details for a support request</source>
        <translation>Copy these details for a support request</translation>
    </message>
</context>
<context>
    <name>anxin::ui::AfterSalesPage</name>
    <message>
        <source>Could not undo: %1</source>
        <translation>Could not undo: %1</translation>
    </message>
    <message>
        <source>Decision undone; nothing was sent.</source>
        <translation>Decision undone; nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Search ticket or order id, product, reason, remark (/)</source>
        <translation>Search ticket or order id, product, reason, remark (/)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Search tickets</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Awaiting return parcel</source>
        <translation>Awaiting return parcel</translation>
    </message>
    <message>
        <source>Returned, awaiting check</source>
        <translation>Returned, awaiting check</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <source>Due within 1 h</source>
        <translation>Due within 1 h</translation>
    </message>
    <message>
        <source>Due within 4 h</source>
        <translation>Due within 4 h</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>Due within 24 h</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Due within</translation>
    </message>
    <message>
        <source>Any guarantee</source>
        <translation>Any guarantee</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Risky</translation>
    </message>
    <message>
        <source>Only tickets flagged by the platform&apos;s risk check</source>
        <translation>Only tickets flagged by the platform&apos;s risk check</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>Pending sync</translation>
    </message>
    <message>
        <source>Only tickets with a decision waiting to reach the platform</source>
        <translation>Only tickets with a decision waiting to reach the platform</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>Save current view…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No tickets match these filters. Clear the search or choose “All statuses”.</source>
        <translation>No tickets match these filters. Clear the search or choose “All statuses”.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Name of this view:</translation>
    </message>
    <message>
        <source>Could not save the view: %1</source>
        <translation>Could not save the view: %1</translation>
    </message>
    <message>
        <source>This ticket changed on the platform while you had it open; it now reads “%1”. Your note is kept.</source>
        <translation>This ticket changed on the platform while you had it open; it now reads “%1”. Your note is kept.</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Not queued: %1</translation>
    </message>
    <message>
        <source>Queued; it reaches the platform with the next sync. Undo is possible until then.</source>
        <translation>Queued; it reaches the platform with the next sync. Undo is possible until then.</translation>
    </message>
    <message>
        <source>Approve this ticket for %1?</source>
        <translation>Approve this ticket for %1?</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n tickets for %1 in total?</source>
        <translation>
            <numerusform>Approve %n ticket for %1 in total?</numerusform>
            <numerusform>Approve %n tickets for %1 in total?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) queued; they reach the platform with the next sync.</source>
        <translation>
            <numerusform>%n approval queued; it reaches the platform with the next sync.</numerusform>
            <numerusform>%n approvals queued; they reach the platform with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued, %2 not: %3</source>
        <translation>%1 queued, %2 not: %3</translation>
    </message>
    <message>
        <source>Show all tickets</source>
        <translation>Show all tickets</translation>
    </message>
    <message>
        <source>Only the shop owner can reveal buyer contact details.</source>
        <translation>Only the shop owner can reveal buyer contact details.</translation>
    </message>
    <message>
        <source>This order&apos;s contact is not in the cache yet; sync, then try again.</source>
        <translation>This order&apos;s contact is not in the cache yet; sync, then try again.</translation>
    </message>
    <message>
        <source>The shop is not connected on this computer; connect it in Settings.</source>
        <translation>The shop is not connected on this computer; connect it in Settings.</translation>
    </message>
    <message>
        <source>Not revealed: the reveal could not be recorded in the audit log.</source>
        <translation>Not revealed: the reveal could not be recorded in the audit log.</translation>
    </message>
    <message>
        <source>Could not reveal the contact: the platform did not answer. Try again.</source>
        <translation>Could not reveal the contact: the platform did not answer. Try again.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Counting tickets…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n ticket(s) from %1</source>
        <translation>
            <numerusform>Showing %n ticket from %1</numerusform>
            <numerusform>Showing %n tickets from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 is yours now; the other agent sees that you took it over, and why.</source>
        <translation>Ticket %1 is yours now; the other agent sees that you took it over, and why.</translation>
    </message>
    <message>
        <source>Ticket %1 was not taken over: %2</source>
        <translation>Ticket %1 was not taken over: %2</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>Connecting to the team database…</translation>
    </message>
    <message>
        <source>Team offline: deciding works as usual, but other desks cannot see that you are on this ticket. The app reconnects by itself.</source>
        <translation>Team offline: deciding works as usual, but other desks cannot see that you are on this ticket. The app reconnects by itself.</translation>
    </message>
    <message>
        <source>Telling the other desks you are on this ticket…</source>
        <translation>Telling the other desks you are on this ticket…</translation>
    </message>
    <message>
        <source>%1 Decisions wait here until you take it over.</source>
        <translation>%1 Decisions wait here until you take it over.</translation>
    </message>
    <message>
        <source>Take over ticket %1</source>
        <translation>Take over ticket %1</translation>
    </message>
    <message>
        <source>%1 is on this ticket. Why are you taking it over? %1 sees your reason, and it is kept in the team&apos;s audit.</source>
        <translation>%1 is on this ticket. Why are you taking it over? %1 sees your reason, and it is kept in the team&apos;s audit.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Not taken over: write a reason the other agent can read.</source>
        <translation>Not taken over: write a reason the other agent can read.</translation>
    </message>
    <message>
        <source>your queue</source>
        <translation>your queue</translation>
    </message>
    <message>
        <source>The queue was not split: %1</source>
        <translation>The queue was not split: %1</translation>
    </message>
    <message>
        <source>%1 ticket(s) assigned to %2 agent(s) on shift; %3 left over (everyone is at capacity).</source>
        <translation>%1 ticket(s) assigned to %2 agent(s) on shift; %3 left over (everyone is at capacity).</translation>
    </message>
    <message>
        <source>%1 ticket(s) assigned to %2 agent(s) on shift, soonest deadline first.</source>
        <translation>%1 ticket(s) assigned to %2 agent(s) on shift, soonest deadline first.</translation>
    </message>
    <message>
        <source>My queue (%1)</source>
        <translation>My queue (%1)</translation>
    </message>
    <message>
        <source>The tickets assigned to you, soonest deadline first</source>
        <translation>The tickets assigned to you, soonest deadline first</translation>
    </message>
    <message>
        <source>Split queue…</source>
        <translation>Split queue…</translation>
    </message>
    <message>
        <source>Assign the shop&apos;s open tickets to the agents on shift, soonest deadline first</source>
        <translation>Assign the shop&apos;s open tickets to the agents on shift, soonest deadline first</translation>
    </message>
    <message>
        <source>Split the queue</source>
        <translation>Split the queue</translation>
    </message>
    <message>
        <source>The shop&apos;s open tickets go to the agents on shift, soonest deadline first, each to whoever has the fewest. At most this many tickets per agent:</source>
        <translation>The shop&apos;s open tickets go to the agents on shift, soonest deadline first, each to whoever has the fewest. At most this many tickets per agent:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>History still loading (%1 %): the open tickets came first; closed ones fill in as they arrive.</source>
        <translation>History still loading (%1 %): the open tickets came first; closed ones fill in as they arrive.</translation>
    </message>
    <message>
        <source>History incomplete: the open tickets are here, the rest of the shop&apos;s history loads with the next sync. Auto-approve rules wait for it.</source>
        <translation>History incomplete: the open tickets are here, the rest of the shop&apos;s history loads with the next sync. Auto-approve rules wait for it.</translation>
    </message>
    <message>
        <source>History still loading (%1 %, about %2 left): the open tickets came first; closed ones fill in as they arrive.</source>
        <translation>History still loading (%1 %, about %2 left): the open tickets came first; closed ones fill in as they arrive.</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its tickets appear here after the first sync.</source>
        <translation>No shop connected yet. %1: its tickets appear here after the first sync.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Show desktop alerts</source>
        <translation>Show desktop alerts</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Quiet hours: hold alerts, then summarise them</source>
        <translation>Quiet hours: hold alerts, then summarise them</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Quiet from</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Quiet until</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>All alerts</translation>
    </message>
    <message>
        <source>%1 until %2: %3</source>
        <translation>%1 until %2: %3</translation>
    </message>
    <message>
        <source>No snoozes.</source>
        <translation>No snoozes.</translation>
    </message>
    <message>
        <source>End all snoozes</source>
        <translation>End all snoozes</translation>
    </message>
    <message>
        <source>Orders: alert when the time to ship is</source>
        <translation>Orders: alert when the time to ship is</translation>
    </message>
    <message>
        <source>Tickets: alert when the time to answer is</source>
        <translation>Tickets: alert when the time to answer is</translation>
    </message>
    <message>
        <source>Quiet from, until</source>
        <translation>Quiet from, until</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
</context>
<context>
    <name>anxin::ui::CalibrationDialog</name>
    <message>
        <source>How the calibrated estimate is computed</source>
        <translation>How the calibrated estimate is computed</translation>
    </message>
    <message>
        <source>The platform publishes no formula. Each day the first sync keeps the platform&apos;s numbers and, beside them, our rule score of the same moment. For each dimension a straight line from our rule score to the platform&apos;s number is fitted over those days: its slope is the middle one of the slopes between every two days and its offset the middle one of what remains, so one odd day moves it little. When our rule score moved less than %1 points over the days kept, the slope is 1 and only the offset is learnt. The band is three typical misses of the line either side (at least %2), wider when today&apos;s rule score lies outside the range the line was fitted on. It needs %3 days.</source>
        <translation>The platform publishes no formula. Each day the first sync keeps the platform&apos;s numbers and, beside them, our rule score of the same moment. For each dimension a straight line from our rule score to the platform&apos;s number is fitted over those days: its slope is the middle one of the slopes between every two days and its offset the middle one of what remains, so one odd day moves it little. When our rule score moved less than %1 points over the days kept, the slope is 1 and only the offset is learnt. The band is three typical misses of the line either side (at least %2), wider when today&apos;s rule score lies outside the range the line was fitted on. It needs %3 days.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Our rule score</source>
        <translation>Our rule score</translation>
    </message>
    <message>
        <source>The line gives</source>
        <translation>The line gives</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Miss</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) kept with both numbers; the calibration needs %1. Until then the page shows our rule score and its gap to the platform only.</source>
        <translation>
            <numerusform>%n day kept with both numbers; the calibration needs %1. Until then the page shows our rule score and its gap to the platform only.</numerusform>
            <numerusform>%n days kept with both numbers; the calibration needs %1. Until then the page shows our rule score and its gap to the platform only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Platform ≈ %1 + %2 × our rule score, fitted on %n day(s); the line misses by %3 on a typical day.</source>
        <translation>
            <numerusform>Platform ≈ %1 + %2 × our rule score, fitted on %n day; the line misses by %3 on a typical day.</numerusform>
            <numerusform>Platform ≈ %1 + %2 × our rule score, fitted on %n days; the line misses by %3 on a typical day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our rule score stayed between %1 and %2, too little to tell a slope: the slope is 1.</source>
        <translation>Our rule score stayed between %1 and %2, too little to tell a slope: the slope is 1.</translation>
    </message>
    <message>
        <source>Today our rule score is %1, so the calibrated estimate is %2 (expected between %3 and %4).</source>
        <translation>Today our rule score is %1, so the calibrated estimate is %2 (expected between %3 and %4).</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ClaimPanel</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Take the decision back while it has not been sent</source>
        <translation>Take the decision back while it has not been sent</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <source>Suggested refund; never more than what the buyer paid for the line</source>
        <translation>Suggested refund; never more than what the buyer paid for the line</translation>
    </message>
    <message>
        <source>Open in After-sales</source>
        <translation>Open in After-sales</translation>
    </message>
    <message>
        <source>Reject, add a note or see the full history</source>
        <translation>Reject, add a note or see the full history</translation>
    </message>
    <message>
        <source>Select a claim to see its window, evidence and suggested refund.</source>
        <translation>Select a claim to see its window, evidence and suggested refund.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Respond: %1 — then the platform decides for the buyer (%2)</source>
        <translation>Respond: %1 — then the platform decides for the buyer (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · ticket %4 · shop %5</source>
        <translation>%1 · %2 · %3 · ticket %4 · shop %5</translation>
    </message>
    <message>
        <source>category unknown</source>
        <translation>category unknown</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — every check passes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — every check passes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 inside the %3 window</source>
        <translation>Claimed %1 after signing, %2 inside the %3 window</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 past the %3 window</source>
        <translation>Claimed %1 after signing, %2 past the %3 window</translation>
    </message>
    <message>
        <source>Sign-for time unknown: the %1 window cannot be checked yet</source>
        <translation>Sign-for time unknown: the %1 window cannot be checked yet</translation>
    </message>
    <message>
        <source>%1 — %2 (by %3)</source>
        <translation>%1 — %2 (by %3)</translation>
    </message>
    <message>
        <source>! Details not synced yet: the evidence count is not known</source>
        <translation>! Details not synced yet: the evidence count is not known</translation>
    </message>
    <message>
        <source>Claimed %1 · paid for the line %2</source>
        <translation>Claimed %1 · paid for the line %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> · bad share %1/%2 → %3</source>
        <translation> · bad share %1/%2 → %3</translation>
    </message>
    <message>
        <source>Evidence: none</source>
        <translation>Evidence: none</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <source>&amp;Approve refund %1</source>
        <translation>&amp;Approve refund %1</translation>
    </message>
    <message>
        <source>The platform refunds the amount claimed (%1) on approval. To refund %2, ask the buyer to change the claim, or open the ticket in After-sales to reject with a reason.</source>
        <translation>The platform refunds the amount claimed (%1) on approval. To refund %2, ask the buyer to change the claim, or open the ticket in After-sales to reject with a reason.</translation>
    </message>
    <message>
        <source>&amp;Agree return</source>
        <translation>&amp;Agree return</translation>
    </message>
    <message>
        <source>Then, once the parcel is back: confirm receipt and refund %1.</source>
        <translation>Then, once the parcel is back: confirm receipt and refund %1.</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt and refund %1</source>
        <translation>&amp;Confirm receipt and refund %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s return parcel.</source>
        <translation>Waiting for the buyer&apos;s return parcel.</translation>
    </message>
    <message>
        <source>Filed as %1, not as a return: the allergy guarantee refunds after the item comes back. Open the ticket in After-sales to decide.</source>
        <translation>Filed as %1, not as a return: the allergy guarantee refunds after the item comes back. Open the ticket in After-sales to decide.</translation>
    </message>
    <message>
        <source>Filed as a return: spoiled fresh goods are refunded without a return. Open the ticket in After-sales to decide.</source>
        <translation>Filed as a return: spoiled fresh goods are refunded without a return. Open the ticket in After-sales to decide.</translation>
    </message>
    <message>
        <source>Nothing to approve at this step; open the ticket in After-sales.</source>
        <translation>Nothing to approve at this step; open the ticket in After-sales.</translation>
    </message>
    <message>
        <source>A decision on this claim is waiting to sync.</source>
        <translation>A decision on this claim is waiting to sync.</translation>
    </message>
    <message>
        <source>Settle the claim as its guarantee prescribes (A)</source>
        <translation>Settle the claim as its guarantee prescribes (A)</translation>
    </message>
    <message>
        <source>The buyer claims %1, more than the %2 paid for this line, and the platform refunds the whole claim on approval. Ask the buyer to change the claim, or open the ticket in After-sales to reject it with a reason.</source>
        <translation>The buyer claims %1, more than the %2 paid for this line, and the platform refunds the whole claim on approval. Ask the buyer to change the claim, or open the ticket in After-sales to reject it with a reason.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ClaimsPage</name>
    <message>
        <source>Decision taken back; nothing was sent.</source>
        <translation>Decision taken back; nothing was sent.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Not undone: %1</translation>
    </message>
    <message>
        <source>Search product, ticket, order or the buyer&apos;s words  ( / )</source>
        <translation>Search product, ticket, order or the buyer&apos;s words  ( / )</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Search claims</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Any verdict</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Both guarantees</source>
        <translation>Both guarantees</translation>
    </message>
    <message>
        <source>Fresh damage</source>
        <translation>Fresh damage</translation>
    </message>
    <message>
        <source>Allergy return</source>
        <translation>Allergy return</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>Auto-approve rules…</source>
        <translation>Auto-approve rules…</translation>
    </message>
    <message>
        <source>Rules that approve small, clear claims: dry-run, shadow, live</source>
        <translation>Rules that approve small, clear claims: dry-run, shadow, live</translation>
    </message>
    <message>
        <source>No open guarantee claims. Spoiled-fresh and allergy claims appear here after a sync, with their eligibility already checked.</source>
        <translation>No open guarantee claims. Spoiled-fresh and allergy claims appear here after a sync, with their eligibility already checked.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show this claim: %1</source>
        <translation>Cannot show this claim: %1</translation>
    </message>
    <message>
        <source>Not approved: the platform would refund %1, more than the %2 you set.</source>
        <translation>Not approved: the platform would refund %1, more than the %2 you set.</translation>
    </message>
    <message>
        <source>Approve this claim for %1?</source>
        <translation>Approve this claim for %1?</translation>
    </message>
    <message>
        <source>This claim is not marked eligible (%1). Approve it anyway for %2?</source>
        <translation>This claim is not marked eligible (%1). Approve it anyway for %2?</translation>
    </message>
    <message>
        <source>Approve claim</source>
        <translation>Approve claim</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Not queued: %1</translation>
    </message>
    <message>
        <source>Queued; it reaches the platform with the next sync. Undo is possible until then.</source>
        <translation>Queued; it reaches the platform with the next sync. Undo is possible until then.</translation>
    </message>
    <message>
        <source>Reading the claims from the local cache…</source>
        <translation>Reading the claims from the local cache…</translation>
    </message>
    <message>
        <source>The shop&apos;s history is still loading: a buyer&apos;s earlier claim on the same item may not be here yet, so every approval asks first. Auto-approve rules wait for it.</source>
        <translation>The shop&apos;s history is still loading: a buyer&apos;s earlier claim on the same item may not be here yet, so every approval asks first. Auto-approve rules wait for it.</translation>
    </message>
    <message>
        <source>The shop&apos;s history is still loading: an earlier claim by this buyer on the same item may not be here yet. Approve this claim for %1 anyway?</source>
        <translation>The shop&apos;s history is still loading: an earlier claim by this buyer on the same item may not be here yet. Approve this claim for %1 anyway?</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its guarantee claims appear here after the first sync.</source>
        <translation>No shop connected yet. %1: its guarantee claims appear here after the first sync.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::EvidenceGrid</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom in (%1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom out (%1)</translation>
    </message>
    <message>
        <source>Open full size</source>
        <translation>Open full size</translation>
    </message>
    <message>
        <source>Evidence image %1</source>
        <translation>Evidence image %1</translation>
    </message>
    <message>
        <source>Image not downloaded
retry</source>
        <translation>Image not downloaded
retry</translation>
    </message>
    <message>
        <source>Download this ticket&apos;s missing images now
%1</source>
        <translation>Download this ticket&apos;s missing images now
%1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>The image host did not deliver it (%1). Click to try again.</source>
        <translation>The image host did not deliver it (%1). Click to try again.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::FirstRunWizard</name>
    <message>
        <source>Connect a shop</source>
        <translation>Connect a shop</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Start working</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Open Anxin Desk without a shop; connect one from Settings</source>
        <translation>Open Anxin Desk without a shop; connect one from Settings</translation>
    </message>
    <message>
        <source>Welcome to Anxin Desk</source>
        <translation>Welcome to Anxin Desk</translation>
    </message>
    <message>
        <source>Anxin Desk works on a copy of your shop&apos;s after-sales tickets, kept on this computer.</source>
        <translation>Anxin Desk works on a copy of your shop&apos;s after-sales tickets, kept on this computer.</translation>
    </message>
    <message>
        <source>&amp;Connect my shop (app key and secret of your self-use app)</source>
        <translation>&amp;Connect my shop (app key and secret of your self-use app)</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox: a demo shop served on this computer</source>
        <translation>&amp;Try the sandbox: a demo shop served on this computer</translation>
    </message>
    <message>
        <source>The sandbox answers like the platform, with generated tickets, so you can learn the keys and the decisions without touching real orders.</source>
        <translation>The sandbox answers like the platform, with generated tickets, so you can learn the keys and the decisions without touching real orders.</translation>
    </message>
    <message>
        <source>Your shop&apos;s connection</source>
        <translation>Your shop&apos;s connection</translation>
    </message>
    <message>
        <source>From the platform&apos;s developer console: your self-use app&apos;s key and secret, and your shop ID.</source>
        <translation>From the platform&apos;s developer console: your self-use app&apos;s key and secret, and your shop ID.</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>App &amp;key:</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>App &amp;secret:</translation>
    </message>
    <message>
        <source>Shop &amp;ID:</source>
        <translation>Shop &amp;ID:</translation>
    </message>
    <message>
        <source>Sign &amp;method:</source>
        <translation>Sign &amp;method:</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain. Where no keychain is available it goes to secrets.json in the profile folder (readable only by you), and nowhere else.</source>
        <translation>The secret is kept in the system keychain. Where no keychain is available it goes to secrets.json in the profile folder (readable only by you), and nowhere else.</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Connection test</translation>
    </message>
    <message>
        <source>Anxin Desk asks the platform for an access token with these details.</source>
        <translation>Anxin Desk asks the platform for an access token with these details.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Test again</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain.</source>
        <translation>The secret is stored in the system keychain.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the secret is stored in the file %1, readable only by you.</source>
        <translation>No keychain is available on this computer: the secret is stored in the file %1, readable only by you.</translation>
    </message>
    <message>
        <source>Connected to shop %1.</source>
        <translation>Connected to shop %1.</translation>
    </message>
    <message>
        <source>The gateway could not be reached. Check its address and this computer&apos;s network, then test again.</source>
        <translation>The gateway could not be reached. Check its address and this computer&apos;s network, then test again.</translation>
    </message>
    <message>
        <source>The platform refused these details. Check the app key, the secret, the shop ID and the sign method, then test again.</source>
        <translation>The platform refused these details. Check the app key, the secret, the shop ID and the sign method, then test again.</translation>
    </message>
    <message>
        <source>Some details are missing or not valid. Go back and check them.</source>
        <translation>Some details are missing or not valid. Go back and check them.</translation>
    </message>
    <message>
        <source>The secret could not be stored. Check that the profile folder is writable.</source>
        <translation>The secret could not be stored. Check that the profile folder is writable.</translation>
    </message>
    <message>
        <source>The connection test failed. Go back and check the details, then test again.</source>
        <translation>The connection test failed. Go back and check the details, then test again.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The sandbox is not available in this window.</source>
        <translation>The sandbox is not available in this window.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Starting the sandbox…</translation>
    </message>
    <message>
        <source>The sandbox could not be started. It is installed with Anxin Desk as %1.</source>
        <translation>The sandbox could not be started. It is installed with Anxin Desk as %1.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The connection worked but could not be saved. Check that the profile folder is writable.</source>
        <translation>The connection worked but could not be saved. Check that the profile folder is writable.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::InfoPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>This page is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::KeyBindingsEditor</name>
    <message>
        <source>%1 now uses %2.</source>
        <translation>%1 now uses %2.</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Key for %1</translation>
    </message>
    <message>
        <source>Click, then press the new key. Default: %1</source>
        <translation>Click, then press the new key. Default: %1</translation>
    </message>
    <message>
        <source>Reset keys to &amp;defaults</source>
        <translation>Reset keys to &amp;defaults</translation>
    </message>
    <message>
        <source>Reset keys to defaults</source>
        <translation>Reset keys to defaults</translation>
    </message>
</context>
<context>
    <name>anxin::ui::MainWindow</name>
    <message>
        <source>Anxin Desk</source>
        <translation>Anxin Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>No shop connected</source>
        <translation>No shop connected</translation>
    </message>
    <message>
        <source>Connect a shop in Settings to start syncing.</source>
        <translation>Connect a shop in Settings to start syncing.</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message numerus="yes">
        <source>Pending: %n</source>
        <translation>
            <numerusform>Pending: %n</numerusform>
            <numerusform>Pending: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions waiting to reach the platform. Click to open Pending sync.</source>
        <translation>Decisions waiting to reach the platform. Click to open Pending sync.</translation>
    </message>
    <message>
        <source>syncing %1 %2/%3</source>
        <translation>syncing %1 %2/%3</translation>
    </message>
    <message>
        <source>syncing %1</source>
        <translation>syncing %1</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>needs re-authorization</translation>
    </message>
    <message>
        <source>sync stopped</source>
        <translation>sync stopped</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>Shop %1 · %2</source>
        <translation>Shop %1 · %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source> · conflicts: %1</source>
        <translation> · conflicts: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync with the platform now (%1)</source>
        <translation>Sync with the platform now (%1)</translation>
    </message>
    <message>
        <source>This cache was written by a newer version of Anxin Desk. It is open read-only: you can look, but not decide or sync. Install the newer version to continue working.</source>
        <translation>This cache was written by a newer version of Anxin Desk. It is open read-only: you can look, but not decide or sync. Install the newer version to continue working.</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · about %1 left</translation>
    </message>
    <message>
        <source>A check of the local cache found damage. Restart Anxin Desk: it will set the damaged file aside unchanged and fill a fresh cache from the platform.</source>
        <translation>A check of the local cache found damage. Restart Anxin Desk: it will set the damaged file aside unchanged and fill a fresh cache from the platform.</translation>
    </message>
    <message>
        <source>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be exported from it.</source>
        <translation>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be exported from it.</translation>
    </message>
    <message>
        <source>The audit log does not check out from entry %1 on: it was changed outside Anxin Desk. Keep this computer&apos;s files as they are and tell the shop owner.</source>
        <translation>The audit log does not check out from entry %1 on: it was changed outside Anxin Desk. Keep this computer&apos;s files as they are and tell the shop owner.</translation>
    </message>
    <message>
        <source>Export waiting decisions…</source>
        <translation>Export waiting decisions…</translation>
    </message>
    <message>
        <source>Save the decisions that had not reached the platform to a file (no buyer data)</source>
        <translation>Save the decisions that had not reached the platform to a file (no buyer data)</translation>
    </message>
    <message>
        <source>Export waiting decisions</source>
        <translation>Export waiting decisions</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting decision(s) exported to %1.</source>
        <translation>
            <numerusform>%n waiting decision exported to %1.</numerusform>
            <numerusform>%n waiting decisions exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file; it stays where it is.</source>
        <translation>Nothing could be read from the damaged file; it stays where it is.</translation>
    </message>
    <message numerus="yes">
        <source> · completed with %n item(s) refused</source>
        <translation>
            <numerusform> · completed with %n item refused</numerusform>
            <numerusform> · completed with %n items refused</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform refused these items; each is tried again later:</source>
        <translation>The platform refused these items; each is tried again later:</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n image(s) not downloaded</source>
        <translation>
            <numerusform> · %n image not downloaded</numerusform>
            <numerusform> · %n images not downloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence images whose host did not deliver them are tried again with later syncs, or at once from the ticket&apos;s evidence.</source>
        <translation>Evidence images whose host did not deliver them are tried again with later syncs, or at once from the ticket&apos;s evidence.</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is %1 behind the platform&apos;s</source>
        <translation> · this computer&apos;s clock is %1 behind the platform&apos;s</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is %1 ahead of the platform&apos;s</source>
        <translation> · this computer&apos;s clock is %1 ahead of the platform&apos;s</translation>
    </message>
    <message>
        <source>Every deadline and countdown here follows the platform&apos;s clock, not this computer&apos;s.</source>
        <translation>Every deadline and countdown here follows the platform&apos;s clock, not this computer&apos;s.</translation>
    </message>
    <message numerus="yes">
        <source>The platform asked to slow down %n time(s) during the last sync; those calls went out again at the pace it allows.</source>
        <translation>
            <numerusform>The platform asked to slow down %n time during the last sync; that call went out again at the pace it allows.</numerusform>
            <numerusform>The platform asked to slow down %n times during the last sync; those calls went out again at the pace it allows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: ?</source>
        <translation>Pending: ?</translation>
    </message>
</context>
<context>
    <name>anxin::ui::PendingPage</name>
    <message>
        <source>Could not undo: %1</source>
        <translation>Could not undo: %1</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>Pending sync</translation>
    </message>
    <message>
        <source>Only what still needs attention</source>
        <translation>Only what still needs attention</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Last answer</translation>
    </message>
    <message>
        <source>Decisions and their state</source>
        <translation>Decisions and their state</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Take back a decision that has not been sent yet</source>
        <translation>Take back a decision that has not been sent yet</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>%1 waiting to reach the platform · %2 in conflict · %3 refused · %4 applied</source>
        <translation>%1 waiting to reach the platform · %2 in conflict · %3 refused · %4 applied</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Nothing is waiting: every decision made here has reached the platform.</source>
        <translation>Nothing is waiting: every decision made here has reached the platform.</translation>
    </message>
    <message>
        <source>No decisions have been made on this computer yet.</source>
        <translation>No decisions have been made on this computer yet.</translation>
    </message>
    <message>
        <source>Conflict, nothing was overwritten. Here: “%1”, decided on the ticket as it was (%2). On the platform the ticket is now “%3” (changed %4). Open the ticket, look again, and decide anew if still needed.</source>
        <translation>Conflict, nothing was overwritten. Here: “%1”, decided on the ticket as it was (%2). On the platform the ticket is now “%3” (changed %4). Open the ticket, look again, and decide anew if still needed.</translation>
    </message>
    <message>
        <source>Could not open the browser. Open %1 yourself; the ticket id %2 is copied.</source>
        <translation>Could not open the browser. Open %1 yourself; the ticket id %2 is copied.</translation>
    </message>
    <message>
        <source>Open in the merchant back office</source>
        <translation>Open in the merchant back office</translation>
    </message>
    <message>
        <source>Copies the ticket id and opens the platform&apos;s merchant back office, where this decision can be made</source>
        <translation>Copies the ticket id and opens the platform&apos;s merchant back office, where this decision can be made</translation>
    </message>
    <message>
        <source>The platform does not take this decision through its open API (code %1). Make it in the merchant back office: “Open in the merchant back office” copies the ticket id %2 for its search box.</source>
        <translation>The platform does not take this decision through its open API (code %1). Make it in the merchant back office: “Open in the merchant back office” copies the ticket id %2 for its search box.</translation>
    </message>
    <message numerus="yes">
        <source> · %n may reach the platform too late</source>
        <translation>
            <numerusform> · %n may reach the platform too late</numerusform>
            <numerusform> · %n may reach the platform too late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overtaken by the platform&apos;s deadline</source>
        <translation>
            <numerusform> · %n overtaken by the platform&apos;s deadline</numerusform>
            <numerusform> · %n overtaken by the platform&apos;s deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late, and not sent again. Here: “%1”, decided on the ticket as it was (%2), due by %3. The platform decided for the buyer when that time ran out: the ticket is now “%4” (since %5). Open the ticket to see what the platform did.</source>
        <translation>Too late, and not sent again. Here: “%1”, decided on the ticket as it was (%2), due by %3. The platform decided for the buyer when that time ran out: the ticket is now “%4” (since %5). Open the ticket to see what the platform did.</translation>
    </message>
    <message>
        <source>Not applied yet; sent again with the next sync</source>
        <translation>Not applied yet; sent again with the next sync</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>Sent without an answer; asking the platform whether it arrived</source>
        <translation>Sent without an answer; asking the platform whether it arrived</translation>
    </message>
    <message>
        <source>The ticket changed on the platform first</source>
        <translation>The ticket changed on the platform first</translation>
    </message>
    <message>
        <source>The platform decided at its deadline first</source>
        <translation>The platform decided at its deadline first</translation>
    </message>
    <message>
        <source>A decision made without a connection waits here until the next sync. Clear “Only what still needs attention” to see those already applied.</source>
        <translation>A decision made without a connection waits here until the next sync. Clear “Only what still needs attention” to see those already applied.</translation>
    </message>
    <message>
        <source>Approve, reject or extend a ticket on the After-sales page: each decision is listed here until the platform has it, and stays here as a record.</source>
        <translation>Approve, reject or extend a ticket on the After-sales page: each decision is listed here until the platform has it, and stays here as a record.</translation>
    </message>
    <message>
        <source>The decisions made on this computer could not be read; none is lost.</source>
        <translation>The decisions made on this computer could not be read; none is lost.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::RejectDialog</name>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>%1 · %2 (needs evidence)</source>
        <translation>%1 · %2 (needs evidence)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What the buyer will read: why, and what they can do next</source>
        <translation>What the buyer will read: why, and what they can do next</translation>
    </message>
    <message>
        <source>Evidence image links, one per line</source>
        <translation>Evidence image links, one per line</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Reject reason</translation>
    </message>
    <message>
        <source>Remark for the buyer</source>
        <translation>Remark for the buyer</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Evidence links</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>Re&amp;mark:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Choose a reason from the platform&apos;s list.</source>
        <translation>Choose a reason from the platform&apos;s list.</translation>
    </message>
    <message>
        <source>Write a remark: the buyer reads it.</source>
        <translation>Write a remark: the buyer reads it.</translation>
    </message>
    <message>
        <source>“%1” is not a web link.</source>
        <translation>“%1” is not a web link.</translation>
    </message>
    <message>
        <source>This reason needs evidence: add at least one image link.</source>
        <translation>This reason needs evidence: add at least one image link.</translation>
    </message>
    <message>
        <source>This reason needs evidence: %1</source>
        <translation>This reason needs evidence: %1</translation>
    </message>
    <message>
        <source>Why you reject a claim that meets the guarantee without counter-evidence (kept in the audit log)</source>
        <translation>Why you reject a claim that meets the guarantee without counter-evidence (kept in the audit log)</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>&amp;Override:</translation>
    </message>
    <message>
        <source>This claim meets the guarantee: reject it only with a reason that needs evidence and the counter-evidence attached. Only an owner can override this.</source>
        <translation>This claim meets the guarantee: reject it only with a reason that needs evidence and the counter-evidence attached. Only an owner can override this.</translation>
    </message>
    <message>
        <source>This claim meets the guarantee: choose a reason that needs evidence and attach the counter-evidence, or write why you override (kept in the audit log).</source>
        <translation>This claim meets the guarantee: choose a reason that needs evidence and attach the counter-evidence, or write why you override (kept in the audit log).</translation>
    </message>
</context>
<context>
    <name>anxin::ui::RuleDialog</name>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Dry-run only</source>
        <translation>Dry-run only</translation>
    </message>
    <message>
        <source>Shadow: label the claims it would approve</source>
        <translation>Shadow: label the claims it would approve</translation>
    </message>
    <message>
        <source>Live: approve through the outbox</source>
        <translation>Live: approve through the outbox</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>dry-run</source>
        <translation>dry-run</translation>
    </message>
    <message>
        <source>shadow</source>
        <translation>shadow</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>risky</source>
        <translation>risky</translation>
    </message>
    <message>
        <source>above the cap</source>
        <translation>above the cap</translation>
    </message>
    <message>
        <source>outside the window</source>
        <translation>outside the window</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <source>other guarantee</source>
        <translation>other guarantee</translation>
    </message>
    <message>
        <source>too few photos</source>
        <translation>too few photos</translation>
    </message>
    <message>
        <source>frequent claimer</source>
        <translation>frequent claimer</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>partial refund</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Auto-approve rules</source>
        <translation>Auto-approve rules</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Always on: no rule acts outside the guarantee window or on a claim the platform flags as risky</source>
        <translation>Always on: no rule acts outside the guarantee window or on a claim the platform flags as risky</translation>
    </message>
    <message>
        <source>Inside the guarantee window</source>
        <translation>Inside the guarantee window</translation>
    </message>
    <message>
        <source>Not flagged risky by the platform</source>
        <translation>Not flagged risky by the platform</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dry-run over 90 days</source>
        <translation>Dry-run over 90 days</translation>
    </message>
    <message>
        <source>Replay the rule over the claims closed in the last 90 days; nothing is sent</source>
        <translation>Replay the rule over the claims closed in the last 90 days; nothing is sent</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation>Amount up to</translation>
    </message>
    <message>
        <source>Photos at least</source>
        <translation>Photos at least</translation>
    </message>
    <message>
        <source>Buyer&apos;s claims in 90 days at most</source>
        <translation>Buyer&apos;s claims in 90 days at most</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Only the shop owner edits auto-approve rules. You can dry-run them.</source>
        <translation>Only the shop owner edits auto-approve rules. You can dry-run them.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>fresh under ¥50</source>
        <translation>fresh under ¥50</translation>
    </message>
    <message>
        <source>Live rule</source>
        <translation>Live rule</translation>
    </message>
    <message>
        <source>Rule %1 will approve matching claims on its own after each sync, up to %2 each. Continue?</source>
        <translation>Rule %1 will approve matching claims on its own after each sync, up to %2 each. Continue?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved rule %1.</source>
        <translation>Saved rule %1.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Delete rule %1?</source>
        <translation>Delete rule %1?</translation>
    </message>
    <message>
        <source>Rule deleted.</source>
        <translation>Rule deleted.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Cannot dry-run: %1</source>
        <translation>Cannot dry-run: %1</translation>
    </message>
    <message>
        <source>Dry-run failed: %1</source>
        <translation>Dry-run failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 90 days, %n closed claim(s) of this guarantee.</source>
        <translation>
            <numerusform>Over the last 90 days, %n closed claim of this guarantee.</numerusform>
            <numerusform>Over the last 90 days, %n closed claims of this guarantee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule would have approved %n of them, %1 in total.</source>
        <translation>
            <numerusform>The rule would have approved %n of them, %1 in total.</numerusform>
            <numerusform>The rule would have approved %n of them, %1 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It approves %n claim(s) a person rejected</source>
        <translation>
            <numerusform>It approves %n claim a person rejected</numerusform>
            <numerusform>It approves %n claims a person rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it leaves %n approved claim(s) to a person.</source>
        <translation>
            <numerusform>it leaves %n approved claim to a person.</numerusform>
            <numerusform>it leaves %n approved claims to a person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) had no synced evidence and count as without photos.</source>
        <translation>
            <numerusform>%n claim had no synced evidence and counts as without photos.</numerusform>
            <numerusform>%n claims had no synced evidence and count as without photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>approves</source>
        <translation>approves</translation>
    </message>
    <message>
        <source>leaves it (%1)</source>
        <translation>leaves it (%1)</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — differs</translation>
    </message>
    <message>
        <source>Dry-run done; nothing was sent.</source>
        <translation>Dry-run done; nothing was sent.</translation>
    </message>
    <message>
        <source>claims more than paid</source>
        <translation>claims more than paid</translation>
    </message>
    <message>
        <source>line claimed twice</source>
        <translation>line claimed twice</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ScorePage</name>
    <message>
        <source>Computing the estimate from the cache: step %1 of %2</source>
        <translation>Computing the estimate from the cache: step %1 of %2</translation>
    </message>
    <message>
        <source>The score could not be computed from the cache: %1. Try Refresh; if it keeps failing, check the database in Settings.</source>
        <translation>The score could not be computed from the cache: %1. Try Refresh; if it keeps failing, check the database in Settings.</translation>
    </message>
    <message>
        <source>Listing what is behind “%1”…</source>
        <translation>Listing what is behind “%1”…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Choose a folder you can write to.</source>
        <translation>The chart could not be saved to %1. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Experience score</source>
        <translation>Experience score</translation>
    </message>
    <message numerus="yes">
        <source>The platform&apos;s own numbers come from one snapshot a day; our estimate is computed from the cached tickets and orders of the last %n day(s). Double-click a sub-metric to see what is behind it.</source>
        <translation>
            <numerusform>The platform&apos;s own numbers come from one snapshot a day; our estimate is computed from the cached tickets and orders of the last %n day. Double-click a sub-metric to see what is behind it.</numerusform>
            <numerusform>The platform&apos;s own numbers come from one snapshot a day; our estimate is computed from the cached tickets and orders of the last %n days. Double-click a sub-metric to see what is behind it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Recompute the estimate from the cache</source>
        <translation>Recompute the estimate from the cache</translation>
    </message>
    <message>
        <source>Export trend…</source>
        <translation>Export trend…</translation>
    </message>
    <message>
        <source>Export dimensions…</source>
        <translation>Export dimensions…</translation>
    </message>
    <message>
        <source>Save the trend chart as a PNG image (scores only, no buyer data)</source>
        <translation>Save the trend chart as a PNG image (scores only, no buyer data)</translation>
    </message>
    <message>
        <source>Save the dimensions chart as a PNG image (scores only, no buyer data)</source>
        <translation>Save the dimensions chart as a PNG image (scores only, no buyer data)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if&lt;/b&gt; the tickets and orders due in the next 24 hours are settled and shipped in time, or all missed?</source>
        <translation>&lt;b&gt;What if&lt;/b&gt; the tickets and orders due in the next 24 hours are settled and shipped in time, or all missed?</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>All in time</source>
        <translation>All in time</translation>
    </message>
    <message>
        <source>All missed</source>
        <translation>All missed</translation>
    </message>
    <message>
        <source>Tickets to settle:</source>
        <translation>Tickets to settle:</translation>
    </message>
    <message>
        <source>Orders to ship:</source>
        <translation>Orders to ship:</translation>
    </message>
    <message>
        <source>Open in After-sales</source>
        <translation>Open in After-sales</translation>
    </message>
    <message>
        <source>Platform score, last 90 days</source>
        <translation>Platform score, last 90 days</translation>
    </message>
    <message>
        <source>Dimensions: latest day against the day before</source>
        <translation>Dimensions: latest day against the day before</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <source>No estimate yet: the cache holds no tickets or orders of the last %n day(s) for this shop.</source>
        <translation>
            <numerusform>No estimate yet: the cache holds no tickets or orders of the last %n day for this shop.</numerusform>
            <numerusform>No estimate yet: the cache holds no tickets or orders of the last %n days for this shop.</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform number yet: each day&apos;s first sync stores one. Until then there is nothing to calibrate against.</source>
        <translation>No platform number yet: each day&apos;s first sync stores one. Until then there is nothing to calibrate against.</translation>
    </message>
    <message numerus="yes">
        <source>The gap compares our estimate with the platform&apos;s number of %1. With %n day(s) of snapshots it is too early to tell a steady offset from day-to-day noise; calibration needs %2 days.</source>
        <translation>
            <numerusform>The gap compares our estimate with the platform&apos;s number of %1. With %n day of snapshots it is too early to tell a steady offset from day-to-day noise; calibration needs %2 days.</numerusform>
            <numerusform>The gap compares our estimate with the platform&apos;s number of %1. With %n days of snapshots it is too early to tell a steady offset from day-to-day noise; calibration needs %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) exempt from the score are left out.</source>
        <translation>
            <numerusform>%n ticket exempt from the score is left out.</numerusform>
            <numerusform>%n tickets exempt from the score are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimensions on %1 (no earlier day yet)</source>
        <translation>Dimensions on %1 (no earlier day yet)</translation>
    </message>
    <message>
        <source>Due in the next 24 hours: %1 and %2.</source>
        <translation>Due in the next 24 hours: %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unshipped order(s)</source>
        <translation>
            <numerusform>%n unshipped order</numerusform>
            <numerusform>%n unshipped orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a sub-metric (or click a chart point) to list the tickets or orders behind it.</source>
        <translation>Double-click a sub-metric (or click a chart point) to list the tickets or orders behind it.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n orders behind “%1”</source>
        <translation>
            <numerusform>The latest %n order behind “%1”</numerusform>
            <numerusform>The latest %n orders behind “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %n tickets behind “%1”</source>
        <translation>
            <numerusform>The latest %n ticket behind “%1”</numerusform>
            <numerusform>The latest %n tickets behind “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind “%1”</source>
        <translation>
            <numerusform>%n order behind “%1”</numerusform>
            <numerusform>%n orders behind “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) behind “%1”</source>
        <translation>
            <numerusform>%n ticket behind “%1”</numerusform>
            <numerusform>%n tickets behind “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule score</source>
        <translation>Rule score</translation>
    </message>
    <message>
        <source>Our estimate by the documented rules, before calibration</source>
        <translation>Our estimate by the documented rules, before calibration</translation>
    </message>
    <message>
        <source>Our rule score minus the platform&apos;s number</source>
        <translation>Our rule score minus the platform&apos;s number</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Calibrated</translation>
    </message>
    <message>
        <source>Our rule score on the platform&apos;s scale, learnt from the days kept, with the band the platform&apos;s number is expected in</source>
        <translation>Our rule score on the platform&apos;s scale, learnt from the days kept, with the band the platform&apos;s number is expected in</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>How is this computed?</translation>
    </message>
    <message>
        <source>%1 ±%2</source>
        <translation>%1 ±%2</translation>
    </message>
    <message numerus="yes">
        <source>Expected between %1 and %2 (fitted on %n day(s))</source>
        <translation>
            <numerusform>Expected between %1 and %2 (fitted on %n day)</numerusform>
            <numerusform>Expected between %1 and %2 (fitted on %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration needs %1 days of snapshots</source>
        <translation>Calibration needs %1 days of snapshots</translation>
    </message>
    <message numerus="yes">
        <source>Calibrated on %n day(s) of snapshots: our rule score mapped onto the platform&apos;s scale by what those days taught, with the band the platform&apos;s number is expected in. The rule score and its gap are our documented model before calibration.</source>
        <translation>
            <numerusform>Calibrated on %n day of snapshots: our rule score mapped onto the platform&apos;s scale by what those days taught, with the band the platform&apos;s number is expected in. The rule score and its gap are our documented model before calibration.</numerusform>
            <numerusform>Calibrated on %n days of snapshots: our rule score mapped onto the platform&apos;s scale by what those days taught, with the band the platform&apos;s number is expected in. The rule score and its gap are our documented model before calibration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The gap compares our estimate with the platform&apos;s number of %1 (%n day(s) of snapshots). The calibration starts once %2 days have our estimate kept beside the platform&apos;s number (%3 so far; snapshots kept by an earlier version have none).</source>
        <translation>
            <numerusform>The gap compares our estimate with the platform&apos;s number of %1 (%n day of snapshots). The calibration starts once %2 days have our estimate kept beside the platform&apos;s number (%3 so far; snapshots kept by an earlier version have none).</numerusform>
            <numerusform>The gap compares our estimate with the platform&apos;s number of %1 (%n days of snapshots). The calibration starts once %2 days have our estimate kept beside the platform&apos;s number (%3 so far; snapshots kept by an earlier version have none).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox&apos;s score (not the platform&apos;s), last 90 days</source>
        <translation>The sandbox&apos;s score (not the platform&apos;s), last 90 days</translation>
    </message>
    <message>
        <source>On the platform&apos;s scale (calibrated): its number is expected within ±%1 of these.</source>
        <translation>On the platform&apos;s scale (calibrated): its number is expected within ±%1 of these.</translation>
    </message>
    <message>
        <source>The platform is expected to show between %1 and %2 (the calibration&apos;s band).</source>
        <translation>The platform is expected to show between %1 and %2 (the calibration&apos;s band).</translation>
    </message>
    <message>
        <source>%1 to see its experience score.</source>
        <translation>%1 to see its experience score.</translation>
    </message>
    <message>
        <source>Behind the number</source>
        <translation>Behind the number</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>What if</translation>
    </message>
</context>
<context>
    <name>anxin::ui::SettingsPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Shop connection</source>
        <translation>Shop connection</translation>
    </message>
    <message>
        <source>Platform gateway:</source>
        <translation>Platform gateway:</translation>
    </message>
    <message>
        <source>Shop ID:</source>
        <translation>Shop ID:</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Profile folder:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Shop owner</source>
        <translation>Shop owner</translation>
    </message>
    <message>
        <source>Set by the shop owner. Larger refunds need the owner&apos;s decision.</source>
        <translation>Set by the shop owner. Larger refunds need the owner&apos;s decision.</translation>
    </message>
    <message>
        <source>Agents using this profile can decide refunds up to this amount.</source>
        <translation>Agents using this profile can decide refunds up to this amount.</translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation>Language and colours</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colours:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Agent refund &amp;limit:</source>
        <translation>Agent refund &amp;limit:</translation>
    </message>
    <message>
        <source>Agent refund limit</source>
        <translation>Agent refund limit</translation>
    </message>
    <message>
        <source>Ask before approving &amp;from:</source>
        <translation>Ask before approving &amp;from:</translation>
    </message>
    <message>
        <source>Ask before approving refunds from this amount</source>
        <translation>Ask before approving refunds from this amount</translation>
    </message>
    <message>
        <source>Approving a refund of this amount or more asks for confirmation first.</source>
        <translation>Approving a refund of this amount or more asks for confirmation first.</translation>
    </message>
    <message>
        <source>Ask before approving &amp;batches of:</source>
        <translation>Ask before approving &amp;batches of:</translation>
    </message>
    <message>
        <source>Ask before approving this many tickets at once</source>
        <translation>Ask before approving this many tickets at once</translation>
    </message>
    <message>
        <source> tickets</source>
        <translation> tickets</translation>
    </message>
    <message>
        <source>Approving this many tickets or more at once asks for confirmation first.</source>
        <translation>Approving this many tickets or more at once asks for confirmation first.</translation>
    </message>
    <message>
        <source>Keyboard (After-sales page)</source>
        <translation>Keyboard (After-sales page)</translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation>&amp;Connect a shop…</translation>
    </message>
    <message>
        <source>Connect your shop, or try the sandbox&apos;s demo shop</source>
        <translation>Connect your shop, or try the sandbox&apos;s demo shop</translation>
    </message>
    <message>
        <source>&amp;About Anxin Desk…</source>
        <translation>&amp;About Anxin Desk…</translation>
    </message>
    <message>
        <source>About Anxin Desk</source>
        <translation>About Anxin Desk</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ShippingPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
    <message>
        <source>Search order id or product (/)</source>
        <translation>Search order id or product (/)</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Search orders</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Every band</source>
        <translation>Every band</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>Due within 24 h</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Presale and in stock</source>
        <translation>Presale and in stock</translation>
    </message>
    <message>
        <source>Presale only</source>
        <translation>Presale only</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>In stock only</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>Presale</translation>
    </message>
    <message>
        <source>Shipped, no pickup scan</source>
        <translation>Shipped, no pickup scan</translation>
    </message>
    <message>
        <source>Only shipped orders the carrier has not scanned within 24 h of shipping: the platform counts them as false shipments.</source>
        <translation>Only shipped orders the carrier has not scanned within 24 h of shipping: the platform counts them as false shipments.</translation>
    </message>
    <message>
        <source>No order is waiting to ship under these filters. Orders appear here after a sync: every paid order until it ships, and shipments the carrier has not picked up.</source>
        <translation>No order is waiting to ship under these filters. Orders appear here after a sync: every paid order until it ships, and shipments the carrier has not picked up.</translation>
    </message>
    <message>
        <source>Carrier route</source>
        <translation>Carrier route</translation>
    </message>
    <message>
        <source>Ask the carrier</source>
        <translation>Ask the carrier</translation>
    </message>
    <message>
        <source>Fetch this parcel&apos;s scans now</source>
        <translation>Fetch this parcel&apos;s scans now</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Breach forecast (estimate)</source>
        <translation>Breach forecast (estimate)</translation>
    </message>
    <message>
        <source>Snooze order…</source>
        <translation>Snooze order…</translation>
    </message>
    <message>
        <source>No alerts about this order for a while, with a reason</source>
        <translation>No alerts about this order for a while, with a reason</translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>Alerts…</translation>
    </message>
    <message>
        <source>Which bands raise a desktop alert, quiet hours, snoozes</source>
        <translation>Which bands raise a desktop alert, quiet hours, snoozes</translation>
    </message>
    <message>
        <source>No pickup scan</source>
        <translation>No pickup scan</translation>
    </message>
    <message>
        <source>Select an order to see its carrier route.</source>
        <translation>Select an order to see its carrier route.</translation>
    </message>
    <message>
        <source>Order %1 has not shipped: its route appears once it has a tracking number.</source>
        <translation>Order %1 has not shipped: its route appears once it has a tracking number.</translation>
    </message>
    <message>
        <source>%1 %2, shipped %3.</source>
        <translation>%1 %2, shipped %3.</translation>
    </message>
    <message>
        <source>Asking the carrier…</source>
        <translation>Asking the carrier…</translation>
    </message>
    <message>
        <source>The carrier could not be reached; showing the scans from the last check.</source>
        <translation>The carrier could not be reached; showing the scans from the last check.</translation>
    </message>
    <message>
        <source>No scans yet at the last check (%1).</source>
        <translation>No scans yet at the last check (%1).</translation>
    </message>
    <message>
        <source>No scans cached yet.</source>
        <translation>No scans cached yet.</translation>
    </message>
    <message>
        <source>Offline: no scans cached yet; they are fetched when the shop is connected.</source>
        <translation>Offline: no scans cached yet; they are fetched when the shop is connected.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>The forecast could not be computed: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting to ship, so nothing can be late.</source>
        <translation>Nothing is waiting to ship, so nothing can be late.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting to ship.</source>
        <translation>
            <numerusform>%n order waiting to ship.</numerusform>
            <numerusform>%n orders waiting to ship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order shipped in the last %n day(s): there is no pace to estimate from.</source>
        <translation>
            <numerusform>No order shipped in the last %n day: there is no pace to estimate from.</numerusform>
            <numerusform>No order shipped in the last %n days: there is no pace to estimate from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Basis: %n order(s) shipped in the last %1 days, %2 per hour.</source>
        <translation>
            <numerusform>Basis: %n order shipped in the last %1 days, %2 per hour.</numerusform>
            <numerusform>Basis: %n orders shipped in the last %1 days, %2 per hour.</numerusform>
        </translation>
    </message>
    <message>
        <source>At that pace, in promise order, every order ships in time; the queue is clear by %1.</source>
        <translation>At that pace, in promise order, every order ships in time; the queue is clear by %1.</translation>
    </message>
    <message numerus="yes">
        <source>At that pace, in promise order, %n order(s) will ship late</source>
        <translation>
            <numerusform>At that pace, in promise order, %n order will ship late</numerusform>
            <numerusform>At that pace, in promise order, %n orders will ship late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already past the promise); the queue is clear by %1.</source>
        <translation>
            <numerusform>(%n already past the promise); the queue is clear by %1.</numerusform>
            <numerusform>(%n already past the promise); the queue is clear by %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>First to miss: %1</source>
        <translation>First to miss: %1</translation>
    </message>
    <message>
        <source>An estimate from the cached orders, assuming the recent pace continues; not a platform figure.</source>
        <translation>An estimate from the cached orders, assuming the recent pace continues; not a platform figure.</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its orders waiting to ship appear here after the first sync.</source>
        <translation>No shop connected yet. %1: its orders waiting to ship appear here after the first sync.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TeamSettings</name>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>No team database: this desk works on its own. With one, every desk of the team sees who is on which ticket.</source>
        <translation>No team database: this desk works on its own. With one, every desk of the team sees who is on which ticket.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Team offline: deciding works as usual; the desk reconnects by itself. (%1)</source>
        <translation>Team offline: deciding works as usual; the desk reconnects by itself. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1. Other agents are on %n ticket(s) right now.</source>
        <translation>
            <numerusform>Connected as %1. Other agents are on %n ticket right now.</numerusform>
            <numerusform>Connected as %1. Other agents are on %n tickets right now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team &amp;database:</source>
        <translation>Team &amp;database:</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>Team database URL</translation>
    </message>
    <message>
        <source>The same PostgreSQL database on every desk of the team</source>
        <translation>The same PostgreSQL database on every desk of the team</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Team database password</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>kept in the system keychain</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Work alone again: this desk leaves the team database (nothing local is lost)</source>
        <translation>Work alone again: this desk leaves the team database (nothing local is lost)</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TicketDetailPane</name>
    <message>
        <source>Confirm receipt</source>
        <translation>Confirm receipt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approve the request (A)</source>
        <translation>Approve the request (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject with a reason code (R)</source>
        <translation>Reject with a reason code (R)</translation>
    </message>
    <message>
        <source>The returned parcel arrived: refund or reship</source>
        <translation>The returned parcel arrived: refund or reship</translation>
    </message>
    <message>
        <source>Reject after receipt…</source>
        <translation>Reject after receipt…</translation>
    </message>
    <message>
        <source>Extend 7 days</source>
        <translation>Extend 7 days</translation>
    </message>
    <message>
        <source>Add 7 days to the receipt window (once, when about 2 days remain)</source>
        <translation>Add 7 days to the receipt window (once, when about 2 days remain)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Take the decision back while it has not been sent</source>
        <translation>Take the decision back while it has not been sent</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Guarantee checklist</source>
        <translation>Guarantee checklist</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Select a ticket to see its order, evidence and history.</source>
        <translation>Select a ticket to see its order, evidence and history.</translation>
    </message>
    <message>
        <source>Evidence: none</source>
        <translation>Evidence: none</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · ticket %3 · order %4 · shop %5</source>
        <translation>%1 · %2 · ticket %3 · order %4 · shop %5</translation>
    </message>
    <message>
        <source>Express refund: the platform refunded at once; nothing to decide.</source>
        <translation>Express refund: the platform refunded at once; nothing to decide.</translation>
    </message>
    <message>
        <source>%1 — the platform decides for the buyer at %2</source>
        <translation>%1 — the platform decides for the buyer at %2</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Reason: %1 — “%2”</source>
        <translation>Reason: %1 — “%2”</translation>
    </message>
    <message>
        <source>Buyer: %1 · %2 · %3</source>
        <translation>Buyer: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Suggested refund: %1</source>
        <translation>Suggested refund: %1</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>%1 (here, %2)</source>
        <translation>%1 (here, %2)</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Show the buyer&apos;s full name, phone and address (recorded in the audit log)</source>
        <translation>Show the buyer&apos;s full name, phone and address (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <source>Already extended once: the platform allows one extension per ticket</source>
        <translation>Already extended once: the platform allows one extension per ticket</translation>
    </message>
    <message>
        <source>Possible when 2 days or less remain (the platform&apos;s rule); now %1 left</source>
        <translation>Possible when 2 days or less remain (the platform&apos;s rule); now %1 left</translation>
    </message>
    <message>
        <source>The deadline has passed: nothing left to extend</source>
        <translation>The deadline has passed: nothing left to extend</translation>
    </message>
    <message>
        <source>Internal note for the shop&apos;s agents (the buyer never sees it)</source>
        <translation>Internal note for the shop&apos;s agents (the buyer never sees it)</translation>
    </message>
    <message>
        <source>Every desk of the shop sees the note after its next sync</source>
        <translation>Every desk of the shop sees the note after its next sync</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Also list the note on the handover board for the next shift</source>
        <translation>Also list the note on the handover board for the next shift</translation>
    </message>
    <message>
        <source>Notes (shared with the shop)</source>
        <translation>Notes (shared with the shop)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>[Handover] %1</source>
        <translation>[Handover] %1</translation>
    </message>
    <message>
        <source>No notes yet. A note here reaches every desk of the shop.</source>
        <translation>No notes yet. A note here reaches every desk of the shop.</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <source>Work this ticket yourself; the other agent sees it and your reason</source>
        <translation>Work this ticket yourself; the other agent sees it and your reason</translation>
    </message>
    <message>
        <source>The platform&apos;s log of this ticket has not reached this desk yet: it comes with the sync.</source>
        <translation>The platform&apos;s log of this ticket has not reached this desk yet: it comes with the sync.</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TrayAlerts</name>
    <message>
        <source>Open Anxin Desk</source>
        <translation>Open Anxin Desk</translation>
    </message>
    <message>
        <source>Snooze all alerts…</source>
        <translation>Snooze all alerts…</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>Alert settings…</source>
        <translation>Alert settings…</translation>
    </message>
    <message numerus="yes">
        <source>Anxin Desk: %n order(s) or ticket(s) in your alert band</source>
        <translation>
            <numerusform>Anxin Desk: %n order or ticket in your alert band</numerusform>
            <numerusform>Anxin Desk: %n orders or tickets in your alert band</numerusform>
        </translation>
    </message>
    <message>
        <source>Anxin Desk: nothing in your alert band</source>
        <translation>Anxin Desk: nothing in your alert band</translation>
    </message>
</context>
<context>
    <name>anxin::ui::WorkbenchPage</name>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Guarantee claim</source>
        <translation>Guarantee claim</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Next 4 hours</source>
        <translation>Next 4 hours</translation>
    </message>
    <message>
        <source>Ticket steps, guarantee-claim responses and ship-by times across all shops, soonest first. Press Enter on a ticket to open it.</source>
        <translation>Ticket steps, guarantee-claim responses and ship-by times across all shops, soonest first. Press Enter on a ticket to open it.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ticket or order</source>
        <translation>Ticket or order</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due in the next 4 hours</source>
        <translation>Due in the next 4 hours</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Intercept the parcel</source>
        <translation>Intercept the parcel</translation>
    </message>
    <message>
        <source>Express refunds the platform paid on orders that had already shipped: ask the carrier to stop or return the parcel.</source>
        <translation>Express refunds the platform paid on orders that had already shipped: ask the carrier to stop or return the parcel.</translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>Ship %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 4 hours. New tickets and orders appear here as they sync.</source>
        <translation>Nothing falls due in the next 4 hours. New tickets and orders appear here as they sync.</translation>
    </message>
    <message>
        <source>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</source>
        <translation>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</translation>
    </message>
    <message>
        <source>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href=&quot;pending&quot;&gt;open Pending sync&lt;/a&gt;</source>
        <translation>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href=&quot;pending&quot;&gt;open Pending sync&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · refunded %4 · %5</source>
        <translation>%1 · %2 %3 · refunded %4 · %5</translation>
    </message>
    <message>
        <source>None: no express refund hit a shipped order this week.</source>
        <translation>None: no express refund hit a shipped order this week.</translation>
    </message>
    <message>
        <source>%1 · %2 on %3: %4</source>
        <translation>%1 · %2 on %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n may reach the platform too late (its deadline is within the hour or past)</source>
        <translation>
            <numerusform>%n may reach the platform too late (its deadline is within the hour or past)</numerusform>
            <numerusform>%n may reach the platform too late (their deadlines are within the hour or past)</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover from every desk (24 h)</source>
        <translation>Handover from every desk (24 h)</translation>
    </message>
    <message>
        <source>No handover notes in the last 24 hours. Mark a note “Handover” on a ticket and every desk of the shop sees it here.</source>
        <translation>No handover notes in the last 24 hours. Mark a note “Handover” on a ticket and every desk of the shop sees it here.</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its deadlines appear here after the first sync.</source>
        <translation>No shop connected yet. %1: its deadlines appear here after the first sync.</translation>
    </message>
</context>
</TS>
