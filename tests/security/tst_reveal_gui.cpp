// The Reveal button end to end (issue #5, #9): the real After-sales page over a DeskSession synced from the
// in-process sandbox. An owner clicks Reveal: the plaintext appears in the detail pane (through DeskSession,
// ShopConnection and order.batchDecrypt), the audit log records who revealed which order, and the profile's files
// (database, WAL, log, settings) do not hold it. An agent gets no Reveal button, and the core refuses the call.
#include "aftersales/aftersalespage.h"
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "sandbox/buyerdata.h"
#include "sandboxharness.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "sync/contactreveal.h"
#include "testmain.h"

#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin;

namespace {

constexpr quint64 kSeed = 31;

struct Session
{
    explicit Session(const QString &gateway, const QString &role)
        : profile(dir.path())
    {
        profile.ensureExists();
        settings = std::make_unique<core::Settings>(profile.settingsPath());
        settings->set(core::keys::gateway, gateway);
        settings->set(core::keys::appKey, QString::fromLatin1(sandbox::kDemoAppKey));
        settings->set(core::keys::shopId, QString::fromLatin1(sandbox::kDemoShopId));
        settings->set(core::keys::userName, QStringLiteral("owner-zhang"));
        settings->set(core::keys::role, role);
        session = std::make_unique<models::DeskSession>(profile, *settings, core::Clock::system());
    }
    QTemporaryDir dir;
    core::Profile profile;
    std::unique_ptr<core::Settings> settings;
    std::unique_ptr<models::DeskSession> session;
};

bool syncAndWait(models::DeskSession &s)
{
    QSignalSpy spy(&s, &models::DeskSession::syncFinished);
    s.syncControl().startSync(0);
    return spy.wait(60000);
}

} // namespace

class TstRevealGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("ANXIN_SECRET_STORE", "memory");
        qputenv("ANXIN_APP_SECRET", sandbox::kDemoAppSecret);
    }

    void owner_clicksReveal_plaintextInPaneOnlyAndAudited()
    {
        sandbox::SandboxOptions o;
        o.seed = kSeed;
        o.tickets = 60;
        test::SandboxHarness sandbox(o);
        Session s(sandbox.baseUrl(), QStringLiteral("owner"));
        QVERIFY(s.session->open().ok());
        QVERIFY(syncAndWait(*s.session));

        QString ticket, phone;
        {
            QSqlQuery q(s.session->cache().database()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT t.aftersale_id, o.encrypt_post_tel FROM tickets t JOIN orders o ON "
                                          "o.order_id = t.shop_order_id WHERE o.encrypt_post_tel <> '' LIMIT 1")));
            QVERIFY(q.next());
            ticket = q.value(0).toString();
            qint64 orderId = 0;
            sandbox::PiiField field{};
            QVERIFY(sandbox::buyerdata::decrypt(kSeed, q.value(1).toString(), &phone, &orderId, &field));
        }
        QVERIFY(phone.size() >= 7);

        ui::AfterSalesPage page(*s.session);
        page.resize(1400, 900);
        page.show();
        page.openTicket(ticket);
        auto *label = page.findChild<QLabel *>(QStringLiteral("buyerContact"));
        auto *reveal = page.findChild<QPushButton *>(QStringLiteral("revealContactButton"));
        QVERIFY(label && reveal);
        QTRY_VERIFY(reveal->isVisible());
        QVERIFY(!label->text().contains(phone)); // masked by default
        reveal->click();
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(phone), 20000);
        QVERIFY(!reveal->isVisible());

        const auto head = store::AuditRepository(*s.session->cache().database()).head().value();
        QVERIFY(head.has_value());
        QCOMPARE(head->action, QLatin1String(sync::kRevealAuditAction));
        QCOMPARE(head->actor, QStringLiteral("owner-zhang"));
        QCOMPARE(head->subject, ticket);
        QVERIFY(!head->detailJson.contains(phone));

        s.settings->sync();
        QDirIterator it(s.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(phone.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 2); // the database and the settings at least
    }

    void agent_noRevealButtonAndCoreRefuses()
    {
        sandbox::SandboxOptions o;
        o.seed = kSeed;
        o.tickets = 30;
        test::SandboxHarness sandbox(o);
        Session s(sandbox.baseUrl(), QStringLiteral("agent"));
        QVERIFY(s.session->open().ok());
        QVERIFY(syncAndWait(*s.session));
        QSqlQuery q(s.session->cache().database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT t.aftersale_id FROM tickets t JOIN orders o ON o.order_id = "
                                      "t.shop_order_id WHERE o.encrypt_post_tel <> '' LIMIT 1")));
        QVERIFY(q.next());
        const QString ticket = q.value(0).toString();
        ui::AfterSalesPage page(*s.session);
        page.show();
        page.openTicket(ticket);
        auto *label = page.findChild<QLabel *>(QStringLiteral("buyerContact"));
        QTRY_VERIFY(label->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("revealContactButton"))->isVisible());
        std::optional<core::Result<sync::BuyerContact>> out;
        s.session->decisions().revealContact(ticket, &page,
                                             [&](core::Result<sync::BuyerContact> r) { out.emplace(std::move(r)); });
        QVERIFY(out.has_value()); // refused at once, before any network call
        QCOMPARE(out->error().kind, core::Error::Kind::Forbidden);
    }
};

ANXIN_TEST_MAIN(TstRevealGui)
#include "tst_reveal_gui.moc"
