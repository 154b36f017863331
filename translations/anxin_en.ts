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
        <source>Shop %1 · not synced yet</source>
        <translation>Shop %1 · not synced yet</translation>
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
</TS>