// Bounded, deterministic fuzzing of the parsers not covered by tst_fuzz_parsers (which does the platform answers
// and Retry-After): the rules files (GuaranteeRules / ScoreRules::fromJson, seeds resources/rules/*.json) and
// anxin-cli's argument parser (parseArgs, and the real binary on a sample). Regression inputs in
// tests/fuzz/rules_regressions and tests/fuzz/cli_regressions are replayed first; a failing input is saved under
// build/test/fuzz-failures/. ANXIN_FUZZ_SEED / ANXIN_FUZZ_ITERATIONS override the defaults for longer runs.
#include "cli.h"
#include "core/guaranteerules.h"
#include "core/scoremodel.h"
#include "testmain.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace anxin;

namespace {

using test::readFile;

QList<QByteArray> readDir(const QString &path)
{
    QList<QByteArray> out;
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.endsWith(QLatin1String(".md")))
            out << readFile(dir.filePath(name));
    }
    return out;
}

quint32 seed()
{
    bool ok = false;
    const quint32 s = qEnvironmentVariable("ANXIN_FUZZ_SEED").toUInt(&ok);
    return ok ? s : 20261122;
}

int iterations(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ANXIN_FUZZ_ITERATIONS", &ok);
    return ok && n > 0 ? n : fallback;
}

QString saveFailure(const QByteArray &input, const char *ext)
{
    const QString dir = qEnvironmentVariable("ANXIN_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/fuzz-failures");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') +
                         QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex()) +
                         QLatin1String(ext);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(input);
    return path;
}

// ---- rules files ----------------------------------------------------------------------------------------------

// Structural mutations of a JSON value: numbers made huge, negative, fractional or strings; keys dropped; arrays
// emptied or duplicated; types swapped.
QJsonValue mutateValue(const QJsonValue &v, QRandomGenerator &rng, int depth)
{
    const int r = int(rng.bounded(12));
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        if (!keys.isEmpty()) {
            const QString k = keys.at(int(rng.bounded(int(keys.size()))));
            if (r == 0)
                o.remove(k);
            else if (r == 1)
                o.insert(k, QJsonValue());
            else if (depth < 8)
                o.insert(k, mutateValue(o.value(k), rng, depth + 1));
        }
        return r == 11 ? QJsonValue(QJsonArray{o}) : QJsonValue(o);
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (r == 0)
            return QJsonArray();
        if (r == 1 && !a.isEmpty())
            a.append(a.first());
        if (!a.isEmpty() && depth < 8) {
            const int i = int(rng.bounded(int(a.size())));
            a[i] = mutateValue(a.at(i), rng, depth + 1);
        }
        return a;
    }
    if (v.isDouble()) {
        switch (r) {
        case 0:
            return 1e300;
        case 1:
            return -v.toDouble();
        case 2:
            return v.toDouble() + 0.5;
        case 3:
            return QString::number(v.toDouble());
        case 4:
            return 0;
        case 5:
            return double(std::numeric_limits<qint64>::max());
        case 6:
            return v.toDouble() * (1.0 + double(rng.bounded(100)) / 1000.0);
        default:
            return v;
        }
    }
    if (v.isString())
        return r == 0 ? QJsonValue(42)
                      : (r == 1 ? QJsonValue(QString()) : QJsonValue(v.toString() + QStringLiteral("x")));
    return r == 0 ? QJsonValue(QStringLiteral("?")) : v;
}

QByteArray mutateBytes(const QByteArray &in, QRandomGenerator &rng)
{
    QByteArray b = in;
    if (b.isEmpty())
        return b;
    switch (rng.bounded(3)) {
    case 0:
        b.truncate(int(rng.bounded(int(b.size()))));
        break;
    case 1:
        for (int i = 0; i < 4; ++i)
            b[int(rng.bounded(int(b.size())))] = char(rng.bounded(256));
        break;
    default:
        b.insert(int(rng.bounded(int(b.size()))), "[{\"\":");
        break;
    }
    return b;
}

// Invariants: never a crash; a refused file is Kind::Malformed with a message naming the problem; an accepted file
// holds what the loaders promise.
QString checkRules(const QByteArray &input)
{
    const auto g = core::GuaranteeRules::fromJson(input);
    if (!g) {
        if (g.error().kind != core::Error::Kind::Malformed || g.error().message.isEmpty())
            return QStringLiteral("guarantee: refusal is not Malformed with a message");
    } else {
        const auto &r = g.value();
        if (r.version <= 0 || r.fresh.claimWindowS <= 0 || r.allergy.claimWindowS <= 0 ||
            r.fresh.responseWindowS <= 0 || r.allergy.responseWindowS <= 0 || r.presaleMaxS <= 0 ||
            r.defaultShipPromiseS <= 0 || r.falseShipmentPickupWindowS <= 0)
            return QStringLiteral("guarantee: accepted a non-positive window or version");
        if (r.fresh.productFlag.isEmpty() || r.allergy.productFlag.isEmpty() || r.fresh.reasonCodes.isEmpty() ||
            r.allergy.reasonCodes.isEmpty())
            return QStringLiteral("guarantee: accepted an empty flag or reason list");
        for (int c : r.fresh.reasonCodes) {
            if (r.allergy.reasonCodes.contains(c))
                return QStringLiteral("guarantee: accepted a reason code in both kinds");
        }
    }
    const auto s = core::ScoreRules::fromJson(input);
    if (!s) {
        if (s.error().kind != core::Error::Kind::Malformed || s.error().message.isEmpty())
            return QStringLiteral("score: refusal is not Malformed with a message");
    } else {
        const auto &r = s.value();
        const double sum = r.weightProduct + r.weightLogistics + r.weightService;
        if (!(std::abs(sum - 1.0) <= 1e-6))
            return QStringLiteral("score: accepted weights summing to %1").arg(sum, 0, 'g', 17);
        QSet<QString> names;
        for (const auto &m : r.metrics) {
            if (names.contains(m.name))
                return QStringLiteral("score: accepted a duplicated metric %1").arg(m.name);
            names.insert(m.name);
        }
        if (r.metrics.isEmpty())
            return QStringLiteral("score: accepted a file without metrics");
    }
    return {};
}

// ---- CLI arguments --------------------------------------------------------------------------------------------

const QSet<QString> kFlags{QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("extend")};
const QSet<QString> kOptions{QStringLiteral("reason-code"), QStringLiteral("remark"), QStringLiteral("evidence"),
                             QStringLiteral("note")};

QStringList randomArgv(QRandomGenerator &rng)
{
    static const QStringList vocab{
        QStringLiteral("--approve"),
        QStringLiteral("--reject"),
        QStringLiteral("--extend"),
        QStringLiteral("--reason-code"),
        QStringLiteral("--remark"),
        QStringLiteral("--evidence"),
        QStringLiteral("--note"),
        QStringLiteral("--json"),
        QStringLiteral("--"),
        QStringLiteral("-"),
        QStringLiteral("---"),
        QStringLiteral("--="),
        QStringLiteral("--approve=1"),
        QStringLiteral("--remark="),
        QStringLiteral("--note=备注"),
        QStringLiteral("7001"),
        QStringLiteral(""),
        QStringLiteral("--unknown"),
        QStringLiteral("=--"),
        QStringLiteral("--evidence=--approve"),
        QStringLiteral("\xe5\x85\xab"),
        QStringLiteral("--profile"),
        QStringLiteral("-h"),
        QStringLiteral("--status"),
    };
    QStringList argv;
    const int n = int(rng.bounded(7));
    for (int i = 0; i < n; ++i) {
        if (rng.bounded(8) == 0) {
            QString junk;
            for (int k = int(rng.bounded(6)); k >= 0; --k)
                junk.append(QChar(ushort(0x20 + rng.bounded(0x7f - 0x20))));
            argv << junk;
        } else {
            argv << vocab.at(int(rng.bounded(int(vocab.size()))));
        }
    }
    return argv;
}

QString checkArgs(const QStringList &argv)
{
    const auto parsed = cli::parseArgs(argv, kFlags, kOptions);
    if (!parsed) {
        if (parsed.error().kind != core::Error::Kind::Usage || parsed.error().message.isEmpty())
            return QStringLiteral("refusal is not a usage error with a message");
        return {};
    }
    const cli::Args &a = parsed.value();
    for (const QString &f : a.flags) {
        if (!kFlags.contains(f))
            return QStringLiteral("accepted unknown flag %1").arg(f);
    }
    qsizetype values = 0;
    for (auto it = a.values.begin(); it != a.values.end(); ++it) {
        if (!kOptions.contains(it.key()))
            return QStringLiteral("accepted unknown option %1").arg(it.key());
        values += it.value().size();
    }
    for (const QString &p : a.positional) {
        if (p.startsWith(QLatin1String("--")) && p != QLatin1String("--") && !argv.contains(p))
            return QStringLiteral("invented positional %1").arg(p);
    }
    // Every word is accounted for: as a positional, a flag, an option (with or without an inline value) or its value.
    if (a.positional.size() + values > argv.size())
        return QStringLiteral("more words out than in");
    return {};
}

} // namespace

class TstFuzzRulesCli : public QObject
{
    Q_OBJECT
private slots:
    void rules_seedsAndRegressions_satisfyInvariants()
    {
        const QString src = test::sourceDir();
        const QByteArray guarantee = readFile(src + QStringLiteral("/resources/rules/guarantee.json"));
        const QByteArray score = readFile(src + QStringLiteral("/resources/rules/score.json"));
        QVERIFY(core::GuaranteeRules::fromJson(guarantee).ok()); // seeds are valid files
        QVERIFY(core::ScoreRules::fromJson(score).ok());
        const QList<QByteArray> regressions = readDir(src + QStringLiteral("/tests/fuzz/rules_regressions"));
        QVERIFY(regressions.size() >= 5);
        for (const QByteArray &input : regressions + QList<QByteArray>{guarantee, score}) {
            const QString failure = checkRules(input);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
    }

    void rules_mutatedBoundedRun_satisfiesInvariants()
    {
        const QString src = test::sourceDir();
        const QList<QByteArray> seeds{readFile(src + QStringLiteral("/resources/rules/guarantee.json")),
                                      readFile(src + QStringLiteral("/resources/rules/score.json"))};
        QRandomGenerator rng(seed());
        const int n = iterations(3000);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < n; ++i) {
            const QByteArray &s = seeds.at(i % 2);
            QByteArray input;
            if (rng.bounded(5) == 0) {
                input = mutateBytes(s, rng);
            } else {
                QJsonValue v = QJsonDocument::fromJson(s).object();
                for (int k = int(rng.bounded(3)); k >= 0; --k)
                    v = mutateValue(v, rng, 0);
                input = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
            }
            const QString failure = checkRules(input);
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 (seed %2, iteration %3); input saved to %4")
                                     .arg(failure)
                                     .arg(seed())
                                     .arg(i)
                                     .arg(saveFailure(input, ".json"))));
            const bool ok = core::GuaranteeRules::fromJson(input).ok() || core::ScoreRules::fromJson(input).ok();
            ok ? ++accepted : ++refused;
        }
        qInfo("%d rules inputs: %d accepted, %d refused", n, accepted, refused);
        QVERIFY(accepted > 0 && refused > 0); // the mutations both keep and break the files
    }

    void cliArgs_regressionsAndBoundedRun_satisfyInvariants()
    {
        const QByteArray lines = readFile(test::sourceDir() + QStringLiteral("/tests/fuzz/cli_regressions/argv.txt"));
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines.split('\n')) {
            const QStringList argv = QString::fromUtf8(line).split(QLatin1Char('\t'));
            const QString failure = checkArgs(argv);
            QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral(" on ") + argv.join(QLatin1Char(' '))));
        }
        QRandomGenerator rng(seed());
        const int n = iterations(20000);
        int refused = 0;
        for (int i = 0; i < n; ++i) {
            const QStringList argv = randomArgv(rng);
            const QString failure = checkArgs(argv);
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 (seed %2, iteration %3); argv saved to %4")
                                     .arg(failure)
                                     .arg(seed())
                                     .arg(i)
                                     .arg(saveFailure(argv.join(QLatin1Char('\t')).toUtf8(), ".txt"))));
            refused += cli::parseArgs(argv, kFlags, kOptions).ok() ? 0 : 1;
        }
        QVERIFY(refused > 0 && refused < n);
    }

    void cliBinary_randomCommandLines_exitWithDocumentedCodes()
    {
        // The real anxin-cli on a sample (each run is a process): never a crash, always one of the documented codes.
        QTemporaryDir profile;
        QRandomGenerator rng(seed());
        static const QStringList commands{
            QStringLiteral("status"),  QStringLiteral("tickets"), QStringLiteral("ticket"),
            QStringLiteral("decide"),  QStringLiteral("outbox"),  QStringLiteral("sync"),
            QStringLiteral("connect"), QStringLiteral("bogus"),   QString()};
        const QSet<int> documented{0, 2, 3, 4, 5};
        for (int i = 0; i < 40; ++i) {
            QStringList argv{QStringLiteral("--profile"), profile.path()};
            const QString cmd = commands.at(int(rng.bounded(int(commands.size()))));
            if (!cmd.isEmpty())
                argv << cmd;
            argv << randomArgv(rng);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("memory"));
            p.setProcessEnvironment(env);
            p.start(test::binaryPath(QStringLiteral("anxin-cli")), argv);
            QVERIFY(p.waitForStarted());
            p.closeWriteChannel();
            QVERIFY2(p.waitForFinished(20000), qPrintable(argv.join(QLatin1Char(' '))));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit,
                     qPrintable(QStringLiteral("crash on ") + argv.join(QLatin1Char(' '))));
            QVERIFY2(documented.contains(p.exitCode()),
                     qPrintable(QStringLiteral("exit %1 on %2").arg(p.exitCode()).arg(argv.join(QLatin1Char(' ')))));
        }
    }
};

ANXIN_TEST_GUILESS_MAIN(TstFuzzRulesCli)
#include "tst_fuzz_rules_cli.moc"
