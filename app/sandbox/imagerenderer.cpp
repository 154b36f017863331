#include "sandbox/imagerenderer.h"

#include "sandbox/hashing.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

namespace anxin::sandbox {
namespace {

constexpr int kWidth = 320;
constexpr int kHeight = 240;
constexpr qsizetype kMaxCached = 4096;

QColor colour(quint64 k)
{
    return QColor::fromHsv(int(k % 360), 80 + int((k >> 9) % 150), 120 + int((k >> 17) % 130));
}

} // namespace

QByteArray ImageRenderer::png(const QString &key, int n)
{
    const QString cacheKey = key + QLatin1Char('/') + QString::number(n);
    if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
        return *it;
    const QByteArray digest = QCryptographicHash::hash(cacheKey.toUtf8(), QCryptographicHash::Sha256);
    quint64 k = 0;
    for (int i = 0; i < 8; ++i)
        k = (k << 8) | quint8(digest[i]);

    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient bg(0, 0, kWidth, kHeight);
    bg.setColorAt(0, colour(mix64(k, 1)).lighter(150));
    bg.setColorAt(1, colour(mix64(k, 2)));
    p.fillRect(image.rect(), bg);
    const int shapes = 3 + int(mix64(k, 3) % 6);
    for (int i = 0; i < shapes; ++i) {
        const quint64 s = mix64(k, 100 + quint64(i));
        const QRectF r(double(s % kWidth) - 40, double((s >> 12) % kHeight) - 40, 30 + double((s >> 24) % 140),
                       30 + double((s >> 32) % 120));
        QColor c = colour(s >> 5);
        c.setAlpha(140 + int((s >> 40) % 115));
        p.setBrush(c);
        p.setPen(QPen(c.darker(150), 2));
        if ((s >> 48) % 3 == 0)
            p.drawRoundedRect(r, 12, 12);
        else
            p.drawEllipse(r);
    }
    // A darker blotch: the "spoiled" patch a reviewer looks for.
    const quint64 b = mix64(k, 999);
    p.setBrush(QColor(70, 50, 30, 170));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(double(b % kWidth), double((b >> 16) % kHeight)), 18 + double((b >> 32) % 30),
                  14 + double((b >> 40) % 24));
    p.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (m_cache.size() >= kMaxCached)
        m_cache.clear();
    m_cache.insert(cacheKey, bytes);
    return bytes;
}

} // namespace anxin::sandbox
