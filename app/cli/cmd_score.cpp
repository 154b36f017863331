// anxin-cli score: the platform's latest experience score next to our estimate, from the cache; works offline.
#include "cli.h"
#include "core/clock.h"
#include "models/scoresummary.h"
#include "sync/shopconnection.h"

#include <QDateTime>

namespace anxin::cli {

using core::Dimension;
using core::Error;

namespace {

QString num(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("-");
}

QString gap(const std::optional<double> &v)
{
    return v ? QString::asprintf("%+.1f", *v) : QStringLiteral("-");
}

QString metricValue(const core::MetricResult &m)
{
    if (!m.value)
        return QStringLiteral("no data");
    if (m.name.endsWith(QLatin1String("_hours")))
        return QStringLiteral("%1 h (%2 samples)").arg(QString::number(*m.value, 'f', 1)).arg(m.denominator);
    return QStringLiteral("%1 % (%2 of %3)")
        .arg(QString::number(*m.value * 100.0, 'f', 2))
        .arg(m.numerator)
        .arg(m.denominator);
}

} // namespace

int cmdScore(Context &ctx, const Args &args)
{
    if (!args.positional.isEmpty())
        return fail(Error::make(Error::Kind::Usage, QStringLiteral("usage: anxin-cli score [--json]")));
    const QString shopId = sync::shopConfigFrom(ctx.settings()).shopId;
    if (shopId.isEmpty())
        return fail(Error::make(Error::Kind::Usage,
                                QStringLiteral("no shop is connected to this profile: run anxin-cli connect first")));
    auto db = ctx.database();
    if (!db)
        return fail(db.error());
    const qint64 now = ctx.platformNowSecs(); // ANXIN_NOW fixes the window
    auto summary = models::computeScoreSummary(*db.value(), shopId, now);
    if (!summary)
        return fail(summary.error());
    const models::ScoreSummary &s = summary.value();
    if (ctx.json) {
        printJson(models::scoreSummaryJson(s));
        return kOk;
    }
    const core::ScoreEstimate &e = s.estimate;
    printOut(QStringLiteral("shop       %1\n").arg(shopId));
    if (s.snapshot) {
        printOut(
            QStringLiteral("platform   overall %1  product %2  logistics %3  service %4   (%5, fetched %6)\n")
                .arg(
                    num(s.snapshot->shopScore), num(s.snapshot->productScore), num(s.snapshot->logisticsScore),
                    num(s.snapshot->serviceScore), s.snapshot->day,
                    QDateTime::fromSecsSinceEpoch(s.snapshot->fetchedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else {
        printOut(QStringLiteral("platform   no snapshot yet (run anxin-cli sync)\n"));
    }
    printOut(QStringLiteral("estimate   overall %1  product %2  logistics %3  service %4   (last %5 days, rules v%6)\n")
                 .arg(num(e.score(Dimension::Overall)), num(e.score(Dimension::Product)),
                      num(e.score(Dimension::Logistics)), num(e.score(Dimension::Service)))
                 .arg(s.windowDays)
                 .arg(s.rulesVersion));
    if (s.snapshot)
        printOut(QStringLiteral("gap        overall %1  product %2  logistics %3  service %4   (estimate - platform)\n")
                     .arg(gap(s.calibration.gaps[Dimension::Overall]), gap(s.calibration.gaps[Dimension::Product]),
                          gap(s.calibration.gaps[Dimension::Logistics]), gap(s.calibration.gaps[Dimension::Service])));
    const int days = int(s.points[Dimension::Overall].size());
    if (s.calibrated[Dimension::Overall]) {
        const auto band = [&s](Dimension d) {
            const std::optional<core::CalibratedValue> &c = s.calibrated[d];
            return c ? QStringLiteral("%1 (%2-%3)")
                           .arg(QString::number(c->value, 'f', 1), QString::number(c->low, 'f', 1),
                                QString::number(c->high, 'f', 1))
                     : QStringLiteral("-");
        };
        printOut(QStringLiteral("calibrated overall %1  product %2  logistics %3  service %4   (fitted on %5 days)\n")
                     .arg(band(Dimension::Overall), band(Dimension::Product), band(Dimension::Logistics),
                          band(Dimension::Service))
                     .arg(days));
    } else {
        printOut(QStringLiteral("calibrated not yet: %1 of %2 days of snapshots with an estimate beside them\n")
                     .arg(days)
                     .arg(models::kCalibrationMinSnapshots));
    }
    printOut(QStringLiteral("exempt     %1 ticket(s) left out\n\n").arg(s.inputs.exemptTickets));
    for (const core::MetricResult &m : e.metrics)
        printOut(QStringLiteral("%1 %2 %3 %4\n")
                     .arg(m.name, -31)
                     .arg(m.dimension, -10)
                     .arg(m.hasData ? QString::number(m.score, 'f', 1) : QStringLiteral("-"), 6)
                     .arg(metricValue(m)));
    return kOk;
}

} // namespace anxin::cli
