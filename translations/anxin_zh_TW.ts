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
    <message>
        <source>Anxin Desk cannot open its local cache at %1: %2</source>
        <translation>安心工作臺無法開啟本地快取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Return and refund</source>
        <translation>退貨退款</translation>
    </message>
    <message>
        <source>Refund only (shipped)</source>
        <translation>僅退款（已出貨）</translation>
    </message>
    <message>
        <source>Refund before shipping</source>
        <translation>未出貨退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>Price protection</source>
        <translation>價保</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>補寄</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>型別 %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待商家稽核</translation>
    </message>
    <message>
        <source>Awaiting return parcel</source>
        <translation>待買家退貨</translation>
    </message>
    <message>
        <source>Returned, awaiting check</source>
        <translation>已退貨待驗收</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Exchange shipped</source>
        <translation>換貨已發出</translation>
    </message>
    <message>
        <source>Exchange done</source>
        <translation>換貨完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Rejected after return</source>
        <translation>收貨後拒絕</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>狀態 %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超時</translation>
    </message>
    <message>
        <source>Under 1 h</source>
        <translation>不足 1 小時</translation>
    </message>
    <message>
        <source>Under 4 h</source>
        <translation>不足 4 小時</translation>
    </message>
    <message>
        <source>Under 24 h</source>
        <translation>不足 24 小時</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Under 12 h</source>
        <translation>不足 12 小時</translation>
    </message>
    <message>
        <source>Fresh damage</source>
        <translation>生鮮壞單包賠</translation>
    </message>
    <message>
        <source>Allergy return</source>
        <translation>美妝過敏包退</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超時 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩餘 %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>確認收貨</translation>
    </message>
    <message>
        <source>Reject after receipt</source>
        <translation>收貨後拒絕</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>正在向平臺核實</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>被平臺拒絕</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤銷</translation>
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
    <name>TicketList</name>
    <message>
        <source>Express refund</source>
        <translation>極速退款</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Platform decides for the buyer at %1</source>
        <translation>平臺將於 %1 替買家做決定</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
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
        <translation>無法撤銷：%1</translation>
    </message>
    <message>
        <source>Decision undone; nothing was sent.</source>
        <translation>已撤銷，未向平臺傳送任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n 個售後單</numerusform></translation>
    </message>
    <message>
        <source>Search ticket or order id, product, reason, remark (/)</source>
        <translation>搜尋售後單號、訂單號、商品、原因、備註 (/)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>搜尋售後單</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待商家稽核</translation>
    </message>
    <message>
        <source>Awaiting return parcel</source>
        <translation>待買家退貨</translation>
    </message>
    <message>
        <source>Returned, awaiting check</source>
        <translation>已退貨待驗收</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部型別</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>任意時限</translation>
    </message>
    <message>
        <source>Due within 1 h</source>
        <translation>1 小時內到期</translation>
    </message>
    <message>
        <source>Due within 4 h</source>
        <translation>4 小時內到期</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小時內到期</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>到期時間</translation>
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
        <translation>有風險</translation>
    </message>
    <message>
        <source>Only tickets flagged by the platform's risk check</source>
        <translation>只看被平臺風控標記的售後單</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Only tickets with a decision waiting to reach the platform</source>
        <translation>只看有處理決定等待同步到平臺的售後單</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已儲存的檢視</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>儲存當前檢視…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>No tickets match these filters. Clear the search or choose “All statuses”.</source>
        <translation>沒有符合篩選條件的售後單。請清空搜尋，或選擇“全部狀態”。</translation>
    </message>
    <message>
        <source>No shop connected yet. Connect a shop in Settings; its tickets appear here after the first sync.</source>
        <translation>還沒有連線店鋪。請在“設定”中連線店鋪，首次同步後售後單會顯示在這裡。</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>檢視名稱：</translation>
    </message>
    <message>
        <source>Could not save the view: %1</source>
        <translation>無法儲存檢視：%1</translation>
    </message>
    <message>
        <source>This ticket changed on the platform while you had it open; it now reads “%1”. Your note is kept.</source>
        <translation>你檢視期間，這個售後單在平臺上發生了變化，當前為“%1”。你輸入的備註已保留。</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>未加入待同步：%1</translation>
    </message>
    <message>
        <source>Queued; it reaches the platform with the next sync. Undo is possible until then.</source>
        <translation>已加入待同步，下次同步時提交到平臺；在此之前可以撤銷。</translation>
    </message>
    <message>
        <source>Approve this ticket for %1?</source>
        <translation>同意這個售後單，金額 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n tickets for %1 in total?</source>
        <translation><numerusform>同意 %n 個售後單，合計 %1？</numerusform></translation>
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
        <translation><numerusform>已有 %n 個同意決定加入待同步，下次同步時提交到平臺。</numerusform></translation>
    </message>
    <message>
        <source>%1 queued, %2 not: %3</source>
        <translation>%1 個已加入待同步，%2 個未加入：%3</translation>
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
        <translation>離線</translation>
    </message>
    <message>
        <source>needs re-authorization</source>
        <translation>需要重新授權</translation>
    </message>
    <message>
        <source>sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Shop %1 · %2</source>
        <translation>店鋪 %1 · %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source> · conflicts: %1</source>
        <translation> · 衝突：%1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync with the platform now (%1)</source>
        <translation>立即與平臺同步 (%1)</translation>
    </message>
    <message>
        <source>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be recovered from it.</source>
        <translation>本地快取已損壞，已原樣另存為 %1。正在從平臺重新填充新的快取；舊檔案中等待同步的決定可以從中恢復。</translation>
    </message>
    <message>
        <source>This cache was written by a newer version of Anxin Desk. It is open read-only: you can look, but not decide or sync. Install the newer version to continue working.</source>
        <translation>此快取由更新版本的安心工作臺寫入，現以只讀方式開啟：可以檢視，但不能處理或同步。請安裝新版本後繼續工作。</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/秒</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 約剩 %1</translation>
    </message>
</context>
<context>
    <name>anxin::ui::PendingPage</name>
    <message>
        <source>Could not undo: %1</source>
        <translation>無法撤銷：%1</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Only what still needs attention</source>
        <translation>只看仍需處理的</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理決定</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>做出時間</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最近答覆</translation>
    </message>
    <message>
        <source>Decisions and their state</source>
        <translation>處理決定及其狀態</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Take back a decision that has not been sent yet</source>
        <translation>撤回尚未提交的決定</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>開啟售後單</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>%1 waiting to reach the platform · %2 in conflict · %3 refused · %4 applied</source>
        <translation>%1 個等待提交到平臺 · %2 個衝突 · %3 個被拒絕 · %4 個已生效</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Nothing is waiting: every decision made here has reached the platform.</source>
        <translation>沒有等待中的決定：本機做出的所有決定都已提交到平臺。</translation>
    </message>
    <message>
        <source>No decisions have been made on this computer yet.</source>
        <translation>本機還沒有做出任何處理決定。</translation>
    </message>
    <message>
        <source>Conflict, nothing was overwritten. Here: “%1”, decided on the ticket as it was (%2). On the platform the ticket is now “%3” (changed %4). Open the ticket, look again, and decide anew if still needed.</source>
        <translation>衝突，未覆蓋任何內容。本機：“%1”，針對當時的售後單（%2）做出。平臺上該售後單現在為“%3”（變更於 %4）。請開啟售後單重新檢視，如仍需要請重新處理。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::RejectDialog</name>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>選擇原因…</translation>
    </message>
    <message>
        <source>%1 · %2 (needs evidence)</source>
        <translation>%1 · %2（需要憑證）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What the buyer will read: why, and what they can do next</source>
        <translation>買家會看到：拒絕的原因，以及他們接下來可以怎麼做</translation>
    </message>
    <message>
        <source>Evidence image links, one per line</source>
        <translation>憑證圖片連結，每行一個</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <source>Remark for the buyer</source>
        <translation>給買家的說明</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>憑證連結</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>說明(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>憑證(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose a reason from the platform's list.</source>
        <translation>請從平臺提供的列表中選擇原因。</translation>
    </message>
    <message>
        <source>Write a remark: the buyer reads it.</source>
        <translation>請填寫說明：買家會看到。</translation>
    </message>
    <message>
        <source>“%1” is not a web link.</source>
        <translation>“%1”不是網頁連結。</translation>
    </message>
    <message>
        <source>This reason needs evidence: add at least one image link.</source>
        <translation>此原因需要憑證：請至少新增一個圖片連結。</translation>
    </message>
    <message>
        <source>This reason needs evidence: %1</source>
        <translation>此原因需要憑證：%1</translation>
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
<context>
    <name>anxin::ui::TicketDetailPane</name>
    <message>
        <source>Product carries the %1 guarantee</source>
        <translation>商品帶有%1保障</translation>
    </message>
    <message>
        <source>Product does not carry the %1 guarantee</source>
        <translation>商品沒有%1保障</translation>
    </message>
    <message>
        <source>Product's guarantee flags not synced yet</source>
        <translation>商品的保障標識尚未同步</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 inside the %3 window</source>
        <translation>簽收後 %1 申請，在 %3 時效內，尚餘 %2</translation>
    </message>
    <message>
        <source>Claimed %1 after signing, %2 past the %3 window</source>
        <translation>簽收後 %1 申請，超出 %3 時效 %2</translation>
    </message>
    <message>
        <source>Sign-for time unknown</source>
        <translation>簽收時間未知</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence image(s)</source>
        <translation><numerusform>%n 張憑證圖片</numerusform></translation>
    </message>
    <message>
        <source>No evidence images yet</source>
        <translation>暫無憑證圖片</translation>
    </message>
    <message>
        <source>Claims %1 of %2 paid</source>
        <translation>申請 %1，實付 %2</translation>
    </message>
    <message>
        <source>Claims %1, more than the %2 paid</source>
        <translation>申請 %1，超過實付 %2</translation>
    </message>
    <message>
        <source>Bad share %1/%2 of the line</source>
        <translation>壞果比例 %1/%2</translation>
    </message>
    <message>
        <source>Flagged by the platform's risk check</source>
        <translation>被平臺風控標記</translation>
    </message>
    <message>
        <source>An earlier claim on this item succeeded</source>
        <translation>此商品之前已成功理賠</translation>
    </message>
    <message>
        <source>Buyer made %1 claims in 90 days</source>
        <translation>買家 90 天內申請 %1 次</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合條件</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需要複核</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合條件</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>確認收貨</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the request (A)</source>
        <translation>同意申請 (A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>拒絕(&amp;R)…</translation>
    </message>
    <message>
        <source>Reject with a reason code (R)</source>
        <translation>選擇原因後拒絕 (R)</translation>
    </message>
    <message>
        <source>The returned parcel arrived: refund or reship</source>
        <translation>退貨已收到：退款或重新出貨</translation>
    </message>
    <message>
        <source>Reject after receipt…</source>
        <translation>收貨後拒絕…</translation>
    </message>
    <message>
        <source>Extend 7 days</source>
        <translation>延長 7 天</translation>
    </message>
    <message>
        <source>Add 7 days to the receipt window (once, when about 2 days remain)</source>
        <translation>收貨時效延長 7 天（僅限一次，約剩 2 天時可用）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Take the decision back while it has not been sent</source>
        <translation>在提交之前撤回這個決定</translation>
    </message>
    <message>
        <source>Internal note for the next agent</source>
        <translation>給下一位客服的內部備註</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Guarantee checklist</source>
        <translation>保障核對清單</translation>
    </message>
    <message>
        <source>History</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>實付</translation>
    </message>
    <message>
        <source>Select a ticket to see its order, evidence and history.</source>
        <translation>選擇一個售後單，檢視訂單、憑證和處理記錄。</translation>
    </message>
    <message>
        <source>Open full size</source>
        <translation>檢視原圖</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>尚未下載</translation>
    </message>
    <message>
        <source>Evidence image %1</source>
        <translation>憑證圖片 %1</translation>
    </message>
    <message>
        <source>Evidence: none</source>
        <translation>憑證：無</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>憑證（%1）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · ticket %3 · order %4 · shop %5</source>
        <translation>%1 · %2 · 售後單 %3 · 訂單 %4 · 店鋪 %5</translation>
    </message>
    <message>
        <source>Express refund: the platform refunded at once; nothing to decide.</source>
        <translation>極速退款：平臺已即時退款，無需處理。</translation>
    </message>
    <message>
        <source>%1 — the platform decides for the buyer at %2</source>
        <translation>%1 —— 平臺將於 %2 替買家做決定</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>已於 %1 關閉</translation>
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
        <translation>買家：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Suggested refund: %1</source>
        <translation>建議退款：%1</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>%1 (here, %2)</source>
        <translation>%1（本機，%2）</translation>
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
        <translation>售後</translation>
    </message>
    <message>
        <source>Guarantee claim</source>
        <translation>保障理賠</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>出貨時限</translation>
    </message>
    <message>
        <source>Next 4 hours</source>
        <translation>未來 4 小時</translation>
    </message>
    <message>
        <source>Ticket steps, guarantee-claim responses and ship-by times across all shops, soonest first. Press Enter on a ticket to open it.</source>
        <translation>所有店鋪的售後處理時限、理賠響應時限和出貨時限，最緊急的在前。在售後單上按回車即可開啟。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Ticket or order</source>
        <translation>售後單或訂單</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Due in the next 4 hours</source>
        <translation>未來 4 小時內到期</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Intercept the parcel</source>
        <translation>攔截包裹</translation>
    </message>
    <message>
        <source>Express refunds the platform paid on orders that had already shipped: ask the carrier to stop or return the parcel.</source>
        <translation>平臺已對已出貨訂單極速退款：請聯絡快遞攔截或退回包裹。</translation>
    </message>
    <message>
        <source>Notes for the next agent (24 h)</source>
        <translation>給下一班的備註（24 小時內）</translation>
    </message>
    <message>
        <source>The workbench could not be read from the local cache: %1</source>
        <translation>無法從本地快取讀取工作臺：%1</translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>出貨 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 4 hours. New tickets and orders appear here as they sync.</source>
        <translation>未來 4 小時內沒有到期事項。新的售後單和訂單同步後會出現在這裡。</translation>
    </message>
    <message>
        <source>No shop connected yet. Connect a shop in Settings; its deadlines appear here after the first sync.</source>
        <translation>還沒有連線店鋪。請在“設定”中連線店鋪，首次同步後各項時限會顯示在這裡。</translation>
    </message>
    <message>
        <source>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</source>
        <translation>未來 8 小時內：%1 個售後處理時限、%2 個出貨時限到期。</translation>
    </message>
    <message>
        <source>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href="pending"&gt;open Pending sync&lt;/a&gt;</source>
        <translation>等待同步：%1 · 待處理衝突：%2 · &lt;a href="pending"&gt;開啟“待同步”&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · refunded %4 · %5</source>
        <translation>%1 · %2 %3 · 已退款 %4 · %5</translation>
    </message>
    <message>
        <source>None: no express refund hit a shipped order this week.</source>
        <translation>無：本週沒有已出貨訂單被極速退款。</translation>
    </message>
    <message>
        <source>%1 · %2 on %3: %4</source>
        <translation>%1 · %2 於 %3：%4</translation>
    </message>
    <message>
        <source>No notes in the last 24 hours.</source>
        <translation>過去 24 小時沒有備註。</translation>
    </message>
</context>
</TS>