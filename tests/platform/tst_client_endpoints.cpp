// Every endpoint of the contract (§4-§7) through the REAL client stack (ApiClient + TokenManager +
// MemorySecretStore) against the in-process sandbox over loopback; each answer goes through the real parser and
// is checked against the sandbox's own data.
#include "clientrig.h"
#include "platform/parsers.h"
#include "platform/requests.h"
#include "sandbox/buyerdata.h"
#include "sandbox/catalogue.h"
#include "sandbox/orderjson.h"
#include "sandbox/sandboxstate.h"
#include "testmain.h"

#include <QImage>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace anxin::test;
using namespace anxin::platform;
using anxin::core::Error;
using anxin::platform::CallResult;
namespace sb = anxin::sandbox;

class TstClientEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tokenCreate_firstCall_createsStoresAndParsesPair();
    void tokenRefresh_earlierThanLastHour_returnsSamePair();
    void afterSaleList_paging_pagesMatchSandboxOrderAndAreDisjoint();
    void afterSaleList_filtersAndOrderBy_matchSandbox();
    void afterSaleList_idFilter_keeps19DigitIdsExact();
    void afterSaleDetail_afterSaleSpelling_parsedAndEvidencePngFetchable();
    void afterSaleOperate_agreeRefundOnRefundOnlyTicket_movesTo12();
    void afterSaleOperate_rejectWithoutRequiredEvidence_is40004UsageNeverRetried();
    void operateRequest_moreThan20Items_refusedLocallyWithoutRequest();
    void rejectReasonCodeList_matchesCatalogue();
    void timingLog_oneLinePerAnsweredAttempt();
    void timeExtend_twoDaysLeft_addsSevenDays();
    void submitEvidence_openTicket_storedAtSandbox();
    void addOrderRemark_cjkRemark_comesBackInDetailWithNewUpdateTime();
    void orderSearchList_lastTenDays_matchesSandbox();
    void orderDetail_shippedOrder_matchesSearchItem();
    void trackRoute_companyOfOrderLogistics_returnsRouteWithPickup();
    void batchDecrypt_cipherTexts_plaintextMatchesAndIsNeverLogged();
    void productDetail_flags_matchCatalogue();
    void shopReputation_scoresAreStrings_parsedWithin0to100();
    void signMethods_md5AndHmac_endToEnd_data();
    void signMethods_md5AndHmac_endToEnd();
    void canonicalParamJson_cjkAndMarkup_verifiesAtSandbox();

private:
    AfterSaleDetail detail(const QString &id);
    std::unique_ptr<ClientRig> m_rig;
};

namespace {

#define VERIFY_OK(r) QVERIFY2((r).ok(), describe(r).constData())
#define VERIFY_PARSED(p) QVERIFY2((p).ok(), (p).ok() ? "" : qPrintable((p).error().message))

bool is19Digits(const QString &id)
{
    return id.size() == 19 && std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); });
}

// Collects every log line (any category, debug included) while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        // A category filter, unlike filter rules, also wins over QT_LOGGING_RULES (ctest sets *.debug=false).
        s_oldFilter = QLoggingCategory::installFilter(&LogCapture::enableAnxin);
    }
    ~LogCapture()
    {
        QLoggingCategory::installFilter(s_oldFilter);
        qInstallMessageHandler(m_previous);
    }
    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
    {
        QMutexLocker lock(&s_mutex);
        s_lines.append(QString::fromLatin1(ctx.category ? ctx.category : "") + QLatin1Char(' ') + msg);
    }
    static void enableAnxin(QLoggingCategory *category)
    {
        if (s_oldFilter)
            s_oldFilter(category);
        if (qstrncmp(category->categoryName(), "anxin", 5) == 0) {
            for (QtMsgType t : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
                category->setEnabled(t, true);
        }
    }
    QtMessageHandler m_previous = nullptr;
    static inline QLoggingCategory::CategoryFilter s_oldFilter = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

} // namespace

void TstClientEndpoints::init()
{
    RigOptions o;
    o.tickets = 400;
    m_rig = std::make_unique<ClientRig>(o);
}

void TstClientEndpoints::cleanup()
{
    m_rig.reset();
}

AfterSaleDetail TstClientEndpoints::detail(const QString &id)
{
    AfterSaleDetailRequest req;
    req.afterSaleId = id;
    req.needOperationRecord = true;
    const CallResult r = m_rig->call(req);
    if (!r.ok()) {
        qWarning("Detail %s: %s", qPrintable(id), describe(r).constData());
        return {};
    }
    auto parsed = parseAfterSaleDetail(r.data);
    if (!parsed) {
        qWarning("Detail %s: %s", qPrintable(id), qPrintable(parsed.error().message));
        return {};
    }
    return parsed.value();
}

void TstClientEndpoints::tokenCreate_firstCall_createsStoresAndParsesPair()
{
    // The first authorised call makes the TokenManager create a pair (self-use app) and keep it in the store.
    const CallResult r = m_rig->call(ReputationRequest::kMethod, QJsonObject{});
    VERIFY_OK(r);
    QCOMPARE(m_rig->counter("token_creates"), 1);
    QCOMPARE(m_rig->tokens().createsStarted(), 1);
    QCOMPARE(m_rig->tokens().refreshesStarted(), 0);
    const TokenSet &t = m_rig->tokens().current();
    QVERIFY(!t.accessToken.isEmpty());
    QVERIFY(!t.refreshToken.isEmpty());
    QCOMPARE(t.shopName, m_rig->world().shops[0].name);
    const qint64 now = kRigNow * 1000;
    QCOMPARE(t.accessExpiresAtMs, now + 7 * 86400 * 1000LL);
    QCOMPARE(t.refreshExpiresAtMs, now + 14 * 86400 * 1000LL);
    const auto stored = m_rig->store().read(m_rig->tokens().secretKey());
    QVERIFY(stored.ok());
    QCOMPARE(TokenSet::fromJson(stored.value()).accessToken, t.accessToken);

    // token.create straight through the client, parsed by the real parser.
    TokenCreateRequest create;
    create.shopId = QString::fromLatin1(sb::kDemoShopId);
    const auto params = create.toParams();
    QVERIFY(params.ok());
    const CallResult c =
        m_rig->call(TokenCreateRequest::kMethod, params.value(), anxin::platform::CallOptions{false, false});
    VERIFY_OK(c);
    const auto info = parseTokenInfo(c.data);
    VERIFY_PARSED(info);
    QCOMPARE(info->expiresIn, std::chrono::seconds(7 * 86400));
    QCOMPARE(info->shopId, QString::fromLatin1(sb::kDemoShopId));
    QCOMPARE(info->shopName, m_rig->world().shops[0].name);
    QVERIFY(info->accessToken.toLatin1() != t.accessToken);
    QCOMPARE(m_rig->counter("token_creates"), 2);
}

void TstClientEndpoints::tokenRefresh_earlierThanLastHour_returnsSamePair()
{
    VERIFY_OK(m_rig->call(ReputationRequest::kMethod, QJsonObject{}));
    const TokenSet before = m_rig->tokens().current();
    m_rig->advance(3 * 86400);
    TokenRefreshRequest req;
    req.refreshToken = QString::fromLatin1(before.refreshToken);
    const auto params = req.toParams();
    QVERIFY(params.ok());
    const CallResult r =
        m_rig->call(TokenRefreshRequest::kMethod, params.value(), anxin::platform::CallOptions{false, false});
    VERIFY_OK(r);
    const auto info = parseTokenInfo(r.data);
    VERIFY_PARSED(info);
    QCOMPARE(info->accessToken.toLatin1(), before.accessToken);
    QCOMPARE(info->refreshToken.toLatin1(), before.refreshToken);
    QCOMPARE(info->expiresIn, std::chrono::seconds(4 * 86400)); // seconds left, a duration
    QCOMPARE(m_rig->counter("refreshes"), 1);
    QCOMPARE(m_rig->counter("rotations"), 0);
}

void TstClientEndpoints::afterSaleList_paging_pagesMatchSandboxOrderAndAreDisjoint()
{
    // The sandbox's default order is apply_time desc, then id asc: compute the expected ids from its data.
    std::vector<const sb::Ticket *> mine;
    for (const sb::Ticket &t : m_rig->world().tickets) {
        if (t.shop == 0)
            mine.push_back(&t);
    }
    std::sort(mine.begin(), mine.end(), [](const sb::Ticket *a, const sb::Ticket *b) {
        return a->applyTime != b->applyTime ? a->applyTime > b->applyTime : a->id < b->id;
    });
    QVERIFY(mine.size() > 20);

    QSet<QString> seen;
    for (int page = 0; page < 2; ++page) {
        AfterSaleListRequest req;
        req.page = page;
        req.size = 10;
        const CallResult r = m_rig->call(req);
        VERIFY_OK(r);
        const auto parsed = parseAfterSaleList(r.data);
        VERIFY_PARSED(parsed);
        QCOMPARE(parsed->total, qint64(mine.size()));
        QCOMPARE(parsed->page, page);
        QCOMPARE(parsed->size, 10);
        QVERIFY(parsed->hasMore);
        QCOMPARE(parsed->items.size(), 10);
        for (int i = 0; i < 10; ++i) {
            const AfterSaleListItem &item = parsed->items.at(i);
            const sb::Ticket &t = *mine[size_t(page * 10 + i)];
            QCOMPARE(item.aftersaleId, QString::number(t.id));
            QVERIFY(is19Digits(item.aftersaleId));
            QCOMPARE(item.aftersaleStatus, int(t.status));
            QCOMPARE(item.aftersaleType, int(t.type));
            QCOMPARE(item.updateTime, qint64(t.updateTime));
            QCOMPARE(item.applyTime, qint64(t.applyTime));
            QCOMPARE(item.refundAmount, qint64(t.refundAmount));
            QCOMPARE(item.orderInfo.shopOrderId, QString::number(m_rig->world().orders[t.order].id));
            QVERIFY(!seen.contains(item.aftersaleId));
            seen.insert(item.aftersaleId);
        }
    }
}

void TstClientEndpoints::afterSaleList_filtersAndOrderBy_matchSandbox()
{
    AfterSaleListRequest req;
    req.standardAftersaleStatus = {6, 7};
    req.orderBy = {{AfterSaleListRequest::SortField::StatusDeadline, true}};
    req.size = 100;
    const CallResult r = m_rig->call(req);
    VERIFY_OK(r);
    const auto parsed = parseAfterSaleList(r.data);
    VERIFY_PARSED(parsed);
    qint64 expected = 0;
    for (const sb::Ticket &t : m_rig->world().tickets)
        expected += (t.shop == 0 && (t.status == 6 || t.status == 7)) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(parsed->total, expected);
    QCOMPARE(parsed->items.size(), qsizetype(std::min<qint64>(expected, 100)));
    qint64 previous = 0;
    for (const AfterSaleListItem &item : parsed->items) {
        QVERIFY(item.aftersaleStatus == 6 || item.aftersaleStatus == 7);
        QVERIFY2(item.statusDeadline >= previous, "order_by status_deadline asc not honoured");
        previous = item.statusDeadline;
    }

    // aftersale_type + amount range: every item satisfies both, and the count is the sandbox's.
    AfterSaleListRequest typed;
    typed.aftersaleType = 1;
    typed.amountStart = 1000;
    typed.amountEnd = 50000;
    typed.orderBy = {{AfterSaleListRequest::SortField::ApplyTime, true}};
    const CallResult r2 = m_rig->call(typed);
    VERIFY_OK(r2);
    const auto p2 = parseAfterSaleList(r2.data);
    VERIFY_PARSED(p2);
    qint64 expected2 = 0;
    for (const sb::Ticket &t : m_rig->world().tickets)
        expected2 += (t.shop == 0 && t.type == 1 && t.refundAmount >= 1000 && t.refundAmount <= 50000) ? 1 : 0;
    QVERIFY(expected2 > 0);
    QCOMPARE(p2->total, expected2);
    previous = 0;
    for (const AfterSaleListItem &item : p2->items) {
        QCOMPARE(item.aftersaleType, 1);
        QVERIFY(item.refundAmount >= 1000 && item.refundAmount <= 50000);
        QVERIFY(item.applyTime >= previous);
        previous = item.applyTime;
    }
}

void TstClientEndpoints::afterSaleList_idFilter_keeps19DigitIdsExact()
{
    // 7300000000000000017 is above 2^53: through a double it would come back as ...016 or ...020.
    AfterSaleListRequest req;
    req.aftersaleId = QStringLiteral("7300000000000000017");
    const CallResult r = m_rig->call(req);
    VERIFY_OK(r);
    const auto parsed = parseAfterSaleList(r.data);
    VERIFY_PARSED(parsed);
    QCOMPARE(parsed->items.size(), 1);
    QCOMPARE(parsed->items.at(0).aftersaleId, QStringLiteral("7300000000000000017"));
    QCOMPARE(parsed->items.at(0).refundAmount, 36800);
    // The stored raw JSON re-parses to the same item (what the sync engine keeps).
    const auto again = parseAfterSaleListItem(parsed->items.at(0).rawJson);
    VERIFY_PARSED(again);
    QCOMPARE(again->aftersaleId, QStringLiteral("7300000000000000017"));
}

void TstClientEndpoints::afterSaleDetail_afterSaleSpelling_parsedAndEvidencePngFetchable()
{
    AfterSaleDetailRequest req;
    req.afterSaleId = QStringLiteral("7300000000000000017");
    req.needOperationRecord = true;
    const CallResult r = m_rig->call(req);
    VERIFY_OK(r);
    // The wire really uses the after_sale_* spelling, with an integer id.
    const QJsonObject info = r.data.toObject()
                                 .value(QLatin1String("process_info"))
                                 .toObject()
                                 .value(QLatin1String("after_sale_info"))
                                 .toObject();
    QVERIFY(info.contains(QLatin1String("after_sale_status")));
    QVERIFY(!info.contains(QLatin1String("aftersale_status")));

    const auto parsed = parseAfterSaleDetail(r.data);
    VERIFY_PARSED(parsed);
    const sb::World &w = m_rig->world();
    const sb::Ticket &t = w.tickets[size_t(w.findTicket(7300000000000000017LL))];
    QCOMPARE(parsed->aftersaleId, QStringLiteral("7300000000000000017"));
    QCOMPARE(parsed->aftersaleStatus, int(t.status));
    QCOMPARE(parsed->aftersaleType, int(t.type));
    QCOMPARE(parsed->refundAmount, qint64(t.refundAmount));
    QCOMPARE(parsed->updateTime, qint64(t.updateTime));
    QCOMPARE(parsed->orderInfo.shopOrderId, QString::number(w.orders[t.order].id));
    QCOMPARE(parsed->evidence.size(), qsizetype(t.evidence));
    QVERIFY(!parsed->recordLogs.isEmpty());

    // Evidence URLs are fetchable through the client and are real, distinct PNG images.
    const auto first = m_rig->fetchBlob(QUrl(parsed->evidence.at(0)), 4 * 1024 * 1024);
    QVERIFY2(first.ok(), describe(first.ok() ? Error{} : first.error()).constData());
    QVERIFY(first->startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = QImage::fromData(first.value(), "PNG");
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 64 && image.height() >= 64);
    const auto second = m_rig->fetchBlob(QUrl(parsed->evidence.at(1)), 4 * 1024 * 1024);
    QVERIFY(second.ok());
    QVERIFY(second.value() != first.value());
    QCOMPARE(m_rig->counter("images_served"), 2);
    // A size cap below the image's size refuses it instead of buffering it.
    QVERIFY(!m_rig->fetchBlob(QUrl(parsed->evidence.at(0)), 64).ok());
}

void TstClientEndpoints::afterSaleOperate_agreeRefundOnRefundOnlyTicket_movesTo12()
{
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6 && t.type == 1; });
    QVERIFY(idx >= 0);
    const QString id = m_rig->ticketId(idx);
    const AfterSaleDetail before = detail(id);
    QCOMPARE(before.aftersaleStatus, 6);

    OperateRequest op;
    op.type = OperateType::AgreeRefund;
    OperateItem item;
    item.aftersaleId = id;
    item.remark = QStringLiteral("核实坏果照片，同意退款");
    item.updateTime = before.updateTime;
    op.items = {item};
    const CallResult r = m_rig->call(op, /*write=*/true);
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.outcomeUnknown);
    const auto result = parseOperateResult(r.data);
    VERIFY_PARSED(result);
    QCOMPARE(result->items.size(), 1);
    QCOMPARE(result->items.at(0).aftersaleId, id);
    QCOMPARE(result->items.at(0).statusCode, 0);

    QCOMPARE(int(m_rig->world().tickets[size_t(idx)].status), 12);
    QCOMPARE(m_rig->counter("writes_applied"), 1);
    const AfterSaleDetail after = detail(id);
    QCOMPARE(after.aftersaleStatus, 12);
    QVERIFY(after.updateTime > before.updateTime);
    QVERIFY(after.aftersaleStatusToFinalTime != 0);
    QCOMPARE(after.recordLogs.size(), before.recordLogs.size() + 1);
}

void TstClientEndpoints::afterSaleOperate_rejectWithoutRequiredEvidence_is40004UsageNeverRetried()
{
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6 && t.type == 1; });
    QVERIFY(idx >= 0);
    RejectReasonListRequest rr;
    rr.aftersaleId = m_rig->ticketId(idx);
    const CallResult reasons = m_rig->call(rr);
    VERIFY_OK(reasons);
    const auto list = parseRejectReasons(reasons.data);
    VERIFY_PARSED(list);
    const auto needsEvidence =
        std::find_if(list->begin(), list->end(), [](const RejectReason &x) { return x.evidenceNeed; });
    QVERIFY(needsEvidence != list->end());

    m_rig->resetCounters();
    OperateRequest op;
    op.type = OperateType::RejectRefund;
    OperateItem item;
    item.aftersaleId = m_rig->ticketId(idx);
    item.rejectReasonCode = needsEvidence->rejectReasonCode;
    item.reason = needsEvidence->reason;
    item.remark = QStringLiteral("买家未提供开箱视频");
    op.items = {item};
    const CallResult r = m_rig->call(op, /*write=*/true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, Error::Kind::Usage);
    QCOMPARE(r.error.code, 40004);
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.outcomeUnknown); // a refusal is a definite answer: nothing was applied
    QCOMPARE(m_rig->calls(QStringLiteral("afterSale.operate")), 1);
    QCOMPARE(m_rig->counter("writes_applied"), 0);
    QCOMPARE(int(m_rig->world().tickets[size_t(idx)].status), 6);
}

void TstClientEndpoints::operateRequest_moreThan20Items_refusedLocallyWithoutRequest()
{
    OperateRequest op;
    op.type = OperateType::AgreeRefund;
    int found = 0;
    for (const sb::Ticket &t : m_rig->world().tickets) {
        if (t.shop == 0 && found < 21) {
            OperateItem item;
            item.aftersaleId = QString::number(t.id);
            op.items.append(item);
            ++found;
        }
    }
    QCOMPARE(op.items.size(), 21);
    const qint64 sentBefore = m_rig->api().requestsSent();
    const CallResult r = m_rig->call(op, true);
    QCOMPARE(r.error.kind, Error::Kind::Usage);
    QCOMPARE(r.attempts, 0);
    QCOMPARE(m_rig->api().requestsSent(), sentBefore);
    QCOMPARE(m_rig->calls(QStringLiteral("afterSale.operate")), 0);
    op.items.removeLast(); // 20 is the limit, not 19
    QVERIFY(op.toParams().ok());
}

void TstClientEndpoints::rejectReasonCodeList_matchesCatalogue()
{
    const CallResult r = m_rig->call(RejectReasonListRequest{});
    VERIFY_OK(r);
    const auto list = parseRejectReasons(r.data);
    VERIFY_PARSED(list);
    const auto expected = sb::catalogue::rejectReasons();
    QCOMPARE(list->size(), qsizetype(expected.size()));
    for (const RejectReason &x : list.value()) {
        const sb::RejectReason *e = sb::catalogue::rejectReason(int(x.rejectReasonCode));
        QVERIFY2(e, qPrintable(QString::number(x.rejectReasonCode)));
        QCOMPARE(x.evidenceNeed, e->evidenceNeed);
        QCOMPARE(x.reason, QString::fromUtf8(e->reason));
    }
}

void TstClientEndpoints::timingLog_oneLinePerAnsweredAttempt()
{
    // anxin.net.timing (off unless asked for): where a call's time went, one line per answer, a refused attempt and
    // its retry each their own. The first attempt here is refused by the rate limit; the retry waits for its slot.
    LogCapture logs;
    QVERIFY(m_rig->fault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                                     {QStringLiteral("method"), QStringLiteral("afterSale.rejectReasonCodeList")},
                                     {QStringLiteral("count"), 1}}));
    const CallResult r = m_rig->call(RejectReasonListRequest{});
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 2);
    const QRegularExpression line(QStringLiteral(
        "^anxin\\.net\\.timing afterSale\\.rejectReasonCodeList attempt (\\d+): (\\d+) ms for its slot, (\\d+) ms on "
        "the wire \\(HTTP 200, (\\d+) in flight on its connections\\), handled in (\\d+) ms$"));
    QStringList attempts;
    for (const QString &l : LogCapture::lines()) {
        if (!l.startsWith(QLatin1String("anxin.net.timing")))
            continue;
        const QRegularExpressionMatch m = line.match(l);
        QVERIFY2(m.hasMatch() || !l.contains(QLatin1String("rejectReasonCodeList")), qPrintable(l));
        if (m.hasMatch()) {
            attempts << m.captured(1);
            QVERIFY2(m.captured(4).toInt() >= 1, qPrintable(l)); // itself at least
        }
    }
    QCOMPARE(attempts, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
}

void TstClientEndpoints::timeExtend_twoDaysLeft_addsSevenDays()
{
    const qint64 now = m_rig->sandbox().now();
    const int idx = m_rig->findTicket([now](const sb::Ticket &t) {
        return t.status == 11 && t.deadline > now + 3600 && !(t.flags & sb::kFlagExtended);
    });
    QVERIFY(idx >= 0);
    const qint64 deadline = m_rig->world().tickets[size_t(idx)].deadline;
    if (deadline - now > 86400)
        m_rig->advance(deadline - 86400 - now); // one day left: inside the 2-day window
    QCOMPARE(int(m_rig->world().tickets[size_t(idx)].status), 11);

    TimeExtendRequest req;
    req.aftersaleId = m_rig->ticketId(idx);
    const CallResult r = m_rig->call(req, true);
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 1); // the clocks moved together: no resync needed
    QCOMPARE(r.data.toObject().value(QLatin1String("status_deadline")).toInteger(), deadline + 7 * 86400);
    QCOMPARE(qint64(m_rig->world().tickets[size_t(idx)].deadline), deadline + 7 * 86400);
    QCOMPARE(detail(req.aftersaleId).statusDeadline, deadline + 7 * 86400);
    QCOMPARE(m_rig->counter("writes_applied"), 1);
    // Only once.
    const CallResult again = m_rig->call(req, true);
    QCOMPARE(again.error.kind, Error::Kind::Platform);
    QCOMPARE(again.subCode, QStringLiteral("isv.business-failed:20309544"));
    QVERIFY(!again.outcomeUnknown);
}

void TstClientEndpoints::submitEvidence_openTicket_storedAtSandbox()
{
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6; });
    QVERIFY(idx >= 0);
    SubmitEvidenceRequest req;
    req.aftersaleId = m_rig->ticketId(idx);
    req.comment = QStringLiteral("补充聊天记录与发货视频");
    req.evidence = {m_rig->sandbox().baseUrl() + QStringLiteral("/__sandbox/images/merchant/1.png"),
                    m_rig->sandbox().baseUrl() + QStringLiteral("/__sandbox/images/merchant/2.png")};
    const CallResult r = m_rig->call(req, true);
    VERIFY_OK(r);
    QCOMPARE(m_rig->counter("writes_applied"), 1);
    const auto &extra = m_rig->world().extras[quint32(idx)];
    QCOMPARE(extra.merchantEvidence, req.evidence);
    QCOMPARE(extra.merchantComment, req.comment);
    // More than 4 is refused locally.
    req.evidence = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                    QStringLiteral("e")};
    QCOMPARE(m_rig->call(req, true).error.kind, Error::Kind::Usage);
    QCOMPARE(m_rig->calls(QStringLiteral("afterSale.submitEvidence")), 1);
}

void TstClientEndpoints::addOrderRemark_cjkRemark_comesBackInDetailWithNewUpdateTime()
{
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6; });
    QVERIFY(idx >= 0);
    const AfterSaleDetail before = detail(m_rig->ticketId(idx));
    QVERIFY(before.shopRemarks.isEmpty());
    AddOrderRemarkRequest req;
    req.afterSaleId = m_rig->ticketId(idx);
    req.orderId = before.orderInfo.shopOrderId;
    req.remark = QStringLiteral("〔小王〕买家说 \"明天\" 在家 <b>&</b> 🙂");
    const CallResult r = m_rig->call(req, true);
    VERIFY_OK(r);
    const AfterSaleDetail after = detail(m_rig->ticketId(idx));
    QCOMPARE(after.shopRemarks.size(), 1);
    QCOMPARE(after.shopRemarks.at(0).remark, req.remark);
    QVERIFY(!after.shopRemarks.at(0).operatorName.isEmpty());
    QVERIFY(after.updateTime > before.updateTime);
    QCOMPARE(after.shopRemarks.at(0).createTime, after.updateTime);
    // Over the contract's 500 characters is refused here, before any request.
    req.remark = QString(501, QLatin1Char('x'));
    QCOMPARE(m_rig->call(req, true).error.kind, Error::Kind::Usage);
    QCOMPARE(m_rig->calls(QStringLiteral("afterSale.addOrderRemark")), 1);
}

void TstClientEndpoints::orderSearchList_lastTenDays_matchesSandbox()
{
    const qint64 now = m_rig->sandbox().now();
    OrderSearchRequest req;
    req.createTimeStart = now - 10 * 86400;
    req.orderBy = OrderSearchRequest::SortField::CreateTime;
    req.orderAsc = true;
    req.size = 100;
    QVERIFY(req.checkLookback(now).ok());
    const CallResult r = m_rig->call(req);
    VERIFY_OK(r);
    const auto page = parseOrderSearch(r.data);
    VERIFY_PARSED(page);
    const sb::World &w = m_rig->world();
    qint64 expected = 0;
    for (const sb::Order &o : w.orders)
        expected += (o.shop == 0 && qint64(o.createTime) >= *req.createTimeStart) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(page->total, expected);
    QCOMPARE(page->orders.size(), qsizetype(std::min<qint64>(expected, 100)));
    qint64 previous = 0;
    for (const Order &o : page->orders) {
        QVERIFY(is19Digits(o.orderId));
        const int oi = w.findOrder(o.orderId.toLongLong());
        QVERIFY2(oi >= 0, qPrintable(o.orderId));
        const sb::Order &so = w.orders[size_t(oi)];
        QCOMPARE(o.orderStatus, int(so.status));
        QCOMPARE(o.createTime, qint64(so.createTime));
        QCOMPARE(o.updateTime, qint64(so.updateTime));
        QVERIFY(o.createTime >= previous);
        previous = o.createTime;
        // PII stays masked / ciphertext.
        QVERIFY(o.encryptPostTel.startsWith(QLatin1Char('#')));
        QVERIFY(o.maskPostTel.contains(QLatin1Char('*')));
    }
}

void TstClientEndpoints::orderDetail_shippedOrder_matchesSearchItem()
{
    const sb::World &w = m_rig->world();
    const auto it = std::find_if(w.orders.begin(), w.orders.end(),
                                 [](const sb::Order &o) { return o.shop == 0 && o.shipTime != 0; });
    QVERIFY(it != w.orders.end());
    OrderDetailRequest req;
    req.shopOrderId = QString::number(it->id);
    const CallResult r = m_rig->call(req);
    VERIFY_OK(r);
    const auto order = parseOrderDetail(r.data);
    VERIFY_PARSED(order);
    QCOMPARE(order->orderId, req.shopOrderId);
    QCOMPARE(order->orderStatus, int(it->status));
    QCOMPARE(order->shipTime, qint64(it->shipTime));
    QCOMPARE(order->payTime, qint64(it->payTime));
    QCOMPARE(order->expShipTime, qint64(it->expShipTime));
    QCOMPARE(order->skuOrders.size(), qsizetype(it->lineCount));
    QCOMPARE(order->skuOrders.at(0).orderId, QString::number(it->id + 1));
    QVERIFY(!order->logisticsInfo.isEmpty());
    QCOMPARE(order->logisticsInfo.at(0).trackingNo, sb::OrderJson::trackingNo(*it));
    QCOMPARE(order->logisticsInfo.at(0).company, QString::fromLatin1(sb::catalogue::carriers()[it->carrier].code));
}

void TstClientEndpoints::trackRoute_companyOfOrderLogistics_returnsRouteWithPickup()
{
    const sb::World &w = m_rig->world();
    const auto it = std::find_if(w.orders.begin(), w.orders.end(), [](const sb::Order &o) {
        return o.shop == 0 && o.signTime && o.pickupTime && !(o.flags & sb::kOrderNoPickupScan);
    });
    QVERIFY(it != w.orders.end());
    OrderDetailRequest dreq;
    dreq.shopOrderId = QString::number(it->id);
    const CallResult d = m_rig->call(dreq);
    VERIFY_OK(d);
    const auto order = parseOrderDetail(d.data);
    VERIFY_PARSED(order);
    QVERIFY(!order->logisticsInfo.isEmpty());

    TrackRouteRequest req;
    req.logisticsCode = order->logisticsInfo.at(0).company;
    req.trackNo = order->logisticsInfo.at(0).trackingNo;
    const CallResult r = m_rig->call(req);
    VERIFY_OK(r);
    QVERIFY(r.data.toObject().contains(QLatin1String("route__node_list"))); // the double underscore
    const auto route = parseTrackRoute(r.data);
    VERIFY_PARSED(route);
    QVERIFY(route->nodes.size() >= 3);
    bool pickup = false;
    for (const RouteNode &n : route->nodes) {
        QVERIFY(n.timestamp > 0);
        QVERIFY(!n.content.isEmpty());
        pickup = pickup || n.content.contains(QStringLiteral("揽收"));
    }
    QVERIFY(pickup);
}

void TstClientEndpoints::batchDecrypt_cipherTexts_plaintextMatchesAndIsNeverLogged()
{
    const sb::World &w = m_rig->world();
    const auto it = std::find_if(w.orders.begin(), w.orders.end(), [](const sb::Order &o) { return o.shop == 0; });
    QVERIFY(it != w.orders.end());
    const sb::BuyerPii pii = sb::buyerdata::pii(w.seed, 0, it->buyer);

    LogCapture logs; // debug logging on for every category while the PII travels
    OrderDetailRequest dreq;
    dreq.shopOrderId = QString::number(it->id);
    const CallResult d = m_rig->call(dreq);
    VERIFY_OK(d);
    const auto order = parseOrderDetail(d.data);
    VERIFY_PARSED(order);
    QVERIFY(!order->encryptPostTel.isEmpty());
    QVERIFY(!order->encryptPostReceiver.isEmpty());

    BatchDecryptRequest req;
    req.cipherInfos = {{order->orderId, order->encryptPostTel}, {order->orderId, order->encryptPostReceiver}};
    const CallResult r = m_rig->call(req);
    VERIFY_OK(r);
    QCOMPARE(r.code, 10000);
    const auto items = parseBatchDecrypt(r.data);
    VERIFY_PARSED(items);
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).errNo, 0);
    QCOMPARE(items->at(0).decryptText, pii.tel);
    QCOMPARE(items->at(0).cipherText, order->encryptPostTel);
    QCOMPARE(items->at(1).decryptText, pii.name);
    // The capture works: both the client's request line and the sandbox's line for the call are in it.
    QVERIFY(logs.lines().filter(QStringLiteral("order.batchDecrypt")).size() >= 2);
    for (const QString &line : logs.lines()) {
        QVERIFY2(!line.contains(pii.tel), qPrintable(line));
        QVERIFY2(!line.contains(pii.name), qPrintable(line));
    }
    // Nothing but tokens went to the secret store.
    QVERIFY(!m_rig->store().read(m_rig->tokens().secretKey()).value().contains(pii.tel.toUtf8()));
}

void TstClientEndpoints::productDetail_flags_matchCatalogue()
{
    const auto entries = sb::catalogue::entries();
    QVERIFY(entries.size() > 4);
    for (int entry : {0, 1, int(entries.size()) / 2, int(entries.size()) - 1}) {
        ProductDetailRequest req;
        req.productId = QString::number(sb::World::productId(0, entry));
        const CallResult r = m_rig->call(req);
        VERIFY_OK(r);
        const auto p = parseProductDetail(r.data);
        VERIFY_PARSED(p);
        QCOMPARE(p->productId, req.productId);
        QVERIFY(is19Digits(p->productId));
        QVERIFY(!p->name.isEmpty());
        QVERIFY(!p->firstCname.isEmpty());
        const sb::CatalogueEntry &e = entries[size_t(entry)];
        QCOMPARE(p->supply7dayReturn, e.supply7dayReturn != 0);
        QCOMPARE(p->supportAllergyReturnV2, e.allergyReturn != 0);
        QCOMPARE(p->damagedOrderReturn, e.damagedReturn != 0);
    }
}

void TstClientEndpoints::shopReputation_scoresAreStrings_parsedWithin0to100()
{
    const CallResult r = m_rig->call(ReputationRequest{});
    VERIFY_OK(r);
    const QJsonObject data = r.data.toObject();
    for (const char *k : {"shop_score", "product_score", "logistics_score", "service_score"})
        QVERIFY2(data.value(QLatin1String(k)).isString(), k);
    const auto rep = parseReputation(r.data);
    VERIFY_PARSED(rep);
    QCOMPARE(rep->shopId, QString::fromLatin1(sb::kDemoShopId));
    QCOMPARE(rep->shopName, m_rig->world().shops[0].name);
    for (const Score *s : {&rep->shopScore, &rep->productScore, &rep->logisticsScore, &rep->serviceScore}) {
        QVERIFY2(s->ok, qPrintable(s->raw));
        QVERIFY(s->value >= 0 && s->value <= 100);
        QCOMPARE(s->raw, data.value(s == &rep->shopScore        ? QLatin1String("shop_score")
                                    : s == &rep->productScore   ? QLatin1String("product_score")
                                    : s == &rep->logisticsScore ? QLatin1String("logistics_score")
                                                                : QLatin1String("service_score"))
                             .toString()
                             .trimmed());
    }
}

void TstClientEndpoints::signMethods_md5AndHmac_endToEnd_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("md5") << int(SignMethod::Md5);
    QTest::newRow("hmac-sha256") << int(SignMethod::HmacSha256);
}

void TstClientEndpoints::signMethods_md5AndHmac_endToEnd()
{
    QFETCH(int, method);
    m_rig.reset();
    RigOptions o;
    o.tickets = 100;
    o.signMethod = SignMethod(method);
    m_rig = std::make_unique<ClientRig>(o);
    // token.create (unauthenticated), a read with params and a write: every one verifies on the first attempt.
    AfterSaleListRequest list;
    list.standardAftersaleStatus = {6};
    list.size = 5;
    const CallResult r = m_rig->call(list);
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 1);
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6 && t.type == 1; });
    QVERIFY(idx >= 0);
    OperateRequest op;
    op.type = OperateType::AgreeRefund;
    op.items = {OperateItem{m_rig->ticketId(idx), {}, QStringLiteral("同意"), {}, {}, {}, {}, {}}};
    const CallResult w = m_rig->call(op, true);
    VERIFY_OK(w);
    QCOMPARE(w.attempts, 1);
    QCOMPARE(m_rig->codeCount(40003), 0); // no signature or timestamp refusal anywhere
    QCOMPARE(m_rig->calls(QStringLiteral("token.create")), 1);
    QCOMPARE(m_rig->api().config().signMethod, SignMethod(method));
}

void TstClientEndpoints::canonicalParamJson_cjkAndMarkup_verifiesAtSandbox()
{
    // The sandbox verifies the signature over param_json exactly as received: our canonical form of a payload
    // with CJK, emoji, < > &, quotes, backslash and a newline must verify, and arrive unchanged.
    const int idx = m_rig->findTicket([](const sb::Ticket &t) { return t.status == 6; });
    QVERIFY(idx >= 0);
    SubmitEvidenceRequest req;
    req.aftersaleId = m_rig->ticketId(idx);
    req.comment = QStringLiteral("坏果 2/10 <b>&amp;</b> \"引号\" \\ 反斜杠\n第二行 🍑 & <script>");
    req.evidence = {QStringLiteral("https://example.com/a?x=1&y=<2>")};
    const CallResult r = m_rig->call(req, true);
    VERIFY_OK(r);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_rig->codeCount(40003), 0);
    QCOMPARE(m_rig->world().extras[quint32(idx)].merchantComment, req.comment);
    QCOMPARE(m_rig->world().extras[quint32(idx)].merchantEvidence, req.evidence);
}

ANXIN_TEST_GUILESS_MAIN(TstClientEndpoints)
#include "tst_client_endpoints.moc"
