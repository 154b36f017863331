// A bounded, deterministic fuzz test of the platform parsers: the sample answers (tests/fuzz/corpus) are mutated
// by a seeded generator (byte flips, truncation, field deletion, type swaps, huge numbers, deep nesting, oversized
// arrays) and every result must satisfy the invariants in tests/fuzz/fuzz_invariants.h. Inputs that once broke
// an invariant live in tests/fuzz/regressions and are replayed first.
// ANXIN_FUZZ_SEED / ANXIN_FUZZ_ITERATIONS override the defaults for a longer local run.

#include "fuzz_invariants.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <cctype>
#include <iterator>

namespace {

QString sourceDir()
{
    const QString env = qEnvironmentVariable("ANXIN_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(ANXIN_SOURCE_DIR_FALLBACK) : env;
}

QList<QByteArray> readDir(const QString &path)
{
    QList<QByteArray> out;
    const QDir dir(path);
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(u'.') || name.endsWith(QLatin1String(".md")))
            continue;
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    return out;
}

class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    QByteArray mutate(const QByteArray &input)
    {
        QByteArray out = input;
        const int steps = 1 + int(m_rng.bounded(3));
        for (int i = 0; i < steps; ++i) {
            switch (m_rng.bounded(10)) {
            case 0:
                out = flipBytes(out);
                break;
            case 1:
                out = truncate(out);
                break;
            case 2:
                out = insertToken(out);
                break;
            case 3:
                out = replaceNumber(out);
                break;
            case 4:
                out = deepNesting(out);
                break;
            default:
                out = structural(out);
                break; // the JSON-aware ones reach deep fields
            }
        }
        return out;
    }

private:
    int below(qsizetype n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }

    QByteArray flipBytes(QByteArray b)
    {
        if (b.isEmpty())
            return b;
        const int n = 1 + below(8);
        for (int i = 0; i < n; ++i) {
            const int at = below(b.size());
            b[at] = char(m_rng.bounded(2) ? (b.at(at) ^ (1 << below(8))) : below(256));
        }
        return b;
    }

    QByteArray truncate(QByteArray b)
    {
        if (m_rng.bounded(2))
            return b.left(below(b.size() + 1));
        const int at = below(b.size());
        return b.remove(at, below(b.size() - at + 1));
    }

    QByteArray insertToken(QByteArray b)
    {
        static const char *tokens[] = {
            "null",     "-1",  "1e400", "9223372036854775808",     "\"\"", "[]", "{}", "\"\\ud800\"", ",", "\"", "\\",
            "\xff\xfe", "0.5", "true",  "\"7301234567890123456\"", ":"};
        return b.insert(below(b.size() + 1), tokens[below(std::size(tokens))]);
    }

    // A digit run in the text becomes a number Qt cannot keep as an integer, or an edge value.
    QByteArray replaceNumber(QByteArray b)
    {
        static const char *numbers[] = {"9223372036854775808",
                                        "12345678901234567890",
                                        "1e400",
                                        "-0",
                                        "1.5",
                                        "7301234567890123456.0",
                                        "1e18",
                                        "-9223372036854775808",
                                        "9223372036854775807",
                                        "0",
                                        "-1",
                                        "4294967296",
                                        "2147483648",
                                        "1E2",
                                        "00"};
        QList<qsizetype> starts;
        for (qsizetype i = 0; i < b.size(); ++i) {
            if (std::isdigit(static_cast<unsigned char>(b.at(i))) &&
                (i == 0 || !std::isdigit(static_cast<unsigned char>(b.at(i - 1)))))
                starts.append(i);
        }
        if (starts.isEmpty())
            return insertToken(b);
        const qsizetype at = starts.at(below(starts.size()));
        qsizetype end = at;
        while (end < b.size() && std::isdigit(static_cast<unsigned char>(b.at(end))))
            ++end;
        return b.replace(at, end - at, numbers[below(std::size(numbers))]);
    }

    QByteArray deepNesting(const QByteArray &b)
    {
        const int depth = 1 + below(m_rng.bounded(4) ? 60 : 3000);
        const bool arrays = m_rng.bounded(2);
        QByteArray open;
        QByteArray close;
        for (int i = 0; i < depth; ++i) {
            open += arrays ? "[" : "{\"data\":";
            close += arrays ? "]" : "}";
        }
        return open + b + close;
    }

    QJsonValue randomValue()
    {
        switch (m_rng.bounded(14)) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return true;
        case 2:
            return 0;
        case 3:
            return -1;
        case 4:
            return QString();
        case 5:
            return QStringLiteral("abc");
        case 6:
            return QStringLiteral("123");
        case 7:
            return QJsonArray();
        case 8:
            return QJsonObject();
        case 9:
            return 1.5;
        case 10:
            return qint64(9223372036854775807LL);
        case 11:
            return 1e300;
        case 12:
            return QStringLiteral("12345678901234567890");
        default: {
            QJsonValue v = QJsonArray{1};
            const int depth = below(200);
            for (int i = 0; i < depth; ++i)
                v = QJsonArray{v};
            return v;
        }
        }
    }

    // Type swap: a number becomes its string, a string its number when it holds one, else something random.
    QJsonValue swapType(const QJsonValue &v)
    {
        if (v.isDouble() && m_rng.bounded(2))
            return QString::fromLatin1(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        if (v.isString() && m_rng.bounded(2)) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
        return randomValue();
    }

    void countNodes(const QJsonValue &v, int &n)
    {
        ++n;
        if (v.isArray()) {
            for (const QJsonValue &c : v.toArray())
                countNodes(c, n);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                countNodes(it.value(), n);
        }
    }

    void applyAt(QJsonValue &v)
    {
        if (v.isObject() && m_rng.bounded(3) != 0) {
            QJsonObject o = v.toObject();
            const QStringList keys = o.keys();
            if (!keys.isEmpty() && m_rng.bounded(3) != 0)
                o.remove(keys.at(below(keys.size()))); // field deletion
            else
                o.insert(QStringLiteral("unknown_%1").arg(below(100)), randomValue());
            v = o;
        } else if (v.isArray() && !v.toArray().isEmpty() && m_rng.bounded(3) != 0) {
            QJsonArray a = v.toArray();
            if (m_rng.bounded(2)) {
                const QJsonValue first = a.first();
                while (a.size() < 95 + below(10))
                    a.append(first); // around the 100-item page bound
            } else {
                a.removeAt(below(a.size()));
            }
            v = a;
        } else {
            v = swapType(v);
        }
    }

    bool mutateNode(QJsonValue &v, int &k)
    {
        if (k-- == 0) {
            applyAt(v);
            return true;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                QJsonValue c = a.at(i);
                if (mutateNode(c, k)) {
                    a[i] = c;
                    v = a;
                    return true;
                }
            }
        } else if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QJsonValue c = it.value();
                if (mutateNode(c, k)) {
                    it.value() = c;
                    v = o;
                    return true;
                }
            }
        }
        return false;
    }

    QByteArray structural(const QByteArray &b)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(b);
        if (doc.isNull())
            return flipBytes(b);
        QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        int n = 0;
        countNodes(root, n);
        int k = below(n);
        mutateNode(root, k);
        if (root.isObject())
            return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
        if (root.isArray())
            return QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact);
        return QJsonDocument(QJsonArray{root}).toJson(QJsonDocument::Compact);
    }

    QRandomGenerator m_rng;
};

} // namespace

class TestFuzzParsers : public QObject
{
    Q_OBJECT
private slots:
    void corpus_seeds_satisfyInvariants();
    void regressions_replayed_satisfyInvariants();
    void mutatedCorpus_boundedRun_satisfiesInvariants();
};

void TestFuzzParsers::corpus_seeds_satisfyInvariants()
{
    const QList<QByteArray> corpus = readDir(sourceDir() + QStringLiteral("/tests/fuzz/corpus"));
    QVERIFY2(corpus.size() >= 10, "the corpus holds the sample answers");
    int parsedEnvelopes = 0;
    for (const QByteArray &input : corpus) {
        const QString failure = anxin::fuzz::checkInput(input);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        parsedEnvelopes += anxin::platform::parseEnvelope(input).ok() ? 1 : 0;
    }
    QCOMPARE(parsedEnvelopes, corpus.size()); // seeds are valid answers, so mutations start from real shapes
}

void TestFuzzParsers::regressions_replayed_satisfyInvariants()
{
    const QList<QByteArray> inputs = readDir(sourceDir() + QStringLiteral("/tests/fuzz/regressions"));
    QVERIFY(!inputs.isEmpty());
    for (const QByteArray &input : inputs) {
        const QString failure = anxin::fuzz::checkInput(input);
        QVERIFY2(failure.isEmpty(), qPrintable(failure + QStringLiteral(" on ") + QString::fromUtf8(input.left(200))));
    }
}

void TestFuzzParsers::mutatedCorpus_boundedRun_satisfiesInvariants()
{
    const QList<QByteArray> corpus = readDir(sourceDir() + QStringLiteral("/tests/fuzz/corpus"));
    QVERIFY(!corpus.isEmpty());
    bool ok = false;
    quint32 seed = qEnvironmentVariable("ANXIN_FUZZ_SEED").toUInt(&ok);
    if (!ok)
        seed = 20231115;
    int iterations = qEnvironmentVariableIntValue("ANXIN_FUZZ_ITERATIONS", &ok);
    if (!ok || iterations <= 0)
        iterations = 4000;
    Mutator mutator(seed);
    QElapsedTimer timer;
    timer.start();
    QList<QByteArray> pool = corpus; // mutants that still parse join the pool, so mutations stack up
    int rejected = 0;
    int done = 0;
    for (; done < iterations && timer.elapsed() < 60'000; ++done) {
        const QByteArray input = mutator.mutate(pool.at(done % pool.size()));
        const QString failure = anxin::fuzz::checkInput(input);
        if (!failure.isEmpty()) {
            const QString dir =
                qEnvironmentVariable("ANXIN_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/fuzz-failures");
            QDir().mkpath(dir);
            const QString path =
                dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex()) +
                QStringLiteral(".json");
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(input);
            QFAIL(qPrintable(
                QStringLiteral("%1 (seed %2, iteration %3); input saved to %4: copy it to tests/fuzz/regressions")
                    .arg(failure)
                    .arg(seed)
                    .arg(done)
                    .arg(path)));
        }
        const auto env = anxin::platform::parseEnvelope(input);
        if (!env.ok())
            ++rejected;
        else if (pool.size() < 400 && done % 7 == 0 && input.size() < 64 * 1024)
            pool.append(input);
    }
    qInfo("%d mutated inputs in %lld ms (seed %u), %d rejected by the envelope parser", done, timer.elapsed(), seed,
          rejected);
    QVERIFY(done >= qMin(iterations, 500));
    QVERIFY(rejected > 0 && rejected < done); // the mutations both break and keep the envelope
}

ANXIN_TEST_GUILESS_MAIN(TestFuzzParsers)
#include "tst_fuzz_parsers.moc"
