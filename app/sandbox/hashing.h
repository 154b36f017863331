#pragma once

#include <QtGlobal>

namespace anxin::sandbox {

// splitmix64: derives stable per-id values (names, texts, image colours) without storing them.
inline quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 mix64(quint64 a, quint64 b)
{
    return mix64(a ^ mix64(b));
}

// A value in [0, n) derived from key.
inline quint32 pick(quint64 key, quint32 n)
{
    return n == 0 ? 0 : quint32(mix64(key) % n);
}

} // namespace anxin::sandbox
