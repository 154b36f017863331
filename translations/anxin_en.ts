<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>The platform's daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</source>
        <translation>The platform's daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</translation>
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
        <translation><numerusform>%n ticket</numerusform><numerusform>%n tickets</numerusform></translation>
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
        <source>Only tickets flagged by the platform's risk check</source>
        <translation>Only tickets flagged by the platform's risk check</translation>
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
        <source>No shop connected yet. Connect a shop in Settings; its tickets appear here after the first sync.</source>
        <translation>No shop connected yet. Connect a shop in Settings; its tickets appear here after the first sync.</translation>
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
        <translation><numerusform>Approve %n ticket for %1 in total?</numerusform><numerusform>Approve %n tickets for %1 in total?</numerusform></translation>
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
        <translation><numerusform>%n approval queued; it reaches the platform with the next sync.</numerusform><numerusform>%n approvals queued; they reach the platform with the next sync.</numerusform></translation>
    </message>
    <message>
        <source>%1 queued, %2 not: %3</source>
        <translation>%1 queued, %2 not: %3</translation>
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
        <translation><numerusform>Pending: %n</numerusform><numerusform>Pending: %n</numerusform></translation>
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
        <source>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be recovered from it.</source>
        <translation>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be recovered from it.</translation>
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
        <source>Choose a reason from the platform's list.</source>
        <translation>Choose a reason from the platform's list.</translation>
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
</context>
<context>
    <name>anxin::ui::TicketDetailPane</name>
    <message>
        <source>Product carries the %1 guarantee</source>
        <translation>Product carries the %1 guarantee</translation>
    </message>
    <message>
        <source>Product does not carry the %1 guarantee</source>
        <translation>Product does not carry the %1 guarantee</translation>
    </message>
    <message>
        <source>Product's guarantee flags not synced yet</source>
        <translation>Product's guarantee flags not synced yet</translation>
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
        <translation><numerusform>%n evidence image</numerusform><numerusform>%n evidence images</numerusform></translation>
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
        <source>Flagged by the platform's risk check</source>
        <translation>Flagged by the platform's risk check</translation>
    </message>
    <message>
        <source>An earlier claim on this item succeeded</source>
        <translation>An earlier claim on this item succeeded</translation>
    </message>
    <message>
        <source>Buyer made %1 claims in 90 days</source>
        <translation>Buyer made %1 claims in 90 days</translation>
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
        <source>Internal note for the next agent</source>
        <translation>Internal note for the next agent</translation>
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
        <source>Open full size</source>
        <translation>Open full size</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Not downloaded yet</translation>
    </message>
    <message>
        <source>Evidence image %1</source>
        <translation>Evidence image %1</translation>
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
        <source>Notes for the next agent (24 h)</source>
        <translation>Notes for the next agent (24 h)</translation>
    </message>
    <message>
        <source>The workbench could not be read from the local cache: %1</source>
        <translation>The workbench could not be read from the local cache: %1</translation>
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
        <source>No shop connected yet. Connect a shop in Settings; its deadlines appear here after the first sync.</source>
        <translation>No shop connected yet. Connect a shop in Settings; its deadlines appear here after the first sync.</translation>
    </message>
    <message>
        <source>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</source>
        <translation>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</translation>
    </message>
    <message>
        <source>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href="pending"&gt;open Pending sync&lt;/a&gt;</source>
        <translation>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href="pending"&gt;open Pending sync&lt;/a&gt;</translation>
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
    <message>
        <source>No notes in the last 24 hours.</source>
        <translation>No notes in the last 24 hours.</translation>
    </message>
</context>
</TS>