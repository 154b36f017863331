#include "setup/firstrunwizard.h"

#include "core/settings.h"
#include "models/desksession.h"
#include "sandbox/sandboxprocess.h"
#include "sync/shopsetup.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace anxin::ui {

namespace {
const char *kDefaultGateway = "https://openapi-fxg.jinritemai.com";

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

class ChoicePageWidget : public QWizardPage
{
public:
    explicit ChoicePageWidget(FirstRunWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {}
    int nextId() const override
    {
        return m_wizard->sandboxChosen() ? FirstRunWizard::TestPage : FirstRunWizard::ConnectionPage;
    }

private:
    FirstRunWizard *m_wizard;
};

// A page whose mandatory fields keep Next disabled until they are filled.
class FieldPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};

} // namespace

// The last page: complete only once the connection test has passed.
class TestConnectionPage : public QWizardPage
{
public:
    explicit TestConnectionPage(FirstRunWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {}
    void initializePage() override { m_wizard->startTest(); }
    bool isComplete() const override { return m_wizard->connected(); }
    void refresh() { emit completeChanged(); }

private:
    FirstRunWizard *m_wizard;
};

FirstRunWizard::FirstRunWizard(models::DeskSession &session, QString profileDir, sandbox::SandboxProcess *sandbox,
                               QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_profileDir(std::move(profileDir))
    , m_sandbox(sandbox)
    , m_setup(new sync::ShopSetup(m_profileDir, session.settings(), this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Connect a shop"));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/anxin.svg")).pixmap(48, 48));
    setMinimumSize(600, 440);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Start working"));
    setButtonText(QWizard::CancelButton, tr("&Later"));
    button(QWizard::CancelButton)->setToolTip(tr("Open Anxin Desk without a shop; connect one from Settings"));

    // 1. What to do.
    auto *choice = new ChoicePageWidget(this);
    choice->setTitle(tr("Welcome to Anxin Desk"));
    choice->setSubTitle(tr("Anxin Desk works on a copy of your shop's after-sales tickets, kept on this computer."));
    auto *choiceLayout = new QVBoxLayout(choice);
    m_connectChoice = new QRadioButton(tr("&Connect my shop (app key and secret of your self-use app)"), choice);
    m_connectChoice->setObjectName(QStringLiteral("connectChoice"));
    m_sandboxChoice = new QRadioButton(tr("&Try the sandbox: a demo shop served on this computer"), choice);
    m_sandboxChoice->setObjectName(QStringLiteral("sandboxChoice"));
    m_connectChoice->setChecked(true);
    choiceLayout->addWidget(m_connectChoice);
    choiceLayout->addWidget(m_sandboxChoice);
    choiceLayout->addWidget(wrapped(tr("The sandbox answers like the platform, with generated tickets, so you can "
                                       "learn the keys and the decisions without touching real orders."),
                                    choice));
    choiceLayout->addStretch(1);
    setPage(ChoicePage, choice);

    // 2. The connection.
    auto *conn = new FieldPage(this);
    conn->setTitle(tr("Your shop's connection"));
    conn->setSubTitle(tr("From the platform's developer console: your self-use app's key and secret, and your shop "
                         "ID."));
    auto *form = new QFormLayout(conn);
    m_gateway = new QLineEdit(QLatin1String(kDefaultGateway), conn);
    m_gateway->setObjectName(QStringLiteral("gatewayEdit"));
    m_appKey = new QLineEdit(conn);
    m_appKey->setObjectName(QStringLiteral("appKeyEdit"));
    m_secret = new QLineEdit(conn);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_shopId = new QLineEdit(conn);
    m_shopId->setObjectName(QStringLiteral("shopIdEdit"));
    m_signMethod = new QComboBox(conn);
    m_signMethod->setObjectName(QStringLiteral("signMethodCombo"));
    m_signMethod->addItem(QStringLiteral("MD5"), QStringLiteral("md5"));
    m_signMethod->addItem(QStringLiteral("HMAC-SHA256"), QStringLiteral("hmac-sha256"));
    const std::pair<QString, QWidget *> rows[] = {{tr("&Gateway:"), m_gateway},
                                                  {tr("App &key:"), m_appKey},
                                                  {tr("App &secret:"), m_secret},
                                                  {tr("Shop &ID:"), m_shopId},
                                                  {tr("Sign &method:"), m_signMethod}};
    for (const auto &[label, field] : rows) {
        form->addRow(label, field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_secretNote = wrapped(QString(), conn);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setText(tr("The secret is kept in the system keychain. Where no keychain is available it goes to "
                             "secrets.json in the profile folder (readable only by you), and nowhere else."));
    form->addRow(m_secretNote);
    conn->registerField(QStringLiteral("gateway*"), m_gateway);
    conn->registerField(QStringLiteral("appKey*"), m_appKey);
    conn->registerField(QStringLiteral("secret*"), m_secret);
    conn->registerField(QStringLiteral("shopId*"), m_shopId);
    setPage(ConnectionPage, conn);

    // 3. The test.
    auto *test = new TestConnectionPage(this);
    test->setTitle(tr("Connection test"));
    test->setSubTitle(tr("Anxin Desk asks the platform for an access token with these details."));
    test->setFinalPage(true);
    auto *testLayout = new QVBoxLayout(test);
    m_testStatus = wrapped(QString(), test);
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testDetails = wrapped(QString(), test);
    m_testDetails->setObjectName(QStringLiteral("testDetails"));
    m_testDetails->setForegroundRole(QPalette::PlaceholderText);
    m_testDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testBusy = new QProgressBar(test);
    m_testBusy->setRange(0, 0);
    m_testBusy->setAccessibleName(tr("Testing the connection"));
    m_retry = new QPushButton(tr("&Test again"), test);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, &FirstRunWizard::startTest);
    testLayout->addWidget(m_testStatus);
    testLayout->addWidget(m_testBusy);
    testLayout->addWidget(m_testDetails);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    testLayout->addLayout(retryRow);
    testLayout->addStretch(1);
    setPage(TestPage, test);

    connect(m_setup, &sync::ShopSetup::finished, this, [this](const core::Status &result) {
        if (result) {
            const QString shop = m_setup->shopName().isEmpty()
                                     ? m_shopId->text()
                                     : tr("%1 (%2)").arg(m_setup->shopName(), m_shopId->text());
            const QString where =
                m_setup->secretInKeychain()
                    ? tr("The secret is stored in the system keychain.")
                    : tr("No keychain is available on this computer: the secret is stored in the file %1, "
                         "readable only by you.")
                          .arg(m_setup->secretStorage());
            onTested(true, tr("Connected to shop %1.").arg(shop) + QLatin1Char(' ') + where, {});
            return;
        }
        QString text;
        switch (result.error().kind) {
        case core::Error::Kind::Network:
        case core::Error::Kind::Timeout:
            text = tr("The gateway could not be reached. Check its address and this computer's network, then test "
                      "again.");
            break;
        case core::Error::Kind::Auth:
        case core::Error::Kind::Platform:
        case core::Error::Kind::Forbidden:
            text = tr("The platform refused these details. Check the app key, the secret, the shop ID and the sign "
                      "method, then test again.");
            break;
        case core::Error::Kind::Usage:
            text = tr("Some details are missing or not valid. Go back and check them.");
            break;
        case core::Error::Kind::Storage:
            text = tr("The secret could not be stored. Check that the profile folder is writable.");
            break;
        default:
            text = tr("The connection test failed. Go back and check the details, then test again.");
        }
        onTested(false, text, result.error().message);
    });
}

FirstRunWizard::~FirstRunWizard() = default;

bool FirstRunWizard::sandboxChosen() const
{
    return m_sandboxChoice->isChecked();
}

QString FirstRunWizard::resultText() const
{
    return m_testStatus->text();
}

void FirstRunWizard::startTest()
{
    m_connected = false;
    static_cast<TestConnectionPage *>(page(TestPage))->refresh();
    m_testStatus->setText(tr("Testing the connection…"));
    m_testDetails->clear();
    m_testBusy->show();
    m_retry->setEnabled(false);
    sync::ShopConfig config;
    QByteArray secret;
    if (sandboxChosen()) {
        if (!m_sandbox) {
            onTested(false, tr("The sandbox is not available in this window."), {});
            return;
        }
        m_testStatus->setText(tr("Starting the sandbox…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto gateway = m_sandbox->start();
        QApplication::restoreOverrideCursor();
        if (!gateway) {
            onTested(false,
                     tr("The sandbox could not be started. It is installed with Anxin Desk as %1.")
                         .arg(sandbox::SandboxProcess::programPath()),
                     gateway.error().message);
            return;
        }
        config.gateway = gateway.value();
        config.appKey = sandbox::SandboxProcess::demoAppKey();
        config.shopId = sandbox::SandboxProcess::demoShopId();
        secret = sandbox::SandboxProcess::demoAppSecret();
        m_shopId->setText(config.shopId);
    } else {
        config.gateway = m_gateway->text().trimmed();
        config.appKey = m_appKey->text().trimmed();
        config.shopId = m_shopId->text().trimmed();
        config.signMethod = m_signMethod->currentData().toString();
        secret = m_secret->text().toUtf8();
    }
    m_testStatus->setText(tr("Testing the connection…"));
    m_setup->test(config, secret);
}

void FirstRunWizard::onTested(bool ok, const QString &text, const QString &details)
{
    m_connected = ok;
    m_testStatus->setText(text);
    m_testDetails->setText(details.isEmpty() ? QString() : tr("Details: %1").arg(details));
    m_testBusy->hide();
    m_retry->setEnabled(!ok);
    m_retry->setVisible(!ok);
    static_cast<TestConnectionPage *>(page(TestPage))->refresh();
}

void FirstRunWizard::accept()
{
    if (!m_connected)
        return;
    if (auto st = m_session.saveShopSetup(*m_setup); !st) {
        onTested(false,
                 tr("The connection worked but could not be saved. Check that the profile folder is "
                    "writable."),
                 st.error().message);
        return;
    }
    m_session.settings().set(core::keys::sandboxDemo, sandboxChosen());
    m_session.settings().sync();
    QWizard::accept();
}

} // namespace anxin::ui
