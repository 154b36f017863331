<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Alerts</name>
    <message>
        <source>While alerts were quiet</source>
        <translation>提醒静默期间</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) must ship soon</source>
        <translation>
            <numerusform>%n 个订单即将到发货时限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) due soon</source>
        <translation>
            <numerusform>%n 个售后单即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders and tickets due soon</source>
        <translation>即将到期的订单和售后单</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) entered your shipping alert band</source>
        <translation>
            <numerusform>%n 个订单进入发货提醒时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) entered your after-sales alert band</source>
        <translation>
            <numerusform>%n 个售后单进入售后提醒时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>到明天</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <source>Snooze alerts for %1 for</source>
        <translation>暂停 %1 的提醒，时长：</translation>
    </message>
    <message>
        <source>Why? (kept on this computer, shown with the snooze)</source>
        <translation>原因？（仅保存在本机，随暂停记录一起显示）</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) made here may reach the platform too late: it decides for the buyer at %1</source>
        <translation>
            <numerusform>本机的 %n 个决定可能来不及送达平台：平台将于 %1 替买家做出处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) may reach the platform too late</source>
        <translation>
            <numerusform>%n 个决定可能来不及送达平台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) made here may reach the platform too late</source>
        <translation>
            <numerusform>本机的 %n 个决定可能来不及送达平台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>The buyer&apos;s guarantee claims in the 90 days up to this one</source>
        <translation>截至本次，该买家 90 天内的保障理赔次数</translation>
    </message>
    <message>
        <source>Respond by %1</source>
        <translation>请于 %1 前响应</translation>
    </message>
    <message>
        <source>Rule %1 would approve this claim (shadow mode: nothing is sent)</source>
        <translation>规则 %1 会同意此理赔（影子模式：不会提交任何内容）</translation>
    </message>
    <message>
        <source>%1 · pending</source>
        <translation>%1 · 待同步</translation>
    </message>
    <message>
        <source>sign-for unknown</source>
        <translation>签收时间未知</translation>
    </message>
    <message>
        <source>%1 spare</source>
        <translation>余 %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>The buyer&apos;s guarantee claims in the last 90 days</source>
        <translation>该买家近 90 天的保障理赔次数</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>响应时限</translation>
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
        <translation>时效</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议退款</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>Auto rule</source>
        <translation>自动规则</translation>
    </message>
</context>
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
    <message>
        <source>“%1” is writing to this profile right now. Start Anxin Desk again when it has finished.</source>
        <translation>“%1”正在写入此配置。请在它完成后再启动安心工作台。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Connect a shop in Settings</source>
        <translation>请在“设置”中连接店铺</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>This list could not be read. %1 %2</source>
        <translation>无法读取此列表。%1 %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>edit auto-approve rules</source>
        <translation>编辑自动同意规则</translation>
    </message>
    <message>
        <source>reveal a buyer&apos;s contact</source>
        <translation>查看买家联系方式</translation>
    </message>
    <message>
        <source>“%1” is not possible at this ticket&apos;s step (%2).</source>
        <translation>此售后单当前所处环节（%2）无法执行“%1”。</translation>
    </message>
    <message>
        <source>Ticket %1 is a guarantee claim that meets its rules. Reject it only with a reason that needs evidence and your counter-evidence attached, or, as the shop owner, write why you override.</source>
        <translation>售后单 %1 是符合规则的保障理赔。只能选择需要凭证的拒绝原因并附上反证后拒绝；或由店主写明理由强制拒绝。</translation>
    </message>
    <message>
        <source>Only the shop owner can reject a guarantee claim that meets its rules without counter-evidence. Attach counter-evidence, or ask the owner.</source>
        <translation>只有店主可以在没有反证的情况下拒绝符合规则的保障理赔。请附上反证，或联系店主。</translation>
    </message>
    <message>
        <source>Ticket %1 was selected twice; it is decided once.</source>
        <translation>售后单 %1 被选中了两次，只处理一次。</translation>
    </message>
    <message>
        <source>Every decision records who made it: set your name in Settings first.</source>
        <translation>每个决定都会记录处理人：请先在设置中填写您的名字。</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the local cache yet. Sync, then try again.</source>
        <translation>售后单 %1 尚未缓存到本机。请先同步，再重试。</translation>
    </message>
    <message>
        <source>Ticket %1 is already closed on the platform: there is nothing left to decide.</source>
        <translation>售后单 %1 在平台上已关闭，无需再处理。</translation>
    </message>
    <message>
        <source>Ticket %1 was extended once already; the platform allows one extension.</source>
        <translation>售后单 %1 已延长过一次，平台只允许延长一次。</translation>
    </message>
    <message>
        <source>Ticket %1 can be extended only when 2 days or less remain (%2 left now).</source>
        <translation>售后单 %1 只有在剩余 2 天或更少时才能延长（当前剩余 %2）。</translation>
    </message>
    <message>
        <source>Ticket %1&apos;s deadline has passed: there is nothing left to extend.</source>
        <translation>售后单 %1 已过处理时限，无法再延长。</translation>
    </message>
    <message>
        <source>This reject reason (code %1) is not in the platform&apos;s list for the shop. Sync to refresh the list, then choose again.</source>
        <translation>该拒绝原因（代码 %1）不在平台为本店提供的列表中。请同步刷新列表后重新选择。</translation>
    </message>
    <message>
        <source>A rejection needs a remark for the buyer.</source>
        <translation>拒绝时需要填写给买家的说明。</translation>
    </message>
    <message>
        <source>The reason “%1” needs evidence: attach at least one image.</source>
        <translation>原因“%1”需要凭证：请至少附上一张图片。</translation>
    </message>
    <message>
        <source>Approving a return needs the return address: choose one.</source>
        <translation>同意退货需要退货地址：请选择一个。</translation>
    </message>
    <message>
        <source>A decision on this ticket (“%1”) is still waiting to reach the platform. Undo it first, or wait for the sync.</source>
        <translation>此售后单上的决定（“%1”）仍在等待送达平台。请先撤销，或等待同步完成。</translation>
    </message>
    <message>
        <source>Only the shop owner may %1.</source>
        <translation>只有店主可以%1。</translation>
    </message>
    <message>
        <source>Agents decide tickets up to %1; this one is %2. Ask the shop owner.</source>
        <translation>客服可处理金额不超过 %1 的售后单；此单为 %2。请联系店主。</translation>
    </message>
    <message>
        <source>This decision is no longer in the queue.</source>
        <translation>此决定已不在队列中。</translation>
    </message>
    <message>
        <source>This decision is already “%1”: it can no longer be changed here.</source>
        <translation>此决定已是“%1”，无法在此更改。</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>保存的视图需要名称。</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>规则需要名称。</translation>
    </message>
    <message>
        <source>A rule name has at most 40 characters.</source>
        <translation>规则名称最多 40 个字符。</translation>
    </message>
    <message>
        <source>Choose whether the rule is for spoiled-fresh or allergy claims.</source>
        <translation>请选择规则适用于生鲜坏果还是过敏理赔。</translation>
    </message>
    <message>
        <source>A rule needs an amount cap above zero.</source>
        <translation>规则需要大于零的金额上限。</translation>
    </message>
    <message>
        <source>Minimum photos is between 0 and 8.</source>
        <translation>最少照片数在 0 到 8 之间。</translation>
    </message>
    <message>
        <source>The buyer&apos;s claims limit is at most 1000.</source>
        <translation>买家理赔次数上限最多为 1000。</translation>
    </message>
    <message>
        <source>A rule named %1 exists already: choose another name.</source>
        <translation>已存在名为 %1 的规则：请换一个名称。</translation>
    </message>
    <message>
        <source>This rule no longer exists; the list was refreshed.</source>
        <translation>此规则已不存在，列表已刷新。</translation>
    </message>
    <message>
        <source>Rules are edited by a person, under their own name.</source>
        <translation>规则必须由具名的人员编辑。</translation>
    </message>
    <message>
        <source>The platform cannot be reached from this computer. Your work is kept here and goes out with the next sync.</source>
        <translation>本机无法连接平台。您的操作已保存在本机，将随下次同步发送。</translation>
    </message>
    <message>
        <source>The platform did not answer in time. Nothing was lost; try again in a moment.</source>
        <translation>平台未及时响应。没有丢失任何内容，请稍后重试。</translation>
    </message>
    <message>
        <source>The platform refused this (code %1). Sync, look at the ticket again, then retry.</source>
        <translation>平台拒绝了此操作（代码 %1）。请同步并重新查看售后单后重试。</translation>
    </message>
    <message>
        <source>The shop&apos;s authorization has ended. Reconnect the shop in Settings.</source>
        <translation>店铺授权已失效。请在设置中重新连接店铺。</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. The next sync retries by itself.</source>
        <translation>平台要求降低请求频率。下次同步会自动重试。</translation>
    </message>
    <message>
        <source>The ticket changed in the meantime. Look at it again and decide anew if still needed.</source>
        <translation>售后单在此期间已变化。请重新查看，如仍需要再重新处理。</translation>
    </message>
    <message>
        <source>Something read from the platform or from a file could not be understood. Nothing was changed; the log has the details.</source>
        <translation>从平台或文件读取的内容无法识别。未做任何更改，详情见日志。</translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Close other copies of Anxin Desk and try again; the log has the details.</source>
        <translation>无法读写本地缓存。请关闭其他安心工作台窗口后重试，详情见日志。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>磁盘已满。请释放空间后重试，没有丢失任何内容。</translation>
    </message>
    <message>
        <source>The local cache is damaged. It was set aside and nothing was deleted; sync to rebuild it.</source>
        <translation>本地缓存已损坏。已将其另存，未删除任何内容；请同步以重建。</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Anxin Desk. Update this app to change it.</source>
        <translation>本地缓存由更新版本的安心工作台写入。请更新本应用后再修改。</translation>
    </message>
    <message>
        <source>Another Anxin Desk or anxin-cli is writing to this profile. Wait until it finishes, then try again.</source>
        <translation>另一个安心工作台或 anxin-cli 正在写入此配置。请等待其完成后重试。</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the shop owner.</source>
        <translation>您的角色无权执行此操作。请联系店主。</translation>
    </message>
    <message>
        <source>It is not in the local cache. Sync, then try again.</source>
        <translation>本地缓存中没有此内容。请先同步，再重试。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>This could not be done. The log has the details.</source>
        <translation>无法完成此操作，详情见日志。</translation>
    </message>
    <message>
        <source>This installation is broken: its database driver uses another SQLite (%1) than the app (%2). Reinstall Anxin Desk; your data has not been touched.</source>
        <translation>此安装已损坏：数据库驱动使用的 SQLite（%1）与本程序的（%2）不是同一个。请重新安装安心工作台；您的数据没有被改动。</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>备注需要填写内容。</translation>
    </message>
    <message>
        <source>A note has room for %1 characters beside your name; this one has %2. Shorten it.</source>
        <translation>除您的名字外，备注最多可写 %1 个字；这条有 %2 个字。请精简。</translation>
    </message>
    <message>
        <source>%1 notes on this ticket in the last hour already: add to one note instead of writing many.</source>
        <translation>过去一小时内此售后单已有 %1 条备注：请合并成一条，不要连续写多条。</translation>
    </message>
    <message>
        <source>%1 is on ticket %2 right now. Pick another ticket, or ask %1.</source>
        <translation>%1 正在处理售后单 %2。请换一个售后单，或与 %1 沟通。</translation>
    </message>
    <message>
        <source>%1 is on ticket %2. Take it over (with a reason %1 can read) before deciding, or pick another ticket.</source>
        <translation>%1 正在处理售后单 %2。请先接手（写明 %1 能看到的原因）再做决定，或换一个售后单。</translation>
    </message>
    <message>
        <source>“%1” is not a team database address. It looks like postgresql://user@host:5432/database.</source>
        <translation>“%1”不是团队数据库地址。地址格式为 postgresql://用户@主机:5432/数据库。</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver for Qt, so it cannot join a team database. Install Qt&apos;s PostgreSQL driver (libqt6sql6-psql), or work without a team.</source>
        <translation>此安装缺少 Qt 的 PostgreSQL 驱动，无法加入团队数据库。请安装 Qt 的 PostgreSQL 驱动（libqt6sql6-psql），或不使用团队模式。</translation>
    </message>
    <message>
        <source>The team database at %1 cannot be reached. Check the address and that this computer may connect to it; deciding works without it.</source>
        <translation>无法连接位于 %1 的团队数据库。请检查地址以及本机是否允许连接；没有它也可以照常处理。</translation>
    </message>
    <message>
        <source>The team database at %2 did not accept the user %1 and this password. Check both with whoever set up the database.</source>
        <translation>位于 %2 的团队数据库不接受用户 %1 和此密码。请向数据库管理员核对两者。</translation>
    </message>
    <message>
        <source>The server at %2 has no database named %1. Create it first (createdb %1), or check the name.</source>
        <translation>%2 上没有名为 %1 的数据库。请先创建（createdb %1），或检查名称。</translation>
    </message>
    <message>
        <source>Another desk of the team runs a newer Anxin Desk and has updated the team database. Update this desk to join it.</source>
        <translation>团队中另一台工作台使用了更新版本的安心工作台，并已升级团队数据库。请更新本工作台后再加入。</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>Next ticket</source>
        <translation>下一个售后单</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>上一个售后单</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>打开售后单</translation>
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
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Every action needs a key.</source>
        <translation>每个操作都需要设置按键。</translation>
    </message>
    <message>
        <source>%1 is already used for “%2”. Choose another key, or change that action first.</source>
        <translation>%1 已用于“%2”。请换一个按键，或先修改那个操作的按键。</translation>
    </message>
    <message>
        <source>%1 is used by the window (switching pages or syncing). Choose another key.</source>
        <translation>%1 已被主窗口占用（切换页面或同步）。请换一个按键。</translation>
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
    <message>
        <source>Eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需复核</translation>
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
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Product carries the %1 guarantee</source>
        <translation>商品已开通%1</translation>
    </message>
    <message>
        <source>Product does not carry the %1 guarantee</source>
        <translation>商品未开通%1</translation>
    </message>
    <message>
        <source>Product&apos;s guarantee flags not synced yet</source>
        <translation>商品的保障标记尚未同步</translation>
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
        <translation>
            <numerusform>%n 张凭证图片</numerusform>
        </translation>
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
        <translation>损坏比例 %1/%2</translation>
    </message>
    <message>
        <source>Flagged by the platform&apos;s risk check</source>
        <translation>被平台风控标记</translation>
    </message>
    <message>
        <source>An earlier claim on this item succeeded</source>
        <translation>该商品此前已理赔成功</translation>
    </message>
    <message numerus="yes">
        <source>Buyer made %n claim(s) in 90 days</source>
        <translation>
            <numerusform>买家 90 天内理赔 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket detail</source>
        <translation>售后单详情</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipment route</source>
        <translation>物流轨迹</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>凭证图片</translation>
    </message>
    <message>
        <source>Another claim on this item is still open</source>
        <translation>该商品另有一笔理赔尚未结束</translation>
    </message>
    <message>
        <source>Too late: the platform decided</source>
        <translation>太迟：平台已处理</translation>
    </message>
    <message>
        <source>%1 · at risk</source>
        <translation>%1 · 有风险</translation>
    </message>
    <message>
        <source>%1 · too late</source>
        <translation>%1 · 已太迟</translation>
    </message>
    <message>
        <source>May reach the platform too late: the platform decides for the buyer at %1. Sync now while there is time.</source>
        <translation>可能来不及送达平台：平台将于 %1 替买家做出处理。请趁还有时间立即同步。</translation>
    </message>
    <message>
        <source>Too late: the platform decided for the buyer at %1, before this decision could reach it. Open the ticket to see what the platform did.</source>
        <translation>已太迟：平台已于 %1 替买家做出处理，此决定未能及时送达。请打开售后单查看平台的处理结果。</translation>
    </message>
    <message>
        <source>sending decisions</source>
        <translation>发送决定</translation>
    </message>
    <message>
        <source>reject reasons</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>after-sales tickets</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>ticket details</source>
        <translation>售后详情</translation>
    </message>
    <message>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>shipment routes</source>
        <translation>物流轨迹</translation>
    </message>
    <message>
        <source>experience score</source>
        <translation>体验分</translation>
    </message>
    <message>
        <source>evidence images</source>
        <translation>凭证图片</translation>
    </message>
    <message>
        <source>You are on this ticket (since %1); other desks see it.</source>
        <translation>您正在处理此售后单（自 %1 起），其他工作台可以看到。</translation>
    </message>
    <message>
        <source>%1 has been on this ticket since %2.</source>
        <translation>%1 自 %2 起正在处理此售后单。</translation>
    </message>
    <message>
        <source>copying the team&apos;s data</source>
        <translation>复制团队的数据</translation>
    </message>
    <message>
        <source>open tickets first</source>
        <translation>先取待处理的售后单</translation>
    </message>
    <message>
        <source>after-sales history</source>
        <translation>售后历史</translation>
    </message>
    <message>
        <source>recent orders first</source>
        <translation>先取近期订单</translation>
    </message>
</context>
<context>
    <name>NoteState</name>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>sent; other desks see it after their next sync</source>
        <translation>已发送；其他工作台下次同步后可见</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>on this desk only</source>
        <translation>仅在本机</translation>
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
        <source>The platform&apos;s daily experience score, our own estimate with drill-down to the tickets and orders behind it, and what-if.</source>
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
    <name>ScoreLabels</name>
    <message>
        <source>Quality returns</source>
        <translation>品质退货率</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评率</translation>
    </message>
    <message>
        <source>Picked up within 24 h</source>
        <translation>24 小时揽收率</translation>
    </message>
    <message>
        <source>Late shipments</source>
        <translation>延迟发货率</translation>
    </message>
    <message>
        <source>Payment to delivery</source>
        <translation>支付到签收时长</translation>
    </message>
    <message>
        <source>Refund-only completion</source>
        <translation>仅退款完结时长</translation>
    </message>
    <message>
        <source>Return-refund completion</source>
        <translation>退货退款完结时长</translation>
    </message>
    <message>
        <source>Merchant rejections</source>
        <translation>商家拒绝率</translation>
    </message>
    <message>
        <source>Platform arbitration</source>
        <translation>平台介入率</translation>
    </message>
    <message>
        <source>Decided before the deadline</source>
        <translation>按时处理率</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品体验</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流体验</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务体验</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>综合</translation>
    </message>
</context>
<context>
    <name>ScoreMetricsModel</name>
    <message>
        <source>Double-click to list what is behind this number</source>
        <translation>双击查看构成此数值的明细</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>reviews are not in the cache</source>
        <translation>评价不在缓存中</translation>
    </message>
    <message>
        <source>nothing in the window yet</source>
        <translation>统计周期内暂无数据</translation>
    </message>
    <message numerus="yes">
        <source>median of %n sample(s)</source>
        <translation>
            <numerusform>%n 个样本的中位数</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sub-metric</source>
        <translation>子指标</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>At full marks the overall number would be about %1 points higher on the platform&apos;s scale: this sub-metric&apos;s %2 % share × the %3 points it is short × %4, the calibration&apos;s slope.</source>
        <translation>若此项满分，总分在平台口径下约可提高 %1 分：此子项占比 %2 % × 距满分差 %3 分 × 校准斜率 %4。</translation>
    </message>
    <message>
        <source>At full marks our overall rule score would be %1 points higher: this sub-metric&apos;s %2 % share × the %3 points it is short. On the platform&apos;s scale once the calibration has its days.</source>
        <translation>若此项满分，我们的规则总分可提高 %1 分：此子项占比 %2 % × 距满分差 %3 分。校准天数足够后按平台口径计算。</translation>
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
        <translation>未揽收 · 已过 %1</translation>
    </message>
    <message>
        <source>Presale, awaiting shipment</source>
        <translation>预售，待发货</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipped %1 with %2 %3; the carrier had no pickup scan when last asked at %4. Without a scan within %5 the platform counts it as a false shipment.</source>
        <translation>已于 %1 通过%2发货（运单号 %3）；截至 %4 最近一次查询，快递仍无揽收记录。若发货后 %5 内没有揽收，平台将判定为虚假发货。</translation>
    </message>
    <message>
        <source>%1 — presale: promised to ship by %2</source>
        <translation>%1 —— 预售：承诺 %2 前发货</translation>
    </message>
    <message>
        <source>%1 — promised to ship by %2</source>
        <translation>%1 —— 承诺 %2 前发货</translation>
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
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货时限</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Estimated promise: the platform sent no ship-by date for this presale order, so the longest presale the rules allow after payment is shown. Check it in the back office.</source>
        <translation>预估承诺：平台未给出这笔预售订单的发货日期，此处按规则允许的最长预售期（自付款起）显示。请到商家后台核对。</translation>
    </message>
    <message numerus="yes">
        <source>Estimated promise: the platform sent no ship-by time for this order, so the rules&apos; default (%n h after payment) is shown.</source>
        <translation>
            <numerusform>预估承诺：平台未给出这笔订单的承诺发货时间，此处按规则默认值（付款后 %n 小时）显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1（预估）</translation>
    </message>
    <message>
        <source>Refunded · do not ship</source>
        <translation>已退款 · 勿发货</translation>
    </message>
    <message>
        <source>Refund asked · hold it</source>
        <translation>买家申请退款 · 暂缓发货</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refunded · ship the rest</source>
        <translation>
            <numerusform>%n 件已退款 · 只发其余</numerusform>
        </translation>
    </message>
    <message>
        <source>The buyer was refunded before the order shipped: nothing is left to ship. The platform closes the order; this list drops it at the next sync.</source>
        <translation>买家已在发货前退款：这笔订单无需再发货。平台会关闭订单，下次同步后它会从列表中移除。</translation>
    </message>
    <message>
        <source>The buyer asked for a refund before shipping. Decide the request on the After-sales page first: a parcel sent now has to be intercepted if the refund goes through.</source>
        <translation>买家在发货前申请了退款。请先在“售后”页处理这条申请：现在发出的包裹，若退款成立就得拦截。</translation>
    </message>
    <message>
        <source>Part of this order was refunded before shipping: ship only the lines still paid for.</source>
        <translation>这笔订单有部分商品已在发货前退款：只发仍已付款的商品。</translation>
    </message>
    <message>
        <source>Shipped · %1</source>
        <translation>已发货 · %1</translation>
    </message>
    <message>
        <source>Shipped %1 with %2, tracking number %3</source>
        <translation>%1 由%2发出，运单号 %3</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>This desk pulled the shop from the platform itself at %1, because the team&apos;s data was out of reach (%2); it uses the team again as soon as it can.</source>
        <translation>由于无法使用团队的数据（%2），本工作台已于 %1 自行从平台拉取店铺数据；团队恢复后会立即改用团队数据。</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>团队：正在连接…</translation>
    </message>
    <message>
        <source>The team database is out of reach: deciding works as usual, the desk reconnects by itself. %1</source>
        <translation>无法连接团队数据库：可以照常处理，工作台会自动重新连接。%1</translation>
    </message>
    <message>
        <source>Team offline</source>
        <translation>团队离线</translation>
    </message>
    <message>
        <source>Team online · this desk pulled the shop itself</source>
        <translation>团队在线 · 本工作台自行拉取了店铺数据</translation>
    </message>
    <message>
        <source>Team online</source>
        <translation>团队在线</translation>
    </message>
    <message>
        <source>Team online · this desk polls the shop</source>
        <translation>团队在线 · 本工作台负责拉取店铺数据</translation>
    </message>
    <message>
        <source>This desk pulls the shop from the platform for the team.</source>
        <translation>本工作台为整个团队从平台拉取店铺数据。</translation>
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
        <translation>本工作台于 %1 复制了团队的数据；列表显示的是在此之前负责拉取的工作台最近一次拉取时的店铺数据。</translation>
    </message>
    <message>
        <source>Team online · %1&apos;s desk polls the shop</source>
        <translation>团队在线 · %1 的工作台负责拉取店铺数据</translation>
    </message>
    <message>
        <source>This desk was away longer than the team keeps its data, so it pulled the shop from the platform itself at %1, once; it copies the team&apos;s data from now on.</source>
        <translation>本工作台离开的时间超过了团队数据的保留期，因此已于 %1 自行从平台拉取了一次店铺数据；此后改为复制团队的数据。</translation>
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
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>处理人</translation>
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
        <translation>未发货</translation>
    </message>
    <message>
        <source>Shipped, no carrier scan</source>
        <translation>已发货，未揽收</translation>
    </message>
    <message>
        <source>Carrier scan after %1, delivered</source>
        <translation>发货后 %1 揽收，已签收</translation>
    </message>
    <message>
        <source>Carrier scan after %1</source>
        <translation>发货后 %1 揽收</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完结时间</translation>
    </message>
</context>
<context>
    <name>anxin::ui::AboutDialog</name>
    <message>
        <source>About Anxin Desk</source>
        <translation>关于安心工作台</translation>
    </message>
    <message>
        <source>Anxin Desk logo</source>
        <translation>安心工作台标志</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anxin Desk&lt;/b&gt;&lt;br&gt;The after-sales workbench for live-stream shops</source>
        <translation>&lt;b&gt;安心工作台&lt;/b&gt;&lt;br&gt;直播电商店铺的售后工作台</translation>
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
        <translation>规则文件：</translation>
    </message>
    <message>
        <source>guarantee rules v%1, score rules v%2</source>
        <translation>保障规则 v%1，体验分规则 v%2</translation>
    </message>
    <message>
        <source>Cache schema:</source>
        <translation>缓存结构：</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>no cache open</source>
        <translation>未打开缓存</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>配置文件夹：</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <translation>
            <numerusform>%n 条记录，最新哈希 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>审计日志：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these details for a support request</source>
        <translation>复制以上信息，用于联系技术支持</translation>
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
        <translation>
            <numerusform>%n 个售后单</numerusform>
        </translation>
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
        <source>Only tickets flagged by the platform&apos;s risk check</source>
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
        <translation>
            <numerusform>同意 %n 个售后单，合计 %1？</numerusform>
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
            <numerusform>已有 %n 个同意决定加入待同步，下次同步时提交到平台。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued, %2 not: %3</source>
        <translation>%1 个已加入待同步，%2 个未加入：%3</translation>
    </message>
    <message>
        <source>Show all tickets</source>
        <translation>显示全部售后单</translation>
    </message>
    <message>
        <source>Only the shop owner can reveal buyer contact details.</source>
        <translation>只有店主可以查看买家联系方式。</translation>
    </message>
    <message>
        <source>This order&apos;s contact is not in the cache yet; sync, then try again.</source>
        <translation>此订单的联系方式尚未缓存；请同步后重试。</translation>
    </message>
    <message>
        <source>The shop is not connected on this computer; connect it in Settings.</source>
        <translation>本机未连接该店铺；请在“设置”中连接。</translation>
    </message>
    <message>
        <source>Not revealed: the reveal could not be recorded in the audit log.</source>
        <translation>未显示：本次查看无法记入审计日志。</translation>
    </message>
    <message>
        <source>Could not reveal the contact: the platform did not answer. Try again.</source>
        <translation>无法查看联系方式：平台未响应。请重试。</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>正在统计售后单…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n ticket(s) from %1</source>
        <translation>
            <numerusform>显示“%1”涉及的 %n 个售后单</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 is yours now; the other agent sees that you took it over, and why.</source>
        <translation>售后单 %1 已由您接手；对方客服能看到您接手及原因。</translation>
    </message>
    <message>
        <source>Ticket %1 was not taken over: %2</source>
        <translation>售后单 %1 未能接手：%2</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>正在连接团队数据库…</translation>
    </message>
    <message>
        <source>Team offline: deciding works as usual, but other desks cannot see that you are on this ticket. The app reconnects by itself.</source>
        <translation>团队离线：可以照常处理，但其他工作台看不到您正在处理此单。程序会自动重新连接。</translation>
    </message>
    <message>
        <source>Telling the other desks you are on this ticket…</source>
        <translation>正在告知其他工作台您在处理此单…</translation>
    </message>
    <message>
        <source>%1 Decisions wait here until you take it over.</source>
        <translation>%1在您接手之前，此处暂不能做决定。</translation>
    </message>
    <message>
        <source>Take over ticket %1</source>
        <translation>接手售后单 %1</translation>
    </message>
    <message>
        <source>%1 is on this ticket. Why are you taking it over? %1 sees your reason, and it is kept in the team&apos;s audit.</source>
        <translation>%1 正在处理此单。您为什么要接手？%1 会看到您的原因，并记入团队审计。</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Not taken over: write a reason the other agent can read.</source>
        <translation>未接手：请写明对方客服能看到的原因。</translation>
    </message>
    <message>
        <source>your queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <source>The queue was not split: %1</source>
        <translation>未能分配队列：%1</translation>
    </message>
    <message>
        <source>%1 ticket(s) assigned to %2 agent(s) on shift; %3 left over (everyone is at capacity).</source>
        <translation>已将 %1 个售后单分配给 %2 位在岗客服；还剩 %3 个（每人都已满额）。</translation>
    </message>
    <message>
        <source>%1 ticket(s) assigned to %2 agent(s) on shift, soonest deadline first.</source>
        <translation>已将 %1 个售后单分配给 %2 位在岗客服，最先到期的优先。</translation>
    </message>
    <message>
        <source>My queue (%1)</source>
        <translation>我的队列（%1）</translation>
    </message>
    <message>
        <source>The tickets assigned to you, soonest deadline first</source>
        <translation>分配给您的售后单，最先到期的在前</translation>
    </message>
    <message>
        <source>Split queue…</source>
        <translation>分配队列…</translation>
    </message>
    <message>
        <source>Assign the shop&apos;s open tickets to the agents on shift, soonest deadline first</source>
        <translation>把本店待处理的售后单分配给在岗客服，最先到期的优先</translation>
    </message>
    <message>
        <source>Split the queue</source>
        <translation>分配队列</translation>
    </message>
    <message>
        <source>The shop&apos;s open tickets go to the agents on shift, soonest deadline first, each to whoever has the fewest. At most this many tickets per agent:</source>
        <translation>本店待处理的售后单将分给在岗客服：最先到期的优先，每单给当前最少的人。每位客服最多分配：</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>History still loading (%1 %): the open tickets came first; closed ones fill in as they arrive.</source>
        <translation>历史记录仍在加载（%1 %）：待处理的售后单已先到；已结束的售后单陆续补入。</translation>
    </message>
    <message>
        <source>History incomplete: the open tickets are here, the rest of the shop&apos;s history loads with the next sync. Auto-approve rules wait for it.</source>
        <translation>历史记录尚不完整：待处理的售后单已在，其余历史将在下次同步时继续加载。自动同意规则会等历史加载完再执行。</translation>
    </message>
    <message>
        <source>History still loading (%1 %, about %2 left): the open tickets came first; closed ones fill in as they arrive.</source>
        <translation>历史记录仍在加载（%1 %，约剩 %2）：待处理的售后单已先到；已结束的售后单陆续补入。</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its tickets appear here after the first sync.</source>
        <translation>还没有连接店铺。%1，首次同步后售后单会显示在这里。</translation>
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
        <translation>显示桌面提醒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Quiet hours: hold alerts, then summarise them</source>
        <translation>免打扰时段：暂不提醒，结束后汇总</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>免打扰开始</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>免打扰结束</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <source>%1 until %2: %3</source>
        <translation>%1 暂停至 %2：%3</translation>
    </message>
    <message>
        <source>No snoozes.</source>
        <translation>没有暂停的提醒。</translation>
    </message>
    <message>
        <source>End all snoozes</source>
        <translation>结束全部暂停</translation>
    </message>
    <message>
        <source>Orders: alert when the time to ship is</source>
        <translation>订单提醒：发货剩余时间</translation>
    </message>
    <message>
        <source>Tickets: alert when the time to answer is</source>
        <translation>售后单提醒：处理剩余时间</translation>
    </message>
    <message>
        <source>Quiet from, until</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>anxin::ui::CalibrationDialog</name>
    <message>
        <source>How the calibrated estimate is computed</source>
        <translation>校准估算是怎样算出来的</translation>
    </message>
    <message>
        <source>The platform publishes no formula. Each day the first sync keeps the platform&apos;s numbers and, beside them, our rule score of the same moment. For each dimension a straight line from our rule score to the platform&apos;s number is fitted over those days: its slope is the middle one of the slopes between every two days and its offset the middle one of what remains, so one odd day moves it little. When our rule score moved less than %1 points over the days kept, the slope is 1 and only the offset is learnt. The band is three typical misses of the line either side (at least %2), wider when today&apos;s rule score lies outside the range the line was fitted on. It needs %3 days.</source>
        <translation>平台不公布公式。每天第一次同步时保存平台的分数，并在旁边记下同一时刻我们的规则分。每个维度用这些天拟合一条从规则分到平台分数的直线：斜率取每两天之间斜率的中位数，截距取其余差值的中位数，因此个别异常的一天影响很小。若所存天数内规则分变化不到 %1 分，斜率取 1，只学习偏移。区间为直线典型偏差的三倍（至少 ±%2），当今天的规则分超出拟合时见过的范围时会更宽。需要 %3 天的数据。</translation>
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
        <translation>我们的规则分</translation>
    </message>
    <message>
        <source>The line gives</source>
        <translation>直线给出</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) kept with both numbers; the calibration needs %1. Until then the page shows our rule score and its gap to the platform only.</source>
        <translation>
            <numerusform>已保存 %n 天两边都有的分数；校准需要 %1 天。在此之前本页只显示我们的规则分及其与平台的差距。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Platform ≈ %1 + %2 × our rule score, fitted on %n day(s); the line misses by %3 on a typical day.</source>
        <translation>
            <numerusform>平台 ≈ %1 + %2 × 我们的规则分，用 %n 天拟合；这条直线典型的一天偏差 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Our rule score stayed between %1 and %2, too little to tell a slope: the slope is 1.</source>
        <translation>我们的规则分一直在 %1 到 %2 之间，变化太小无法判断斜率：斜率取 1。</translation>
    </message>
    <message>
        <source>Today our rule score is %1, so the calibrated estimate is %2 (expected between %3 and %4).</source>
        <translation>今天我们的规则分是 %1，所以校准估算为 %2（预计在 %3 到 %4 之间）。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ClaimPanel</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take the decision back while it has not been sent</source>
        <translation>在提交之前撤回这个决定</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核对清单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Suggested refund; never more than what the buyer paid for the line</source>
        <translation>建议退款金额；不会超过买家为该商品实付的金额</translation>
    </message>
    <message>
        <source>Open in After-sales</source>
        <translation>在售后中打开</translation>
    </message>
    <message>
        <source>Reject, add a note or see the full history</source>
        <translation>拒绝、添加备注或查看完整处理记录</translation>
    </message>
    <message>
        <source>Select a claim to see its window, evidence and suggested refund.</source>
        <translation>选择一个理赔，查看时效、凭证和建议退款。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Respond: %1 — then the platform decides for the buyer (%2)</source>
        <translation>响应时限：%1 —— 之后平台将替买家做决定（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · ticket %4 · shop %5</source>
        <translation>%1 · %2 · %3 · 售后单 %4 · 店铺 %5</translation>
    </message>
    <message>
        <source>category unknown</source>
        <translation>类目未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — every check passes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; —— 全部核对通过</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; —— %2</translation>
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
        <source>Sign-for time unknown: the %1 window cannot be checked yet</source>
        <translation>签收时间未知：暂无法核对 %1 时效</translation>
    </message>
    <message>
        <source>%1 — %2 (by %3)</source>
        <translation>%1 —— %2（%3）</translation>
    </message>
    <message>
        <source>! Details not synced yet: the evidence count is not known</source>
        <translation>! 详情尚未同步：凭证数量未知</translation>
    </message>
    <message>
        <source>Claimed %1 · paid for the line %2</source>
        <translation>申请 %1 · 该商品实付 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> · bad share %1/%2 → %3</source>
        <translation> · 损坏比例 %1/%2 → %3</translation>
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
        <source>&amp;Approve refund %1</source>
        <translation>同意退款 %1(&amp;A)</translation>
    </message>
    <message>
        <source>The platform refunds the amount claimed (%1) on approval. To refund %2, ask the buyer to change the claim, or open the ticket in After-sales to reject with a reason.</source>
        <translation>同意后平台将按申请金额（%1）退款。如要退款 %2，请让买家修改申请，或在售后中打开该售后单并填写原因拒绝。</translation>
    </message>
    <message>
        <source>&amp;Agree return</source>
        <translation>同意退货(&amp;A)</translation>
    </message>
    <message>
        <source>Then, once the parcel is back: confirm receipt and refund %1.</source>
        <translation>退货包裹寄回后：确认收货并退款 %1。</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt and refund %1</source>
        <translation>确认收货并退款 %1(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s return parcel.</source>
        <translation>等待买家寄回退货。</translation>
    </message>
    <message>
        <source>Filed as %1, not as a return: the allergy guarantee refunds after the item comes back. Open the ticket in After-sales to decide.</source>
        <translation>买家申请的是%1而非退货：过敏包退需商品寄回后才退款。请在售后中打开该售后单处理。</translation>
    </message>
    <message>
        <source>Filed as a return: spoiled fresh goods are refunded without a return. Open the ticket in After-sales to decide.</source>
        <translation>买家申请的是退货：生鲜坏单无需退货即可退款。请在售后中打开该售后单处理。</translation>
    </message>
    <message>
        <source>Nothing to approve at this step; open the ticket in After-sales.</source>
        <translation>当前环节无需同意；请在售后中打开该售后单。</translation>
    </message>
    <message>
        <source>A decision on this claim is waiting to sync.</source>
        <translation>此理赔有处理决定等待同步。</translation>
    </message>
    <message>
        <source>Settle the claim as its guarantee prescribes (A)</source>
        <translation>按保障规则处理此理赔 (A)</translation>
    </message>
    <message>
        <source>The buyer claims %1, more than the %2 paid for this line, and the platform refunds the whole claim on approval. Ask the buyer to change the claim, or open the ticket in After-sales to reject it with a reason.</source>
        <translation>买家申请 %1，超过该商品实付的 %2，同意后平台将按申请金额全额退款。请联系买家修改申请，或在售后页面打开此单并填写原因拒绝。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ClaimsPage</name>
    <message>
        <source>Decision taken back; nothing was sent.</source>
        <translation>已撤回决定，未向平台发送任何内容。</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>Search product, ticket, order or the buyer&apos;s words  ( / )</source>
        <translation>搜索商品、售后单、订单或买家描述  ( / )</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>搜索理赔</translation>
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
        <translation>需复核</translation>
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
        <translation>生鲜坏单包赔</translation>
    </message>
    <message>
        <source>Allergy return</source>
        <translation>美妆过敏包退</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保障</translation>
    </message>
    <message>
        <source>Auto-approve rules…</source>
        <translation>自动同意规则…</translation>
    </message>
    <message>
        <source>Rules that approve small, clear claims: dry-run, shadow, live</source>
        <translation>自动同意小额、明确的理赔：试运行、影子模式、正式启用</translation>
    </message>
    <message>
        <source>No open guarantee claims. Spoiled-fresh and allergy claims appear here after a sync, with their eligibility already checked.</source>
        <translation>没有待处理的保障理赔。同步后，生鲜坏单和过敏理赔会显示在这里，并已完成资格核对。</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 个理赔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 / %n 个理赔</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show this claim: %1</source>
        <translation>无法显示此理赔：%1</translation>
    </message>
    <message>
        <source>Not approved: the platform would refund %1, more than the %2 you set.</source>
        <translation>未同意：平台将退款 %1，超过你设置的 %2。</translation>
    </message>
    <message>
        <source>Approve this claim for %1?</source>
        <translation>同意此理赔，金额 %1？</translation>
    </message>
    <message>
        <source>This claim is not marked eligible (%1). Approve it anyway for %2?</source>
        <translation>此理赔未判定为符合（%1）。仍要同意，金额 %2？</translation>
    </message>
    <message>
        <source>Approve claim</source>
        <translation>同意理赔</translation>
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
        <source>Reading the claims from the local cache…</source>
        <translation>正在从本地缓存读取理赔…</translation>
    </message>
    <message>
        <source>The shop&apos;s history is still loading: a buyer&apos;s earlier claim on the same item may not be here yet, so every approval asks first. Auto-approve rules wait for it.</source>
        <translation>店铺历史记录仍在加载：同一买家对同一商品的更早索赔可能尚未载入，因此每次同意前都会先确认。自动同意规则会等待历史加载完成。</translation>
    </message>
    <message>
        <source>The shop&apos;s history is still loading: an earlier claim by this buyer on the same item may not be here yet. Approve this claim for %1 anyway?</source>
        <translation>店铺历史记录仍在加载：该买家对同一商品的更早索赔可能尚未载入。仍要按 %1 同意此索赔吗？</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its guarantee claims appear here after the first sync.</source>
        <translation>还没有连接店铺。%1，首次同步后保障理赔会显示在这里。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::EvidenceGrid</name>
    <message>
        <source>Evidence</source>
        <translation>凭证</translation>
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
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>缩小 (%1)</translation>
    </message>
    <message>
        <source>Open full size</source>
        <translation>查看原图</translation>
    </message>
    <message>
        <source>Evidence image %1</source>
        <translation>凭证图片 %1</translation>
    </message>
    <message>
        <source>Image not downloaded
retry</source>
        <translation>图片未下载
重试</translation>
    </message>
    <message>
        <source>Download this ticket&apos;s missing images now
%1</source>
        <translation>立即下载此售后单缺少的图片
%1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>The image host did not deliver it (%1). Click to try again.</source>
        <translation>图片服务器未返回这张图片（%1）。点击重试。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::FirstRunWizard</name>
    <message>
        <source>Connect a shop</source>
        <translation>连接店铺</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>开始工作(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Open Anxin Desk without a shop; connect one from Settings</source>
        <translation>先不连接店铺打开安心工作台；之后可在“设置”中连接</translation>
    </message>
    <message>
        <source>Welcome to Anxin Desk</source>
        <translation>欢迎使用安心工作台</translation>
    </message>
    <message>
        <source>Anxin Desk works on a copy of your shop&apos;s after-sales tickets, kept on this computer.</source>
        <translation>安心工作台在本机保存店铺售后单的副本，并基于副本工作。</translation>
    </message>
    <message>
        <source>&amp;Connect my shop (app key and secret of your self-use app)</source>
        <translation>连接我的店铺（使用自用型应用的 App Key 和 Secret）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox: a demo shop served on this computer</source>
        <translation>试用沙箱：在本机运行的演示店铺(&amp;T)</translation>
    </message>
    <message>
        <source>The sandbox answers like the platform, with generated tickets, so you can learn the keys and the decisions without touching real orders.</source>
        <translation>沙箱会像平台一样响应，并提供生成的售后单，让你在不影响真实订单的情况下熟悉快捷键和处理操作。</translation>
    </message>
    <message>
        <source>Your shop&apos;s connection</source>
        <translation>店铺连接</translation>
    </message>
    <message>
        <source>From the platform&apos;s developer console: your self-use app&apos;s key and secret, and your shop ID.</source>
        <translation>请从平台开发者后台获取：自用型应用的 App Key 和 Secret，以及店铺 ID。</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
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
        <translation>店铺 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Sign &amp;method:</source>
        <translation>签名方式(&amp;M)：</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain. Where no keychain is available it goes to secrets.json in the profile folder (readable only by you), and nowhere else.</source>
        <translation>Secret 保存在系统钥匙串中。没有钥匙串时，保存到配置文件夹中的 secrets.json（仅你本人可读），不会存放到其他地方。</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Anxin Desk asks the platform for an access token with these details.</source>
        <translation>安心工作台将使用以上信息向平台申请访问令牌。</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>重新测试(&amp;T)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain.</source>
        <translation>Secret 已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the secret is stored in the file %1, readable only by you.</source>
        <translation>本机没有可用的钥匙串：Secret 已保存在文件 %1 中，仅你本人可读。</translation>
    </message>
    <message>
        <source>Connected to shop %1.</source>
        <translation>已连接店铺 %1。</translation>
    </message>
    <message>
        <source>The gateway could not be reached. Check its address and this computer&apos;s network, then test again.</source>
        <translation>无法访问网关。请检查网关地址和本机网络，然后重新测试。</translation>
    </message>
    <message>
        <source>The platform refused these details. Check the app key, the secret, the shop ID and the sign method, then test again.</source>
        <translation>平台拒绝了这些信息。请检查 App Key、Secret、店铺 ID 和签名方式，然后重新测试。</translation>
    </message>
    <message>
        <source>Some details are missing or not valid. Go back and check them.</source>
        <translation>有信息缺失或无效。请返回检查。</translation>
    </message>
    <message>
        <source>The secret could not be stored. Check that the profile folder is writable.</source>
        <translation>无法保存 Secret。请检查配置文件夹是否可写。</translation>
    </message>
    <message>
        <source>The connection test failed. Go back and check the details, then test again.</source>
        <translation>连接测试失败。请返回检查信息，然后重新测试。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>The sandbox is not available in this window.</source>
        <translation>此窗口中无法使用沙箱。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙箱…</translation>
    </message>
    <message>
        <source>The sandbox could not be started. It is installed with Anxin Desk as %1.</source>
        <translation>无法启动沙箱。它随安心工作台一起安装，路径为 %1。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>The connection worked but could not be saved. Check that the profile folder is writable.</source>
        <translation>连接成功，但无法保存。请检查配置文件夹是否可写。</translation>
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
    <name>anxin::ui::KeyBindingsEditor</name>
    <message>
        <source>%1 now uses %2.</source>
        <translation>%1 现在使用 %2。</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>%1 的按键</translation>
    </message>
    <message>
        <source>Click, then press the new key. Default: %1</source>
        <translation>单击后按下新按键。默认：%1</translation>
    </message>
    <message>
        <source>Reset keys to &amp;defaults</source>
        <translation>恢复默认按键(&amp;D)</translation>
    </message>
    <message>
        <source>Reset keys to defaults</source>
        <translation>恢复默认按键</translation>
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
        <translation>
            <numerusform>待同步：%n</numerusform>
        </translation>
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
    <message>
        <source>A check of the local cache found damage. Restart Anxin Desk: it will set the damaged file aside unchanged and fill a fresh cache from the platform.</source>
        <translation>检查发现本地缓存已损坏。请重启安心工作台：它会原样保留损坏的文件，并从平台重新建立缓存。</translation>
    </message>
    <message>
        <source>The local cache was damaged and has been set aside unchanged as %1. A fresh cache is being filled from the platform; decisions that were waiting in the old file can be exported from it.</source>
        <translation>本地缓存已损坏，已原样另存为 %1。正在从平台重新建立缓存；旧文件中等待同步的处理决定可以从中导出。</translation>
    </message>
    <message>
        <source>The audit log does not check out from entry %1 on: it was changed outside Anxin Desk. Keep this computer&apos;s files as they are and tell the shop owner.</source>
        <translation>审计日志从第 %1 条起校验不通过：它在安心工作台之外被修改过。请保持本机文件原样，并告知店主。</translation>
    </message>
    <message>
        <source>Export waiting decisions…</source>
        <translation>导出待同步决定…</translation>
    </message>
    <message>
        <source>Save the decisions that had not reached the platform to a file (no buyer data)</source>
        <translation>将尚未提交到平台的处理决定保存到文件（不含买家数据）</translation>
    </message>
    <message>
        <source>Export waiting decisions</source>
        <translation>导出待同步决定</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting decision(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个待同步决定导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file; it stays where it is.</source>
        <translation>无法从损坏的文件中读取任何内容；文件保留在原处。</translation>
    </message>
    <message numerus="yes">
        <source> · completed with %n item(s) refused</source>
        <translation>
            <numerusform> · 已完成，平台拒绝了 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform refused these items; each is tried again later:</source>
        <translation>平台拒绝了以下项目，稍后会逐一重试：</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source> · %n image(s) not downloaded</source>
        <translation>
            <numerusform> · %n 张图片未下载</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence images whose host did not deliver them are tried again with later syncs, or at once from the ticket&apos;s evidence.</source>
        <translation>图片服务器未返回的凭证图片会在之后的同步中重试，也可以在售后单的凭证处立即重试。</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is %1 behind the platform&apos;s</source>
        <translation> · 本机时钟比平台慢 %1</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is %1 ahead of the platform&apos;s</source>
        <translation> · 本机时钟比平台快 %1</translation>
    </message>
    <message>
        <source>Every deadline and countdown here follows the platform&apos;s clock, not this computer&apos;s.</source>
        <translation>这里的所有截止时间和倒计时都以平台时钟为准，而不是本机时钟。</translation>
    </message>
    <message numerus="yes">
        <source>The platform asked to slow down %n time(s) during the last sync; those calls went out again at the pace it allows.</source>
        <translation>
            <numerusform>上次同步时平台 %n 次要求降低请求频率；这些请求已按平台允许的速度重新发送。</numerusform>
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
    <message>
        <source>Could not open the browser. Open %1 yourself; the ticket id %2 is copied.</source>
        <translation>无法打开浏览器。请自行打开 %1；售后单号 %2 已复制。</translation>
    </message>
    <message>
        <source>Open in the merchant back office</source>
        <translation>在抖店后台处理</translation>
    </message>
    <message>
        <source>Copies the ticket id and opens the platform&apos;s merchant back office, where this decision can be made</source>
        <translation>复制售后单号并打开平台的商家后台，在那里处理此决定</translation>
    </message>
    <message>
        <source>The platform does not take this decision through its open API (code %1). Make it in the merchant back office: “Open in the merchant back office” copies the ticket id %2 for its search box.</source>
        <translation>平台不支持通过开放平台接口处理此决定（代码 %1）。请在商家后台处理：“在抖店后台处理”会复制售后单号 %2，便于在后台搜索。</translation>
    </message>
    <message numerus="yes">
        <source> · %n may reach the platform too late</source>
        <translation>
            <numerusform> · %n 个可能来不及送达平台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overtaken by the platform&apos;s deadline</source>
        <translation>
            <numerusform> · %n 条因平台超时已被处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late, and not sent again. Here: “%1”, decided on the ticket as it was (%2), due by %3. The platform decided for the buyer when that time ran out: the ticket is now “%4” (since %5). Open the ticket to see what the platform did.</source>
        <translation>太迟，不会再发送。本机：“%1”，针对当时的工单状态（%2）作出，须在 %3 前处理。时限到后平台已替买家处理：工单现为“%4”（自 %5 起）。打开工单查看平台的处理结果。</translation>
    </message>
    <message>
        <source>Not applied yet; sent again with the next sync</source>
        <translation>尚未生效，将随下次同步重新发送</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Sent without an answer; asking the platform whether it arrived</source>
        <translation>已发送但未收到答复，正在向平台确认是否送达</translation>
    </message>
    <message>
        <source>The ticket changed on the platform first</source>
        <translation>售后单已先在平台上发生变化</translation>
    </message>
    <message>
        <source>The platform decided at its deadline first</source>
        <translation>平台已在时限到时先行处理</translation>
    </message>
    <message>
        <source>A decision made without a connection waits here until the next sync. Clear “Only what still needs attention” to see those already applied.</source>
        <translation>没有网络时做出的处理会在这里等待，下次同步时提交。取消勾选“只看仍需处理的”可查看已提交的处理。</translation>
    </message>
    <message>
        <source>Approve, reject or extend a ticket on the After-sales page: each decision is listed here until the platform has it, and stays here as a record.</source>
        <translation>在“售后”页同意、拒绝或延长一条售后单：每个处理都会列在这里，直到平台收到为止，之后也会留作记录。</translation>
    </message>
    <message>
        <source>The decisions made on this computer could not be read; none is lost.</source>
        <translation>无法读取在这台电脑上做出的决定；没有任何决定丢失。</translation>
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
        <source>Choose a reason from the platform&apos;s list.</source>
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
    <message>
        <source>Why you reject a claim that meets the guarantee without counter-evidence (kept in the audit log)</source>
        <translation>在没有反证的情况下拒绝符合保障条件的理赔的原因（记入审计日志）</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>越权原因</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>越权说明(&amp;O)：</translation>
    </message>
    <message>
        <source>This claim meets the guarantee: reject it only with a reason that needs evidence and the counter-evidence attached. Only an owner can override this.</source>
        <translation>该理赔符合保障条件：只能选择需要凭证的原因并附上反证后拒绝。只有店主可以越权处理。</translation>
    </message>
    <message>
        <source>This claim meets the guarantee: choose a reason that needs evidence and attach the counter-evidence, or write why you override (kept in the audit log).</source>
        <translation>该理赔符合保障条件：请选择需要凭证的原因并附上反证，或写明越权原因（记入审计日志）。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::RuleDialog</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dry-run only</source>
        <translation>仅试运行</translation>
    </message>
    <message>
        <source>Shadow: label the claims it would approve</source>
        <translation>影子模式：标记规则会同意的理赔</translation>
    </message>
    <message>
        <source>Live: approve through the outbox</source>
        <translation>正式启用：通过待同步队列自动同意</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>dry-run</source>
        <translation>试运行</translation>
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
        <translation>有风险</translation>
    </message>
    <message>
        <source>above the cap</source>
        <translation>超出金额上限</translation>
    </message>
    <message>
        <source>outside the window</source>
        <translation>超出时效</translation>
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
        <translation>图片不足</translation>
    </message>
    <message>
        <source>frequent claimer</source>
        <translation>频繁理赔</translation>
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
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Auto-approve rules</source>
        <translation>自动同意规则</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Always on: no rule acts outside the guarantee window or on a claim the platform flags as risky</source>
        <translation>始终生效：任何规则都不会处理超出保障时效或被平台标记为有风险的理赔</translation>
    </message>
    <message>
        <source>Inside the guarantee window</source>
        <translation>在保障时效内</translation>
    </message>
    <message>
        <source>Not flagged risky by the platform</source>
        <translation>未被平台标记为有风险</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Dry-run over 90 days</source>
        <translation>用近 90 天试运行</translation>
    </message>
    <message>
        <source>Replay the rule over the claims closed in the last 90 days; nothing is sent</source>
        <translation>用近 90 天已关闭的理赔回放此规则；不会提交任何内容</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>实际处理结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保障</translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation>金额上限</translation>
    </message>
    <message>
        <source>Photos at least</source>
        <translation>图片至少</translation>
    </message>
    <message>
        <source>Buyer&apos;s claims in 90 days at most</source>
        <translation>买家 90 天内理赔次数上限</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Only the shop owner edits auto-approve rules. You can dry-run them.</source>
        <translation>只有店主可以编辑自动同意规则。你可以试运行。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>fresh under ¥50</source>
        <translation>生鲜 ¥50 以下</translation>
    </message>
    <message>
        <source>Live rule</source>
        <translation>正式启用规则</translation>
    </message>
    <message>
        <source>Rule %1 will approve matching claims on its own after each sync, up to %2 each. Continue?</source>
        <translation>规则 %1 将在每次同步后自动同意符合条件的理赔，每笔最多 %2。是否继续？</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved rule %1.</source>
        <translation>已保存规则 %1。</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete rule %1?</source>
        <translation>删除规则 %1？</translation>
    </message>
    <message>
        <source>Rule deleted.</source>
        <translation>规则已删除。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Cannot dry-run: %1</source>
        <translation>无法试运行：%1</translation>
    </message>
    <message>
        <source>Dry-run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 90 days, %n closed claim(s) of this guarantee.</source>
        <translation>
            <numerusform>近 90 天内，此保障共有 %n 个已关闭的理赔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule would have approved %n of them, %1 in total.</source>
        <translation>
            <numerusform>规则会同意其中 %n 个，合计 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It approves %n claim(s) a person rejected</source>
        <translation>
            <numerusform>规则会同意 %n 个曾被人工拒绝的理赔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it leaves %n approved claim(s) to a person.</source>
        <translation>
            <numerusform>并会把 %n 个人工同意的理赔留给人工处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) had no synced evidence and count as without photos.</source>
        <translation>
            <numerusform>%n 个理赔没有已同步的凭证，按无图片计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>approves</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>leaves it (%1)</source>
        <translation>不处理（%1）</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 —— 不一致</translation>
    </message>
    <message>
        <source>Dry-run done; nothing was sent.</source>
        <translation>试运行完成；未提交任何内容。</translation>
    </message>
    <message>
        <source>claims more than paid</source>
        <translation>申请超过实付</translation>
    </message>
    <message>
        <source>line claimed twice</source>
        <translation>同一商品重复理赔</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ScorePage</name>
    <message>
        <source>Computing the estimate from the cache: step %1 of %2</source>
        <translation>正在根据缓存计算估算值：第 %1/%2 步</translation>
    </message>
    <message>
        <source>The score could not be computed from the cache: %1. Try Refresh; if it keeps failing, check the database in Settings.</source>
        <translation>无法根据缓存计算体验分：%1。请尝试刷新；如果仍然失败，请在“设置”中检查数据库。</translation>
    </message>
    <message>
        <source>Listing what is behind “%1”…</source>
        <translation>正在列出“%1”的明细…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Choose a folder you can write to.</source>
        <translation>无法将图表保存到 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Experience score</source>
        <translation>体验分</translation>
    </message>
    <message numerus="yes">
        <source>The platform&apos;s own numbers come from one snapshot a day; our estimate is computed from the cached tickets and orders of the last %n day(s). Double-click a sub-metric to see what is behind it.</source>
        <translation>
            <numerusform>平台数据来自每天一次的快照；我们的估算根据缓存中近 %n 天的售后单和订单计算。双击子指标可查看明细。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Recompute the estimate from the cache</source>
        <translation>根据缓存重新计算估算值</translation>
    </message>
    <message>
        <source>Export trend…</source>
        <translation>导出趋势图…</translation>
    </message>
    <message>
        <source>Export dimensions…</source>
        <translation>导出维度图…</translation>
    </message>
    <message>
        <source>Save the trend chart as a PNG image (scores only, no buyer data)</source>
        <translation>将趋势图保存为 PNG 图片（仅含分数，不含买家数据）</translation>
    </message>
    <message>
        <source>Save the dimensions chart as a PNG image (scores only, no buyer data)</source>
        <translation>将维度图保存为 PNG 图片（仅含分数，不含买家数据）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if&lt;/b&gt; the tickets and orders due in the next 24 hours are settled and shipped in time, or all missed?</source>
        <translation>&lt;b&gt;假设分析&lt;/b&gt;：未来 24 小时内到期的售后单和订单全部按时处理和发货，或全部超时，会怎样？</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>All in time</source>
        <translation>全部按时</translation>
    </message>
    <message>
        <source>All missed</source>
        <translation>全部超时</translation>
    </message>
    <message>
        <source>Tickets to settle:</source>
        <translation>待处理售后单：</translation>
    </message>
    <message>
        <source>Orders to ship:</source>
        <translation>待发货订单：</translation>
    </message>
    <message>
        <source>Open in After-sales</source>
        <translation>在售后中打开</translation>
    </message>
    <message>
        <source>Platform score, last 90 days</source>
        <translation>平台体验分（近 90 天）</translation>
    </message>
    <message>
        <source>Dimensions: latest day against the day before</source>
        <translation>各维度：最新一天与前一天对比</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>No estimate yet: the cache holds no tickets or orders of the last %n day(s) for this shop.</source>
        <translation>
            <numerusform>暂无估算：缓存中没有该店铺近 %n 天的售后单或订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform number yet: each day&apos;s first sync stores one. Until then there is nothing to calibrate against.</source>
        <translation>暂无平台数值：每天首次同步时会保存一次。在此之前没有可供校准的数据。</translation>
    </message>
    <message numerus="yes">
        <source>The gap compares our estimate with the platform&apos;s number of %1. With %n day(s) of snapshots it is too early to tell a steady offset from day-to-day noise; calibration needs %2 days.</source>
        <translation>
            <numerusform>差值为我们的估算与平台 %1 的数值之差。目前只有 %n 天的快照，还无法区分稳定偏差和日常波动；校准需要 %2 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) exempt from the score are left out.</source>
        <translation>
            <numerusform>已排除 %n 个不计入体验分的售后单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimensions on %1 (no earlier day yet)</source>
        <translation>%1 的各维度（暂无前一天数据）</translation>
    </message>
    <message>
        <source>Due in the next 24 hours: %1 and %2.</source>
        <translation>未来 24 小时内到期：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n 个待处理售后单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unshipped order(s)</source>
        <translation>
            <numerusform>%n 个未发货订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a sub-metric (or click a chart point) to list the tickets or orders behind it.</source>
        <translation>双击子指标（或单击图表上的点）可列出相关的售后单或订单。</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n orders behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及的最近 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %n tickets behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及的最近 %n 个售后单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) behind “%1”</source>
        <translation>
            <numerusform>“%1”涉及 %n 个售后单</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule score</source>
        <translation>规则分</translation>
    </message>
    <message>
        <source>Our estimate by the documented rules, before calibration</source>
        <translation>按公开规则算出的估算，未经校准</translation>
    </message>
    <message>
        <source>Our rule score minus the platform&apos;s number</source>
        <translation>我们的规则分减去平台的分数</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校准后</translation>
    </message>
    <message>
        <source>Our rule score on the platform&apos;s scale, learnt from the days kept, with the band the platform&apos;s number is expected in</source>
        <translation>按已保存的天数学到的关系换算到平台刻度的规则分，并给出平台分数预计所在的区间</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>这是怎么算的？</translation>
    </message>
    <message>
        <source>%1 ±%2</source>
        <translation>%1 ±%2</translation>
    </message>
    <message numerus="yes">
        <source>Expected between %1 and %2 (fitted on %n day(s))</source>
        <translation>
            <numerusform>预计在 %1 到 %2 之间（用 %n 天拟合）</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration needs %1 days of snapshots</source>
        <translation>校准需要 %1 天的快照</translation>
    </message>
    <message numerus="yes">
        <source>Calibrated on %n day(s) of snapshots: our rule score mapped onto the platform&apos;s scale by what those days taught, with the band the platform&apos;s number is expected in. The rule score and its gap are our documented model before calibration.</source>
        <translation>
            <numerusform>已用 %n 天的快照校准：按这些天学到的关系把规则分换算到平台的刻度，并给出平台分数预计所在的区间。规则分及其差距是校准前我们公开的模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The gap compares our estimate with the platform&apos;s number of %1 (%n day(s) of snapshots). The calibration starts once %2 days have our estimate kept beside the platform&apos;s number (%3 so far; snapshots kept by an earlier version have none).</source>
        <translation>
            <numerusform>差距是我们的估算与平台 %1 的分数之比较（共 %n 天快照）。当有 %2 天的快照同时保存了我们的估算时开始校准（目前 %3 天；旧版本保存的快照没有估算）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox&apos;s score (not the platform&apos;s), last 90 days</source>
        <translation>沙盒的体验分（不是平台的），近 90 天</translation>
    </message>
    <message>
        <source>On the platform&apos;s scale (calibrated): its number is expected within ±%1 of these.</source>
        <translation>按平台口径（已校准）：平台分数预计在这些数值 ±%1 以内。</translation>
    </message>
    <message>
        <source>The platform is expected to show between %1 and %2 (the calibration&apos;s band).</source>
        <translation>平台预计显示 %1 到 %2 之间（校准区间）。</translation>
    </message>
    <message>
        <source>%1 to see its experience score.</source>
        <translation>%1，即可查看店铺体验分。</translation>
    </message>
    <message>
        <source>Behind the number</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假设分析</translation>
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
        <translation>由店主设置。超出此金额的退款需由店主处理。</translation>
    </message>
    <message>
        <source>Agents using this profile can decide refunds up to this amount.</source>
        <translation>使用此配置的客服可处理不超过此金额的退款。</translation>
    </message>
    <message>
        <source>Language and colours</source>
        <translation>语言和配色</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>处理设置</translation>
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
        <translation>同意前确认的金额(&amp;F)：</translation>
    </message>
    <message>
        <source>Ask before approving refunds from this amount</source>
        <translation>退款达到此金额时，同意前先确认</translation>
    </message>
    <message>
        <source>Approving a refund of this amount or more asks for confirmation first.</source>
        <translation>同意不低于此金额的退款时，会先要求确认。</translation>
    </message>
    <message>
        <source>Ask before approving &amp;batches of:</source>
        <translation>批量同意前确认的数量(&amp;B)：</translation>
    </message>
    <message>
        <source>Ask before approving this many tickets at once</source>
        <translation>一次同意达到此数量的售后单时，先确认</translation>
    </message>
    <message>
        <source> tickets</source>
        <translation> 个售后单</translation>
    </message>
    <message>
        <source>Approving this many tickets or more at once asks for confirmation first.</source>
        <translation>一次同意不少于此数量的售后单时，会先要求确认。</translation>
    </message>
    <message>
        <source>Keyboard (After-sales page)</source>
        <translation>快捷键（售后页面）</translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation>连接店铺(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect your shop, or try the sandbox&apos;s demo shop</source>
        <translation>连接你的店铺，或试用沙箱中的演示店铺</translation>
    </message>
    <message>
        <source>&amp;About Anxin Desk…</source>
        <translation>关于安心工作台(&amp;A)…</translation>
    </message>
    <message>
        <source>About Anxin Desk</source>
        <translation>关于安心工作台</translation>
    </message>
</context>
<context>
    <name>anxin::ui::ShippingPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>Search order id or product (/)</source>
        <translation>搜索订单号或商品 (/)</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Every band</source>
        <translation>全部时段</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小时内到期</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Presale and in stock</source>
        <translation>预售和现货</translation>
    </message>
    <message>
        <source>Presale only</source>
        <translation>仅预售</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>仅现货</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>预售</translation>
    </message>
    <message>
        <source>Shipped, no pickup scan</source>
        <translation>已发货未揽收</translation>
    </message>
    <message>
        <source>Only shipped orders the carrier has not scanned within 24 h of shipping: the platform counts them as false shipments.</source>
        <translation>只看发货后 24 小时内快递未揽收的订单：平台会将其判定为虚假发货。</translation>
    </message>
    <message>
        <source>No order is waiting to ship under these filters. Orders appear here after a sync: every paid order until it ships, and shipments the carrier has not picked up.</source>
        <translation>当前筛选条件下没有待发货订单。同步后订单会显示在这里：所有已付款未发货的订单，以及已发货但快递未揽收的订单。</translation>
    </message>
    <message>
        <source>Carrier route</source>
        <translation>物流轨迹</translation>
    </message>
    <message>
        <source>Ask the carrier</source>
        <translation>查询快递</translation>
    </message>
    <message>
        <source>Fetch this parcel&apos;s scans now</source>
        <translation>立即获取此包裹的物流轨迹</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>Breach forecast (estimate)</source>
        <translation>超时预测（估算）</translation>
    </message>
    <message>
        <source>Snooze order…</source>
        <translation>暂停订单提醒…</translation>
    </message>
    <message>
        <source>No alerts about this order for a while, with a reason</source>
        <translation>暂时不再提醒此订单（需填写原因）</translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>提醒设置…</translation>
    </message>
    <message>
        <source>Which bands raise a desktop alert, quiet hours, snoozes</source>
        <translation>哪些时段弹出桌面提醒、免打扰时段、暂停的提醒</translation>
    </message>
    <message>
        <source>No pickup scan</source>
        <translation>未揽收</translation>
    </message>
    <message>
        <source>Select an order to see its carrier route.</source>
        <translation>选择一个订单，查看物流轨迹。</translation>
    </message>
    <message>
        <source>Order %1 has not shipped: its route appears once it has a tracking number.</source>
        <translation>订单 %1 尚未发货：有运单号后会显示物流轨迹。</translation>
    </message>
    <message>
        <source>%1 %2, shipped %3.</source>
        <translation>%1 %2，已于 %3 发货。</translation>
    </message>
    <message>
        <source>Asking the carrier…</source>
        <translation>正在查询快递…</translation>
    </message>
    <message>
        <source>The carrier could not be reached; showing the scans from the last check.</source>
        <translation>无法连接快递公司；显示上次查询的物流轨迹。</translation>
    </message>
    <message>
        <source>No scans yet at the last check (%1).</source>
        <translation>上次查询（%1）时尚无物流轨迹。</translation>
    </message>
    <message>
        <source>No scans cached yet.</source>
        <translation>尚未缓存物流轨迹。</translation>
    </message>
    <message>
        <source>Offline: no scans cached yet; they are fetched when the shop is connected.</source>
        <translation>离线：尚未缓存物流轨迹；连接店铺后会自动获取。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>无法计算预测：%1</translation>
    </message>
    <message>
        <source>Nothing is waiting to ship, so nothing can be late.</source>
        <translation>没有待发货订单，不会出现超时。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting to ship.</source>
        <translation>
            <numerusform>%n 个订单待发货。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order shipped in the last %n day(s): there is no pace to estimate from.</source>
        <translation>
            <numerusform>近 %n 天没有发货记录：无法估算发货速度。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Basis: %n order(s) shipped in the last %1 days, %2 per hour.</source>
        <translation>
            <numerusform>依据：近 %1 天共发货 %n 单，每小时 %2 单。</numerusform>
        </translation>
    </message>
    <message>
        <source>At that pace, in promise order, every order ships in time; the queue is clear by %1.</source>
        <translation>按此速度并按承诺时间先后发货，所有订单都能按时发出；预计 %1 前全部发完。</translation>
    </message>
    <message numerus="yes">
        <source>At that pace, in promise order, %n order(s) will ship late</source>
        <translation>
            <numerusform>按此速度并按承诺时间先后发货，将有 %n 个订单超时发货</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already past the promise); the queue is clear by %1.</source>
        <translation>
            <numerusform>（其中 %n 个已超过承诺时间）；预计 %1 前全部发完。</numerusform>
        </translation>
    </message>
    <message>
        <source>First to miss: %1</source>
        <translation>最先超时：%1</translation>
    </message>
    <message>
        <source>An estimate from the cached orders, assuming the recent pace continues; not a platform figure.</source>
        <translation>根据缓存订单估算，假设近期发货速度保持不变；并非平台数据。</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its orders waiting to ship appear here after the first sync.</source>
        <translation>还没有连接店铺。%1，首次同步后待发货的订单会显示在这里。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TeamSettings</name>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>No team database: this desk works on its own. With one, every desk of the team sees who is on which ticket.</source>
        <translation>未设置团队数据库：本工作台独立工作。设置后，团队每台工作台都能看到谁在处理哪个售后单。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Team offline: deciding works as usual; the desk reconnects by itself. (%1)</source>
        <translation>团队离线：可以照常处理；工作台会自动重新连接。（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1. Other agents are on %n ticket(s) right now.</source>
        <translation>
            <numerusform>已以 %1 的身份连接。其他客服正在处理 %n 个售后单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team &amp;database:</source>
        <translation>团队数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>团队数据库地址</translation>
    </message>
    <message>
        <source>The same PostgreSQL database on every desk of the team</source>
        <translation>团队每台工作台使用同一个 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>团队数据库密码</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Work alone again: this desk leaves the team database (nothing local is lost)</source>
        <translation>恢复独立工作：本工作台离开团队数据库（本机数据不会丢失）</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TicketDetailPane</name>
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
    <message>
        <source>Reveal</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the buyer&apos;s full name, phone and address (recorded in the audit log)</source>
        <translation>查看买家完整姓名、电话和地址（会记入审计日志）</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单商品</translation>
    </message>
    <message>
        <source>Already extended once: the platform allows one extension per ticket</source>
        <translation>已延长过一次：平台每个售后单只允许延长一次</translation>
    </message>
    <message>
        <source>Possible when 2 days or less remain (the platform&apos;s rule); now %1 left</source>
        <translation>剩余不超过 2 天时才可延长（平台规则）；当前剩余 %1</translation>
    </message>
    <message>
        <source>The deadline has passed: nothing left to extend</source>
        <translation>已过截止时间：无法再延长</translation>
    </message>
    <message>
        <source>Internal note for the shop&apos;s agents (the buyer never sees it)</source>
        <translation>给本店客服的内部备注（买家看不到）</translation>
    </message>
    <message>
        <source>Every desk of the shop sees the note after its next sync</source>
        <translation>本店每台工作台在下次同步后都能看到这条备注</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Also list the note on the handover board for the next shift</source>
        <translation>同时列入交接板，留给下一班</translation>
    </message>
    <message>
        <source>Notes (shared with the shop)</source>
        <translation>备注（全店共享）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>[Handover] %1</source>
        <translation>[交接] %1</translation>
    </message>
    <message>
        <source>No notes yet. A note here reaches every desk of the shop.</source>
        <translation>暂无备注。在这里写的备注会同步到本店每台工作台。</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>接手…</translation>
    </message>
    <message>
        <source>Work this ticket yourself; the other agent sees it and your reason</source>
        <translation>由您来处理此单；对方客服会看到您接手及原因</translation>
    </message>
    <message>
        <source>The platform&apos;s log of this ticket has not reached this desk yet: it comes with the sync.</source>
        <translation>此售后单的平台记录尚未到达本机，将随同步送达。</translation>
    </message>
</context>
<context>
    <name>anxin::ui::TrayAlerts</name>
    <message>
        <source>Open Anxin Desk</source>
        <translation>打开安心工作台</translation>
    </message>
    <message>
        <source>Snooze all alerts…</source>
        <translation>暂停全部提醒…</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>所有事项</translation>
    </message>
    <message>
        <source>Alert settings…</source>
        <translation>提醒设置…</translation>
    </message>
    <message numerus="yes">
        <source>Anxin Desk: %n order(s) or ticket(s) in your alert band</source>
        <translation>
            <numerusform>安心工作台：%n 个订单或售后单进入提醒时段</numerusform>
        </translation>
    </message>
    <message>
        <source>Anxin Desk: nothing in your alert band</source>
        <translation>安心工作台：没有进入提醒时段的事项</translation>
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
        <source>During the next 8 hours: %1 ticket step(s) and %2 shipment(s) fall due.</source>
        <translation>未来 8 小时内：%1 个售后处理时限、%2 个发货时限到期。</translation>
    </message>
    <message>
        <source>Waiting to sync: %1 · conflicts to resolve: %2 · &lt;a href=&quot;pending&quot;&gt;open Pending sync&lt;/a&gt;</source>
        <translation>等待同步：%1 · 待处理冲突：%2 · &lt;a href=&quot;pending&quot;&gt;打开“待同步”&lt;/a&gt;</translation>
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
    <message numerus="yes">
        <source>%n may reach the platform too late (its deadline is within the hour or past)</source>
        <translation>
            <numerusform>%n 个决定可能来不及送达平台（截止时间在一小时内或已过）</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover from every desk (24 h)</source>
        <translation>各工作台的交接（24 小时）</translation>
    </message>
    <message>
        <source>No handover notes in the last 24 hours. Mark a note “Handover” on a ticket and every desk of the shop sees it here.</source>
        <translation>过去 24 小时没有交接备注。在售后单上写备注时勾选“交接”，本店每台工作台都会在这里看到。</translation>
    </message>
    <message>
        <source>No shop connected yet. %1: its deadlines appear here after the first sync.</source>
        <translation>还没有连接店铺。%1，首次同步后各项时限会显示在这里。</translation>
    </message>
</context>
</TS>
