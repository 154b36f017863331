// Notes every desk sees, end to end (issue #33): two desk profiles on one anxin-sandbox process, only anxin-cli
// between them. A handover note written on desk A before any sync shows there as waiting; after A's sync and B's,
// B has it exactly once, with A's author and the handover mark, on the ticket and on the handover board, and a
// second sync adds nothing.
#include "testmain.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

namespace {

using Run = test::CliRun;

class TstCliNotes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void note_onDeskA_reachesDeskBOnceWithHandover();

private:
    Run cli(const QString &desk, const QStringList &args);
    static QJsonArray remarksOf(const Run &ticket) { return ticket.json().value(QLatin1String("remarks")).toArray(); }

    QTemporaryDir m_work;
    QProcess m_sandbox;
    QString m_base;
};

void TstCliNotes::initTestCase()
{
    m_base = test::startSandbox(
        m_sandbox, m_work.path(),
        {QStringLiteral("--seed"), QStringLiteral("33"), QStringLiteral("--tickets"), QStringLiteral("300")});
    QVERIFY(!m_base.isEmpty());
}

void TstCliNotes::cleanupTestCase()
{
    test::stopSandbox(m_sandbox);
}

Run TstCliNotes::cli(const QString &desk, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANXIN_SECRET_STORE"), QStringLiteral("file"));
    env.insert(QStringLiteral("ANXIN_APP_SECRET"), QStringLiteral("demo-secret-0123456789"));
    return test::runCli(m_work.filePath(desk), args, env);
}

void TstCliNotes::note_onDeskA_reachesDeskBOnceWithHandover()
{
    for (const QString desk : {QStringLiteral("desk-a"), QStringLiteral("desk-b")}) {
        const Run connect =
            cli(desk, {QStringLiteral("connect"), QStringLiteral("--gateway"), m_base, QStringLiteral("--app-key"),
                       QStringLiteral("7000000000000000001"), QStringLiteral("--shop-id"), QStringLiteral("1234567")});
        QVERIFY2(connect.exitCode == 0, connect.err.constData());
        const Run sync = cli(desk, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
    }
    const Run open = cli(QStringLiteral("desk-a"), {QStringLiteral("--json"), QStringLiteral("tickets"),
                                                    QStringLiteral("--status"), QStringLiteral("6")});
    QCOMPARE(open.exitCode, 0);
    const QJsonArray tickets = QJsonDocument::fromJson(open.out).array();
    QVERIFY(!tickets.isEmpty());
    const QString id = tickets.first().toObject().value(QLatin1String("aftersale_id")).toString();
    QVERIFY(!id.isEmpty());

    const QString text = QStringLiteral("买家要求明早 10 点前回电");
    const Run note = cli(QStringLiteral("desk-a"), {QStringLiteral("note"), id, text, QStringLiteral("--handover"),
                                                    QStringLiteral("--actor"), QStringLiteral("小王")});
    QVERIFY2(note.exitCode == 0, note.err.constData());
    // Before A's sync: on A, waiting; B knows nothing.
    QJsonArray onA = remarksOf(cli(QStringLiteral("desk-a"), {QStringLiteral("--json"), QStringLiteral("ticket"), id}));
    QCOMPARE(onA.size(), 1);
    QCOMPARE(onA.first().toObject().value(QLatin1String("waiting")).toBool(), true);
    QCOMPARE(onA.first().toObject().value(QLatin1String("text")).toString(), text);

    QCOMPARE(cli(QStringLiteral("desk-a"), {QStringLiteral("sync")}).exitCode, 0);
    onA = remarksOf(cli(QStringLiteral("desk-a"), {QStringLiteral("--json"), QStringLiteral("ticket"), id}));
    QCOMPARE(onA.size(), 1);
    QCOMPARE(onA.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("on_platform"));

    for (int round = 0; round < 2; ++round) {
        QCOMPARE(cli(QStringLiteral("desk-b"), {QStringLiteral("sync")}).exitCode, 0);
        const QJsonArray onB =
            remarksOf(cli(QStringLiteral("desk-b"), {QStringLiteral("--json"), QStringLiteral("ticket"), id}));
        QCOMPARE(onB.size(), 1);
        const QJsonObject r = onB.first().toObject();
        QCOMPARE(r.value(QLatin1String("author")).toString(), QStringLiteral("小王"));
        QCOMPARE(r.value(QLatin1String("text")).toString(), text);
        QCOMPARE(r.value(QLatin1String("handover")).toBool(), true);
        QCOMPARE(r.value(QLatin1String("waiting")).toBool(), false);
        QVERIFY(r.value(QLatin1String("time")).toInteger() > 0);

        const Run board = cli(QStringLiteral("desk-b"), {QStringLiteral("--json"), QStringLiteral("handover")});
        QCOMPARE(board.exitCode, 0);
        const QJsonArray notes = board.json().value(QLatin1String("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().toObject().value(QLatin1String("aftersale_id")).toString(), id);
        QCOMPARE(notes.first().toObject().value(QLatin1String("author")).toString(), QStringLiteral("小王"));
    }
    const QJsonObject counters = test::sandboxControl(m_base, "GET", QStringLiteral("/__sandbox/counters"));
    QCOMPARE(
        counters.value(QLatin1String("calls")).toObject().value(QLatin1String("afterSale.addOrderRemark")).toInteger(),
        1);
    // The plain text forms say the same.
    const Run text1 = cli(QStringLiteral("desk-b"), {QStringLiteral("handover")});
    QVERIFY2(text1.out.contains(text.toUtf8()), text1.out.constData());
}

} // namespace

ANXIN_TEST_GUILESS_MAIN(TstCliNotes)
#include "tst_cli_notes.moc"
