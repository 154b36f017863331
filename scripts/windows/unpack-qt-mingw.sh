#!/usr/bin/env bash
# unpack-qt-mingw.sh DEST: lays the prebuilt Qt 6.4.2 for Windows x86-64 (MinGW-w64, POSIX threads) at
# DEST/prefix and writes DEST/toolchain-mingw64.cmake. DEST must be an absolute path. Needs Debian's host
# Qt 6.4.2 tools (qt6-base-dev-tools) and mingw-w64 installed; wine for running what it builds. The archive is
# $ANXIN_MINGW_QT_ARCHIVE, else the one beside this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:?usage: unpack-qt-mingw.sh ABSOLUTE_DEST}
case $dest in /*) ;; *) echo "DEST must be absolute" >&2; exit 2 ;; esac
mkdir -p "$dest"
archive=${ANXIN_MINGW_QT_ARCHIVE:-$here/qt6.4.2-mingw64-posix-prefix.tar.xz}
tar -xJf "$archive" -C "$dest"
prefix=$dest/prefix
sed "s|@QT_MINGW_PREFIX@|$prefix|g" "$here/toolchain-mingw64.cmake.in" >"$dest/toolchain-mingw64.cmake"
grep -rlI "@QT_MINGW_" "$prefix" | while read -r f; do
  sed -i "s|@QT_MINGW_PREFIX@|$prefix|g; s|@QT_MINGW_TOOLCHAIN@|$dest/toolchain-mingw64.cmake|g" "$f"
done
echo "Qt for Windows at $prefix"
echo "configure with: -DCMAKE_TOOLCHAIN_FILE=$dest/toolchain-mingw64.cmake -DCMAKE_PREFIX_PATH=$prefix"
