#include "sandbox/tokenstore.h"

namespace anxin::sandbox {

void TokenStore::reset(quint64 seed)
{
    m_pairs.clear();
    m_byAccess.clear();
    m_byRefresh.clear();
    m_inProgressUntil.clear();
    m_rng.seed(quint32(seed * 2654435761ULL) ^ 0x70c3u);
}

QByteArray TokenStore::newToken()
{
    QByteArray raw(16, '\0');
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = m_rng.generate();
        for (int b = 0; b < 4; ++b)
            raw[i + b] = char((v >> (8 * b)) & 0xff);
    }
    const QByteArray hex = raw.toHex();
    return hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12);
}

int TokenStore::addPair(int shop, qint64 now)
{
    Pair p;
    p.access = newToken();
    p.refresh = newToken();
    p.accessExpiry = now + kAccessTokenSecs;
    p.refreshExpiry = now + kRefreshTokenSecs;
    p.shop = shop;
    const int idx = int(m_pairs.size());
    m_byAccess.insert(p.access, idx);
    m_byRefresh.insert(p.refresh, idx);
    m_pairs.push_back(std::move(p));
    return idx;
}

bool TokenStore::accessValid(const Pair &p, qint64 now) const
{
    return p.graceUntil ? now < p.graceUntil : now < p.accessExpiry;
}

bool TokenStore::refreshValid(const Pair &p, qint64 now) const
{
    return p.graceUntil ? now < p.graceUntil : now < p.refreshExpiry;
}

TokenGrant TokenStore::grantOf(const Pair &p, qint64 now) const
{
    return TokenGrant{p.access, p.refresh, std::max<qint64>(0, p.accessExpiry - now), p.shop};
}

TokenGrant TokenStore::create(int shop, qint64 now)
{
    return grantOf(m_pairs[size_t(addPair(shop, now))], now);
}

TokenStore::Check TokenStore::check(const QByteArray &accessToken, qint64 now, int *shop) const
{
    const auto it = m_byAccess.constFind(accessToken);
    if (it == m_byAccess.constEnd())
        return Check::Unknown;
    const Pair &p = m_pairs[size_t(*it)];
    *shop = p.shop;
    return accessValid(p, now) ? Check::Ok : Check::Expired;
}

void TokenStore::expire(const QByteArray &accessToken, qint64 now)
{
    const auto it = m_byAccess.constFind(accessToken);
    if (it == m_byAccess.constEnd())
        return;
    Pair &p = m_pairs[size_t(*it)];
    p.accessExpiry = std::min(p.accessExpiry, now);
    if (p.graceUntil > now)
        p.graceUntil = now;
}

TokenResult TokenStore::refresh(const QByteArray &refreshToken, qint64 now, qint64 realMs, qint64 windowMs)
{
    TokenResult r;
    const auto it = m_byRefresh.constFind(refreshToken);
    if (it == m_byRefresh.constEnd()) {
        r.code = 40003;
        r.subCode = QStringLiteral("isv.refresh-token-no-existed");
        r.subMsg = QStringLiteral("refresh_token 不存在");
        return r;
    }
    if (m_inProgressUntil.value(refreshToken) > realMs) {
        r.code = 50002;
        r.subCode = QStringLiteral("isv.business-failed:31012");
        r.subMsg = QStringLiteral("该 refresh_token 正在刷新中，请稍后重试");
        return r;
    }
    int idx = *it;
    if (!refreshValid(m_pairs[size_t(idx)], now)) {
        r.code = 40003;
        r.subCode = QStringLiteral("isv.refresh-token-expired");
        r.subMsg = QStringLiteral("refresh_token 已过期，请重新授权 (token.create)");
        return r;
    }
    m_inProgressUntil.insert(refreshToken, realMs + windowMs);
    // A superseded pair inside its grace hour answers with its live successor (a retried refresh is idempotent).
    while (m_pairs[size_t(idx)].successor >= 0)
        idx = m_pairs[size_t(idx)].successor;
    Pair &p = m_pairs[size_t(idx)];
    if (now < p.accessExpiry - kRotateWindowSecs) {
        r.grant = grantOf(p, now);
        return r;
    }
    const bool accessStillValid = now < p.accessExpiry;
    const int next = addPair(p.shop, now);
    Pair &old = m_pairs[size_t(idx)]; // addPair may have reallocated
    old.successor = next;
    old.graceUntil = accessStillValid ? now + kRotateWindowSecs : now;
    r.grant = grantOf(m_pairs[size_t(next)], now);
    r.rotated = true;
    return r;
}

int TokenStore::liveCount(qint64 now) const
{
    int n = 0;
    for (const Pair &p : m_pairs)
        n += accessValid(p, now) ? 1 : 0;
    return n;
}

} // namespace anxin::sandbox
