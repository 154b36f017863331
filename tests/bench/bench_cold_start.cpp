// cold_start_1m: from process start (measured here, around the fork/exec) to the first painted ticket list of the
// real anxin-desk (offscreen) with 1 000 000 cached tickets; anxin-desk --report-first-paint prints a line when
// the list has painted rows and exits. The floor, in the same run: a bare Qt Widgets process that paints a
// 9-column table of 40 static rows and exits the same way (what starting Qt and painting a table costs here).
// The median of --runs starts after one warm-up start of each (the file cache is warm, as on a desk in use).
//
//     bench_cold_start [--tickets N] [--runs N] [--desk PATH]
//     bench_cold_start --floor-child     (internal: the floor process)

#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace anxin;

namespace {

class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QTableView *table)
        : QObject(table)
    {
        table->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                std::printf("first-paint\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

int floorChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardItemModel model(40, 9);
    for (int r = 0; r < 40; ++r) {
        for (int c = 0; c < 9; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("售后 %1-%2").arg(r).arg(c)));
    }
    QTableView view;
    view.setModel(&model);
    new PaintWatcher(&view);
    view.resize(1440, 900);
    view.show();
    return app.exec();
}

// Milliseconds from just before start() to the child's "first-paint" line; -1 on failure.
double timeStart(const QString &program, const QStringList &args, QString *childReport)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ANXIN_NOW"), QString::number(bench::kSeedNow));
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("memory"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    double ms = -1;
    QByteArray out;
    while (p.waitForReadyRead(60000)) {
        out += p.readAllStandardOutput();
        if (const qsizetype i = out.indexOf("first-paint"); i >= 0 && out.indexOf('\n', i) > 0) {
            ms = t.nsecsElapsed() / 1e6;
            *childReport = QString::fromLatin1(out.mid(i, out.indexOf('\n', i) - i)).trimmed();
            break;
        }
    }
    if (!p.waitForFinished(60000))
        p.kill();
    if (ms < 0)
        std::fprintf(stderr, "%s: no first paint (exit %d): %s\n", qPrintable(program), p.exitCode(),
                     p.readAllStandardError().constData());
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? -1 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--floor-child") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return floorChild(argc, argv);
        }
    }
    QCoreApplication app(argc, argv);
    int tickets = 1000000;
    int runs = 5;
    QString desk = QStringLiteral(ANXIN_DESK_PROGRAM); // $<TARGET_FILE:anxin-desk>: .exe, bundle or plain
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--tickets"))
            tickets = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--desk"))
            desk = args[i + 1];
    }
    const QString dir = bench::ensureSeededProfile(bench::benchDataDir(), tickets);
    if (dir.isEmpty())
        return 1;
    const QStringList deskArgs{QStringLiteral("--profile"), dir, QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--report-first-paint")};
    const QString self = QCoreApplication::applicationFilePath();
    QList<double> ours, floor;
    QJsonArray childReports;
    QString report;
    // Warm-up: one of each, not counted.
    if (timeStart(desk, deskArgs, &report) < 0 || timeStart(self, {QStringLiteral("--floor-child")}, &report) < 0)
        return 1;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so a burst of load on the shared machine hits both alike.
        const double f = timeStart(self, {QStringLiteral("--floor-child")}, &report);
        const double o = timeStart(desk, deskArgs, &report);
        if (f < 0 || o < 0)
            return 1;
        floor << f;
        ours << o;
        childReports.append(report);
    }
    const QString suffix = tickets == 1000000 ? QStringLiteral("1m") : QString::number(tickets);
    QJsonArray oursArr, floorArr;
    for (double v : ours)
        oursArr.append(qRound(v * 10) / 10.0);
    for (double v : floor)
        floorArr.append(qRound(v * 10) / 10.0);
    bench::emitResult(
        QStringLiteral("cold_start_") + suffix, median(ours), QStringLiteral("ms"), median(floor), 500, "value_max",
        {{QStringLiteral("runs_ms"), oursArr},
         {QStringLiteral("floor_runs_ms"), floorArr},
         {QStringLiteral("child_reports"), childReports},
         {QStringLiteral("floor_is"), QStringLiteral("bare Qt Widgets process painting a 40-row table")}});
    return 0;
}
