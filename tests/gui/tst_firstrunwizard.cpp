// The first-run wizard driven offscreen: "Try the sandbox" starts the real anxin-sandbox program and connects to
// it; a manual connection with a wrong secret is refused by the platform and a right one connects. Nothing is
// saved until the connection test passes; the secret goes to the file store (no keychain here).
#include "core/clock.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "models/ticketlistmodel.h"
#include "platform/secretstore.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxharness.h"
#include "settings/settingspage.h"
#include "setup/firstrunwizard.h"
#include "shell/i18n.h"
#include "store/shoprepository.h"
#include "sync/shopconnection.h"
#include "testmain.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace anxin;
using ui::FirstRunWizard;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("ANXIN_APP_SECRET");
        qputenv("ANXIN_SECRET_STORE", "file");
        qputenv("ANXIN_SANDBOX_BIN", test::binaryPath(QStringLiteral("anxin-sandbox")).toLocal8Bit());
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<core::Profile>(m_dir->path());
        QVERIFY(m_profile->ensureExists().ok());
        m_settings = std::make_unique<core::Settings>(m_profile->settingsPath());
        m_session = std::make_unique<models::DeskSession>(*m_profile, *m_settings, core::Clock::system());
        QVERIFY(m_session->open().ok());
        QVERIFY(!m_session->hasShop());
    }
    void cleanup()
    {
        m_session.reset();
        m_settings.reset();
    }

    void trySandbox_startsProgramConnectsAndSaves()
    {
        sandbox::SandboxProcess sandbox;
        FirstRunWizard w(*m_session, m_dir->path(), &sandbox);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(w.findChild<QRadioButton *>(QStringLiteral("sandboxChoice")), Qt::LeftButton);
        w.next();
        QCOMPARE(w.currentId(), int(FirstRunWizard::TestPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.connected(), 30000);
        QVERIFY(sandbox.isRunning());
        QVERIFY2(w.resultText().contains(QLatin1String("Connected to shop")), qPrintable(w.resultText()));
        QVERIFY2(w.resultText().contains(m_profile->secretsFilePath()), qPrintable(w.resultText()));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        w.button(QWizard::FinishButton)->click();
        QCOMPARE(w.result(), int(QDialog::Accepted));

        QCOMPARE(m_settings->get(core::keys::gateway), sandbox.gateway());
        QCOMPARE(m_settings->get(core::keys::shopId), QStringLiteral("1234567"));
        QVERIFY(m_settings->get(core::keys::sandboxDemo));
        QVERIFY(m_session->hasShop());
        auto secrets = platform::SecretStore::open(m_dir->path());
        QCOMPARE(secrets->backend(), platform::SecretStore::Backend::File);
        QCOMPARE(secrets->read(sync::appSecretKey(QStringLiteral("1234567"))).valueOr({}),
                 QByteArray("demo-secret-0123456789"));
        const auto shop = store::ShopRepository(*m_session->cache().database()).get(QStringLiteral("1234567"));
        QVERIFY(shop.ok() && shop.value());
        QVERIFY(!shop.value()->name.isEmpty());

        // The sandbox is a real process answering on loopback; it goes when its owner goes.
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(sandbox.gateway() + QStringLiteral("/__sandbox/health"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
    }

    void manual_wrongSecretRefused_rightSecretConnects()
    {
        test::SandboxHarness harness;
        FirstRunWizard w(*m_session, m_dir->path(), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.findChild<QRadioButton *>(QStringLiteral("connectChoice"))->isChecked());
        w.next();
        QCOMPARE(w.currentId(), int(FirstRunWizard::ConnectionPage));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // nothing typed yet
        auto *gateway = w.findChild<QLineEdit *>(QStringLiteral("gatewayEdit"));
        gateway->clear();
        QTest::keyClicks(gateway, harness.baseUrl());
        QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("appKeyEdit")), QStringLiteral("7000000000000000001"));
        auto *secret = w.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QStringLiteral("not-the-secret"));
        QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("shopIdEdit")), QStringLiteral("1234567"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        QCOMPARE(w.currentId(), int(FirstRunWizard::TestPage));
        auto *status = w.findChild<QLabel *>(QStringLiteral("testStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("refused")), 20000);
        QVERIFY(!w.connected());
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!m_session->hasShop()); // nothing saved

        w.back();
        secret->clear();
        QTest::keyClicks(secret, QStringLiteral("demo-secret-0123456789"));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.connected(), 20000);
        w.button(QWizard::FinishButton)->click();
        QCOMPARE(m_settings->get(core::keys::gateway), harness.baseUrl());
        QCOMPARE(m_settings->get(core::keys::appKey), QStringLiteral("7000000000000000001"));
        QVERIFY(!m_settings->get(core::keys::sandboxDemo));
        QVERIFY(m_session->hasShop());
        // The secret is in the clearly named file, mode 0600, and not in the settings file.
        QVERIFY(QFile::exists(m_profile->secretsFilePath()));
#ifdef Q_OS_UNIX
        // Mode bits are POSIX; on Windows the file store is only what a test asks for (the keychain is required
        // there) and the profile sits in the user's own folders, owner-only by their ACL.
        QCOMPARE(QFile::permissions(m_profile->secretsFilePath()) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
#endif
        QFile ini(m_profile->settingsPath());
        m_settings->sync();
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("demo-secret"));
    }

    void unreachableGateway_saysSoAndOffersRetry()
    {
        FirstRunWizard w(*m_session, m_dir->path(), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        auto *gateway = w.findChild<QLineEdit *>(QStringLiteral("gatewayEdit"));
        gateway->setText(QStringLiteral("http://127.0.0.1:9")); // discard port: nothing listens
        w.findChild<QLineEdit *>(QStringLiteral("appKeyEdit"))->setText(QStringLiteral("1"));
        w.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("s"));
        w.findChild<QLineEdit *>(QStringLiteral("shopIdEdit"))->setText(QStringLiteral("2"));
        w.next();
        auto *status = w.findChild<QLabel *>(QStringLiteral("testStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("could not be reached")), 30000);
        QVERIFY(w.findChild<QAbstractButton *>(QStringLiteral("retryButton"))->isEnabled());
        QVERIFY(!m_session->hasShop());
    }

    void settingsConnectButton_opensWizard_connectsAndHides()
    {
        test::SandboxHarness harness;
        ui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        ui::SettingsPage page(*m_session, languages, m_dir->path());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("connectShopButton"));
        QVERIFY(button && button->isVisible());
        button->click();
        auto *w = page.findChild<FirstRunWizard *>(QStringLiteral("firstRunWizard"));
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        w->next();
        w->findChild<QLineEdit *>(QStringLiteral("gatewayEdit"))->setText(harness.baseUrl());
        w->findChild<QLineEdit *>(QStringLiteral("appKeyEdit"))->setText(QStringLiteral("7000000000000000001"));
        w->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("demo-secret-0123456789"));
        w->findChild<QLineEdit *>(QStringLiteral("shopIdEdit"))->setText(QStringLiteral("1234567"));
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->connected(), 20000);
        QSignalSpy synced(m_session.get(), &models::DeskSession::syncFinished);
        w->button(QWizard::FinishButton)->click();
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("gatewayValue"))->text(), harness.baseUrl());
        QVERIFY(!button->isVisible());
        QVERIFY(synced.wait(60000)); // the new shop starts syncing at once
        QVERIFY(m_session->tickets()->rowCount() > 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Profile> m_profile;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<models::DeskSession> m_session;
};

ANXIN_TEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
