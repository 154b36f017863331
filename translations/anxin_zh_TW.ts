<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>DeskApp</name>
    <message>
        <source>Anxin Desk is already running with this profile. Switch to the open window, or start with another profile.</source>
        <translation>安心工作臺已在使用此設定檔執行。請切換到已開啟的視窗，或使用其他設定檔啟動。</translation>
    </message>
    <message>
        <source>Anxin Desk</source>
        <translation>安心工作臺</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Workbench</source>
        <translation>工作臺</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售後</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>保障理賠</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>體驗分</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>What needs you in the next 4 hours across all shops: ticket deadlines, claim windows and ship-by times by band, plus a shift handover summary.</source>
        <translation>所有店鋪未來 4 小時內需要您處理的事項：按時段分組的售後截止時間、理賠時效和出貨時限，以及交班摘要。</translation>
    </message>
    <message>
        <source>Every ticket of every shop in one list, sorted by time left before the platform decides for the buyer, with order lines, evidence and history; approve, reject, confirm receipt, extend.</source>
        <translation>所有店鋪的售後單集中在一個列表裡，按平台替買家做決定前的剩餘時間排序，附訂單明細、憑證和處理紀錄；可同意、拒絕、確認收貨、延長時效。</translation>
    </message>
    <message>
        <source>Spoiled-fresh and cosmetic-allergy guarantee claims with an eligibility checklist, the window left, proportional refunds and auto-approve rules you can dry-run first.</source>
        <translation>生鮮壞單包賠與美妝過敏包退：資格核對清單、剩餘時效、按比例退款，以及可先試運行的自動同意規則。</translation>
    </message>
    <message>
        <source>Paid orders against their promised ship time, shipped orders with no carrier pickup, and alerts before a breach.</source>
        <translation>已付款訂單對照承諾出貨時間、已出貨但無攬收的訂單，以及逾時前的提醒。</translation>
    </message>
    <message>
        <source>The platform's daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</source>
        <translation>平台每日公布的體驗分、我們自己的估算（可下鑽到扣分的售後單和訂單），以及假設分析。</translation>
    </message>
    <message>
        <source>Decisions made on this computer that are waiting to reach the platform, with their state; undo while pending, resolve conflicts.</source>
        <translation>在本機做出、等待同步到平台的處理決定及其狀態；待同步時可撤銷，可處理衝突。</translation>
    </message>
    <message>
        <source>Language, shop connection and this profile.</source>
        <translation>語言、店鋪連線和目前設定檔。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::InfoPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>此版本尚未提供本頁面。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::MainWindow</name>
    <message>
        <source>Anxin Desk</source>
        <translation>安心工作臺</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>No shop connected</source>
        <translation>未連線店鋪</translation>
    </message>
    <message>
        <source>Connect a shop in Settings to start syncing.</source>
        <translation>請在「設定」中連線店鋪以開始同步。</translation>
    </message>
    <message>
        <source>Shop %1 · not synced yet</source>
        <translation>店鋪 %1 · 尚未同步</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：從未</translation>
    </message>
    <message numerus="yes">
        <source>Pending: %n</source>
        <translation><numerusform>待同步：%n</numerusform></translation>
    </message>
    <message>
        <source>Decisions waiting to reach the platform. Click to open Pending sync.</source>
        <translation>等待同步到平台的處理決定。點擊開啟「待同步」。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::SettingsPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Shop connection</source>
        <translation>店鋪連線</translation>
    </message>
    <message>
        <source>Platform gateway:</source>
        <translation>平台閘道：</translation>
    </message>
    <message>
        <source>Shop ID:</source>
        <translation>店鋪 ID：</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>設定檔資料夾：</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
</context>
</TS>