// `anxin-cli sync`'s progress (issue #36, step 4) as a script or a log reads it: piped, a line when each stage ends
// with its counts and time, and every few seconds while one runs (done/total, percent, pace, time left); with --json
// the same numbers as one JSON object a line on standard error and every stage's last numbers in the report.
#include "testmain.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

namespace {

using Run = test::CliRun;

class TstCliSyncProgress : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void piped_stageLinesAndPeriodicCounts();
    void json_sameNumbersAsJsonLines();
    void badInterval_usageError();

private:
    Run cli(const QStringList &args);
    Run connectAndSync(const QStringList &syncArgs);

    std::unique_ptr<QTemporaryDir> m_work;
    QProcess m_sandbox;
    QString m_base;
};

void TstCliSyncProgress::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_base = test::startSandbox(
        m_sandbox, m_work->path(),
        {QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--tickets"), QStringLiteral("1500")});
    QVERIFY(!m_base.isEmpty());
    // 150 ms a detail: the open tickets' details take a few seconds, long enough for lines while they load.
    const QJsonObject fault{{QStringLiteral("kind"), QStringLiteral("latency")},
                            {QStringLiteral("method"), QStringLiteral("afterSale.Detail")},
                            {QStringLiteral("latency_ms"), 150},
                            {QStringLiteral("ratio"), 1}};
    QVERIFY(test::sandboxControl(m_base, "POST", QStringLiteral("/__sandbox/faults"), fault)
                .value(QLatin1String("ok"))
                .toBool());
}

void TstCliSyncProgress::cleanup()
{
    test::stopSandbox(m_sandbox);
    m_work.reset();
}

Run TstCliSyncProgress::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("ANXIN_APP_SECRET"), QStringLiteral("demo-secret-0123456789"));
    return test::runCli(m_work->filePath(QStringLiteral("profile")), args, env);
}

Run TstCliSyncProgress::connectAndSync(const QStringList &syncArgs)
{
    const Run connect =
        cli({QStringLiteral("connect"), QStringLiteral("--gateway"), m_base, QStringLiteral("--app-key"),
             QStringLiteral("7000000000000000001"), QStringLiteral("--shop-id"), QStringLiteral("1234567")});
    if (connect.exitCode != 0)
        qWarning() << connect.err;
    return cli(QStringList{QStringLiteral("sync")} + syncArgs);
}

void TstCliSyncProgress::piped_stageLinesAndPeriodicCounts()
{
    const Run sync = connectAndSync({QStringLiteral("--progress-every"), QStringLiteral("0.5")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const QStringList lines = QString::fromUtf8(sync.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // "sync: details 270/270 in 2875 ms" when a stage ends; "sync: details: 91/270 (33 %), 60/s, about 3 s left"
    // while it runs.
    static const QRegularExpression ended(QStringLiteral("^sync: (\\w+) (\\d+)/(\\d+) in (\\d+) ms$"));
    static const QRegularExpression running(
        QStringLiteral("^sync: (\\w+): (\\d+)/(\\d+) \\((\\d+) %\\), [\\d.]+/s, about \\d+ s left$"));
    QStringList stagesEnded;
    int runningLines = 0;
    QHash<QString, qint64> lastDone; // of each running stage: the open tickets' details run beside the history

    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("sync: ")))
            continue; // the log, when the environment turns it on
        if (auto m = ended.match(line); m.hasMatch()) {
            stagesEnded << m.captured(1);
            if (m.captured(1) != QLatin1String("history") && m.captured(1) != QLatin1String("orders"))
                QVERIFY2(m.captured(2) == m.captured(3), qPrintable(line)); // every item of the stage came
            lastDone.remove(m.captured(1));
            continue;
        }
        auto m = running.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        ++runningLines;
        const qint64 done = m.captured(2).toLongLong(), total = m.captured(3).toLongLong();
        QVERIFY2(done > 0 && done < total, qPrintable(line));
        QCOMPARE(m.captured(4).toLongLong(), done * 100 / total);
        QVERIFY2(done >= lastDone.value(m.captured(1), 0), qPrintable(line));
        lastDone[m.captured(1)] = done;
    }
    QVERIFY2(runningLines >= 2, sync.err.constData());
    for (const char *stage : {"reasons", "open", "details", "history", "orders", "products", "routes", "images"})
        QVERIFY2(stagesEnded.contains(QLatin1String(stage)), qPrintable(stagesEnded.join(QLatin1Char(' '))));
    QCOMPARE(stagesEnded.first(), QStringLiteral("reasons"));
    QVERIFY(stagesEnded.indexOf(QStringLiteral("open")) < stagesEnded.indexOf(QStringLiteral("history")));
}

void TstCliSyncProgress::json_sameNumbersAsJsonLines()
{
    const Run sync =
        connectAndSync({QStringLiteral("--json"), QStringLiteral("--progress-every"), QStringLiteral("1")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const QJsonObject report = sync.json();
    QVERIFY(report.value(QLatin1String("ok")).toBool());
    QList<QJsonObject> endedLines;
    int running = 0;
    for (const QByteArray &line : sync.err.split('\n')) {
        if (!line.startsWith('{'))
            continue; // the log, when the environment turns it on
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        const QJsonObject p = doc.object().value(QLatin1String("progress")).toObject();
        QVERIFY2(!p.value(QLatin1String("stage")).toString().isEmpty(), line.constData());
        QVERIFY2(p.value(QLatin1String("elapsed_ms")).toInteger(-1) >= 0, line.constData());
        if (p.value(QLatin1String("ended")).toBool()) {
            endedLines << p;
            continue;
        }
        ++running;
        // Seconds left while a stage runs with a known total and a pace.
        QVERIFY2(p.value(QLatin1String("rate_per_sec")).toDouble() > 0, line.constData());
        QVERIFY2(p.value(QLatin1String("eta_secs")).toInteger(-1) >= 0, line.constData());
    }
    QVERIFY2(running >= 1, sync.err.constData());
    // The report's stages are the ended lines, number for number.
    const QJsonArray stages = report.value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), endedLines.size());
    for (int i = 0; i < stages.size(); ++i) {
        const QJsonObject s = stages.at(i).toObject();
        for (const char *key : {"stage", "done", "total", "elapsed_ms"})
            QVERIFY2(s.value(QLatin1String(key)) == endedLines.at(i).value(QLatin1String(key)),
                     qPrintable(QStringLiteral("%1 of stage %2").arg(QLatin1String(key)).arg(i)));
    }
    // The open pass's count is the report's open tickets.
    const auto open = std::find_if(stages.cbegin(), stages.cend(), [](const QJsonValue &v) {
        return v.toObject().value(QLatin1String("stage")).toString() == QLatin1String("open");
    });
    QVERIFY(open != stages.cend());
    QCOMPARE(open->toObject().value(QLatin1String("done")).toInteger(),
             report.value(QLatin1String("open_first")).toObject().value(QLatin1String("tickets")).toInteger());
}

void TstCliSyncProgress::badInterval_usageError()
{
    const Run sync = connectAndSync({QStringLiteral("--progress-every"), QStringLiteral("soon")});
    QCOMPARE(sync.exitCode, 2);
    QVERIFY2(sync.err.contains("--progress-every"), sync.err.constData());
}

} // namespace

ANXIN_TEST_MAIN(TstCliSyncProgress)
#include "tst_cli_sync_progress.moc"
