#include "pages/infopage.h"

#include "common/typography.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace anxin::ui {

InfoPage::InfoPage(PageId id, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    setMargins(layout, kPageMargins);
    layout->setSpacing(12);
    setTextRole(m_title, TextRole::PageTitle);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_body->setWordWrap(true);
    m_body->setMaximumWidth(640);
    m_body->setObjectName(QStringLiteral("pageDescription"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("pageStatus"));
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_status);
    layout->addStretch(1);
    retranslate();
}

void InfoPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InfoPage::retranslate()
{
    m_title->setText(pageTitle(m_id));
    m_body->setText(pageDescription(m_id));
    m_status->setText(tr("This page is not available in this version yet."));
    setAccessibleName(pageTitle(m_id));
}

} // namespace anxin::ui
