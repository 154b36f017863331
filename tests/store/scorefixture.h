#pragma once

// The hand-made score data set shared by tst_scoreinputs and tst_cli_score: every expected number in those
// tests is worked out in the comments here.
#include "core/scoremodel.h"
#include "scoreoracle.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace anxin::test::score {

using test::OrderFacts;
using test::TicketFacts;

inline constexpr qint64 kNow = 1'765'000'000;
inline constexpr qint64 kHour = 3600;
inline constexpr qint64 kDay = 86400;
inline constexpr qint64 kT0 = kNow - 10 * kDay;
inline constexpr qint64 kPay = kNow - 20 * kDay;
inline constexpr qint64 kExp = kPay + 48 * kHour;

inline const QString kCompactNoBits = QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[]}}");

struct TicketRow
{
    TicketFacts facts;
    QString shop = QStringLiteral("s1");
    QString rawJson; // empty: derived from facts.platformAutoDecided in the sync's compact form
};

inline TicketRow t(const char *id, qint64 apply, qint64 final, int status, int type)
{
    TicketRow r;
    r.facts.id = QLatin1String(id);
    r.facts.applyTime = apply;
    r.facts.finalTime = final;
    r.facts.status = status;
    r.facts.type = type;
    return r;
}

struct OrderRow
{
    OrderFacts facts;
    QString shop = QStringLiteral("s1");
};

inline OrderRow o(const char *id, qint64 pay, qint64 expShip, qint64 ship, qint64 pickup, qint64 sign, int status = 0)
{
    return OrderRow{OrderFacts{QLatin1String(id), status ? status : (ship ? 3 : 2), pay, expShip, ship, pickup, sign},
                    QStringLiteral("s1")};
}

// The hand-made data set; every expected number in the tests is worked out in the comments here.
inline QList<TicketRow> ticketRows()
{
    QList<TicketRow> rows;
    rows << t("T01", kT0, kT0 + 2 * kHour, 12, 1); // quality return (26), in time, refund-only 2 h
    rows.last().facts.reasonCode = 26;
    rows.last().rawJson = kCompactNoBits;
    rows << t("T02", kT0, kT0 + 6 * kHour, 12, 1); // reason 1: not quality; refund-only 6 h
    rows.last().facts.reasonCode = 1;
    rows << t("T03", kT0, kT0 + 4 * kHour, 27, 0); // rejected, arbitrated; quality reason but not refunded; 4 h
    rows.last().facts.reasonCode = 26;
    rows.last().facts.arbitrateStatus = 3;
    rows << t("T04", kT0, kT0 + 100 * kHour, 29, 0); // rejected after return, 100 h
    rows << t("T05", kT0, kT0 + 30 * kHour, 12, 0);  // the platform decided (auto bit 2), 30 h
    rows.last().facts.platformAutoDecided = true;
    rows << t("T06", kT0, kT0 + 26 * kHour, 12, 6); // final after its last known deadline: auto; refund-only 26 h
    rows.last().facts.statusDeadline = kT0 + 24 * kHour;
    rows << t("T07", kT0, kT0, 12, 2); // express refund: no action, no completion sample
    rows.last().facts.express = true;
    rows.last().rawJson = QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[1]}}");
    rows << t("T08", kT0, kT0 + 5 * kHour, 28, 1); // closed: decided, not an action ticket; refund-only 5 h
    rows << t("T09", kT0, 0, 6, 1);                // open, not yet due: pending
    rows.last().facts.statusDeadline = kNow + kHour;
    rows << t("T10", kT0, 0, 6, 1); // open past its deadline: missed
    rows.last().facts.statusDeadline = kNow - kHour;
    rows << t("T11", kT0 + kHour, 0, 27, 1); // rejected, under arbitration, deadline ahead
    rows.last().facts.statusDeadline = kNow + kDay;
    rows.last().facts.arbitrateStatus = 1;
    rows << t("T12", kT0, kT0 + 40 * kHour, 14, 3);              // exchange: in neither median
    rows << t("T13", kNow - 91 * kDay, kNow - 90 * kDay, 27, 1); // before the window
    rows << t("T14", kT0, kT0 + 90 * kHour, 27, 1);              // exempt: everywhere but exemptTickets
    rows.last().facts.exempt = true;
    rows.last().facts.arbitrateStatus = 3;
    rows << t("T15", kT0, kT0 + kHour, 12, 1); // exempt quality refund
    rows.last().facts.exempt = true;
    rows.last().facts.reasonCode = 19;
    rows << t("T16", kT0, kT0 + kHour, 12, 1); // auto bit in another serialiser's spacing: still auto; 1 h
    rows.last().facts.platformAutoDecided = true;
    rows.last().rawJson = QStringLiteral("{\"aftersale_info\": {\"auto_audit_bits\": [1, 2]}}");
    rows << t("T17", kT0, kT0 + 3 * kHour, 12, 1); // truncated raw JSON: not auto, and no SQL error; 3 h
    rows.last().rawJson = QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[2");
    rows << t("T18", kT0 + 2 * kHour, kT0 + 3 * kHour, 27, 1); // another shop's rejection, 1 h
    rows.last().shop = QStringLiteral("s2");
    return rows;
}

inline QList<OrderRow> orderRows()
{
    QList<OrderRow> rows;
    rows << o("O1-on-time", kPay, kExp, kPay + kDay, kPay + kDay + 2 * kHour, kPay + 3 * kDay); // 72 h
    rows << o("O2-late", kPay, kExp, kExp + kHour, kExp + 31 * kHour, kPay + 5 * kDay);         // late, scan > 24 h
    rows << o("O3-no-pickup", kPay, kExp, kPay + 2 * kHour, 0, 0);                              // never scanned
    rows << o("O4-overdue", kPay, kExp, 0, 0, 0);                                               // unshipped, late
    rows << o("O5-cancelled", kPay, kExp, 0, 0, 0, 4);                                          // not due
    rows << o("O6-recent", kNow - 2 * kHour, kNow + 46 * kHour, kNow - kHour, 0, 0);            // due, pickup pending
    rows << o("O7-not-due", kNow - kHour, kNow + 47 * kHour, 0, 0, 0);                          // pending
    rows << o("O8-old", kNow - 100 * kDay, kNow - 98 * kDay, kNow - 99 * kDay, kNow - 99 * kDay,
              kNow - 89 * kDay); // only its delivery (11 days) is in the window
    rows << o("O9-s2", kPay, kExp, kExp + 2 * kHour, kExp + 3 * kHour, kPay + 4 * kDay); // shop s2: late, 96 h
    rows.last().shop = QStringLiteral("s2");
    return rows;
}

inline QString rawJsonFor(const TicketRow &r)
{
    if (!r.rawJson.isEmpty())
        return r.rawJson;
    return r.facts.platformAutoDecided ? QStringLiteral("{\"aftersale_info\":{\"auto_audit_bits\":[2]}}")
                                       : QStringLiteral(""); // a null QString would bind NULL
}

template <class Row>
auto factsOf(const QList<Row> &rows, const QString &shop)
{
    QList<decltype(Row::facts)> out;
    for (const Row &r : rows) {
        if (shop.isEmpty() || r.shop == shop)
            out << r.facts;
    }
    return out;
}

inline QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QLatin1String(s);
    return out;
}

// Writes the data set into a migrated database (both shops).
inline bool insertScoreFixture(store::Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    const auto failed = [&q, error] {
        *error = q.lastError().text();
        return false;
    };
    if (!q.prepare(QStringLiteral(
            "INSERT INTO tickets (aftersale_id, shop_id, aftersale_type, aftersale_status, apply_time, update_time, "
            "status_deadline, final_time, reason_code, arbitrate_status, exempt_from_score, express_refund, raw_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed();
    for (const TicketRow &r : ticketRows()) {
        const TicketFacts &f = r.facts;
        const QVariantList values{f.id,
                                  r.shop,
                                  f.type,
                                  f.status,
                                  f.applyTime,
                                  std::max(f.applyTime, f.finalTime),
                                  f.statusDeadline,
                                  f.finalTime,
                                  f.reasonCode ? QString::number(f.reasonCode) : QStringLiteral(""),
                                  f.arbitrateStatus,
                                  int(f.exempt),
                                  int(f.express),
                                  rawJsonFor(r)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return failed();
    }
    if (!q.prepare(QStringLiteral("INSERT INTO orders (order_id, shop_id, order_status, pay_time, exp_ship_time, "
                                  "ship_time, pickup_time, sign_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed();
    for (const OrderRow &r : orderRows()) {
        const OrderFacts &f = r.facts;
        const QVariantList values{f.id,          r.shop,     f.status,     f.payTime,
                                  f.expShipTime, f.shipTime, f.pickupTime, f.signTime};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return failed();
    }
    return true;
}

} // namespace anxin::test::score
