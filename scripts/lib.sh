# Shared by the scripts: where we are, the dependency check, and a configured build directory.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOBS="${ANXIN_JOBS:-$(nproc 2>/dev/null || echo 2)}"

# setup-deps is idempotent and quick when everything is there; it only talks when it installs. Arguments go to it
# (--windows).
ensure_deps() {
  "$ROOT/scripts/setup-deps" "$@" | grep -v "^setup-deps: all " || true
  test "${PIPESTATUS[0]}" -eq 0
}

# configure_build DIR TYPE
configure_build() {
  local dir="$1" type="$2"
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
  fi
}
