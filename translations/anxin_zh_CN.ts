<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeskApp</name>
    <message>
        <source>Anxin Desk is already running with this profile. Switch to the open window, or start with another profile.</source>
        <translation>安心工作台已在使用此配置运行。请切换到已打开的窗口，或使用其他配置启动。</translation>
    </message>
    <message>
        <source>Anxin Desk</source>
        <translation>安心工作台</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>保障理赔</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>体验分</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>What needs you in the next 4 hours across all shops: ticket deadlines, claim windows and ship-by times by band, plus a shift handover summary.</source>
        <translation>所有店铺未来 4 小时内需要您处理的事项：按时段分组的售后截止时间、理赔时效和发货时限，以及交班摘要。</translation>
    </message>
    <message>
        <source>Every ticket of every shop in one list, sorted by time left before the platform decides for the buyer, with order lines, evidence and history; approve, reject, confirm receipt, extend.</source>
        <translation>所有店铺的售后单集中在一个列表里，按平台替买家做决定前的剩余时间排序，附订单明细、凭证和处理记录；可同意、拒绝、确认收货、延长时效。</translation>
    </message>
    <message>
        <source>Spoiled-fresh and cosmetic-allergy guarantee claims with an eligibility checklist, the window left, proportional refunds and auto-approve rules you can dry-run first.</source>
        <translation>生鲜坏单包赔与美妆过敏包退：资格核对清单、剩余时效、按比例退款，以及可先试运行的自动同意规则。</translation>
    </message>
    <message>
        <source>Paid orders against their promised ship time, shipped orders with no carrier pickup, and alerts before a breach.</source>
        <translation>已付款订单对照承诺发货时间、已发货但无揽收的订单，以及超时前的提醒。</translation>
    </message>
    <message>
        <source>The platform's daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</source>
        <translation>平台每日公布的体验分、我们自己的估算（可下钻到扣分的售后单和订单），以及假设分析。</translation>
    </message>
    <message>
        <source>Decisions made on this computer that are waiting to reach the platform, with their state; undo while pending, resolve conflicts.</source>
        <translation>在本机做出、等待同步到平台的处理决定及其状态；待同步时可撤销，可处理冲突。</translation>
    </message>
    <message>
        <source>Language, shop connection and this profile.</source>
        <translation>语言、店铺连接和当前配置。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::InfoPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>此版本尚未提供本页面。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::MainWindow</name>
    <message>
        <source>Anxin Desk</source>
        <translation>安心工作台</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>No shop connected</source>
        <translation>未连接店铺</translation>
    </message>
    <message>
        <source>Connect a shop in Settings to start syncing.</source>
        <translation>请在“设置”中连接店铺以开始同步。</translation>
    </message>
    <message>
        <source>Shop %1 · not synced yet</source>
        <translation>店铺 %1 · 尚未同步</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message numerus="yes">
        <source>Pending: %n</source>
        <translation><numerusform>待同步：%n</numerusform></translation>
    </message>
    <message>
        <source>Decisions waiting to reach the platform. Click to open Pending sync.</source>
        <translation>等待同步到平台的处理决定。点击打开“待同步”。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::SettingsPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Shop connection</source>
        <translation>店铺连接</translation>
    </message>
    <message>
        <source>Platform gateway:</source>
        <translation>平台网关：</translation>
    </message>
    <message>
        <source>Shop ID:</source>
        <translation>店铺 ID：</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>配置文件夹：</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
</TS>