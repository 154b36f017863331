#include "core/scorecalibration.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace anxin::core {

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2)
        return upper;
    return (*std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid)) + upper) / 2;
}

} // namespace

std::optional<CalibrationFit> fitCalibration(const QList<CalibrationPoint> &points, int minDays)
{
    if (points.isEmpty() || points.size() < std::max(1, minDays))
        return std::nullopt;
    CalibrationFit fit;
    fit.days = int(points.size());
    fit.rawLow = fit.rawHigh = points.constFirst().raw;
    for (const CalibrationPoint &p : points) {
        fit.rawLow = std::min(fit.rawLow, p.raw);
        fit.rawHigh = std::max(fit.rawHigh, p.raw);
    }
    if (fit.rawHigh - fit.rawLow >= kCalibrationMinSpread) {
        std::vector<double> slopes;
        for (qsizetype i = 0; i < points.size(); ++i) {
            for (qsizetype j = i + 1; j < points.size(); ++j) {
                const double dx = points.at(j).raw - points.at(i).raw;
                if (std::abs(dx) > 1e-9)
                    slopes.push_back((points.at(j).platform - points.at(i).platform) / dx);
            }
        }
        if (!slopes.empty()) {
            fit.slope = std::clamp(median(std::move(slopes)), 0.25, 4.0);
            fit.slopeFitted = true;
        }
    }
    std::vector<double> offsets;
    for (const CalibrationPoint &p : points)
        offsets.push_back(p.platform - fit.slope * p.raw);
    fit.intercept = median(offsets);
    std::vector<double> residuals;
    for (const CalibrationPoint &p : points)
        residuals.push_back(std::abs(p.platform - (fit.intercept + fit.slope * p.raw)));
    fit.error = 1.4826 * median(std::move(residuals));
    return fit;
}

CalibratedValue applyCalibration(const CalibrationFit &fit, double raw)
{
    const double outside = raw < fit.rawLow ? fit.rawLow - raw : (raw > fit.rawHigh ? raw - fit.rawHigh : 0.0);
    const double half =
        std::max(kCalibrationMinBand, kCalibrationBandErrors * fit.error) + std::abs(fit.slope) * outside;
    CalibratedValue out;
    out.value = std::clamp(fit.intercept + fit.slope * raw, 0.0, 100.0);
    out.low = std::clamp(out.value - half, 0.0, 100.0);
    out.high = std::clamp(out.value + half, 0.0, 100.0);
    out.days = fit.days;
    return out;
}

} // namespace anxin::core
