#include "settings/teamsettings.h"

#include "common/errortext.h"
#include "core/settings.h"
#include "models/desksession.h"
#include "sync/teamaccess.h"
#include "team/teamdatabase.h"
#include "team/teamlink.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace anxin::ui {

TeamSettings::TeamSettings(models::DeskSession &session, QString profileDir, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_profileDir(std::move(profileDir))
    , m_header(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_connect(new QPushButton(this))
    , m_disconnect(new QPushButton(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("teamSettings"));
    m_url->setObjectName(QStringLiteral("teamUrlEdit"));
    m_password->setObjectName(QStringLiteral("teamPasswordEdit"));
    m_connect->setObjectName(QStringLiteral("teamConnectButton"));
    m_disconnect->setObjectName(QStringLiteral("teamDisconnectButton"));
    m_state->setObjectName(QStringLiteral("teamState"));
    m_password->setEchoMode(QLineEdit::Password);
    m_url->setMinimumWidth(360);
    m_password->setMinimumWidth(240);
    m_url->setText(m_session.settings().get(core::keys::teamUrl));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setHorizontalSpacing(12);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_state);
    m_urlLabel->setBuddy(m_url);
    m_passwordLabel->setBuddy(m_password);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(form);

    connect(m_connect, &QPushButton::clicked, this, &TeamSettings::connectTeam);
    connect(m_disconnect, &QPushButton::clicked, this, &TeamSettings::disconnectTeam);
    connect(m_url, &QLineEdit::returnPressed, this, &TeamSettings::connectTeam);
    connect(m_password, &QLineEdit::returnPressed, this, &TeamSettings::connectTeam);
    connect(m_session.team(), &team::TeamLink::changed, this, &TeamSettings::showState);
    retranslate();
}

QList<QLabel *> TeamSettings::captions() const
{
    return {m_urlLabel, m_passwordLabel};
}

void TeamSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Tried first: a URL that does not connect is not kept (the desk keeps the team database it had).
void TeamSettings::connectTeam()
{
    QUrl url(m_url->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    else // ANXIN_TEAM_PASSWORD, or the password kept for this profile, if any
        url = QUrl(sync::withTeamPassword(url.toString(), m_profileDir));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    team::TeamDatabase db;
    const core::Status opened = db.open(url.toString());
    db.close();
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_lastError = tr("Not connected: %1").arg(errorText(opened.error()));
        showState();
        return;
    }
    if (auto st = sync::saveTeamUrl(m_session.settings(), m_profileDir, url.toString()); !st) {
        m_lastError = tr("Not connected: %1").arg(errorText(st.error()));
        showState();
        return;
    }
    m_lastError.clear();
    m_password->clear();
    url.setPassword(QString());
    m_url->setText(url.toString());
    m_session.restartTeam();
    showState();
}

void TeamSettings::disconnectTeam()
{
    sync::forgetTeam(m_session.settings(), m_profileDir);
    m_lastError.clear();
    m_url->clear();
    m_password->clear();
    m_session.restartTeam();
    showState();
}

void TeamSettings::showState()
{
    const team::TeamLink *team = m_session.team();
    m_disconnect->setVisible(team->isActive());
    if (!m_lastError.isEmpty()) {
        m_state->setText(m_lastError);
        return;
    }
    if (!team->isActive()) {
        m_state->setText(tr("No team database: this desk works on its own. With one, every desk of the team sees who "
                            "is on which ticket."));
        return;
    }
    switch (team->state()) {
    case team::TeamSnapshot::State::Off:
    case team::TeamSnapshot::State::Connecting:
        m_state->setText(tr("Connecting…"));
        break;
    case team::TeamSnapshot::State::Offline:
        m_state->setText(
            tr("Team offline: deciding works as usual; the desk reconnects by itself. (%1)").arg(team->error()));
        break;
    case team::TeamSnapshot::State::Online: {
        int others = 0;
        const QList<team::Claim> claims = team->claims();
        for (const team::Claim &c : claims)
            others += c.deskId == team->deskId() ? 0 : 1;
        m_state->setText(
            tr("Connected as %1. Other agents are on %n ticket(s) right now.", nullptr, others).arg(team->agent()));
        break;
    }
    }
}

void TeamSettings::retranslate()
{
    m_header->setText(tr("Team"));
    m_urlLabel->setText(tr("Team &database:"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/anxin_team"));
    m_url->setAccessibleName(tr("Team database URL"));
    m_url->setToolTip(tr("The same PostgreSQL database on every desk of the team"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Team database password"));
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_connect->setText(tr("Connect"));
    m_disconnect->setText(tr("Disconnect"));
    m_disconnect->setToolTip(tr("Work alone again: this desk leaves the team database (nothing local is lost)"));
    showState();
}

} // namespace anxin::ui
