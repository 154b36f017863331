#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace anxin::sandbox {

// Evidence and product photos: real PNGs of shapes and colours (no text, so no fonts and no
// QGuiApplication), deterministic per (key, n), rendered once and cached.
class ImageRenderer
{
public:
    QByteArray png(const QString &key, int n);
    void clear() { m_cache.clear(); }

private:
    QHash<QString, QByteArray> m_cache;
};

} // namespace anxin::sandbox
