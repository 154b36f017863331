#pragma once

// Shared by the bench programs: the one-line JSON contract, peak memory, and the seeded 1 000 000-ticket cache.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace anxin::bench {

// The reference "now" of the seeded cache; bench programs export it as ANXIN_NOW so deadlines fall around it.
inline constexpr qint64 kSeedNow = 1763800000;

// One workload, printed as one compact JSON line (the contract scripts/bench reads):
// name, value, unit, floor (same unit or null), target, target_kind ("ratio_max": value/floor <= target;
// "value_max": value <= target), plus any extra fields.
void emitResult(const QString &name, double value, const QString &unit, std::optional<double> floor, double target,
                const char *targetKind, QJsonObject extra = {});

// VmHWM of this process (peak resident set), in KiB; -1 when /proc is not there.
qint64 peakRssKib();
// Resets the peak (writes 5 to /proc/self/clear_refs); false when the kernel refuses.
bool resetPeakRss();

// A profile directory whose cache holds `tickets` tickets of three shops, made through the store's real
// schema and migrations and the repository's upsert, then checked by the store (count). Reused when a
// valid one exists (the marker file names the count), so 1M workloads seed once per build directory.
// The profile's last page is the After-sales list. Returns the profile directory, or empty on failure.
QString ensureSeededProfile(const QString &baseDir, int tickets, QString *error = nullptr);

// Where seeded profiles live: $ANXIN_BENCH_DATA, else <dir of the executable>/bench-data.
QString benchDataDir();

} // namespace anxin::bench
