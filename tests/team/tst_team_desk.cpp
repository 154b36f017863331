// Team mode in the desk (issue #34): a second agent opening a ticket another desk is on sees who has it before
// deciding (the detail says so, the list's On it column names them, the decisions wait and a key press is refused
// with the reason); Take over… asks why, records it in the team audit and opens the decisions; moving on frees the
// ticket for the other desks; with the team database gone the desk says "team offline" and decides as usual.
// A real sandbox process behind the desk, a real PostgreSQL, the real After-sales page.
#include "aftersales/aftersalespage.h"
#include "common/prompts.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/teamstatus.h"
#include "models/ticketlistmodel.h"
#include "pgserver.h"
#include "sandboxharness.h"
#include "settings/teamsettings.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/ticketrepository.h"
#include "sync/teamaccess.h"
#include "team/claims.h"
#include "team/teamaudit.h"
#include "team/teamdatabase.h"
#include "team/teamlink.h"
#include "testmain.h"

#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin;
using anxin::models::TicketListModel;
using anxin::test::PgServer;

class TstTeamDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void claimedElsewhere_seenBeforeDeciding_takeOverAudited_thenDecides();
    void teamOffline_decidingWorks_backOnlineByItself();
    void settings_badUrlKeepsTheTeam_disconnectThenConnect_passwordNotInProfile();
    void splitQueue_fromThePage_myQueueShowsMine();

private:
    QStringList approvableIds(int limit);
    int queuedFor(const QString &id);
    QStringList teamAuditActions(const QString &subject); // "action by agent"

    PgServer m_server;
    std::unique_ptr<test::SandboxHarness> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<models::DeskSession> m_session;
};

void TstTeamDesk::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    qputenv("ANXIN_SECRET_STORE", "memory");
    qputenv("ANXIN_APP_SECRET", sandbox::kDemoAppSecret);
    qputenv("ANXIN_TEAM_HEARTBEAT_MS", "500");
    qputenv("ANXIN_TEAM_RETRY_MS", "300");
    sandbox::SandboxOptions options;
    options.seed = 11;
    options.tickets = 400;
    m_sandbox = std::make_unique<test::SandboxHarness>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<core::Profile>(m_dir->path());
    m_profile->ensureExists();
    m_settings = std::make_unique<core::Settings>(m_profile->settingsPath());
    m_settings->set(core::keys::gateway, m_sandbox->baseUrl());
    m_settings->set(core::keys::appKey, QString::fromLatin1(sandbox::kDemoAppKey));
    m_settings->set(core::keys::shopId, QString::fromLatin1(sandbox::kDemoShopId));
    m_settings->set(core::keys::userName, QStringLiteral("李娜"));
    QVERIFY(sync::saveTeamUrl(*m_settings, m_profile->dir(), m_server.url()).ok());
    m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings, core::Clock::system());
    QVERIFY(m_session->open().ok());
    QSignalSpy synced(m_session.get(), &models::DeskSession::syncFinished);
    m_session->syncControl().startSync(0);
    QVERIFY(synced.wait(120000));
    QVERIFY(m_session->tickets()->rowCount() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->team()->state(), team::TeamSnapshot::State::Online, 10000);
    // The only desk of the team polls the shop, and says so.
    QTRY_COMPARE_WITH_TIMEOUT(models::teamStatusLine(*m_session->team(), m_session->shop().shopId,
                                                     m_session->syncControl().lastSyncReport(),
                                                     m_session->syncControl().lastSyncAt())
                                  .text,
                              QStringLiteral("Team online · this desk polls the shop"), 10000);
    ui::setConfirmOverride([](QWidget *, const QString &, const QString &) { return true; });
}

void TstTeamDesk::cleanupTestCase()
{
    ui::setConfirmOverride({});
    m_session.reset();
    m_sandbox.reset();
    m_server.stop();
}

QStringList TstTeamDesk::approvableIds(int limit)
{
    store::TicketFilter f;
    f.statuses = {6};
    f.openOnly = true;
    f.hasPendingDecision = false;
    QStringList ids;
    for (const auto &r : store::TicketRepository(*m_session->cache().database()).page(f, {}, 0, limit).valueOr({}))
        ids << r.aftersaleId;
    return ids;
}

int TstTeamDesk::queuedFor(const QString &id)
{
    return int(store::OutboxRepository(*m_session->cache().database()).listForTicket(id).valueOr({}).size());
}

QStringList TstTeamDesk::teamAuditActions(const QString &subject)
{
    team::TeamDatabase db;
    if (!db.open(m_server.url()))
        return {QStringLiteral("(unreachable)")};
    QStringList out;
    const auto entries = team::TeamAudit(db).list(1, 100000);
    for (const team::TeamAuditEntry &e : entries.valueOr({})) {
        if (e.subject == subject)
            out << e.action + QStringLiteral(" by ") + e.agent;
    }
    return out;
}

void TstTeamDesk::claimedElsewhere_seenBeforeDeciding_takeOverAudited_thenDecides()
{
    const QStringList ids = approvableIds(2);
    QCOMPARE(ids.size(), 2);
    const QString id = ids.at(0);
    // Another desk, another agent, is on the ticket.
    team::TeamDatabase other;
    QVERIFY(other.open(m_server.url()).ok());
    team::Claims otherClaims(other);
    QVERIFY(otherClaims
                .claim(id, QString::fromLatin1(sandbox::kDemoShopId), QStringLiteral("desk-wang"),
                       QStringLiteral("王芳"), 120)
                ->mine);

    ui::AfterSalesPage page(*m_session);
    page.resize(1366, 768);
    page.show();
    auto *table = page.findChild<QTableView *>(QStringLiteral("ticketTable"));
    QVERIFY(!table->isColumnHidden(TicketListModel::OnIt)); // team mode shows who is on what
    page.openTicket(id);
    auto *presence = page.findChild<QLabel *>(QStringLiteral("presence"));
    auto *takeOver = page.findChild<QPushButton *>(QStringLiteral("takeOverButton"));
    auto *approve = page.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QTRY_VERIFY_WITH_TIMEOUT(presence->isVisible() && presence->text().contains(QStringLiteral("王芳")), 5000);
    QVERIFY(takeOver->isVisible());
    QVERIFY(!approve->isEnabled());
    const int row = m_session->tickets()->rowOf(id);
    if (row >= 0) // in a loaded block: the list names the holder too
        QCOMPARE(m_session->tickets()->index(row, TicketListModel::OnIt).data().toString(), QStringLiteral("王芳"));
    // The approve key is refused with who has it; nothing is queued.
    page.approveSelected();
    QVERIFY2(page.lastMessage().contains(QStringLiteral("王芳")), qPrintable(page.lastMessage()));
    QCOMPARE(queuedFor(id), 0);
    // The other desk still has it: opening did not take it.
    QTest::qWait(700);
    QVERIFY(otherClaims
                .claim(id, QString::fromLatin1(sandbox::kDemoShopId), QStringLiteral("desk-wang"),
                       QStringLiteral("王芳"), 120)
                ->mine);

    takeOver->click();
    auto *dialog = page.findChild<QInputDialog *>(QStringLiteral("takeOverDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->labelText().contains(QStringLiteral("王芳")));
    dialog->setTextValue(QStringLiteral("买家在催，王芳下班了"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->team()->isMine(id), 5000);
    QTRY_VERIFY(approve->isEnabled());
    QVERIFY(!takeOver->isVisible());
    QVERIFY(presence->text().contains(QStringLiteral("You are on this ticket")));
    page.approveSelected();
    QCOMPARE(queuedFor(id), 1);
    // Who decided, in the team's audit after the take-over.
    QTRY_COMPARE_WITH_TIMEOUT(
        teamAuditActions(id),
        (QStringList{QStringLiteral("claim.take_over by 李娜"), QStringLiteral("decision.approve by 李娜")}), 5000);
    // The other desk sees it moved (and cannot take it back without a take-over of its own).
    const auto back = otherClaims.claim(id, QString::fromLatin1(sandbox::kDemoShopId), QStringLiteral("desk-wang"),
                                        QStringLiteral("王芳"), 120);
    QVERIFY(back.ok() && !back->mine);
    QCOMPARE(back->holder.agent, QStringLiteral("李娜"));
    // The team audit says who took it from whom and why.
    const auto entries = team::TeamAudit(other).list(1, 100);
    QVERIFY(entries.ok() && !entries->isEmpty());
    const auto takeOverEntry = std::find_if(entries->cbegin(), entries->cend(), [&](const team::TeamAuditEntry &x) {
        return x.action == QStringLiteral("claim.take_over") && x.subject == id;
    });
    QVERIFY(takeOverEntry != entries->cend());
    const team::TeamAuditEntry &e = *takeOverEntry;
    QCOMPARE(e.subject, id);
    QCOMPARE(e.agent, QStringLiteral("李娜"));
    const QJsonObject detail = QJsonDocument::fromJson(e.detailJson.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("from_agent")).toString(), QStringLiteral("王芳"));
    QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("买家在催，王芳下班了"));

    // Moving on frees the ticket for the other desks, and claims the next.
    page.openTicket(ids.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->team()->isMine(ids.at(1)), 5000);
    QTRY_VERIFY(!m_session->team()->claimOn(id).has_value());
    QVERIFY(otherClaims
                .claim(id, QString::fromLatin1(sandbox::kDemoShopId), QStringLiteral("desk-wang"),
                       QStringLiteral("王芳"), 120)
                ->mine);
}

void TstTeamDesk::teamOffline_decidingWorks_backOnlineByItself()
{
    const QStringList ids = approvableIds(1);
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    ui::AfterSalesPage page(*m_session);
    page.show();
    QVERIFY2(m_server.stop(true), qPrintable(m_server.error()));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->team()->state(), team::TeamSnapshot::State::Offline, 10000);
    page.openTicket(id);
    auto *presence = page.findChild<QLabel *>(QStringLiteral("presence"));
    QVERIFY(presence->text().contains(QStringLiteral("Team offline")));
    auto *approve = page.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve->isEnabled());
    page.approveSelected();
    QCOMPARE(queuedFor(id), 1);
    // The desk syncs meanwhile, pulling the shop from the platform itself, and the status bar says so.
    QSignalSpy synced(m_session.get(), &models::DeskSession::syncFinished);
    m_session->syncControl().syncNow();
    QVERIFY(synced.wait(60000));
    const sync::SyncReport &alone = m_session->syncControl().lastSyncReport();
    QVERIFY(alone.ok());
    QCOMPARE(alone.teamRole, sync::SyncReport::TeamRole::Alone);
    QVERIFY(alone.teamError.kind != core::Error::Kind::None);
    const models::TeamStatusLine line = models::teamStatusLine(*m_session->team(), m_session->shop().shopId, alone,
                                                               m_session->syncControl().lastSyncAt());
    QCOMPARE(line.text, QStringLiteral("Team offline"));
    QVERIFY2(line.toolTip.contains(QStringLiteral("pulled the shop from the platform itself")),
             qPrintable(line.toolTip));
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    // Decided while the team database was away: in the team audit once it is back, exactly once.
    QTRY_COMPARE_WITH_TIMEOUT(teamAuditActions(id), QStringList{QStringLiteral("decision.approve by 李娜")}, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->team()->state(), team::TeamSnapshot::State::Online, 15000);
    // Back online, the ticket it has open is claimed again, and the pane says so.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->team()->isMine(id), 5000);
    QTRY_VERIFY(presence->text().contains(QStringLiteral("You are on this ticket")));
}

void TstTeamDesk::settings_badUrlKeepsTheTeam_disconnectThenConnect_passwordNotInProfile()
{
    ui::TeamSettings settings(*m_session, m_profile->dir());
    settings.show();
    auto *state = settings.findChild<QLabel *>(QStringLiteral("teamState"));
    auto *url = settings.findChild<QLineEdit *>(QStringLiteral("teamUrlEdit"));
    auto *password = settings.findChild<QLineEdit *>(QStringLiteral("teamPasswordEdit"));
    auto *connectButton = settings.findChild<QPushButton *>(QStringLiteral("teamConnectButton"));
    auto *disconnectButton = settings.findChild<QPushButton *>(QStringLiteral("teamDisconnectButton"));
    QTRY_VERIFY(state->text().contains(QStringLiteral("Connected as 李娜")));
    const QString good = m_settings->get(core::keys::teamUrl);

    // A server that is not there: said so, and the desk keeps its team database.
    url->setText(QStringLiteral("postgresql://anxin@127.0.0.1:1/anxin_team"));
    connectButton->click();
    QVERIFY2(state->text().startsWith(QStringLiteral("Not connected")), qPrintable(state->text()));
    QVERIFY2(state->text().contains(QStringLiteral("The team database at 127.0.0.1:1 cannot be reached")),
             qPrintable(state->text())); // its own sentence, not the platform's
    url->setText(QStringLiteral("mysql://anxin@127.0.0.1/anxin_team"));
    connectButton->click();
    QVERIFY2(state->text().contains(QStringLiteral("is not a team database address")), qPrintable(state->text()));
    QCOMPARE(m_settings->get(core::keys::teamUrl), good);
    QVERIFY(m_session->team()->isActive());

    disconnectButton->click();
    QVERIFY(!m_session->team()->isActive());
    QVERIFY(m_settings->get(core::keys::teamUrl).isEmpty());
    QVERIFY(state->text().contains(QStringLiteral("works on its own")));

    url->setText(m_server.url());
    password->setText(QStringLiteral("pw-not-in-profile")); // the test server trusts every password
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->team()->state(), team::TeamSnapshot::State::Online, 10000);
    QCOMPARE(m_settings->get(core::keys::teamUrl), m_server.url());
    QVERIFY(password->text().isEmpty());
    m_settings->sync();
    QFile file(m_profile->settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pw-not-in-profile"));
}

void TstTeamDesk::splitQueue_fromThePage_myQueueShowsMine()
{
    // Another agent on shift (a desk seen just now), beside this desk's 李娜.
    team::TeamDatabase other;
    QVERIFY(other.open(m_server.url()).ok());
    QVERIFY(team::Claims(other).heartbeat(QStringLiteral("desk-zhou"), QStringLiteral("老周"), 60).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->team()->state(), team::TeamSnapshot::State::Online, 10000);
    ui::AfterSalesPage page(*m_session);
    page.show();
    auto *split = page.findChild<QPushButton *>(QStringLiteral("splitQueueButton"));
    auto *mine = page.findChild<QPushButton *>(QStringLiteral("myQueueButton"));
    QTRY_VERIFY(split->isVisible()); // the shop owner may split
    QVERIFY(!mine->isVisible());     // nothing assigned yet
    QSignalSpy done(m_session->team(), &team::TeamLink::splitFinished);
    split->click();
    auto *dialog = page.findChild<QInputDialog *>(QStringLiteral("splitQueueDialog"));
    QVERIFY(dialog);
    dialog->setIntValue(5);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(4).toString()));
    QVERIFY(done.at(0).at(3).toInt() >= 2); // agents on shift
    QVERIFY2(page.lastMessage().contains(QStringLiteral("assigned")), qPrintable(page.lastMessage()));
    QTRY_VERIFY(mine->isVisible());
    QCOMPARE(mine->text(), QStringLiteral("My queue (5)"));
    const auto queue = m_session->team()->myQueue();
    QCOMPARE(queue.size(), 5);
    for (int i = 1; i < queue.size(); ++i)
        QVERIFY(queue.at(i - 1).deadline <= queue.at(i).deadline);
    mine->click();
    QTRY_COMPARE(m_session->tickets()->rowCount(), 5);
    for (const team::Assignment &a : queue)
        QVERIFY(m_session->tickets()->rowOf(a.aftersaleId) >= 0);
}

ANXIN_TEST_MAIN(TstTeamDesk)
#include "tst_team_desk.moc"
