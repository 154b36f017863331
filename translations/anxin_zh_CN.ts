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
    <message>
        <source>Anxin Desk cannot open its local cache at %1: %2</source>
        <translation>安心工作台无法打开本地缓存 %1：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Refund only (shipped)</source>
        <translation>仅退款（已发货）</translation>
    </message>
    <message>
        <source>Refund before shipping</source>
        <translation>未发货退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Price protection</source>
        <translation>价保</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>补寄</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待商家审核</translation>
    </message>
    <message>
        <source>Awaiting return parcel</source>
        <translation>待买家退货</translation>
    </message>
    <message>
        <source>Returned, awaiting check</source>
        <translation>已退货待验收</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Exchange shipped</source>
        <translation>换货已发出</translation>
    </message>
    <message>
        <source>Exchange done</source>
        <translation>换货完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Rejected after return</source>
        <translation>收货后拒绝</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Under 1 h</source>
        <translation>不足 1 小时</translation>
    </message>
    <message>
        <source>Under 4 h</source>
        <translation>不足 4 小时</translation>
    </message>
    <message>
        <source>Under 24 h</source>
        <translation>不足 24 小时</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Under 12 h</source>
        <translation>不足 12 小时</translation>
    </message>
    <message>
        <source>Fresh damage</source>
        <translation>生鲜坏单包赔</translation>
    </message>
    <message>
        <source>Allergy return</source>
        <translation>美妆过敏包退</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <source>Reject after receipt</source>
        <translation>收货后拒绝</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Checking with the platform</source>
        <translation>正在向平台核实</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>被平台拒绝</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
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
    <name>TicketList</name>
    <message>
        <source>Express refund</source>
        <translation>极速退款</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Platform decides for the buyer at %1</source>
        <translation>平台将于 %1 替买家做决定</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保障</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>anxin::ui::AfterSalesPage</name>
    <message>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>Decision undone; nothing was sent.</source>
        <translation>已撤销，未向平台发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n 个售后单</numerusform></translation>
    </message>
    <message>
        <source>Search ticket or order id, product, reason, remark (/)</source>
        <translation>搜索售后单号、订单号、商品、原因、备注 (/)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>搜索售后单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待商家审核</translation>
    </message>
    <message>
        <source>Awaiting return parcel</source>
        <translation>待买家退货</translation>
    </message>
    <message>
        <source>Returned, awaiting check</source>
        <translation>已退货待验收</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>任意时限</translation>
    </message>
    <message>
        <source>Due within 1 h</source>
        <translation>1 小时内到期</translation>
    </message>
    <message>
        <source>Due within 4 h</source>
        <translation>4 小时内到期</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小时内到期</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Any guarantee</source>
        <translation>全部保障</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保障</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Only tickets flagged by the platform's risk check</source>
        <translation>只看被平台风控标记的售后单</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Only tickets with a decision waiting to reach the platform</source>
        <translation>只看有处理决定等待同步到平台的售后单</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>No tickets match these filters. Clear the search or choose “All statuses”.</source>
        <translation>没有符合筛选条件的售后单。请清空搜索，或选择“全部状态”。</translation>
    </message>
    <message>
        <source>No shop connected yet. Connect a shop in Settings; its tickets appear here after the first sync.</source>
        <translation>还没有连接店铺。请在“设置”中连接店铺，首次同步后售后单会显示在这里。</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Could not save the view: %1</source>
        <translation>无法保存视图：%1</translation>
    </message>
    <message>
        <source>This ticket changed on the platform while you had it open; it now reads “%1”. Your note is kept.</source>
        <translation>你查看期间，这个售后单在平台上发生了变化，当前为“%1”。你输入的备注已保留。</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>未加入待同步：%1</translation>
    </message>
    <message>
        <source>Queued; it reaches the platform with the next sync. Undo is possible until then.</source>
        <translation>已加入待同步，下次同步时提交到平台；在此之前可以撤销。</translation>
    </message>
    <message>
        <source>Approve this ticket for %1?</source>
        <translation>同意这个售后单，金额 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n tickets for %1 in total?</source>
        <translation><numerusform>同意 %n 个售后单，合计 %1？</numerusform></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) queued; they reach the platform with the next sync.</source>
        <translation><numerusform>已有 %n 个同意决定加入待同步，下次同步时提交到平台。</numerusform></translation>
    </message>
    <message>
        <source>%1 queued, %2 not: %3</source>
        <translation>%1 个已加入待同步，%2 个未加入：%3</translation>
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
    <message>
        <source>syncing %1 %2/%3</source>
        <translation>正在同步 %1 %2/%3</translation>
    </message>
    <message>
        <source>syncing %1</source>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>需要重新授权</translation>
    </message>
    <message>
        <source>sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Shop %1 · %2</source>
        <translation>店铺 %1 · %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source> · conflicts: %1</source>
        <translation> · 冲突：%1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync with the platform now (%1)</source>
        <translation>立即与平台同步 (%1)</translation>
    </message>
    <message>
        <source>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be recovered from it.</source>
        <translation>本地缓存已损坏，已原样另存为 %1。正在从平台重新填充新的缓存；旧文件中等待同步的决定可以从中恢复。</translation>
    </message>
    <message>
        <source>This cache was written by a newer version of Anxin Desk. It is open read-only: you can look, but not decide or sync. Install the newer version to continue working.</source>
        <translation>此缓存由更新版本的安心工作台写入，现以只读方式打开：可以查看，但不能处理或同步。请安装新版本后继续工作。</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/秒</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 约剩 %1</translation>
    </message>
</context>
<context>
    <name>anxin::ui::PendingPage</name>
    <message>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Only what still needs attention</source>
        <translation>只看仍需处理的</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>做出时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最近答复</translation>
    </message>
    <message>
        <source>Decisions and their state</source>
        <translation>处理决定及其状态</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back a decision that has not been sent yet</source>
        <translation>撤回尚未提交的决定</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>打开售后单</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>%1 waiting to reach the platform · %2 in conflict · %3 refused · %4 applied</source>
        <translation>%1 个等待提交到平台 · %2 个冲突 · %3 个被拒绝 · %4 个已生效</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Nothing is waiting: every decision made here has reached the platform.</source>
        <translation>没有等待中的决定：本机做出的所有决定都已提交到平台。</translation>
    </message>
    <message>
        <source>No decisions have been made on this computer yet.</source>
        <translation>本机还没有做出任何处理决定。</translation>
    </message>
    <message>
        <source>Conflict, nothing was overwritten. Here: “%1”, decided on the ticket as it was (%2). On the platform the ticket is now “%3” (changed %4). Open the ticket, look again, and decide anew if still needed.</source>
        <translation>冲突，未覆盖任何内容。本机：“%1”，针对当时的售后单（%2）做出。平台上该售后单现在为“%3”（变更于 %4）。请打开售后单重新查看，如仍需要请重新处理。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::RejectDialog</name>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>%1 · %2 (needs evidence)</source>
        <translation>%1 · %2（需要凭证）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What the buyer will read: why, and what they can do next</source>
        <translation>买家会看到：拒绝的原因，以及他们接下来可以怎么做</translation>
    </message>
    <message>
        <source>Evidence image links, one per line</source>
        <translation>凭证图片链接，每行一个</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Remark for the buyer</source>
        <translation>给买家的说明</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>凭证链接</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>说明(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>凭证(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose a reason from the platform's list.</source>
        <translation>请从平台提供的列表中选择原因。</translation>
    </message>
    <message>
        <source>Write a remark: the buyer reads it.</source>
        <translation>请填写说明：买家会看到。</translation>
    </message>
    <message>
        <source>“%1” is not a web link.</source>
        <translation>“%1”不是网页链接。</translation>
    </message>
    <message>
        <source>This reason needs evidence: add at least one image link.</source>
        <translation>此原因需要凭证：请至少添加一个图片链接。</translation>
    </message>
    <message>
        <source>This reason needs evidence: %1</source>
        <translation>此原因需要凭证：%1</translation>
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
<context>
    <name>anxin::ui::TicketDetailPane</name>
    <message>
        <source>Product carries the %1 guarantee</source>
        <translation>商品带有%1保障</translation>
    </message>
    <message>
        <source>Product does not carry the %1 guarantee</source>
        <translation>商品没有%1保障</translation>
    </message>
    <message>
        <source>Product's guarantee flags not synced yet</source>
        <translation>商品的保障标识尚未同步</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 inside the %3 window</source>
        <translation>签收后 %1 申请，在 %3 时效内，尚余 %2</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 past the %3 window</source>
        <translation>签收后 %1 申请，超出 %3 时效 %2</translation>
    </message>
    <message>
        <source>Sign-for time unknown</source>
        <translation>签收时间未知</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence image(s)</source>
        <translation><numerusform>%n 张凭证图片</numerusform></translation>
    </message>
    <message>
        <source>No evidence images yet</source>
        <translation>暂无凭证图片</translation>
    </message>
    <message>
        <source>Claims %1 of %2 paid</source>
        <translation>申请 %1，实付 %2</translation>
    </message>
    <message>
        <source>Claims %1, more than the %2 paid</source>
        <translation>申请 %1，超过实付 %2</translation>
    </message>
    <message>
        <source>Bad share %1/%2 of the line</source>
        <translation>坏果比例 %1/%2</translation>
    </message>
    <message>
        <source>Flagged by the platform's risk check</source>
        <translation>被平台风控标记</translation>
    </message>
    <message>
        <source>An earlier claim on this item succeeded</source>
        <translation>此商品之前已成功理赔</translation>
    </message>
    <message>
        <source>Buyer made %1 claims in 90 days</source>
        <translation>买家 90 天内申请 %1 次</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需要复核</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the request (A)</source>
        <translation>同意申请 (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <source>Reject with a reason code (R)</source>
        <translation>选择原因后拒绝 (R)</translation>
    </message>
    <message>
        <source>The returned parcel arrived: refund or reship</source>
        <translation>退货已收到：退款或重新发货</translation>
    </message>
    <message>
        <source>Reject after receipt…</source>
        <translation>收货后拒绝…</translation>
    </message>
    <message>
        <source>Extend 7 days</source>
        <translation>延长 7 天</translation>
    </message>
    <message>
        <source>Add 7 days to the receipt window (once, when about 2 days remain)</source>
        <translation>收货时效延长 7 天（仅限一次，约剩 2 天时可用）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take the decision back while it has not been sent</source>
        <translation>在提交之前撤回这个决定</translation>
    </message>
    <message>
        <source>Internal note for the next agent</source>
        <translation>给下一位客服的内部备注</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Guarantee checklist</source>
        <translation>保障核对清单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Select a ticket to see its order, evidence and history.</source>
        <translation>选择一个售后单，查看订单、凭证和处理记录。</translation>
    </message>
    <message>
        <source>Open full size</source>
        <translation>查看原图</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>尚未下载</translation>
    </message>
    <message>
        <source>Evidence image %1</source>
        <translation>凭证图片 %1</translation>
    </message>
    <message>
        <source>Evidence: none</source>
        <translation>凭证：无</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>凭证（%1）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · ticket %3 · order %4 · shop %5</source>
        <translation>%1 · %2 · 售后单 %3 · 订单 %4 · 店铺 %5</translation>
    </message>
    <message>
        <source>Express refund: the platform refunded at once; nothing to decide.</source>
        <translation>极速退款：平台已即时退款，无需处理。</translation>
    </message>
    <message>
        <source>%1 — the platform decides for the buyer at %2</source>
        <translation>%1 —— 平台将于 %2 替买家做决定</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Reason: %1 — “%2”</source>
        <translation>原因：%1 ——“%2”</translation>
    </message>
    <message>
        <source>Buyer: %1 · %2 · %3</source>
        <translation>买家：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Suggested refund: %1</source>
        <translation>建议退款：%1</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>%1 (here, %2)</source>
        <translation>%1（本机，%2）</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2：%3</translation>
    </message>
</context>
<context>
    <name>anxin::ui::WorkbenchPage</name>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Guarantee claim</source>
        <translation>保障理赔</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货时限</translation>
    </message>
    <message>
        <source>Next 4 hours</source>
        <translation>未来 4 小时</translation>
    </message>
    <message>
        <source>Ticket steps, guarantee-claim responses and ship-by times across all shops, soonest first. Press Enter on a ticket to open it.</source>
        <translation>所有店铺的售后处理时限、理赔响应时限和发货时限，最紧急的在前。在售后单上按回车即可打开。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ticket or order</source>
        <translation>售后单或订单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due in the next 4 hours</source>
        <translation>未来 4 小时内到期</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Intercept the parcel</source>
        <translation>拦截包裹</translation>
    </message>
    <message>
        <source>Express refunds the platform paid on orders that had already shipped: ask the carrier to stop or return the parcel.</source>
        <translation>平台已对已发货订单极速退款：请联系快递拦截或退回包裹。</translation>
    </message>
    <message>
        <source>Notes for the next agent (24 h)</source>
        <translation>给下一班的备注（24 小时内）</translation>
    </message>
    <message>
        <source>The workbench could not be read from the local cache: %1</source>
        <translation>无法从本地缓存读取工作台：%1</translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>发货 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 4 hours. New tickets and orders appear here as they sync.</source>
        <translation>未来 4 小时内没有到期事项。新的售后单和订单同步后会出现在这里。</translation>
    </message>
    <message>
        <source>No shop connected yet. Connect a shop in Settings; its deadlines appear here after the first sync.</source>
        <translation>还没有连接店铺。请在“设置”中连接店铺，首次同步后各项时限会显示在这里。</translation>
    </message>
    <message>
        <source>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</source>
        <translation>未来 8 小时内：%1 个售后处理时限、%2 个发货时限到期。</translation>
    </message>
    <message>
        <source>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href="pending"&gt;open Pending sync&lt;/a&gt;</source>
        <translation>等待同步：%1 · 待处理冲突：%2 · &lt;a href="pending"&gt;打开“待同步”&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · refunded %4 · %5</source>
        <translation>%1 · %2 %3 · 已退款 %4 · %5</translation>
    </message>
    <message>
        <source>None: no express refund hit a shipped order this week.</source>
        <translation>无：本周没有已发货订单被极速退款。</translation>
    </message>
    <message>
        <source>%1 · %2 on %3: %4</source>
        <translation>%1 · %2 于 %3：%4</translation>
    </message>
    <message>
        <source>No notes in the last 24 hours.</source>
        <translation>过去 24 小时没有备注。</translation>
    </message>
</context>
</TS>