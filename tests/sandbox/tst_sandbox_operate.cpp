// afterSale.operate, timeExtend, submitEvidence, addOrderRemark, rejectReasonCodeList and the state machine with the
// clock.
#include "sandbox/sandboxstate.h"
#include "sandboxharness.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace anxin::test;
using anxin::sandbox::Ticket;

class TstSandboxOperate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void operate_agreeRefund_settlesBumpsUpdateTimeAndLogs();
    void operate_agreeRefundBeforeShipping_cancelsAOneLineOrder();
    void operate_oneInvalidItem_appliesNothing();
    void operate_staleUpdateTime_is20309541();
    void operate_rejectNeedingEvidence_withoutEvidence_is40004();
    void operate_rejectMissingRemark_is40004();
    void operate_moreThan20Items_is40004();
    void operate_agreeReturnWithoutAddress_is40004();
    void operate_wrongStatusForType_is50002();
    void operate_returnFlow_reachesRefundAfterReceipt();
    void deadline_passesWithoutAction_platformDecides();
    void deadline_buyerNeverShips_closesTicket();
    void timeExtend_onlyOnceAndOnlyWhenTwoDaysRemain();
    void submitEvidence_moreThanFour_is40004();
    void addOrderRemark_comesBackInDetailAndMovesUpdateTime();
    void addOrderRemark_tooLongBlankOrWrongOrder_refused();
    void rejectReasonCodeList_hasEvidenceNeedFlags();
    void counters_countWritesAndItems();

private:
    int find(const std::function<bool(const Ticket &)> &pred) const;
    QByteArray idOf(int idx) const;
    QJsonObject detailInfo(const QByteArray &id);
    std::unique_ptr<SandboxHarness> m_h;
};

namespace {

constexpr qint64 kNow = 1750000000;
constexpr qint64 kGrace = 2 * 3600;

QByteArray ops(int type, const QByteArray &itemsJson)
{
    return R"({"items":[)" + itemsJson + R"(],"type":)" + QByteArray::number(type) + "}";
}

} // namespace

void TstSandboxOperate::init()
{
    anxin::sandbox::SandboxOptions o;
    o.tickets = 800;
    m_h = std::make_unique<SandboxHarness>(o, kNow);
}

int TstSandboxOperate::find(const std::function<bool(const Ticket &)> &pred) const
{
    const auto &tickets = m_h->state().world().tickets;
    for (size_t i = 0; i < tickets.size(); ++i) {
        if (pred(tickets[i]))
            return int(i);
    }
    return -1;
}

QByteArray TstSandboxOperate::idOf(int idx) const
{
    if (idx < 0)
        return "0"; // no such ticket: the call under test then fails loudly
    return QByteArray::number(m_h->state().world().tickets[size_t(idx)].id);
}

QJsonObject TstSandboxOperate::detailInfo(const QByteArray &id)
{
    const Answer a =
        m_h->callAuthed("afterSale.Detail", R"({"after_sale_id":")" + id + R"(","need_operation_record":true})");
    return a.data().value(QLatin1String("process_info")).toObject();
}

void TstSandboxOperate::operate_agreeRefund_settlesBumpsUpdateTimeAndLogs()
{
    const int idx = find([](const Ticket &t) { return t.status == 6 && t.type == 1; });
    QVERIFY(idx >= 0);
    const QByteArray id = idOf(idx);
    const QJsonObject before = detailInfo(id);
    const qint64 oldUpdate =
        before.value(QLatin1String("after_sale_info")).toObject().value(QLatin1String("update_time")).toInteger();
    const qsizetype oldLogs = before.value(QLatin1String("record_logs_list")).toArray().size();
    const Answer a =
        m_h->callAuthed("afterSale.operate",
                        ops(201, R"({"aftersale_id":")" + id + R"(","remark":"核实坏果照片，同意","update_time":)" +
                                     QByteArray::number(oldUpdate) + "}"));
    QCOMPARE(a.code(), 10000);
    const QJsonObject item = a.data().value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("aftersale_id")).toString().toLatin1(), id);
    QCOMPARE(item.value(QLatin1String("status_code")).toInt(), 0);
    QVERIFY(item.contains(QLatin1String("status_msg")));
    const QJsonObject after = detailInfo(id);
    const QJsonObject i = after.value(QLatin1String("after_sale_info")).toObject();
    QCOMPARE(i.value(QLatin1String("after_sale_status")).toInt(), 12);
    QVERIFY(i.value(QLatin1String("update_time")).toInteger() > oldUpdate);
    QVERIFY(i.value(QLatin1String("after_sale_status_to_final_time")).toInteger() != 0);
    const QJsonArray logs = after.value(QLatin1String("record_logs_list")).toArray();
    QCOMPARE(logs.size(), oldLogs + 1);
    QCOMPARE(logs.last().toObject().value(QLatin1String("role")).toInt(), 2);
}

void TstSandboxOperate::operate_agreeRefundBeforeShipping_cancelsAOneLineOrder()
{
    const auto &w = m_h->state().world();
    const int idx = find([&w](const Ticket &t) {
        const anxin::sandbox::Order &o = w.orders[t.order];
        return t.status == 6 && t.type == 2 && o.status == 2 && !o.shipTime && o.lineCount == 1;
    });
    QVERIFY(idx >= 0);
    const anxin::sandbox::Order &o = w.orders[w.tickets[size_t(idx)].order];
    const QByteArray orderId = QByteArray::number(o.id);
    auto orderStatus = [this, &orderId] {
        return m_h->callAuthed("order.orderDetail", R"({"shop_order_id":")" + orderId + R"("})")
            .data()
            .value(QLatin1String("shop_order_detail"))
            .toObject()
            .value(QLatin1String("order_status"))
            .toInt();
    };
    QCOMPARE(orderStatus(), 2);
    const quint32 before = o.updateTime;
    QCOMPARE(
        m_h->callAuthed("afterSale.operate", ops(201, R"({"aftersale_id":")" + idOf(idx) + R"(","remark":"同意退款"})"))
            .code(),
        10000);
    // Refunded before it shipped: nothing is left to ship, the platform cancels the order.
    QCOMPARE(orderStatus(), 4);
    QVERIFY(o.updateTime > before);
}

void TstSandboxOperate::operate_oneInvalidItem_appliesNothing()
{
    std::vector<int> good;
    for (const auto &t : m_h->state().world().tickets) {
        if (t.status == 6 && t.type == 1 && good.size() < 3)
            good.push_back(m_h->state().world().findTicket(t.id));
    }
    QCOMPARE(good.size(), size_t(3));
    const int closed = find([](const Ticket &t) { return t.status == 12; });
    QByteArray items;
    for (int idx : good)
        items += R"({"aftersale_id":")" + idOf(idx) + R"("},)";
    items += R"({"aftersale_id":")" + idOf(closed) + R"("})";
    const Answer a = m_h->callAuthed("afterSale.operate", ops(201, items));
    QCOMPARE(a.code(), 50002);
    for (int idx : good)
        QCOMPARE(int(m_h->state().world().tickets[size_t(idx)].status), 6);
    QCOMPARE(m_h->state().counters().operateItemsApplied, 0);
    // An unknown id in the batch: also nothing.
    const Answer b = m_h->callAuthed("afterSale.operate", ops(201, R"({"aftersale_id":")" + idOf(good[0]) +
                                                                       R"("},{"aftersale_id":"7300000000000000001"})"));
    QCOMPARE(b.code(), 40004);
    QCOMPARE(int(m_h->state().world().tickets[size_t(good[0])].status), 6);
}

void TstSandboxOperate::operate_staleUpdateTime_is20309541()
{
    const int idx = find([](const Ticket &t) { return t.status == 6 && t.type == 1; });
    const qint64 stale = m_h->state().world().tickets[size_t(idx)].updateTime - 1;
    const Answer a =
        m_h->callAuthed("afterSale.operate", ops(201, R"({"aftersale_id":")" + idOf(idx) + R"(","update_time":)" +
                                                          QByteArray::number(stale) + "}"));
    QCOMPARE(a.code(), 50002);
    QCOMPARE(a.subCode(), QStringLiteral("isv.business-failed:20309541"));
    QCOMPARE(int(m_h->state().world().tickets[size_t(idx)].status), 6);
}

void TstSandboxOperate::operate_rejectNeedingEvidence_withoutEvidence_is40004()
{
    const int idx = find([](const Ticket &t) { return t.status == 6 && t.type == 1; });
    const QByteArray id = idOf(idx);
    // Code 1 needs evidence (evidence_need Y).
    Answer a = m_h->callAuthed(
        "afterSale.operate", ops(202, R"({"aftersale_id":")" + id +
                                          R"(","reason":"商品无质量问题","reject_reason_code":1,"remark":"已核实"})"));
    QCOMPARE(a.code(), 40004);
    QCOMPARE(a.subCode(), QStringLiteral("isv.parameter-invalid:evidence"));
    a = m_h->callAuthed(
        "afterSale.operate",
        ops(202,
            R"({"aftersale_id":")" + id +
                R"(","evidence":[{"desc":"签收照片","type":1,"url":"http://img/1.png"}],"reason":"商品无质量问题","reject_reason_code":1,"remark":"已核实"})"));
    QCOMPARE(a.code(), 10000);
    QCOMPARE(int(m_h->state().world().tickets[size_t(idx)].status), 27);
    // Code 2 does not need evidence.
    const int other = find([](const Ticket &t) { return t.status == 6 && t.type == 2; });
    a = m_h->callAuthed("afterSale.operate",
                        ops(202, R"({"aftersale_id":")" + idOf(other) +
                                     R"(","reason":"超出政策","reject_reason_code":2,"remark":"说明"})"));
    QCOMPARE(a.code(), 10000);
}

void TstSandboxOperate::operate_rejectMissingRemark_is40004()
{
    const int idx = find([](const Ticket &t) { return t.status == 6 && t.type == 1; });
    Answer a = m_h->callAuthed("afterSale.operate", ops(202, R"({"aftersale_id":")" + idOf(idx) +
                                                                 R"(","reason":"x","reject_reason_code":2})"));
    QCOMPARE(a.subCode(), QStringLiteral("isv.parameter-invalid:remark"));
    a = m_h->callAuthed("afterSale.operate",
                        ops(202, R"({"aftersale_id":")" + idOf(idx) + R"(","reason":"x","remark":"y"})"));
    QCOMPARE(a.subCode(), QStringLiteral("isv.parameter-invalid:reject_reason_code"));
    a = m_h->callAuthed("afterSale.operate", ops(202, R"({"aftersale_id":")" + idOf(idx) +
                                                          R"(","reason":"x","reject_reason_code":99,"remark":"y"})"));
    QCOMPARE(a.code(), 40004);
}

void TstSandboxOperate::operate_moreThan20Items_is40004()
{
    QByteArray items;
    int n = 0;
    for (const auto &t : m_h->state().world().tickets) {
        if (t.status == 6 && n < 21) {
            items += (n ? "," : "") + QByteArray(R"({"aftersale_id":")") + QByteArray::number(t.id) + R"("})";
            ++n;
        }
    }
    QCOMPARE(n, 21);
    const Answer a = m_h->callAuthed("afterSale.operate", ops(201, items));
    QCOMPARE(a.code(), 40004);
    QCOMPARE(a.subCode(), QStringLiteral("isv.parameter-invalid:items"));
    QCOMPARE(m_h->state().counters().writesApplied, 0);
}

void TstSandboxOperate::operate_agreeReturnWithoutAddress_is40004()
{
    const int idx = find([](const Ticket &t) { return t.status == 6 && t.type == 0; });
    QVERIFY(idx >= 0);
    QCOMPARE(m_h->callAuthed("afterSale.operate", ops(101, R"({"aftersale_id":")" + idOf(idx) + R"("})")).code(),
             40004);
    QCOMPARE(m_h->callAuthed("afterSale.operate", ops(101, R"({"aftersale_id":")" + idOf(idx) +
                                                               R"(","logistics":{"receiver_address_id":"5001"}})"))
                 .code(),
             10000);
    QCOMPARE(int(m_h->state().world().tickets[size_t(idx)].status), 7);
}

void TstSandboxOperate::operate_wrongStatusForType_is50002()
{
    const int idx = find([](const Ticket &t) { return t.status == 6 && t.type == 1; });
    // 101 (agree return) on a refund-only ticket, 111 on a ticket in review: refused, unchanged.
    QCOMPARE(m_h->callAuthed("afterSale.operate", ops(101, R"({"aftersale_id":")" + idOf(idx) +
                                                               R"(","logistics":{"receiver_address_id":1}})"))
                 .subCode(),
             QStringLiteral("isv.business-failed:20309542"));
    QCOMPARE(m_h->callAuthed("afterSale.operate", ops(111, R"({"aftersale_id":")" + idOf(idx) + R"("})")).code(),
             50002);
    QCOMPARE(m_h->callAuthed("afterSale.operate", ops(999, R"({"aftersale_id":")" + idOf(idx) + R"("})")).code(),
             40004);
}

void TstSandboxOperate::operate_returnFlow_reachesRefundAfterReceipt()
{
    const int idx = find([](const Ticket &t) { return t.status == 11 && t.type == 0; });
    QVERIFY(idx >= 0);
    const Answer a = m_h->callAuthed("afterSale.operate", ops(111, R"({"aftersale_id":")" + idOf(idx) + R"("})"));
    QCOMPARE(a.code(), 10000);
    const Ticket &t = m_h->state().world().tickets[size_t(idx)];
    QCOMPARE(int(t.status), 12);
    QCOMPARE(int(t.refundStatus), 3);
    // An exchange: agree (301) → buyer returns → confirm and reship (311) → 13.
    const int ex = find([](const Ticket &x) { return x.status == 11 && (x.type == 3 || x.type == 8); });
    if (ex >= 0) {
        QCOMPARE(m_h->callAuthed("afterSale.operate", ops(311, R"({"aftersale_id":")" + idOf(ex) + R"("})")).code(),
                 10000);
        QCOMPARE(int(m_h->state().world().tickets[size_t(ex)].status), 13);
    }
}

void TstSandboxOperate::deadline_passesWithoutAction_platformDecides()
{
    const int idx =
        find([this](const Ticket &t) { return t.status == 6 && t.type == 1 && t.deadline > m_h->now() + 3600; });
    QVERIFY(idx >= 0);
    const qint64 deadline = m_h->state().world().tickets[size_t(idx)].deadline;
    m_h->advance(deadline + kGrace - 1 - m_h->now());
    QCOMPARE(detailInfo(idOf(idx))
                 .value(QLatin1String("after_sale_info"))
                 .toObject()
                 .value(QLatin1String("after_sale_status"))
                 .toInt(),
             6);
    m_h->advance(1);
    const QJsonObject i = detailInfo(idOf(idx)).value(QLatin1String("after_sale_info")).toObject();
    QCOMPARE(i.value(QLatin1String("after_sale_status")).toInt(), 12);
    QCOMPARE(i.value(QLatin1String("update_time")).toInteger(), deadline + kGrace);
    QVERIFY(i.value(QLatin1String("auto_audit_bits")).toArray().contains(2));
    // A return in review is auto-approved into "awaiting the buyer's parcel" instead.
    const int ret = find([this](const Ticket &t) { return t.status == 6 && t.type == 0 && t.deadline > m_h->now(); });
    if (ret >= 0) {
        m_h->advance(m_h->state().world().tickets[size_t(ret)].deadline + kGrace - m_h->now());
        QVERIFY(m_h->state().world().tickets[size_t(ret)].status != 6);
    }
    QVERIFY(m_h->state().counters().autoDecisions > 0);
}

void TstSandboxOperate::deadline_buyerNeverShips_closesTicket()
{
    const int idx =
        find([this](const Ticket &t) { return t.status == 7 && t.returnShipAt == 0 && t.deadline > m_h->now(); });
    QVERIFY(idx >= 0);
    m_h->advance(m_h->state().world().tickets[size_t(idx)].deadline + kGrace - m_h->now());
    QCOMPARE(int(m_h->state().world().tickets[size_t(idx)].status), 28);
    // A buyer who ships moves the ticket to 11 with a fresh receipt window.
    const int ships = find([this](const Ticket &t) { return t.status == 7 && t.returnShipAt > m_h->now(); });
    if (ships >= 0) {
        const qint64 at = m_h->state().world().tickets[size_t(ships)].returnShipAt;
        m_h->advance(at - m_h->now());
        const Ticket &t = m_h->state().world().tickets[size_t(ships)];
        QCOMPARE(int(t.status), 11);
        QCOMPARE(qint64(t.deadline), at + 7 * 86400);
    }
}

void TstSandboxOperate::timeExtend_onlyOnceAndOnlyWhenTwoDaysRemain()
{
    const int idx = find([this](const Ticket &t) { return t.status == 11 && t.deadline > m_h->now() + 3 * 86400; });
    QVERIFY(idx >= 0);
    const int review = find([](const Ticket &t) { return t.status == 6 && t.type == 1; });
    QVERIFY(review >= 0);
    QCOMPARE(m_h->callAuthed("afterSale.timeExtend", R"({"aftersale_id":")" + idOf(review) + R"("})").code(), 50002);
    const QByteArray body = R"({"aftersale_id":")" + idOf(idx) + R"("})";
    Answer a = m_h->callAuthed("afterSale.timeExtend", body);
    QCOMPARE(a.code(), 50002);
    const qint64 deadline = m_h->state().world().tickets[size_t(idx)].deadline;
    m_h->advance(deadline - 86400 - m_h->now());
    a = m_h->callAuthed("afterSale.timeExtend", body);
    QCOMPARE(a.code(), 10000);
    QCOMPARE(a.data().value(QLatin1String("status_deadline")).toInteger(), deadline + 7 * 86400);
    m_h->advance(6 * 86400 + 1);
    a = m_h->callAuthed("afterSale.timeExtend", body);
    QCOMPARE(a.code(), 50002);
    QCOMPARE(a.subCode(), QStringLiteral("isv.business-failed:20309544"));
}

void TstSandboxOperate::submitEvidence_moreThanFour_is40004()
{
    const int idx = find([](const Ticket &t) { return t.status == 6; });
    const QByteArray id = idOf(idx);
    QCOMPARE(m_h->callAuthed("afterSale.submitEvidence",
                             R"({"aftersale_id":")" + id + R"(","comment":"c","evidence":["a","b","c","d","e"]})")
                 .code(),
             40004);
    QCOMPARE(m_h->callAuthed("afterSale.submitEvidence",
                             R"({"aftersale_id":")" + id +
                                 R"(","comment":"补充聊天记录","evidence":["img/a.png","img/b.png"]})")
                 .code(),
             10000);
    const QJsonObject i = detailInfo(id).value(QLatin1String("after_sale_info")).toObject();
    QCOMPARE(i.value(QLatin1String("merchant_evidence")).toArray().size(), 2);
}

void TstSandboxOperate::addOrderRemark_comesBackInDetailAndMovesUpdateTime()
{
    // A closed ticket takes remarks too (the shop's own bookkeeping).
    const int idx = find([](const Ticket &t) { return t.finalTime != 0; });
    QVERIFY(idx >= 0);
    const QByteArray id = idOf(idx);
    const qint64 before = m_h->state().world().tickets[size_t(idx)].updateTime;
    const QString first = QStringLiteral("〔小王〕已电话联系买家，明早补发");
    Answer a = m_h->callAuthed("afterSale.addOrderRemark",
                               R"({"after_sale_id":")" + id + R"(","remark":")" + first.toUtf8() + R"("})");
    QCOMPARE(a.code(), 10000);
    QVERIFY(a.data().isEmpty());
    const qint64 after = m_h->state().world().tickets[size_t(idx)].updateTime;
    QVERIFY(after > before);
    // Not idempotent: the same text again is a second remark, and update_time moves again within the second.
    const QByteArray orderId =
        QByteArray::number(m_h->state().world().orders[m_h->state().world().tickets[size_t(idx)].order].id);
    a = m_h->callAuthed("afterSale.addOrderRemark", R"({"after_sale_id":")" + id + R"(","order_id":")" + orderId +
                                                        R"(","remark":")" + first.toUtf8() + R"("})");
    QCOMPARE(a.code(), 10000);
    const QJsonObject info = detailInfo(id).value(QLatin1String("after_sale_info")).toObject();
    const QJsonArray remarks = info.value(QLatin1String("after_sale_shop_remarks")).toArray();
    QCOMPARE(remarks.size(), 2);
    QCOMPARE(remarks.at(0).toObject().value(QLatin1String("remark")).toString(), first);
    QCOMPARE(remarks.at(0).toObject().value(QLatin1String("create_time")).toInteger(), after);
    QVERIFY(!remarks.at(0).toObject().value(QLatin1String("operator")).toString().isEmpty());
    QCOMPARE(remarks.at(1).toObject().value(QLatin1String("create_time")).toInteger(), after + 1);
    QCOMPARE(info.value(QLatin1String("update_time")).toInteger(), after + 1);
    // Remarks leave no record log: the ticket's operation history is unchanged.
    const QJsonArray logs = detailInfo(id).value(QLatin1String("record_logs_list")).toArray();
    for (const QJsonValue &l : logs)
        QVERIFY(!l.toObject().value(QLatin1String("text")).toString().contains(first));
}

void TstSandboxOperate::addOrderRemark_tooLongBlankOrWrongOrder_refused()
{
    const int idx = find([](const Ticket &t) { return t.status == 6; });
    const QByteArray id = idOf(idx);
    const qint64 before = m_h->state().world().tickets[size_t(idx)].updateTime;
    const QByteArray longest = QString(500, QChar(0x5907)).toUtf8(); // 500 characters (1 500 bytes) is the limit
    QCOMPARE(m_h->callAuthed("afterSale.addOrderRemark",
                             R"({"after_sale_id":")" + id + R"(","remark":")" + longest + QByteArray("备") + R"("})")
                 .code(),
             40004);
    QCOMPARE(m_h->callAuthed("afterSale.addOrderRemark", R"({"after_sale_id":")" + id + R"(","remark":"  "})").code(),
             40002); // blank is missing
    QCOMPARE(
        m_h->callAuthed("afterSale.addOrderRemark", R"({"after_sale_id":")" + id + R"(","order_id":"1","remark":"x"})")
            .code(),
        40004);
    QCOMPARE(m_h->state().world().tickets[size_t(idx)].updateTime, before);
    QCOMPARE(m_h->callAuthed("afterSale.addOrderRemark",
                             R"({"after_sale_id":")" + id + R"(","remark":")" + longest + R"("})")
                 .code(),
             10000);
}

void TstSandboxOperate::rejectReasonCodeList_hasEvidenceNeedFlags()
{
    const Answer a = m_h->callAuthed("afterSale.rejectReasonCodeList", "{}");
    QCOMPARE(a.code(), 10000);
    const QJsonArray items = a.data().value(QLatin1String("items")).toArray();
    QVERIFY(items.size() >= 4);
    QSet<QString> needs;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"reject_reason_code", "reason", "evidence_need", "evidence_description", "image"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        needs.insert(o.value(QLatin1String("evidence_need")).toString());
    }
    QCOMPARE(needs, (QSet<QString>{QStringLiteral("Y"), QStringLiteral("N")}));
}

void TstSandboxOperate::counters_countWritesAndItems()
{
    QByteArray items;
    int n = 0;
    for (const auto &t : m_h->state().world().tickets) {
        if (t.status == 6 && (t.type == 1 || t.type == 2) && n < 3) {
            items += (n ? "," : "") + QByteArray(R"({"aftersale_id":")") + QByteArray::number(t.id) + R"("})";
            ++n;
        }
    }
    m_h->control("POST", QStringLiteral("/__sandbox/counters/reset"));
    QCOMPARE(m_h->callAuthed("afterSale.operate", ops(201, items)).code(), 10000);
    const QJsonObject c = m_h->control("GET", QStringLiteral("/__sandbox/counters")).json;
    QCOMPARE(c.value(QLatin1String("writes_applied")).toInt(), 1);
    QCOMPARE(c.value(QLatin1String("operate_items_applied")).toInt(), 3);
    QCOMPARE(c.value(QLatin1String("calls")).toObject().value(QLatin1String("afterSale.operate")).toInt(), 1);
}

ANXIN_TEST_GUILESS_MAIN(TstSandboxOperate)
#include "tst_sandbox_operate.moc"
