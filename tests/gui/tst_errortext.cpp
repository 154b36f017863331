// Errors reach the user in their language (issue #29, step 3): situations the core names come back as their own
// sentence with their values, everything else by its kind, and the core's English message never shows. The
// errors here are made by the real core on a real cache, then said in English and in zh_CN.
#include "../store/tempdb.h"
#include "common/errortext.h"
#include "core/autorule.h"
#include "models/labels.h"
#include "shell/i18n.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "sync/decisions.h"
#include "testmain.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace anxin;

namespace {
constexpr qint64 kNow = 1'790'000'000;

store::TicketRecord refundOnly(const QString &id, qint64 amountFen)
{
    store::TicketRecord t = test::makeTicket(id, kNow - 3600, QStringLiteral("1234567"));
    t.aftersaleType = 2;
    t.statusDeadline = kNow + 86400;
    t.refundAmount = amountFen;
    return t;
}

bool hasChinese(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
}
} // namespace

class TstErrorText : public QObject
{
    Q_OBJECT
private slots:
    void coreErrors_saidBySituation_inEnglishAndChinese();
};

void TstErrorText::coreErrors_saidBySituation_inEnglishAndChinese()
{
    QTemporaryDir dir;
    store::Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("anxin.db"))).ok());
    QVERIFY(store::TicketRepository(db)
                .upsertBatch({refundOnly(QStringLiteral("9001"), 1990), refundOnly(QStringLiteral("9002"), 50000)})
                .ok());
    sync::DecisionService decisions(db);
    const sync::Actor owner{QStringLiteral("owner-wang"), sync::Role::Owner, 0};
    const sync::Actor agent{QStringLiteral("agent-li"), sync::Role::Agent, 10000};

    const auto decide = [&](const QString &id, sync::DecisionAction action, const sync::Actor &who, int reason = 0) {
        sync::DecisionInput in;
        in.aftersaleId = id;
        in.action = action;
        in.rejectReasonCode = reason;
        in.remark = QStringLiteral("see photos");
        return decisions.decide(in, who, kNow);
    };
    QVERIFY(decide(QStringLiteral("9001"), sync::DecisionAction::Approve, owner).ok());
    QList<core::Error> errors;
    errors << decide(QStringLiteral("9001"), sync::DecisionAction::Approve, owner).error();     // one waiting
    errors << decide(QStringLiteral("9002"), sync::DecisionAction::Approve, agent).error();     // agent limit
    errors << decide(QStringLiteral("9002"), sync::DecisionAction::Reject, owner, 999).error(); // unknown reason
    errors << decide(QStringLiteral("9002"), sync::DecisionAction::Extend, owner).error();      // not at this step
    errors << decide(QStringLiteral("7777"), sync::DecisionAction::Approve, owner).error();     // not cached
    sync::DecisionInput longNote;
    longNote.aftersaleId = QStringLiteral("9002");
    longNote.action = sync::DecisionAction::Note;
    longNote.remark = QString(600, QLatin1Char('x'));
    errors << decisions.decide(longNote, agent, kNow).error(); // a note over the platform's 500 characters
    core::AutoRule unnamed;
    unnamed.maxAmountFen = 1000;
    errors << unnamed.validate().error();
    // No situation: said by its kind, whatever the technical message says.
    errors << core::Error::make(core::Error::Kind::Storage, QStringLiteral("sqlite3_step: disk I/O error"));

    const QStringList expectedEnglish{
        QStringLiteral("A decision on this ticket (“Approve”) is still waiting to reach the platform. Undo it "
                       "first, or wait for the sync."),
        QStringLiteral("Agents decide tickets up to ¥100.00; this one is ¥500.00. Ask the shop owner."),
        QStringLiteral("This reject reason (code 999) is not in the platform's list for the shop. Sync to refresh the "
                       "list, then choose again."),
        QString(), // the step's names come from the labels: checked below
        QStringLiteral("Ticket 7777 is not in the local cache yet. Sync, then try again."),
        QStringLiteral("A note has room for 490 characters beside your name; this one has 600. Shorten it."),
        QStringLiteral("A rule needs a name."),
        QStringLiteral("The local cache could not be read or written. Close other copies of Anxin Desk and try again; "
                       "the log has the details."),
    };
    QCOMPARE(errors.size(), expectedEnglish.size());
    for (int i = 0; i < errors.size(); ++i) {
        QVERIFY2(i == errors.size() - 1 || !errors.at(i).situation.isEmpty(), qPrintable(errors.at(i).message));
        const QString text = ui::errorText(errors.at(i));
        if (!expectedEnglish.at(i).isEmpty())
            QCOMPARE(text, expectedEnglish.at(i));
        QVERIFY2(!text.contains(errors.at(i).message), qPrintable(text));
    }
    QVERIFY2(ui::errorText(errors.at(3)).startsWith(QStringLiteral("“")), qPrintable(ui::errorText(errors.at(3))));

    ui::LanguageManager languages;
    languages.apply(QStringLiteral("zh_CN"));
    QCOMPARE(languages.effectiveLanguage(), QStringLiteral("zh_CN"));
    for (const core::Error &e : std::as_const(errors)) {
        const QString text = ui::errorText(e);
        QVERIFY2(hasChinese(text), qPrintable(text));
        QVERIFY2(!text.contains(e.message), qPrintable(text));
    }
    QCOMPARE(ui::errorText(errors.at(6)), QStringLiteral("规则需要名称。"));
    // The sync's progress in the status bar names its stage in the user's language too.
    for (const char *stage :
         {"push", "reasons", "tickets", "orders", "details", "products", "routes", "score", "images"})
        QVERIFY2(hasChinese(models::syncStageName(QLatin1String(stage))), stage);
    QVERIFY(ui::errorText(errors.at(0)).contains(QStringLiteral("撤销")));
}

ANXIN_TEST_MAIN(TstErrorText)
#include "tst_errortext.moc"
