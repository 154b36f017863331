#pragma once

#include <QByteArray>
#include <QHash>
#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace anxin::sandbox {

inline constexpr qint64 kAccessTokenSecs = 7 * 24 * 3600;
inline constexpr qint64 kRefreshTokenSecs = 14 * 24 * 3600;
inline constexpr qint64 kRotateWindowSecs = 3600; // refresh within the last hour rotates; old pair lives 1 h more

struct TokenGrant
{
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 expiresIn = 0; // seconds left on the access token (a duration)
    int shop = -1;
};

struct TokenResult
{
    int code = 10000;
    QString subCode;
    QString subMsg;
    TokenGrant grant;
    bool rotated = false;
};

// Access/refresh token pairs with the contract's lifetimes (§4). Times are sandbox seconds; the
// "refresh in progress" window is real milliseconds, so a test can race two refreshes for real.
class TokenStore
{
public:
    enum class Check
    {
        Ok,
        Unknown,
        Expired
    };

    void reset(quint64 seed);
    TokenGrant create(int shop, qint64 now);
    Check check(const QByteArray &accessToken, qint64 now, int *shop) const;
    // Fault "token_expiry": the token really expires now.
    void expire(const QByteArray &accessToken, qint64 now);
    TokenResult refresh(const QByteArray &refreshToken, qint64 now, qint64 realMs, qint64 windowMs);
    int liveCount(qint64 now) const;

private:
    struct Pair
    {
        QByteArray access;
        QByteArray refresh;
        qint64 accessExpiry = 0;
        qint64 refreshExpiry = 0;
        qint64 graceUntil = 0; // set once superseded: the whole pair dies then
        int shop = -1;
        int successor = -1;
    };

    QByteArray newToken();
    int addPair(int shop, qint64 now);
    bool accessValid(const Pair &p, qint64 now) const;
    bool refreshValid(const Pair &p, qint64 now) const;
    TokenGrant grantOf(const Pair &p, qint64 now) const;

    std::vector<Pair> m_pairs;
    QHash<QByteArray, int> m_byAccess;
    QHash<QByteArray, int> m_byRefresh;
    QHash<QByteArray, qint64> m_inProgressUntil;
    QRandomGenerator m_rng;
};

} // namespace anxin::sandbox
