#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace anxin::models {
class DeskSession;
}

namespace anxin::ui {

// Settings → Team (issue #34): the team database's URL and password, Connect (tried before it is kept),
// Disconnect, and what the link is doing now. The password goes to the secret store, never into the profile.
class TeamSettings : public QWidget
{
    Q_OBJECT
public:
    TeamSettings(models::DeskSession &session, QString profileDir, QWidget *parent = nullptr);
    QList<QLabel *> captions() const;
    QLabel *header() const { return m_header; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectTeam();
    void disconnectTeam();
    void retranslate();
    void showState();

    models::DeskSession &m_session;
    QString m_profileDir;
    QLabel *m_header;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    QLabel *m_state;
    QString m_lastError;
};

} // namespace anxin::ui
