#pragma once

#include <QList>
#include <QString>

#include <optional>

// Calibrating the experience-score estimate against the platform (domain rules §7, issue: a gap of 30 points reads
// as "this tool is wrong"). The platform publishes no formula, so per dimension a straight line from our rule-based
// score to the platform's number is fitted over the days both are known. Nothing opaque: two numbers and the
// spread of what they leave unexplained, all shown on the Score page's "how is this computed" panel.
namespace anxin::core {

// One day on which the platform published its number and we had our rule-based estimate.
struct CalibrationPoint
{
    QString day; // yyyy-MM-dd
    double raw = 0;
    double platform = 0;
};

// platform ≈ intercept + slope × raw. The slope is the median of the slopes between every two days (Theil–Sen: a
// day the platform recomputed oddly moves it little); the intercept is the median of platform − slope × raw. When
// our score barely moved over the days kept (less than kCalibrationMinSpread points) the slope cannot be told
// from the noise: it is 1 and the fit is the median gap. A fitted slope is kept within [0.25, 4].
struct CalibrationFit
{
    int days = 0;
    double slope = 1;
    double intercept = 0;
    bool slopeFitted = false;
    double error = 0;  // 1.4826 × the median absolute residual: a standard deviation robust to odd days
    double rawLow = 0; // the range of our scores the fit has seen
    double rawHigh = 0;
};

struct CalibratedValue
{
    double value = 0;
    double low = 0; // the band the platform's number is expected in
    double high = 0;
    int days = 0;
};

inline constexpr double kCalibrationMinSpread = 2.0;
// The band is at least this many points either side, and three errors wide otherwise, widened by how far our score
// lies outside the range the fit has seen (a line is only known where it was measured).
inline constexpr double kCalibrationMinBand = 1.0;
inline constexpr double kCalibrationBandErrors = 3.0;

// nullopt with fewer than `minDays` points.
std::optional<CalibrationFit> fitCalibration(const QList<CalibrationPoint> &points, int minDays);
CalibratedValue applyCalibration(const CalibrationFit &fit, double raw);

} // namespace anxin::core
