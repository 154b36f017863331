#pragma once

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace anxin::models {
class DeskSession;
} // namespace anxin::models
namespace anxin::sync {
class ShopSetup;
}
namespace anxin::sandbox {
class SandboxProcess;
}

namespace anxin::ui {

// Shown when the profile has no shop yet: connect a real shop (gateway, app key, secret, shop id, sign method),
// or try the sandbox (a demo shop served on this computer). The connection is tested with a real token request
// before anything is saved.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageIds
    {
        ChoicePage,
        ConnectionPage,
        TestPage
    };

    FirstRunWizard(models::DeskSession &session, QString profileDir, sandbox::SandboxProcess *sandbox,
                   QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    bool sandboxChosen() const;
    bool connected() const { return m_connected; }
    QString resultText() const;

    void accept() override;

private:
    friend class TestConnectionPage;
    void startTest();
    void onTested(bool ok, const QString &text, const QString &details);

    models::DeskSession &m_session;
    QString m_profileDir;
    sandbox::SandboxProcess *m_sandbox;
    sync::ShopSetup *m_setup;
    bool m_connected = false;
    QRadioButton *m_connectChoice;
    QRadioButton *m_sandboxChoice;
    QLineEdit *m_gateway;
    QLineEdit *m_appKey;
    QLineEdit *m_secret;
    QLineEdit *m_shopId;
    QComboBox *m_signMethod;
    QLabel *m_secretNote;
    QLabel *m_testStatus;
    QLabel *m_testDetails;
    QProgressBar *m_testBusy;
    QPushButton *m_retry;
};

} // namespace anxin::ui
