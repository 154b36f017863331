#pragma once

#include "core/result.h"
#include "platform/types.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// Parsers of the platform's answers (contract §3–§7). Each parseXxx(data) takes the envelope's `data` and
// returns the typed answer or an Error of kind Malformed whose message names the JSON path and what was
// expected, e.g. "data.items[3].aftersale_info.update_time: expected integer". Messages never quote values.
//
// Rules, the same for every endpoint:
// - Unknown fields are ignored. An OPTIONAL field that is absent or null takes its default (0, "", kUnknown).
// - "Optional" means "may be absent", not "may be garbage": an optional field of a wrong type (an object where
//   a number belongs, "abc" for an amount) fails the answer, because silently zeroing an amount is worse.
// - REQUIRED fields are strict: a number must be a JSON integer, a string a JSON string.
// - Optional numbers are lenient with the SDK-era forms: a decimal string ("368", " 12 "), true/false as 1/0;
//   optional times also accept "yyyy-MM-dd HH:mm:ss" in UTC+8. Fractions are never accepted for integers.
// - Money, counts, times and page numbers are never negative.
// - Ids (required or optional) are a string of 1..19 ASCII digits, or a JSON integer >= 0 read exactly (Qt keeps
//   integer literals that fit in qint64 as integers). A fraction, an exponent that does not give an exact
//   integer, a value beyond qint64 (20 digits, or 19 digits above 9223372036854775807 sent as a number) or
//   any other text is an error. An empty string is "absent" for an optional id.
// - A single malformed item fails the whole page, naming its index: the sync engine must never skip a ticket
//   silently and then move its cursor past it.
// - Paged lists (afterSale.List, order.searchList) hold at most 100 items (size <= 100 in §5/§6); more is
//   Malformed. Other lists are not bounded here.
//
// Required sets:
//   after-sales list item  aftersale_info.{aftersale_id, aftersale_status, update_time}
//   after-sales detail     process_info.after_sale_info.{after_sale_id, after_sale_status, update_time}
//                          (aftersale_* spellings accepted too)
//   list page              items (an array; null is an empty page)
//   order                  order_id, order_status, update_time
//   order page             shop_order_list (or list / items; null is an empty page)
//   order detail           shop_order_detail
//   operate item           aftersale_id, status_code
//   reject reason          reject_reason_code
//   decrypt item           cipher_text
//   route                  none (route__node_list, or route_node_list, may be absent)
//   product detail         product_id
//   reputation             none (a score never fails the answer: see Score)
//   token                  access_token, refresh_token (non-empty), expires_in (> 0)
namespace anxin::platform {

// The envelope {code, msg, sub_code, sub_msg, log_id, data}. Strict: the body must be a JSON object with a
// `code`. `code` must be an integer in int range; a string of decimal digits ("10000") is tolerated, as some
// gateways and SDK-era proxies quote it, and it is unambiguous. msg/sub_code/sub_msg/log_id follow the
// optional-string rule (string, or a number rendered as text; null = empty).
core::Result<Envelope> parseEnvelope(const QByteArray &body);

core::Result<AfterSaleListPage> parseAfterSaleList(const QJsonValue &data);
// One list item; `path` prefixes error messages. The QByteArray overload re-reads a stored rawJson.
core::Result<AfterSaleListItem> parseAfterSaleListItem(const QJsonValue &item, const QString &path);
core::Result<AfterSaleListItem> parseAfterSaleListItem(const QByteArray &rawJson);
core::Result<AfterSaleDetail> parseAfterSaleDetail(const QJsonValue &data);
core::Result<OperateResult> parseOperateResult(const QJsonValue &data);
core::Result<QList<RejectReason>> parseRejectReasons(const QJsonValue &data);

core::Result<OrderPage> parseOrderSearch(const QJsonValue &data);
core::Result<Order> parseOrder(const QJsonValue &order, const QString &path);
core::Result<Order> parseOrder(const QByteArray &rawJson);
core::Result<Order> parseOrderDetail(const QJsonValue &data);
core::Result<TrackRoute> parseTrackRoute(const QJsonValue &data);
core::Result<QList<DecryptItem>> parseBatchDecrypt(const QJsonValue &data);
core::Result<ProductDetail> parseProductDetail(const QJsonValue &data);

core::Result<Reputation> parseReputation(const QJsonValue &data);
// A score: a string (trimmed) or a JSON number. "", absent, "N/A", "96.5%" or out of [0, 100] -> ok == false.
Score parseScore(const QJsonValue &value);

core::Result<TokenInfo> parseTokenInfo(const QJsonValue &data);

} // namespace anxin::platform
