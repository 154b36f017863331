<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Alerts</name>
    <message>
        <source>While alerts were quiet</source>
        <translation>提醒靜默期間</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) must ship soon</source>
        <translation>
            <numerusform>%n 個訂單即將到出貨時限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) due soon</source>
        <translation>
            <numerusform>%n 個售後單即將到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders and tickets due soon</source>
        <translation>即將到期的訂單和售後單</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) entered your shipping alert band</source>
        <translation>
            <numerusform>%n 個訂單進入出貨提醒時段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) entered your after-sales alert band</source>
        <translation>
            <numerusform>%n 個售後單進入售後提醒時段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小時</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>到明天</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暫停提醒</translation>
    </message>
    <message>
        <source>Snooze alerts for %1 for</source>
        <translation>暫停 %1 的提醒，時長：</translation>
    </message>
    <message>
        <source>Why? (kept on this computer, shown with the snooze)</source>
        <translation>原因？（僅儲存在本機，隨暫停記錄一起顯示）</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) made here may reach the platform too late: it decides for the buyer at %1</source>
        <translation>
            <numerusform>本機的 %n 個決定可能來不及送達平台：平台將於 %1 替買家做出處理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) may reach the platform too late</source>
        <translation>
            <numerusform>%n 個決定可能來不及送達平台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) made here may reach the platform too late</source>
        <translation>
            <numerusform>本機的 %n 個決定可能來不及送達平台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>The buyer&apos;s guarantee claims in the 90 days up to this one</source>
        <translation>截至本次，該買家 90 天內的保障理賠次數</translation>
    </message>
    <message>
        <source>Respond by %1</source>
        <translation>請於 %1 前響應</translation>
    </message>
    <message>
        <source>Rule %1 would approve this claim (shadow mode: nothing is sent)</source>
        <translation>規則 %1 會同意此理賠（影子模式：不會提交任何內容）</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · 待同步</translation>
    </message>
    <message>
        <source>sign-for unknown</source>
        <translation>簽收時間未知</translation>
    </message>
    <message>
        <source>%1 spare</source>
        <translation>餘 %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s guarantee claims in the last 90 days</source>
        <translation>該買家近 90 天的保障理賠次數</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>響應時限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保障</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>時效</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申請金額</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建議退款</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>Auto rule</source>
        <translation>自動規則</translation>
    </message>
</context>
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
    <message>
        <source>“%1” is writing to this profile right now. Start Anxin Desk again when it has finished.</source>
        <translation>「%1」正在寫入此設定檔。請在它完成後再啟動安心工作台。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Connect a shop in Settings</source>
        <translation>請在“設定”中連線店鋪</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>This list could not be read. %1 %2</source>
        <translation>無法讀取此列表。%1 %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>edit auto-approve rules</source>
        <translation>編輯自動同意規則</translation>
    </message>
    <message>
        <source>reveal a buyer&apos;s contact</source>
        <translation>查看買家聯絡方式</translation>
    </message>
    <message>
        <source>“%1” is not possible at this ticket&apos;s step (%2).</source>
        <translation>此售後單目前所處環節（%2）無法執行「%1」。</translation>
    </message>
    <message>
        <source>Ticket %1 is a guarantee claim that meets its rules. Reject it only with a reason that needs evidence and your counter-evidence attached, or, as the shop owner, write why you override.</source>
        <translation>售後單 %1 是符合規則的保障理賠。只能選擇需要憑證的拒絕原因並附上反證後拒絕；或由店主寫明理由強制拒絕。</translation>
    </message>
    <message>
        <source>Only the shop owner can reject a guarantee claim that meets its rules without counter-evidence. Attach counter-evidence, or ask the owner.</source>
        <translation>只有店主可以在沒有反證的情況下拒絕符合規則的保障理賠。請附上反證，或聯絡店主。</translation>
    </message>
    <message>
        <source>Ticket %1 was selected twice; it is decided once.</source>
        <translation>售後單 %1 被選取了兩次，只處理一次。</translation>
    </message>
    <message>
        <source>Every decision records who made it: set your name in Settings first.</source>
        <translation>每個決定都會記錄處理人：請先在設定中填寫您的名字。</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local cache yet. Sync, then try again.</source>
        <translation>售後單 %1 尚未快取到本機。請先同步，再重試。</translation>
    </message>
    <message>
        <source>Ticket %1 is already closed on the platform: there is nothing left to decide.</source>
        <translation>售後單 %1 在平台上已關閉，無需再處理。</translation>
    </message>
    <message>
        <source>Ticket %1 was extended once already; the platform allows one extension.</source>
        <translation>售後單 %1 已延長過一次，平台只允許延長一次。</translation>
    </message>
    <message>
        <source>Ticket %1 can be extended only when 2 days or less remain (%2 left now).</source>
        <translation>售後單 %1 只有在剩餘 2 天或更少時才能延長（目前剩餘 %2）。</translation>
    </message>
    <message>
        <source>Ticket %1&apos;s deadline has passed: there is nothing left to extend.</source>
        <translation>售後單 %1 已過處理時限，無法再延長。</translation>
    </message>
    <message>
        <source>This reject reason (code %1) is not in the platform&apos;s list for the shop. Sync to refresh the list, then choose again.</source>
        <translation>該拒絕原因（代碼 %1）不在平台為本店提供的列表中。請同步重新整理列表後重新選擇。</translation>
    </message>
    <message>
        <source>A rejection needs a remark for the buyer.</source>
        <translation>拒絕時需要填寫給買家的說明。</translation>
    </message>
    <message>
        <source>The reason “%1” needs evidence: attach at least one image.</source>
        <translation>原因「%1」需要憑證：請至少附上一張圖片。</translation>
    </message>
    <message>
        <source>Approving a return needs the return address: choose one.</source>
        <translation>同意退貨需要退貨地址：請選擇一個。</translation>
    </message>
    <message>
        <source>A decision on this ticket (“%1”) is still waiting to reach the platform. Undo it first, or wait for the sync.</source>
        <translation>此售後單上的決定（「%1」）仍在等待送達平台。請先撤銷，或等待同步完成。</translation>
    </message>
    <message>
        <source>Only the shop owner may %1.</source>
        <translation>只有店主可以%1。</translation>
    </message>
    <message>
        <source>Agents decide tickets up to %1; this one is %2. Ask the shop owner.</source>
        <translation>客服可處理金額不超過 %1 的售後單；此單為 %2。請聯絡店主。</translation>
    </message>
    <message>
        <source>This decision is no longer in the queue.</source>
        <translation>此決定已不在佇列中。</translation>
    </message>
    <message>
        <source>This decision is already “%1”: it can no longer be changed here.</source>
        <translation>此決定已是「%1」，無法在此變更。</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>儲存的檢視需要名稱。</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>規則需要名稱。</translation>
    </message>
    <message>
        <source>A rule name has at most 40 characters.</source>
        <translation>規則名稱最多 40 個字元。</translation>
    </message>
    <message>
        <source>Choose whether the rule is for spoiled-fresh or allergy claims.</source>
        <translation>請選擇規則適用於生鮮壞果還是過敏理賠。</translation>
    </message>
    <message>
        <source>A rule needs an amount cap above zero.</source>
        <translation>規則需要大於零的金額上限。</translation>
    </message>
    <message>
        <source>Minimum photos is between 0 and 8.</source>
        <translation>最少照片數在 0 到 8 之間。</translation>
    </message>
    <message>
        <source>The buyer&apos;s claims limit is at most 1000.</source>
        <translation>買家理賠次數上限最多為 1000。</translation>
    </message>
    <message>
        <source>A rule named %1 exists already: choose another name.</source>
        <translation>已存在名為 %1 的規則：請換一個名稱。</translation>
    </message>
    <message>
        <source>This rule no longer exists; the list was refreshed.</source>
        <translation>此規則已不存在，列表已重新整理。</translation>
    </message>
    <message>
        <source>Rules are edited by a person, under their own name.</source>
        <translation>規則必須由具名的人員編輯。</translation>
    </message>
    <message>
        <source>The platform cannot be reached from this computer. Your work is kept here and goes out with the next sync.</source>
        <translation>本機無法連線平台。您的操作已儲存在本機，將隨下次同步傳送。</translation>
    </message>
    <message>
        <source>The platform did not answer in time. Nothing was lost; try again in a moment.</source>
        <translation>平台未及時回應。沒有遺失任何內容，請稍後重試。</translation>
    </message>
    <message>
        <source>The platform refused this (code %1). Sync, look at the ticket again, then retry.</source>
        <translation>平台拒絕了此操作（代碼 %1）。請同步並重新查看售後單後重試。</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization has ended. Reconnect the shop in Settings.</source>
        <translation>店鋪授權已失效。請在設定中重新連線店鋪。</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. The next sync retries by itself.</source>
        <translation>平台要求降低請求頻率。下次同步會自動重試。</translation>
    </message>
    <message>
        <source>The ticket changed in the meantime. Look at it again and decide anew if still needed.</source>
        <translation>售後單在此期間已變化。請重新查看，如仍需要再重新處理。</translation>
    </message>
    <message>
        <source>Something read from the platform or from a file could not be understood. Nothing was changed; the log has the details.</source>
        <translation>從平台或檔案讀取的內容無法識別。未做任何變更，詳情見日誌。</translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Close other copies of Anxin Desk and try again; the log has the details.</source>
        <translation>無法讀寫本機快取。請關閉其他安心工作台視窗後重試，詳情見日誌。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>磁碟已滿。請釋放空間後重試，沒有遺失任何內容。</translation>
    </message>
    <message>
        <source>The local cache is damaged. It was set aside and nothing was deleted; sync to rebuild it.</source>
        <translation>本機快取已損壞。已將其另存，未刪除任何內容；請同步以重建。</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Anxin Desk. Update this app to change it.</source>
        <translation>本機快取由更新版本的安心工作台寫入。請更新本應用程式後再修改。</translation>
    </message>
    <message>
        <source>Another Anxin Desk or anxin-cli is writing to this profile. Wait until it finishes, then try again.</source>
        <translation>另一個安心工作台或 anxin-cli 正在寫入此設定檔。請等待其完成後重試。</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the shop owner.</source>
        <translation>您的角色無權執行此操作。請聯絡店主。</translation>
    </message>
    <message>
        <source>It is not in the local cache. Sync, then try again.</source>
        <translation>本機快取中沒有此內容。請先同步，再重試。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>This could not be done. The log has the details.</source>
        <translation>無法完成此操作，詳情見日誌。</translation>
    </message>
    <message>
        <source>This installation is broken: its database driver uses another SQLite (%1) than the app (%2). Reinstall Anxin Desk; your data has not been touched.</source>
        <translation>此安裝已損壞：資料庫驅動使用的 SQLite（%1）與本程式的（%2）不是同一個。請重新安裝安心工作台；您的資料沒有被改動。</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>備註需要填寫內容。</translation>
    </message>
    <message>
        <source>A note has room for %1 characters beside your name; this one has %2. Shorten it.</source>
        <translation>除您的名字外，備註最多可寫 %1 個字；這則有 %2 個字。請精簡。</translation>
    </message>
    <message>
        <source>%1 notes on this ticket in the last hour already: add to one note instead of writing many.</source>
        <translation>過去一小時內此售後單已有 %1 則備註：請合併成一則，不要連續寫多則。</translation>
    </message>
    <message>
        <source>%1 is on ticket %2 right now. Pick another ticket, or ask %1.</source>
        <translation>%1 正在處理售後單 %2。請換一個售後單，或與 %1 溝通。</translation>
    </message>
    <message>
        <source>%1 is on ticket %2. Take it over (with a reason %1 can read) before deciding, or pick another ticket.</source>
        <translation>%1 正在處理售後單 %2。請先接手（寫明 %1 看得到的原因）再做決定，或換一張售後單。</translation>
    </message>
    <message>
        <source>“%1” is not a team database address. It looks like postgresql://user@host:5432/database.</source>
        <translation>「%1」不是團隊資料庫位址。位址格式為 postgresql://使用者@主機:5432/資料庫。</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver for Qt, so it cannot join a team database. Install Qt&apos;s PostgreSQL driver (libqt6sql6-psql), or work without a team.</source>
        <translation>此安裝缺少 Qt 的 PostgreSQL 驅動程式，無法加入團隊資料庫。請安裝 Qt 的 PostgreSQL 驅動程式（libqt6sql6-psql），或不使用團隊模式。</translation>
    </message>
    <message>
        <source>The team database at %1 cannot be reached. Check the address and that this computer may connect to it; deciding works without it.</source>
        <translation>無法連線位於 %1 的團隊資料庫。請檢查位址以及本機是否允許連線；沒有它也可以照常處理。</translation>
    </message>
    <message>
        <source>The team database at %2 did not accept the user %1 and this password. Check both with whoever set up the database.</source>
        <translation>位於 %2 的團隊資料庫不接受使用者 %1 和此密碼。請向資料庫管理員核對兩者。</translation>
    </message>
    <message>
        <source>The server at %2 has no database named %1. Create it first (createdb %1), or check the name.</source>
        <translation>%2 上沒有名為 %1 的資料庫。請先建立（createdb %1），或檢查名稱。</translation>
    </message>
    <message>
        <source>Another desk of the team runs a newer Anxin Desk and has updated the team database. Update this desk to join it.</source>
        <translation>團隊中另一台工作台使用了較新版本的安心工作台，並已升級團隊資料庫。請更新本工作台後再加入。</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>Next ticket</source>
        <translation>下一個售後單</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>上一個售後單</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>開啟售後單</translation>
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
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Every action needs a key.</source>
        <translation>每個操作都需要設定按鍵。</translation>
    </message>
    <message>
        <source>%1 is already used for “%2”. Choose another key, or change that action first.</source>
        <translation>%1 已用於“%2”。請換一個按鍵，或先修改那個操作的按鍵。</translation>
    </message>
    <message>
        <source>%1 is used by the window (switching pages or syncing). Choose another key.</source>
        <translation>%1 已被主視窗佔用（切換頁面或同步）。請換一個按鍵。</translation>
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
    <message>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需複核</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Product carries the %1 guarantee</source>
        <translation>商品已開通%1</translation>
    </message>
    <message>
        <source>Product does not carry the %1 guarantee</source>
        <translation>商品未開通%1</translation>
    </message>
    <message>
        <source>Product&apos;s guarantee flags not synced yet</source>
        <translation>商品的保障標記尚未同步</translation>
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
        <translation>
            <numerusform>%n 張憑證圖片</numerusform>
        </translation>
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
        <translation>損壞比例 %1/%2</translation>
    </message>
    <message>
        <source>Flagged by the platform&apos;s risk check</source>
        <translation>被平臺風控標記</translation>
    </message>
    <message>
        <source>An earlier claim on this item succeeded</source>
        <translation>該商品此前已理賠成功</translation>
    </message>
    <message numerus="yes">
        <source>Buyer made %n claim(s) in 90 days</source>
        <translation>
            <numerusform>買家 90 天內理賠 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket detail</source>
        <translation>售後單詳情</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipment route</source>
        <translation>物流軌跡</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>憑證圖片</translation>
    </message>
    <message>
        <source>Another claim on this item is still open</source>
        <translation>該商品另有一筆理賠尚未結束</translation>
    </message>
    <message>
        <source>Too late: the platform decided</source>
        <translation>太遲：平台已處理</translation>
    </message>
    <message>
        <source>%1 · at risk</source>
        <translation>%1 · 有風險</translation>
    </message>
    <message>
        <source>%1 · too late</source>
        <translation>%1 · 已太遲</translation>
    </message>
    <message>
        <source>May reach the platform too late: the platform decides for the buyer at %1. Sync now while there is time.</source>
        <translation>可能來不及送達平台：平台將於 %1 替買家做出處理。請趁還有時間立即同步。</translation>
    </message>
    <message>
        <source>Too late: the platform decided for the buyer at %1, before this decision could reach it. Open the ticket to see what the platform did.</source>
        <translation>已太遲：平台已於 %1 替買家做出處理，此決定未能及時送達。請開啟售後單查看平台的處理結果。</translation>
    </message>
    <message>
        <source>sending decisions</source>
        <translation>傳送決定</translation>
    </message>
    <message>
        <source>reject reasons</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <source>after-sales tickets</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>ticket details</source>
        <translation>售後詳情</translation>
    </message>
    <message>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>shipment routes</source>
        <translation>物流軌跡</translation>
    </message>
    <message>
        <source>experience score</source>
        <translation>體驗分</translation>
    </message>
    <message>
        <source>evidence images</source>
        <translation>憑證圖片</translation>
    </message>
    <message>
        <source>You are on this ticket (since %1); other desks see it.</source>
        <translation>您正在處理此售後單（自 %1 起），其他工作台看得到。</translation>
    </message>
    <message>
        <source>%1 has been on this ticket since %2.</source>
        <translation>%1 自 %2 起正在處理此售後單。</translation>
    </message>
    <message>
        <source>copying the team&apos;s data</source>
        <translation>複製團隊的資料</translation>
    </message>
    <message>
        <source>open tickets first</source>
        <translation>先取待處理的售後單</translation>
    </message>
    <message>
        <source>after-sales history</source>
        <translation>售後歷史</translation>
    </message>
    <message>
        <source>recent orders first</source>
        <translation>先取近期訂單</translation>
    </message>
</context>
<context>
    <name>NoteState</name>
    <message>
        <source>not sent yet</source>
        <translation>尚未傳送</translation>
    </message>
    <message>
        <source>sent; other desks see it after their next sync</source>
        <translation>已傳送；其他工作台下次同步後可見</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>on this desk only</source>
        <translation>僅在本機</translation>
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
        <source>The platform&apos;s daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</source>
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
    <name>ScoreLabels</name>
    <message>
        <source>Quality returns</source>
        <translation>品質退貨率</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差評率</translation>
    </message>
    <message>
        <source>Picked up within 24 h</source>
        <translation>24 小時攬收率</translation>
    </message>
    <message>
        <source>Late shipments</source>
        <translation>延遲出貨率</translation>
    </message>
    <message>
        <source>Payment to delivery</source>
        <translation>支付到簽收時長</translation>
    </message>
    <message>
        <source>Refund-only completion</source>
        <translation>僅退款完結時長</translation>
    </message>
    <message>
        <source>Return-refund completion</source>
        <translation>退貨退款完結時長</translation>
    </message>
    <message>
        <source>Merchant rejections</source>
        <translation>商家拒絕率</translation>
    </message>
    <message>
        <source>Platform arbitration</source>
        <translation>平臺介入率</translation>
    </message>
    <message>
        <source>Decided before the deadline</source>
        <translation>按時處理率</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品體驗</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流體驗</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務體驗</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>綜合</translation>
    </message>
</context>
<context>
    <name>ScoreMetricsModel</name>
    <message>
        <source>Double-click to list what is behind this number</source>
        <translation>雙擊檢視構成此數值的明細</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>reviews are not in the cache</source>
        <translation>評價不在快取中</translation>
    </message>
    <message>
        <source>nothing in the window yet</source>
        <translation>統計週期內暫無資料</translation>
    </message>
    <message numerus="yes">
        <source>median of %n sample(s)</source>
        <translation>
            <numerusform>%n 個樣本的中位數</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sub-metric</source>
        <translation>子指標</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>維度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>At full marks the overall number would be about %1 points higher on the platform&apos;s scale: this sub-metric&apos;s %2 % share × the %3 points it is short × %4, the calibration&apos;s slope.</source>
        <translation>若此項滿分，總分在平台口徑下約可提高 %1 分：此子項占比 %2 % × 距滿分差 %3 分 × 校準斜率 %4。</translation>
    </message>
    <message>
        <source>At full marks our overall rule score would be %1 points higher: this sub-metric&apos;s %2 % share × the %3 points it is short. On the platform&apos;s scale once the calibration has its days.</source>
        <translation>若此項滿分，我們的規則總分可提高 %1 分：此子項占比 %2 % × 距滿分差 %3 分。校準天數足夠後按平台口徑計算。</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>失分</translation>
    </message>
</context>
<context>
    <name>ShippingList</name>
    <message>
        <source>No pickup scan · %1</source>
        <translation>未攬收 · 已過 %1</translation>
    </message>
    <message>
        <source>Presale, awaiting shipment</source>
        <translation>預售，待出貨</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待出貨</translation>
    </message>
    <message>
        <source>Shipped %1 with %2 %3; the carrier had no pickup scan when last asked at %4. Without a scan within %5 the platform counts it as a false shipment.</source>
        <translation>已於 %1 透過%2出貨（運單號 %3）；截至 %4 最近一次查詢，快遞仍無攬收記錄。若出貨後 %5 內沒有攬收，平臺將判定為虛假出貨。</translation>
    </message>
    <message>
        <source>%1 — presale: promised to ship by %2</source>
        <translation>%1 —— 預售：承諾 %2 前出貨</translation>
    </message>
    <message>
        <source>%1 — promised to ship by %2</source>
        <translation>%1 —— 承諾 %2 前出貨</translation>
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
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>出貨時限</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Estimated promise: the platform sent no ship-by date for this presale order, so the longest presale the rules allow after payment is shown. Check it in the back office.</source>
        <translation>預估承諾：平台未提供這筆預售訂單的出貨日期，此處依規則允許的最長預售期（自付款起）顯示。請至商家後台核對。</translation>
    </message>
    <message numerus="yes">
        <source>Estimated promise: the platform sent no ship-by time for this order, so the rules&apos; default (%n h after payment) is shown.</source>
        <translation>
            <numerusform>預估承諾：平台未提供這筆訂單的承諾出貨時間，此處依規則預設值（付款後 %n 小時）顯示。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1（預估）</translation>
    </message>
    <message>
        <source>Refunded · do not ship</source>
        <translation>已退款 · 勿出貨</translation>
    </message>
    <message>
        <source>Refund asked · hold it</source>
        <translation>買家申請退款 · 暫緩出貨</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refunded · ship the rest</source>
        <translation>
            <numerusform>%n 件已退款 · 只出其餘</numerusform>
        </translation>
    </message>
    <message>
        <source>The buyer was refunded before the order shipped: nothing is left to ship. The platform closes the order; this list drops it at the next sync.</source>
        <translation>買家已在出貨前退款：這筆訂單無需再出貨。平台會關閉訂單，下次同步後它會從列表中移除。</translation>
    </message>
    <message>
        <source>The buyer asked for a refund before shipping. Decide the request on the After-sales page first: a parcel sent now has to be intercepted if the refund goes through.</source>
        <translation>買家在出貨前申請了退款。請先在「售後」頁處理這筆申請：現在寄出的包裹，若退款成立就得攔截。</translation>
    </message>
    <message>
        <source>Part of this order was refunded before shipping: ship only the lines still paid for.</source>
        <translation>這筆訂單有部分商品已在出貨前退款：只出仍已付款的商品。</translation>
    </message>
    <message>
        <source>Shipped · %1</source>
        <translation>已出貨 · %1</translation>
    </message>
    <message>
        <source>Shipped %1 with %2, tracking number %3</source>
        <translation>%1 由%2寄出，運單號 %3</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>This desk pulled the shop from the platform itself at %1, because the team&apos;s data was out of reach (%2); it uses the team again as soon as it can.</source>
        <translation>由於無法使用團隊的資料（%2），本工作台已於 %1 自行從平台拉取店鋪資料；團隊恢復後會立即改用團隊資料。</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>團隊：正在連線…</translation>
    </message>
    <message>
        <source>The team database is out of reach: deciding works as usual, the desk reconnects by itself. %1</source>
        <translation>無法連線團隊資料庫：可以照常處理，工作台會自動重新連線。%1</translation>
    </message>
    <message>
        <source>Team offline</source>
        <translation>團隊離線</translation>
    </message>
    <message>
        <source>Team online · this desk pulled the shop itself</source>
        <translation>團隊在線 · 本工作台自行拉取了店鋪資料</translation>
    </message>
    <message>
        <source>Team online</source>
        <translation>團隊在線</translation>
    </message>
    <message>
        <source>Team online · this desk polls the shop</source>
        <translation>團隊在線 · 本工作台負責拉取店鋪資料</translation>
    </message>
    <message>
        <source>This desk pulls the shop from the platform for the team.</source>
        <translation>本工作台為整個團隊從平台拉取店鋪資料。</translation>
    </message>
    <message>
        <source>Last poll: %1%2</source>
        <translation>上次拉取：%1%2</translation>
    </message>
    <message>
        <source> (it did not complete)</source>
        <translation>（未完成）</translation>
    </message>
    <message>
        <source>No poll yet.</source>
        <translation>尚未拉取。</translation>
    </message>
    <message>
        <source>This desk copied the team&apos;s data at %1; the list shows the shop as of the poller&apos;s last poll before then.</source>
        <translation>本工作台於 %1 複製了團隊的資料；清單顯示的是在此之前負責拉取的工作台最近一次拉取時的店鋪資料。</translation>
    </message>
    <message>
        <source>Team online · %1&apos;s desk polls the shop</source>
        <translation>團隊在線 · %1 的工作台負責拉取店鋪資料</translation>
    </message>
    <message>
        <source>This desk was away longer than the team keeps its data, so it pulled the shop from the platform itself at %1, once; it copies the team&apos;s data from now on.</source>
        <translation>本工作台離開的時間超過了團隊資料的保留期，因此已於 %1 自行從平台拉取了一次店鋪資料；此後改為複製團隊的資料。</translation>
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
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>處理人</translation>
    </message>
</context>
<context>
    <name>anxin::models::ScoreDrillModel</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation>未出貨</translation>
    </message>
    <message>
        <source>Shipped, no carrier scan</source>
        <translation>已出貨，未攬收</translation>
    </message>
    <message>
        <source>Carrier scan after %1, delivered</source>
        <translation>出貨後 %1 攬收，已簽收</translation>
    </message>
    <message>
        <source>Carrier scan after %1</source>
        <translation>出貨後 %1 攬收</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款時間</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>出貨時限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止時間</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>出貨時間</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完結時間</translation>
    </message>
</context>
<context>
    <name>anxin::ui::AboutDialog</name>
    <message>
        <source>About Anxin Desk</source>
        <translation>關於安心工作臺</translation>
    </message>
    <message>
        <source>Anxin Desk logo</source>
        <translation>安心工作臺標誌</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anxin Desk&lt;/b&gt;&lt;br&gt;The after-sales workbench for live-stream shops</source>
        <translation>&lt;b&gt;安心工作臺&lt;/b&gt;&lt;br&gt;直播電商店鋪的售後工作臺</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>%1 (commit %2)</source>
        <translation>%1（提交 %2）</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite：</translation>
    </message>
    <message>
        <source>Rules files:</source>
        <translation>規則檔案：</translation>
    </message>
    <message>
        <source>guarantee rules v%1, score rules v%2</source>
        <translation>保障規則 v%1，體驗分規則 v%2</translation>
    </message>
    <message>
        <source>Cache schema:</source>
        <translation>快取結構：</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>no cache open</source>
        <translation>未開啟快取</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>設定檔資料夾：</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <translation>
            <numerusform>%n 條記錄，最新雜湊 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>審計日誌：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these details for a support request</source>
        <translation>複製以上資訊，用於聯絡技術支援</translation>
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
        <translation>
            <numerusform>%n 個售後單</numerusform>
        </translation>
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
        <source>Only tickets flagged by the platform&apos;s risk check</source>
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
        <translation>
            <numerusform>同意 %n 個售後單，合計 %1？</numerusform>
        </translation>
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
        <translation>
            <numerusform>已有 %n 個同意決定加入待同步，下次同步時提交到平臺。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued, %2 not: %3</source>
        <translation>%1 個已加入待同步，%2 個未加入：%3</translation>
    </message>
    <message>
        <source>Show all tickets</source>
        <translation>顯示全部售後單</translation>
    </message>
    <message>
        <source>Only the shop owner can reveal buyer contact details.</source>
        <translation>只有店主可以檢視買家聯絡方式。</translation>
    </message>
    <message>
        <source>This order&apos;s contact is not in the cache yet; sync, then try again.</source>
        <translation>此訂單的聯絡方式尚未快取；請同步後重試。</translation>
    </message>
    <message>
        <source>The shop is not connected on this computer; connect it in Settings.</source>
        <translation>本機未連線該店鋪；請在“設定”中連線。</translation>
    </message>
    <message>
        <source>Not revealed: the reveal could not be recorded in the audit log.</source>
        <translation>未顯示：本次檢視無法記入審計日誌。</translation>
    </message>
    <message>
        <source>Could not reveal the contact: the platform did not answer. Try again.</source>
        <translation>無法檢視聯絡方式：平臺未響應。請重試。</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>正在統計售後單…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n ticket(s) from %1</source>
        <translation>
            <numerusform>顯示“%1”涉及的 %n 個售後單</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 is yours now; the other agent sees that you took it over, and why.</source>
        <translation>售後單 %1 已由您接手；對方客服看得到您接手及原因。</translation>
    </message>
    <message>
        <source>Ticket %1 was not taken over: %2</source>
        <translation>售後單 %1 未能接手：%2</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>正在連線團隊資料庫…</translation>
    </message>
    <message>
        <source>Team offline: deciding works as usual, but other desks cannot see that you are on this ticket. The app reconnects by itself.</source>
        <translation>團隊離線：可以照常處理，但其他工作台看不到您正在處理此單。程式會自動重新連線。</translation>
    </message>
    <message>
        <source>Telling the other desks you are on this ticket…</source>
        <translation>正在告知其他工作台您在處理此單…</translation>
    </message>
    <message>
        <source>%1 Decisions wait here until you take it over.</source>
        <translation>%1在您接手之前，此處暫不能做決定。</translation>
    </message>
    <message>
        <source>Take over ticket %1</source>
        <translation>接手售後單 %1</translation>
    </message>
    <message>
        <source>%1 is on this ticket. Why are you taking it over? %1 sees your reason, and it is kept in the team&apos;s audit.</source>
        <translation>%1 正在處理此單。您為什麼要接手？%1 會看到您的原因，並記入團隊稽核。</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Not taken over: write a reason the other agent can read.</source>
        <translation>未接手：請寫明對方客服看得到的原因。</translation>
    </message>
    <message>
        <source>your queue</source>
        <translation>我的佇列</translation>
    </message>
    <message>
        <source>The queue was not split: %1</source>
        <translation>未能分配佇列：%1</translation>
    </message>
    <message>
        <source>%1 ticket(s) assigned to %2 agent(s) on shift; %3 left over (everyone is at capacity).</source>
        <translation>已將 %1 張售後單分配給 %2 位在班客服；還剩 %3 張（每人都已滿額）。</translation>
    </message>
    <message>
        <source>%1 ticket(s) assigned to %2 agent(s) on shift, soonest deadline first.</source>
        <translation>已將 %1 張售後單分配給 %2 位在班客服，最先到期的優先。</translation>
    </message>
    <message>
        <source>My queue (%1)</source>
        <translation>我的佇列（%1）</translation>
    </message>
    <message>
        <source>The tickets assigned to you, soonest deadline first</source>
        <translation>分配給您的售後單，最先到期的在前</translation>
    </message>
    <message>
        <source>Split queue…</source>
        <translation>分配佇列…</translation>
    </message>
    <message>
        <source>Assign the shop&apos;s open tickets to the agents on shift, soonest deadline first</source>
        <translation>把本店待處理的售後單分配給在班客服，最先到期的優先</translation>
    </message>
    <message>
        <source>Split the queue</source>
        <translation>分配佇列</translation>
    </message>
    <message>
        <source>The shop&apos;s open tickets go to the agents on shift, soonest deadline first, each to whoever has the fewest. At most this many tickets per agent:</source>
        <translation>本店待處理的售後單將分給在班客服：最先到期的優先，每張給目前最少的人。每位客服最多分配：</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>History still loading (%1 %): the open tickets came first; closed ones fill in as they arrive.</source>
        <translation>歷史記錄仍在載入（%1 %）：待處理的售後單已先到；已結束的售後單陸續補入。</translation>
    </message>
    <message>
        <source>History incomplete: the open tickets are here, the rest of the shop&apos;s history loads with the next sync. Auto-approve rules wait for it.</source>
        <translation>歷史記錄尚不完整：待處理的售後單已在，其餘歷史將在下次同步時繼續載入。自動同意規則會等歷史載入完再執行。</translation>
    </message>
    <message>
        <source>History still loading (%1 %, about %2 left): the open tickets came first; closed ones fill in as they arrive.</source>
        <translation>歷史記錄仍在載入（%1 %，約剩 %2）：待處理的售後單已先到；已結束的售後單陸續補入。</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its tickets appear here after the first sync.</source>
        <translation>還沒有連線店鋪。%1，首次同步後售後單會顯示在這裡。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Show desktop alerts</source>
        <translation>顯示桌面提醒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Quiet hours: hold alerts, then summarise them</source>
        <translation>免打擾時段：暫不提醒，結束後彙總</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>免打擾開始</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>免打擾結束</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <source>%1 until %2: %3</source>
        <translation>%1 暫停至 %2：%3</translation>
    </message>
    <message>
        <source>No snoozes.</source>
        <translation>沒有暫停的提醒。</translation>
    </message>
    <message>
        <source>End all snoozes</source>
        <translation>結束全部暫停</translation>
    </message>
    <message>
        <source>Orders: alert when the time to ship is</source>
        <translation>訂單提醒：出貨剩餘時間</translation>
    </message>
    <message>
        <source>Tickets: alert when the time to answer is</source>
        <translation>售後單提醒：處理剩餘時間</translation>
    </message>
    <message>
        <source>Quiet from, until</source>
        <translation>免打擾時段</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暫停</translation>
    </message>
</context>
<context>
    <name>anxin::ui::CalibrationDialog</name>
    <message>
        <source>How the calibrated estimate is computed</source>
        <translation>校準估算是怎樣算出來的</translation>
    </message>
    <message>
        <source>The platform publishes no formula. Each day the first sync keeps the platform&apos;s numbers and, beside them, our rule score of the same moment. For each dimension a straight line from our rule score to the platform&apos;s number is fitted over those days: its slope is the middle one of the slopes between every two days and its offset the middle one of what remains, so one odd day moves it little. When our rule score moved less than %1 points over the days kept, the slope is 1 and only the offset is learnt. The band is three typical misses of the line either side (at least %2), wider when today&apos;s rule score lies outside the range the line was fitted on. It needs %3 days.</source>
        <translation>平台不公布公式。每天第一次同步時保存平台的分數，並在旁邊記下同一時刻我們的規則分。每個維度用這些天擬合一條從規則分到平台分數的直線：斜率取每兩天之間斜率的中位數，截距取其餘差值的中位數，因此個別異常的一天影響很小。若所存天數內規則分變化不到 %1 分，斜率取 1，只學習偏移。區間為直線典型偏差的三倍（至少 ±%2），當今天的規則分超出擬合時見過的範圍時會更寬。需要 %3 天的資料。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Our rule score</source>
        <translation>我們的規則分</translation>
    </message>
    <message>
        <source>The line gives</source>
        <translation>直線給出</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>維度(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) kept with both numbers; the calibration needs %1. Until then the page shows our rule score and its gap to the platform only.</source>
        <translation>
            <numerusform>已保存 %n 天兩邊都有的分數；校準需要 %1 天。在此之前本頁只顯示我們的規則分及其與平台的差距。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Platform ≈ %1 + %2 × our rule score, fitted on %n day(s); the line misses by %3 on a typical day.</source>
        <translation>
            <numerusform>平台 ≈ %1 + %2 × 我們的規則分，用 %n 天擬合；這條直線典型的一天偏差 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Our rule score stayed between %1 and %2, too little to tell a slope: the slope is 1.</source>
        <translation>我們的規則分一直在 %1 到 %2 之間，變化太小無法判斷斜率：斜率取 1。</translation>
    </message>
    <message>
        <source>Today our rule score is %1, so the calibrated estimate is %2 (expected between %3 and %4).</source>
        <translation>今天我們的規則分是 %1，所以校準估算為 %2（預計在 %3 到 %4 之間）。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ClaimPanel</name>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Take the decision back while it has not been sent</source>
        <translation>在提交之前撤回這個決定</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核對清單</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金額</translation>
    </message>
    <message>
        <source>Suggested refund; never more than what the buyer paid for the line</source>
        <translation>建議退款金額；不會超過買家為該商品實付的金額</translation>
    </message>
    <message>
        <source>Open in After-sales</source>
        <translation>在售後中開啟</translation>
    </message>
    <message>
        <source>Reject, add a note or see the full history</source>
        <translation>拒絕、新增備註或檢視完整處理記錄</translation>
    </message>
    <message>
        <source>Select a claim to see its window, evidence and suggested refund.</source>
        <translation>選擇一個理賠，檢視時效、憑證和建議退款。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Respond: %1 — then the platform decides for the buyer (%2)</source>
        <translation>響應時限：%1 —— 之後平臺將替買家做決定（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · ticket %4 · shop %5</source>
        <translation>%1 · %2 · %3 · 售後單 %4 · 店鋪 %5</translation>
    </message>
    <message>
        <source>category unknown</source>
        <translation>類目未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — every check passes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; —— 全部核對通過</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; —— %2</translation>
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
        <source>Sign-for time unknown: the %1 window cannot be checked yet</source>
        <translation>簽收時間未知：暫無法核對 %1 時效</translation>
    </message>
    <message>
        <source>%1 — %2 (by %3)</source>
        <translation>%1 —— %2（%3）</translation>
    </message>
    <message>
        <source>! Details not synced yet: the evidence count is not known</source>
        <translation>! 詳情尚未同步：憑證數量未知</translation>
    </message>
    <message>
        <source>Claimed %1 · paid for the line %2</source>
        <translation>申請 %1 · 該商品實付 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> · bad share %1/%2 → %3</source>
        <translation> · 損壞比例 %1/%2 → %3</translation>
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
        <source>&amp;Approve refund %1</source>
        <translation>同意退款 %1(&amp;A)</translation>
    </message>
    <message>
        <source>The platform refunds the amount claimed (%1) on approval. To refund %2, ask the buyer to change the claim, or open the ticket in After-sales to reject with a reason.</source>
        <translation>同意後平臺將按申請金額（%1）退款。如要退款 %2，請讓買家修改申請，或在售後中開啟該售後單並填寫原因拒絕。</translation>
    </message>
    <message>
        <source>&amp;Agree return</source>
        <translation>同意退貨(&amp;A)</translation>
    </message>
    <message>
        <source>Then, once the parcel is back: confirm receipt and refund %1.</source>
        <translation>退貨包裹寄回後：確認收貨並退款 %1。</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt and refund %1</source>
        <translation>確認收貨並退款 %1(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s return parcel.</source>
        <translation>等待買家寄回退貨。</translation>
    </message>
    <message>
        <source>Filed as %1, not as a return: the allergy guarantee refunds after the item comes back. Open the ticket in After-sales to decide.</source>
        <translation>買家申請的是%1而非退貨：過敏包退需商品寄回後才退款。請在售後中開啟該售後單處理。</translation>
    </message>
    <message>
        <source>Filed as a return: spoiled fresh goods are refunded without a return. Open the ticket in After-sales to decide.</source>
        <translation>買家申請的是退貨：生鮮壞單無需退貨即可退款。請在售後中開啟該售後單處理。</translation>
    </message>
    <message>
        <source>Nothing to approve at this step; open the ticket in After-sales.</source>
        <translation>當前環節無需同意；請在售後中開啟該售後單。</translation>
    </message>
    <message>
        <source>A decision on this claim is waiting to sync.</source>
        <translation>此理賠有處理決定等待同步。</translation>
    </message>
    <message>
        <source>Settle the claim as its guarantee prescribes (A)</source>
        <translation>按保障規則處理此理賠 (A)</translation>
    </message>
    <message>
        <source>The buyer claims %1, more than the %2 paid for this line, and the platform refunds the whole claim on approval. Ask the buyer to change the claim, or open the ticket in After-sales to reject it with a reason.</source>
        <translation>買家申請 %1，超過該商品實付的 %2，同意後平台將按申請金額全額退款。請聯繫買家修改申請，或在售後頁面開啟此單並填寫原因拒絕。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ClaimsPage</name>
    <message>
        <source>Decision taken back; nothing was sent.</source>
        <translation>已撤回決定，未向平臺傳送任何內容。</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤銷：%1</translation>
    </message>
    <message>
        <source>Search product, ticket, order or the buyer&apos;s words  ( / )</source>
        <translation>搜尋商品、售後單、訂單或買家描述  ( / )</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>搜尋理賠</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>全部判定</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需複核</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Both guarantees</source>
        <translation>全部保障</translation>
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
        <source>Guarantee</source>
        <translation>保障</translation>
    </message>
    <message>
        <source>Auto-approve rules…</source>
        <translation>自動同意規則…</translation>
    </message>
    <message>
        <source>Rules that approve small, clear claims: dry-run, shadow, live</source>
        <translation>自動同意小額、明確的理賠：試執行、影子模式、正式啟用</translation>
    </message>
    <message>
        <source>No open guarantee claims. Spoiled-fresh and allergy claims appear here after a sync, with their eligibility already checked.</source>
        <translation>沒有待處理的保障理賠。同步後，生鮮壞單和過敏理賠會顯示在這裡，並已完成資格核對。</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 個理賠</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 / %n 個理賠</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show this claim: %1</source>
        <translation>無法顯示此理賠：%1</translation>
    </message>
    <message>
        <source>Not approved: the platform would refund %1, more than the %2 you set.</source>
        <translation>未同意：平臺將退款 %1，超過你設定的 %2。</translation>
    </message>
    <message>
        <source>Approve this claim for %1?</source>
        <translation>同意此理賠，金額 %1？</translation>
    </message>
    <message>
        <source>This claim is not marked eligible (%1). Approve it anyway for %2?</source>
        <translation>此理賠未判定為符合（%1）。仍要同意，金額 %2？</translation>
    </message>
    <message>
        <source>Approve claim</source>
        <translation>同意理賠</translation>
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
        <source>Reading the claims from the local cache…</source>
        <translation>正在從本地快取讀取理賠…</translation>
    </message>
    <message>
        <source>The shop&apos;s history is still loading: a buyer&apos;s earlier claim on the same item may not be here yet, so every approval asks first. Auto-approve rules wait for it.</source>
        <translation>店鋪歷史記錄仍在載入：同一買家對同一商品的更早索賠可能尚未載入，因此每次同意前都會先確認。自動同意規則會等待歷史載入完成。</translation>
    </message>
    <message>
        <source>The shop&apos;s history is still loading: an earlier claim by this buyer on the same item may not be here yet. Approve this claim for %1 anyway?</source>
        <translation>店鋪歷史記錄仍在載入：該買家對同一商品的更早索賠可能尚未載入。仍要按 %1 同意此索賠嗎？</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its guarantee claims appear here after the first sync.</source>
        <translation>還沒有連線店鋪。%1，首次同步後保障理賠會顯示在這裡。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::EvidenceGrid</name>
    <message>
        <source>Evidence</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>放大 (%1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>縮小 (%1)</translation>
    </message>
    <message>
        <source>Open full size</source>
        <translation>檢視原圖</translation>
    </message>
    <message>
        <source>Evidence image %1</source>
        <translation>憑證圖片 %1</translation>
    </message>
    <message>
        <source>Image not downloaded
retry</source>
        <translation>圖片未下載
重試</translation>
    </message>
    <message>
        <source>Download this ticket&apos;s missing images now
%1</source>
        <translation>立即下載此售後單缺少的圖片
%1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下載…</translation>
    </message>
    <message>
        <source>The image host did not deliver it (%1). Click to try again.</source>
        <translation>圖片伺服器未傳回這張圖片（%1）。點擊重試。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::FirstRunWizard</name>
    <message>
        <source>Connect a shop</source>
        <translation>連線店鋪</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>開始工作(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <source>Open Anxin Desk without a shop; connect one from Settings</source>
        <translation>先不連線店鋪開啟安心工作臺；之後可在“設定”中連線</translation>
    </message>
    <message>
        <source>Welcome to Anxin Desk</source>
        <translation>歡迎使用安心工作臺</translation>
    </message>
    <message>
        <source>Anxin Desk works on a copy of your shop&apos;s after-sales tickets, kept on this computer.</source>
        <translation>安心工作臺在本機儲存店鋪售後單的副本，並基於副本工作。</translation>
    </message>
    <message>
        <source>&amp;Connect my shop (app key and secret of your self-use app)</source>
        <translation>連線我的店鋪（使用自用型應用的 App Key 和 Secret）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox: a demo shop served on this computer</source>
        <translation>試用沙箱：在本機執行的示範店鋪(&amp;T)</translation>
    </message>
    <message>
        <source>The sandbox answers like the platform, with generated tickets, so you can learn the keys and the decisions without touching real orders.</source>
        <translation>沙箱會像平臺一樣響應，並提供生成的售後單，讓你在不影響真實訂單的情況下熟悉快捷鍵和處理操作。</translation>
    </message>
    <message>
        <source>Your shop&apos;s connection</source>
        <translation>店鋪連線</translation>
    </message>
    <message>
        <source>From the platform&apos;s developer console: your self-use app&apos;s key and secret, and your shop ID.</source>
        <translation>請從平臺開發者後臺獲取：自用型應用的 App Key 和 Secret，以及店鋪 ID。</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>閘道(&amp;G)：</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>App Key(&amp;K)：</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>App Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>Shop &amp;ID:</source>
        <translation>店鋪 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Sign &amp;method:</source>
        <translation>簽名方式(&amp;M)：</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain. Where no keychain is available it goes to secrets.json in the profile folder (readable only by you), and nowhere else.</source>
        <translation>Secret 儲存在系統鑰匙串中。沒有鑰匙串時，儲存到設定檔資料夾中的 secrets.json（僅你本人可讀），不會存放到其他地方。</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>連線測試</translation>
    </message>
    <message>
        <source>Anxin Desk asks the platform for an access token with these details.</source>
        <translation>安心工作臺將使用以上資訊向平臺申請存取權杖。</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在測試連線</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>重新測試(&amp;T)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain.</source>
        <translation>Secret 已儲存在系統鑰匙串中。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the secret is stored in the file %1, readable only by you.</source>
        <translation>本機沒有可用的鑰匙串：Secret 已儲存在檔案 %1 中，僅你本人可讀。</translation>
    </message>
    <message>
        <source>Connected to shop %1.</source>
        <translation>已連線店鋪 %1。</translation>
    </message>
    <message>
        <source>The gateway could not be reached. Check its address and this computer&apos;s network, then test again.</source>
        <translation>無法連線閘道。請檢查閘道地址和本機網路，然後重新測試。</translation>
    </message>
    <message>
        <source>The platform refused these details. Check the app key, the secret, the shop ID and the sign method, then test again.</source>
        <translation>平臺拒絕了這些資訊。請檢查 App Key、Secret、店鋪 ID 和簽名方式，然後重新測試。</translation>
    </message>
    <message>
        <source>Some details are missing or not valid. Go back and check them.</source>
        <translation>有資訊缺失或無效。請返回檢查。</translation>
    </message>
    <message>
        <source>The secret could not be stored. Check that the profile folder is writable.</source>
        <translation>無法儲存 Secret。請檢查設定檔資料夾是否可寫。</translation>
    </message>
    <message>
        <source>The connection test failed. Go back and check the details, then test again.</source>
        <translation>連線測試失敗。請返回檢查資訊，然後重新測試。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
    <message>
        <source>The sandbox is not available in this window.</source>
        <translation>此視窗中無法使用沙箱。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在啟動沙箱…</translation>
    </message>
    <message>
        <source>The sandbox could not be started. It is installed with Anxin Desk as %1.</source>
        <translation>無法啟動沙箱。它隨安心工作臺一起安裝，路徑為 %1。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳情：%1</translation>
    </message>
    <message>
        <source>The connection worked but could not be saved. Check that the profile folder is writable.</source>
        <translation>連線成功，但無法儲存。請檢查設定檔資料夾是否可寫。</translation>
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
    <name>anxin::ui::KeyBindingsEditor</name>
    <message>
        <source>%1 now uses %2.</source>
        <translation>%1 現在使用 %2。</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>%1 的按鍵</translation>
    </message>
    <message>
        <source>Click, then press the new key. Default: %1</source>
        <translation>單擊後按下新按鍵。預設：%1</translation>
    </message>
    <message>
        <source>Reset keys to &amp;defaults</source>
        <translation>恢復預設按鍵(&amp;D)</translation>
    </message>
    <message>
        <source>Reset keys to defaults</source>
        <translation>恢復預設按鍵</translation>
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
        <translation>
            <numerusform>待同步：%n</numerusform>
        </translation>
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
    <message>
        <source>A check of the local cache found damage. Restart Anxin Desk: it will set the damaged file aside unchanged and fill a fresh cache from the platform.</source>
        <translation>檢查發現本地快取已損壞。請重啟安心工作臺：它會原樣保留損壞的檔案，並從平臺重新建立快取。</translation>
    </message>
    <message>
        <source>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be exported from it.</source>
        <translation>本地快取已損壞，已原樣另存為 %1。正在從平臺重新建立快取；舊檔案中等待同步的處理決定可以從中匯出。</translation>
    </message>
    <message>
        <source>The audit log does not check out from entry %1 on: it was changed outside Anxin Desk. Keep this computer&apos;s files as they are and tell the shop owner.</source>
        <translation>審計日誌從第 %1 條起校驗不通過：它在安心工作臺之外被修改過。請保持本機檔案原樣，並告知店主。</translation>
    </message>
    <message>
        <source>Export waiting decisions…</source>
        <translation>匯出待同步決定…</translation>
    </message>
    <message>
        <source>Save the decisions that had not reached the platform to a file (no buyer data)</source>
        <translation>將尚未提交到平臺的處理決定儲存到檔案（不含買家資料）</translation>
    </message>
    <message>
        <source>Export waiting decisions</source>
        <translation>匯出待同步決定</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting decision(s) exported to %1.</source>
        <translation>
            <numerusform>已將 %n 個待同步決定匯出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file; it stays where it is.</source>
        <translation>無法從損壞的檔案中讀取任何內容；檔案保留在原處。</translation>
    </message>
    <message numerus="yes">
        <source> · completed with %n item(s) refused</source>
        <translation>
            <numerusform> · 已完成，平台拒絕了 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform refused these items; each is tried again later:</source>
        <translation>平台拒絕了以下項目，稍後會逐一重試：</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source> · %n image(s) not downloaded</source>
        <translation>
            <numerusform> · %n 張圖片未下載</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence images whose host did not deliver them are tried again with later syncs, or at once from the ticket&apos;s evidence.</source>
        <translation>圖片伺服器未傳回的憑證圖片會在之後的同步中重試，也可以在售後單的憑證處立即重試。</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is %1 behind the platform&apos;s</source>
        <translation> · 本機時鐘比平台慢 %1</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is %1 ahead of the platform&apos;s</source>
        <translation> · 本機時鐘比平台快 %1</translation>
    </message>
    <message>
        <source>Every deadline and countdown here follows the platform&apos;s clock, not this computer&apos;s.</source>
        <translation>這裡的所有截止時間和倒數計時都以平台時鐘為準，而不是本機時鐘。</translation>
    </message>
    <message numerus="yes">
        <source>The platform asked to slow down %n time(s) during the last sync; those calls went out again at the pace it allows.</source>
        <translation>
            <numerusform>上次同步時平台 %n 次要求降低請求頻率；這些請求已按平台允許的速度重新發送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: ?</source>
        <translation>待同步：?</translation>
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
    <message>
        <source>Could not open the browser. Open %1 yourself; the ticket id %2 is copied.</source>
        <translation>無法開啟瀏覽器。請自行開啟 %1；售後單號 %2 已複製。</translation>
    </message>
    <message>
        <source>Open in the merchant back office</source>
        <translation>在抖店後台處理</translation>
    </message>
    <message>
        <source>Copies the ticket id and opens the platform&apos;s merchant back office, where this decision can be made</source>
        <translation>複製售後單號並開啟平台的商家後台，在那裡處理此決定</translation>
    </message>
    <message>
        <source>The platform does not take this decision through its open API (code %1). Make it in the merchant back office: “Open in the merchant back office” copies the ticket id %2 for its search box.</source>
        <translation>平台不支援透過開放平台介面處理此決定（代碼 %1）。請在商家後台處理：「在抖店後台處理」會複製售後單號 %2，方便在後台搜尋。</translation>
    </message>
    <message numerus="yes">
        <source> · %n may reach the platform too late</source>
        <translation>
            <numerusform> · %n 個可能來不及送達平台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overtaken by the platform&apos;s deadline</source>
        <translation>
            <numerusform> · %n 筆因平台逾時已被處理</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late, and not sent again. Here: “%1”, decided on the ticket as it was (%2), due by %3. The platform decided for the buyer when that time ran out: the ticket is now “%4” (since %5). Open the ticket to see what the platform did.</source>
        <translation>太遲，不會再傳送。本機：「%1」，針對當時的工單狀態（%2）作出，須在 %3 前處理。時限到後平台已替買家處理：工單現為「%4」（自 %5 起）。開啟工單查看平台的處理結果。</translation>
    </message>
    <message>
        <source>Not applied yet; sent again with the next sync</source>
        <translation>尚未生效，將隨下次同步重新傳送</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>正在傳送</translation>
    </message>
    <message>
        <source>Sent without an answer; asking the platform whether it arrived</source>
        <translation>已傳送但未收到答覆，正在向平台確認是否送達</translation>
    </message>
    <message>
        <source>The ticket changed on the platform first</source>
        <translation>售後單已先在平台上發生變化</translation>
    </message>
    <message>
        <source>The platform decided at its deadline first</source>
        <translation>平台已在時限到時先行處理</translation>
    </message>
    <message>
        <source>A decision made without a connection waits here until the next sync. Clear “Only what still needs attention” to see those already applied.</source>
        <translation>沒有網路時做出的處理會在這裡等待，下次同步時送出。取消勾選「只看仍需處理的」可查看已送出的處理。</translation>
    </message>
    <message>
        <source>Approve, reject or extend a ticket on the After-sales page: each decision is listed here until the platform has it, and stays here as a record.</source>
        <translation>在「售後」頁同意、拒絕或延長一筆售後單：每個處理都會列在這裡，直到平台收到為止，之後也會留作紀錄。</translation>
    </message>
    <message>
        <source>The decisions made on this computer could not be read; none is lost.</source>
        <translation>無法讀取在這台電腦上做出的決定；沒有任何決定遺失。</translation>
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
        <source>Choose a reason from the platform&apos;s list.</source>
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
    <message>
        <source>Why you reject a claim that meets the guarantee without counter-evidence (kept in the audit log)</source>
        <translation>在沒有反證的情況下拒絕符合保障條件之理賠的原因（記入稽核日誌）</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>越權原因</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>越權說明(&amp;O)：</translation>
    </message>
    <message>
        <source>This claim meets the guarantee: reject it only with a reason that needs evidence and the counter-evidence attached. Only an owner can override this.</source>
        <translation>該理賠符合保障條件：只能選擇需要憑證的原因並附上反證後拒絕。只有店主可以越權處理。</translation>
    </message>
    <message>
        <source>This claim meets the guarantee: choose a reason that needs evidence and attach the counter-evidence, or write why you override (kept in the audit log).</source>
        <translation>該理賠符合保障條件：請選擇需要憑證的原因並附上反證，或寫明越權原因（記入稽核日誌）。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::RuleDialog</name>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dry-run only</source>
        <translation>僅試執行</translation>
    </message>
    <message>
        <source>Shadow: label the claims it would approve</source>
        <translation>影子模式：標記規則會同意的理賠</translation>
    </message>
    <message>
        <source>Live: approve through the outbox</source>
        <translation>正式啟用：透過待同步佇列自動同意</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>dry-run</source>
        <translation>試執行</translation>
    </message>
    <message>
        <source>shadow</source>
        <translation>影子</translation>
    </message>
    <message>
        <source>live</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>risky</source>
        <translation>有風險</translation>
    </message>
    <message>
        <source>above the cap</source>
        <translation>超出金額上限</translation>
    </message>
    <message>
        <source>outside the window</source>
        <translation>超出時效</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>other guarantee</source>
        <translation>其他保障</translation>
    </message>
    <message>
        <source>too few photos</source>
        <translation>圖片不足</translation>
    </message>
    <message>
        <source>frequent claimer</source>
        <translation>頻繁理賠</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Auto-approve rules</source>
        <translation>自動同意規則</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Always on: no rule acts outside the guarantee window or on a claim the platform flags as risky</source>
        <translation>始終生效：任何規則都不會處理超出保障時效或被平臺標記為有風險的理賠</translation>
    </message>
    <message>
        <source>Inside the guarantee window</source>
        <translation>在保障時效內</translation>
    </message>
    <message>
        <source>Not flagged risky by the platform</source>
        <translation>未被平臺標記為有風險</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建規則</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Dry-run over 90 days</source>
        <translation>用近 90 天試執行</translation>
    </message>
    <message>
        <source>Replay the rule over the claims closed in the last 90 days; nothing is sent</source>
        <translation>用近 90 天已關閉的理賠回放此規則；不會提交任何內容</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>售後單</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>實際處理結果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保障</translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation>金額上限</translation>
    </message>
    <message>
        <source>Photos at least</source>
        <translation>圖片至少</translation>
    </message>
    <message>
        <source>Buyer&apos;s claims in 90 days at most</source>
        <translation>買家 90 天內理賠次數上限</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Only the shop owner edits auto-approve rules. You can dry-run them.</source>
        <translation>只有店主可以編輯自動同意規則。你可以試執行。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>fresh under ¥50</source>
        <translation>生鮮 ¥50 以下</translation>
    </message>
    <message>
        <source>Live rule</source>
        <translation>正式啟用規則</translation>
    </message>
    <message>
        <source>Rule %1 will approve matching claims on its own after each sync, up to %2 each. Continue?</source>
        <translation>規則 %1 將在每次同步後自動同意符合條件的理賠，每筆最多 %2。是否繼續？</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Saved rule %1.</source>
        <translation>已儲存規則 %1。</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>刪除規則</translation>
    </message>
    <message>
        <source>Delete rule %1?</source>
        <translation>刪除規則 %1？</translation>
    </message>
    <message>
        <source>Rule deleted.</source>
        <translation>規則已刪除。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未刪除：%1</translation>
    </message>
    <message>
        <source>Cannot dry-run: %1</source>
        <translation>無法試執行：%1</translation>
    </message>
    <message>
        <source>Dry-run failed: %1</source>
        <translation>試執行失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 90 days, %n closed claim(s) of this guarantee.</source>
        <translation>
            <numerusform>近 90 天內，此保障共有 %n 個已關閉的理賠。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule would have approved %n of them, %1 in total.</source>
        <translation>
            <numerusform>規則會同意其中 %n 個，合計 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It approves %n claim(s) a person rejected</source>
        <translation>
            <numerusform>規則會同意 %n 個曾被人工拒絕的理賠</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it leaves %n approved claim(s) to a person.</source>
        <translation>
            <numerusform>並會把 %n 個人工同意的理賠留給人工處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) had no synced evidence and count as without photos.</source>
        <translation>
            <numerusform>%n 個理賠沒有已同步的憑證，按無圖片計算。</numerusform>
        </translation>
    </message>
    <message>
        <source>approves</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>leaves it (%1)</source>
        <translation>不處理（%1）</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 —— 不一致</translation>
    </message>
    <message>
        <source>Dry-run done; nothing was sent.</source>
        <translation>試執行完成；未提交任何內容。</translation>
    </message>
    <message>
        <source>claims more than paid</source>
        <translation>申請超過實付</translation>
    </message>
    <message>
        <source>line claimed twice</source>
        <translation>同一商品重複理賠</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ScorePage</name>
    <message>
        <source>Computing the estimate from the cache: step %1 of %2</source>
        <translation>正在根據快取計算估算值：第 %1/%2 步</translation>
    </message>
    <message>
        <source>The score could not be computed from the cache: %1. Try Refresh; if it keeps failing, check the database in Settings.</source>
        <translation>無法根據快取計算體驗分：%1。請嘗試重新整理；如果仍然失敗，請在“設定”中檢查資料庫。</translation>
    </message>
    <message>
        <source>Listing what is behind “%1”…</source>
        <translation>正在列出“%1”的明細…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Choose a folder you can write to.</source>
        <translation>無法將圖表儲存到 %1。請選擇有寫入許可權的資料夾。</translation>
    </message>
    <message>
        <source>Experience score</source>
        <translation>體驗分</translation>
    </message>
    <message numerus="yes">
        <source>The platform&apos;s own numbers come from one snapshot a day; our estimate is computed from the cached tickets and orders of the last %n day(s). Double-click a sub-metric to see what is behind it.</source>
        <translation>
            <numerusform>平臺資料來自每天一次的快照；我們的估算根據快取中近 %n 天的售後單和訂單計算。雙擊子指標可檢視明細。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Recompute the estimate from the cache</source>
        <translation>根據快取重新計算估算值</translation>
    </message>
    <message>
        <source>Export trend…</source>
        <translation>匯出趨勢圖…</translation>
    </message>
    <message>
        <source>Export dimensions…</source>
        <translation>匯出維度圖…</translation>
    </message>
    <message>
        <source>Save the trend chart as a PNG image (scores only, no buyer data)</source>
        <translation>將趨勢圖儲存為 PNG 圖片（僅含分數，不含買家資料）</translation>
    </message>
    <message>
        <source>Save the dimensions chart as a PNG image (scores only, no buyer data)</source>
        <translation>將維度圖儲存為 PNG 圖片（僅含分數，不含買家資料）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if&lt;/b&gt; the tickets and orders due in the next 24 hours are settled and shipped in time, or all missed?</source>
        <translation>&lt;b&gt;假設分析&lt;/b&gt;：未來 24 小時內到期的售後單和訂單全部按時處理和出貨，或全部超時，會怎樣？</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>當前</translation>
    </message>
    <message>
        <source>All in time</source>
        <translation>全部按時</translation>
    </message>
    <message>
        <source>All missed</source>
        <translation>全部超時</translation>
    </message>
    <message>
        <source>Tickets to settle:</source>
        <translation>待處理售後單：</translation>
    </message>
    <message>
        <source>Orders to ship:</source>
        <translation>待出貨訂單：</translation>
    </message>
    <message>
        <source>Open in After-sales</source>
        <translation>在售後中開啟</translation>
    </message>
    <message>
        <source>Platform score, last 90 days</source>
        <translation>平臺體驗分（近 90 天）</translation>
    </message>
    <message>
        <source>Dimensions: latest day against the day before</source>
        <translation>各維度：最新一天與前一天對比</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message numerus="yes">
        <source>No estimate yet: the cache holds no tickets or orders of the last %n day(s) for this shop.</source>
        <translation>
            <numerusform>暫無估算：快取中沒有該店鋪近 %n 天的售後單或訂單。</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform number yet: each day&apos;s first sync stores one. Until then there is nothing to calibrate against.</source>
        <translation>暫無平臺數值：每天首次同步時會儲存一次。在此之前沒有可供校準的資料。</translation>
    </message>
    <message numerus="yes">
        <source>The gap compares our estimate with the platform&apos;s number of %1. With %n day(s) of snapshots it is too early to tell a steady offset from day-to-day noise; calibration needs %2 days.</source>
        <translation>
            <numerusform>差值為我們的估算與平臺 %1 的數值之差。目前只有 %n 天的快照，還無法區分穩定偏差和日常波動；校準需要 %2 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) exempt from the score are left out.</source>
        <translation>
            <numerusform>已排除 %n 個不計入體驗分的售後單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimensions on %1 (no earlier day yet)</source>
        <translation>%1 的各維度（暫無前一天資料）</translation>
    </message>
    <message>
        <source>Due in the next 24 hours: %1 and %2.</source>
        <translation>未來 24 小時內到期：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n 個待處理售後單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unshipped order(s)</source>
        <translation>
            <numerusform>%n 個未出貨訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a sub-metric (or click a chart point) to list the tickets or orders behind it.</source>
        <translation>雙擊子指標（或單擊圖表上的點）可列出相關的售後單或訂單。</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n orders behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及的最近 %n 個訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %n tickets behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及的最近 %n 個售後單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及 %n 個訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及 %n 個售後單</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule score</source>
        <translation>規則分</translation>
    </message>
    <message>
        <source>Our estimate by the documented rules, before calibration</source>
        <translation>按公開規則算出的估算，未經校準</translation>
    </message>
    <message>
        <source>Our rule score minus the platform&apos;s number</source>
        <translation>我們的規則分減去平台的分數</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校準後</translation>
    </message>
    <message>
        <source>Our rule score on the platform&apos;s scale, learnt from the days kept, with the band the platform&apos;s number is expected in</source>
        <translation>按已保存的天數學到的關係換算到平台刻度的規則分，並給出平台分數預計所在的區間</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>這是怎麼算的？</translation>
    </message>
    <message>
        <source>%1 ±%2</source>
        <translation>%1 ±%2</translation>
    </message>
    <message numerus="yes">
        <source>Expected between %1 and %2 (fitted on %n day(s))</source>
        <translation>
            <numerusform>預計在 %1 到 %2 之間（用 %n 天擬合）</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration needs %1 days of snapshots</source>
        <translation>校準需要 %1 天的快照</translation>
    </message>
    <message numerus="yes">
        <source>Calibrated on %n day(s) of snapshots: our rule score mapped onto the platform&apos;s scale by what those days taught, with the band the platform&apos;s number is expected in. The rule score and its gap are our documented model before calibration.</source>
        <translation>
            <numerusform>已用 %n 天的快照校準：按這些天學到的關係把規則分換算到平台的刻度，並給出平台分數預計所在的區間。規則分及其差距是校準前我們公開的模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The gap compares our estimate with the platform&apos;s number of %1 (%n day(s) of snapshots). The calibration starts once %2 days have our estimate kept beside the platform&apos;s number (%3 so far; snapshots kept by an earlier version have none).</source>
        <translation>
            <numerusform>差距是我們的估算與平台 %1 的分數之比較（共 %n 天快照）。當有 %2 天的快照同時保存了我們的估算時開始校準（目前 %3 天；舊版本保存的快照沒有估算）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox&apos;s score (not the platform&apos;s), last 90 days</source>
        <translation>沙盒的體驗分（不是平台的），近 90 天</translation>
    </message>
    <message>
        <source>On the platform&apos;s scale (calibrated): its number is expected within ±%1 of these.</source>
        <translation>按平台口徑（已校準）：平台分數預計在這些數值 ±%1 以內。</translation>
    </message>
    <message>
        <source>The platform is expected to show between %1 and %2 (the calibration&apos;s band).</source>
        <translation>平台預計顯示 %1 到 %2 之間（校準區間）。</translation>
    </message>
    <message>
        <source>%1 to see its experience score.</source>
        <translation>%1，即可查看店鋪體驗分。</translation>
    </message>
    <message>
        <source>Behind the number</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假設分析</translation>
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
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Shop owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Set by the shop owner. Larger refunds need the owner&apos;s decision.</source>
        <translation>由店主設定。超出此金額的退款需由店主處理。</translation>
    </message>
    <message>
        <source>Agents using this profile can decide refunds up to this amount.</source>
        <translation>使用此設定檔的客服可處理不超過此金額的退款。</translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation>語言和配色</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>處理設定</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agent refund &amp;limit:</source>
        <translation>客服退款上限(&amp;L)：</translation>
    </message>
    <message>
        <source>Agent refund limit</source>
        <translation>客服退款上限</translation>
    </message>
    <message>
        <source>Ask before approving &amp;from:</source>
        <translation>同意前確認的金額(&amp;F)：</translation>
    </message>
    <message>
        <source>Ask before approving refunds from this amount</source>
        <translation>退款達到此金額時，同意前先確認</translation>
    </message>
    <message>
        <source>Approving a refund of this amount or more asks for confirmation first.</source>
        <translation>同意不低於此金額的退款時，會先要求確認。</translation>
    </message>
    <message>
        <source>Ask before approving &amp;batches of:</source>
        <translation>批次同意前確認的數量(&amp;B)：</translation>
    </message>
    <message>
        <source>Ask before approving this many tickets at once</source>
        <translation>一次同意達到此數量的售後單時，先確認</translation>
    </message>
    <message>
        <source> tickets</source>
        <translation> 個售後單</translation>
    </message>
    <message>
        <source>Approving this many tickets or more at once asks for confirmation first.</source>
        <translation>一次同意不少於此數量的售後單時，會先要求確認。</translation>
    </message>
    <message>
        <source>Keyboard (After-sales page)</source>
        <translation>快捷鍵（售後頁面）</translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation>連線店鋪(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect your shop, or try the sandbox&apos;s demo shop</source>
        <translation>連線你的店鋪，或試用沙箱中的示範店鋪</translation>
    </message>
    <message>
        <source>&amp;About Anxin Desk…</source>
        <translation>關於安心工作臺(&amp;A)…</translation>
    </message>
    <message>
        <source>About Anxin Desk</source>
        <translation>關於安心工作臺</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ShippingPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 個訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店鋪</translation>
    </message>
    <message>
        <source>Search order id or product (/)</source>
        <translation>搜尋訂單號或商品 (/)</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜尋訂單</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Every band</source>
        <translation>全部時段</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小時內到期</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Presale and in stock</source>
        <translation>預售和現貨</translation>
    </message>
    <message>
        <source>Presale only</source>
        <translation>僅預售</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>僅現貨</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>預售</translation>
    </message>
    <message>
        <source>Shipped, no pickup scan</source>
        <translation>已出貨未攬收</translation>
    </message>
    <message>
        <source>Only shipped orders the carrier has not scanned within 24 h of shipping: the platform counts them as false shipments.</source>
        <translation>只看出貨後 24 小時內快遞未攬收的訂單：平臺會將其判定為虛假出貨。</translation>
    </message>
    <message>
        <source>No order is waiting to ship under these filters. Orders appear here after a sync: every paid order until it ships, and shipments the carrier has not picked up.</source>
        <translation>當前篩選條件下沒有待出貨訂單。同步後訂單會顯示在這裡：所有已付款未出貨的訂單，以及已出貨但快遞未攬收的訂單。</translation>
    </message>
    <message>
        <source>Carrier route</source>
        <translation>物流軌跡</translation>
    </message>
    <message>
        <source>Ask the carrier</source>
        <translation>查詢快遞</translation>
    </message>
    <message>
        <source>Fetch this parcel&apos;s scans now</source>
        <translation>立即獲取此包裹的物流軌跡</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>軌跡</translation>
    </message>
    <message>
        <source>Breach forecast (estimate)</source>
        <translation>超時預測（估算）</translation>
    </message>
    <message>
        <source>Snooze order…</source>
        <translation>暫停訂單提醒…</translation>
    </message>
    <message>
        <source>No alerts about this order for a while, with a reason</source>
        <translation>暫時不再提醒此訂單（需填寫原因）</translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>提醒設定…</translation>
    </message>
    <message>
        <source>Which bands raise a desktop alert, quiet hours, snoozes</source>
        <translation>哪些時段彈出桌面提醒、免打擾時段、暫停的提醒</translation>
    </message>
    <message>
        <source>No pickup scan</source>
        <translation>未攬收</translation>
    </message>
    <message>
        <source>Select an order to see its carrier route.</source>
        <translation>選擇一個訂單，檢視物流軌跡。</translation>
    </message>
    <message>
        <source>Order %1 has not shipped: its route appears once it has a tracking number.</source>
        <translation>訂單 %1 尚未出貨：有運單號後會顯示物流軌跡。</translation>
    </message>
    <message>
        <source>%1 %2, shipped %3.</source>
        <translation>%1 %2，已於 %3 出貨。</translation>
    </message>
    <message>
        <source>Asking the carrier…</source>
        <translation>正在查詢快遞…</translation>
    </message>
    <message>
        <source>The carrier could not be reached; showing the scans from the last check.</source>
        <translation>無法連線快遞公司；顯示上次查詢的物流軌跡。</translation>
    </message>
    <message>
        <source>No scans yet at the last check (%1).</source>
        <translation>上次查詢（%1）時尚無物流軌跡。</translation>
    </message>
    <message>
        <source>No scans cached yet.</source>
        <translation>尚未快取物流軌跡。</translation>
    </message>
    <message>
        <source>Offline: no scans cached yet; they are fetched when the shop is connected.</source>
        <translation>離線：尚未快取物流軌跡；連線店鋪後會自動獲取。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>無法計算預測：%1</translation>
    </message>
    <message>
        <source>Nothing is waiting to ship, so nothing can be late.</source>
        <translation>沒有待出貨訂單，不會出現超時。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting to ship.</source>
        <translation>
            <numerusform>%n 個訂單待出貨。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order shipped in the last %n day(s): there is no pace to estimate from.</source>
        <translation>
            <numerusform>近 %n 天沒有出貨記錄：無法估算出貨速度。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Basis: %n order(s) shipped in the last %1 days, %2 per hour.</source>
        <translation>
            <numerusform>依據：近 %1 天共出貨 %n 單，每小時 %2 單。</numerusform>
        </translation>
    </message>
    <message>
        <source>At that pace, in promise order, every order ships in time; the queue is clear by %1.</source>
        <translation>按此速度並按承諾時間先後出貨，所有訂單都能按時發出；預計 %1 前全部發完。</translation>
    </message>
    <message numerus="yes">
        <source>At that pace, in promise order, %n order(s) will ship late</source>
        <translation>
            <numerusform>按此速度並按承諾時間先後出貨，將有 %n 個訂單超時出貨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already past the promise); the queue is clear by %1.</source>
        <translation>
            <numerusform>（其中 %n 個已超過承諾時間）；預計 %1 前全部發完。</numerusform>
        </translation>
    </message>
    <message>
        <source>First to miss: %1</source>
        <translation>最先超時：%1</translation>
    </message>
    <message>
        <source>An estimate from the cached orders, assuming the recent pace continues; not a platform figure.</source>
        <translation>根據快取訂單估算，假設近期出貨速度保持不變；並非平臺資料。</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its orders waiting to ship appear here after the first sync.</source>
        <translation>還沒有連線店鋪。%1，首次同步後待出貨的訂單會顯示在這裡。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TeamSettings</name>
    <message>
        <source>Not connected: %1</source>
        <translation>未連線：%1</translation>
    </message>
    <message>
        <source>No team database: this desk works on its own. With one, every desk of the team sees who is on which ticket.</source>
        <translation>未設定團隊資料庫：本工作台獨立運作。設定後，團隊每台工作台都看得到誰在處理哪張售後單。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Team offline: deciding works as usual; the desk reconnects by itself. (%1)</source>
        <translation>團隊離線：可以照常處理；工作台會自動重新連線。（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1. Other agents are on %n ticket(s) right now.</source>
        <translation>
            <numerusform>已以 %1 的身分連線。其他客服正在處理 %n 張售後單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Team &amp;database:</source>
        <translation>團隊資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>團隊資料庫位址</translation>
    </message>
    <message>
        <source>The same PostgreSQL database on every desk of the team</source>
        <translation>團隊每台工作台使用同一個 PostgreSQL 資料庫</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>團隊資料庫密碼</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>儲存在系統鑰匙圈中</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>中斷連線</translation>
    </message>
    <message>
        <source>Work alone again: this desk leaves the team database (nothing local is lost)</source>
        <translation>恢復獨立運作：本工作台離開團隊資料庫（本機資料不會遺失）</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TicketDetailPane</name>
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
    <message>
        <source>Reveal</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Show the buyer&apos;s full name, phone and address (recorded in the audit log)</source>
        <translation>檢視買家完整姓名、電話和地址（會記入審計日誌）</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>訂單商品</translation>
    </message>
    <message>
        <source>Already extended once: the platform allows one extension per ticket</source>
        <translation>已延長過一次：平台每張售後單只允許延長一次</translation>
    </message>
    <message>
        <source>Possible when 2 days or less remain (the platform&apos;s rule); now %1 left</source>
        <translation>剩餘不超過 2 天時才可延長（平台規則）；目前剩餘 %1</translation>
    </message>
    <message>
        <source>The deadline has passed: nothing left to extend</source>
        <translation>已過截止時間：無法再延長</translation>
    </message>
    <message>
        <source>Internal note for the shop&apos;s agents (the buyer never sees it)</source>
        <translation>給本店客服的內部備註（買家看不到）</translation>
    </message>
    <message>
        <source>Every desk of the shop sees the note after its next sync</source>
        <translation>本店每台工作台在下次同步後都能看到這則備註</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Also list the note on the handover board for the next shift</source>
        <translation>同時列入交接板，留給下一班</translation>
    </message>
    <message>
        <source>Notes (shared with the shop)</source>
        <translation>備註（全店共享）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>[Handover] %1</source>
        <translation>[交接] %1</translation>
    </message>
    <message>
        <source>No notes yet. A note here reaches every desk of the shop.</source>
        <translation>暫無備註。在這裡寫的備註會同步到本店每台工作台。</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>接手…</translation>
    </message>
    <message>
        <source>Work this ticket yourself; the other agent sees it and your reason</source>
        <translation>由您來處理此單；對方客服會看到您接手及原因</translation>
    </message>
    <message>
        <source>The platform&apos;s log of this ticket has not reached this desk yet: it comes with the sync.</source>
        <translation>此售後單的平台紀錄尚未到達本機，將隨同步送達。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TrayAlerts</name>
    <message>
        <source>Open Anxin Desk</source>
        <translation>開啟安心工作臺</translation>
    </message>
    <message>
        <source>Snooze all alerts…</source>
        <translation>暫停全部提醒…</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>所有事項</translation>
    </message>
    <message>
        <source>Alert settings…</source>
        <translation>提醒設定…</translation>
    </message>
    <message numerus="yes">
        <source>Anxin Desk: %n order(s) or ticket(s) in your alert band</source>
        <translation>
            <numerusform>安心工作臺：%n 個訂單或售後單進入提醒時段</numerusform>
        </translation>
    </message>
    <message>
        <source>Anxin Desk: nothing in your alert band</source>
        <translation>安心工作臺：沒有進入提醒時段的事項</translation>
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
        <source>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</source>
        <translation>未來 8 小時內：%1 個售後處理時限、%2 個出貨時限到期。</translation>
    </message>
    <message>
        <source>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href=&quot;pending&quot;&gt;open Pending sync&lt;/a&gt;</source>
        <translation>等待同步：%1 · 待處理衝突：%2 · &lt;a href=&quot;pending&quot;&gt;開啟“待同步”&lt;/a&gt;</translation>
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
    <message numerus="yes">
        <source>%n may reach the platform too late (its deadline is within the hour or past)</source>
        <translation>
            <numerusform>%n 個決定可能來不及送達平台（截止時間在一小時內或已過）</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover from every desk (24 h)</source>
        <translation>各工作台的交接（24 小時）</translation>
    </message>
    <message>
        <source>No handover notes in the last 24 hours. Mark a note “Handover” on a ticket and every desk of the shop sees it here.</source>
        <translation>過去 24 小時沒有交接備註。在售後單上寫備註時勾選「交接」，本店每台工作台都會在這裡看到。</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its deadlines appear here after the first sync.</source>
        <translation>還沒有連線店鋪。%1，首次同步後各項時限會顯示在這裡。</translation>
    </message>
</context>
</TS>
