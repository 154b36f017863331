// Renders the app icon SVG into the PNG set (16-512), a Windows .ico and a macOS .icns. Both containers hold
// PNG-compressed images (Windows Vista+ and macOS 10.7+ read them), so no image tool beyond Qt is needed.
// Usage: anxin-iconmaker SOURCE.svg OUTDIR   (run by scripts/make-icons; the results are committed)

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(const QString &svg, int size)
{
    QImageReader reader(svg);
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    image = image.convertToFormat(QImage::Format_ARGB32);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template <class T>
void put(QByteArray &out, T value, bool bigEndian)
{
    T v = bigEndian ? qToBigEndian(value) : qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

// ICONDIR + ICONDIRENTRY per image, PNG payloads (width/height byte 0 means 256).
QByteArray makeIco(const QList<QPair<int, QByteArray>> &images)
{
    QByteArray out;
    put<quint16>(out, 0, false);
    put<quint16>(out, 1, false);
    put<quint16>(out, quint16(images.size()), false);
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        put<quint16>(out, 1, false);  // planes
        put<quint16>(out, 32, false); // bits per pixel
        put<quint32>(out, quint32(png.size()), false);
        put<quint32>(out, offset, false);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// 'icns' + total length, then (type, length incl. 8-byte header, PNG) per image.
QByteArray makeIcns(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray body;
    for (const auto &[type, png] : entries) {
        body.append(type);
        put<quint32>(body, quint32(png.size() + 8), true);
        body.append(png);
    }
    QByteArray out("icns");
    put<quint32>(out, quint32(body.size() + 8), true);
    return out + body;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: anxin-iconmaker SOURCE.svg OUTDIR\n");
        return 2;
    }
    const QString svg = args.at(1);
    const QDir out(args.at(2));
    QDir().mkpath(out.filePath(QStringLiteral("png")));

    QHash<int, QByteArray> png;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
        png[size] = renderPng(svg, size);
        if (png[size].isEmpty()) {
            std::fprintf(stderr, "cannot render %s at %d px (is the Qt SVG image plugin installed?)\n", qPrintable(svg),
                         size);
            return 1;
        }
        if (size <= 512 && !writeFile(out.filePath(QStringLiteral("png/anxin-desk-%1.png").arg(size)), png[size]))
            return 1;
    }
    QList<QPair<int, QByteArray>> ico;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        ico.append({size, png[size]});
    if (!writeFile(out.filePath(QStringLiteral("anxin-desk.ico")), makeIco(ico)))
        return 1;
    const QList<QPair<QByteArray, QByteArray>> icns = {{"icp4", png[16]},   {"icp5", png[32]},  {"icp6", png[64]},
                                                       {"ic07", png[128]},  {"ic08", png[256]}, {"ic09", png[512]},
                                                       {"ic10", png[1024]}, {"ic11", png[32]},  {"ic12", png[64]},
                                                       {"ic13", png[256]},  {"ic14", png[512]}};
    if (!writeFile(out.filePath(QStringLiteral("anxin-desk.icns")), makeIcns(icns)))
        return 1;
    return 0;
}
