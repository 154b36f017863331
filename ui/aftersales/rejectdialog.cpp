#include "aftersales/rejectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace anxin::ui {

RejectDialog::RejectDialog(const QList<store::RejectReasonRecord> &reasons, QWidget *parent)
    : QDialog(parent)
    , m_reasons(reasons)
    , m_reason(new QComboBox(this))
    , m_remark(new QPlainTextEdit(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_override(new QPlainTextEdit(this))
    , m_overrideLabel(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Reject"));
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_remark->setObjectName(QStringLiteral("remarkEdit"));
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_hint->setObjectName(QStringLiteral("rejectHint"));
    m_override->setObjectName(QStringLiteral("overrideEdit"));
    m_override->setPlaceholderText(
        tr("Why you reject a claim that meets the guarantee without counter-evidence (kept in the audit log)"));
    m_override->setTabChangesFocus(true);
    m_override->setMaximumHeight(60);
    m_override->setAccessibleName(tr("Override reason"));
    m_overrideLabel->setText(tr("&Override:"));
    m_overrideLabel->setBuddy(m_override);
    m_hint->setWordWrap(true);
    m_reason->addItem(tr("Choose a reason…"), 0);
    for (const auto &r : reasons) {
        m_reason->addItem(r.evidenceNeed ? tr("%1 · %2 (needs evidence)").arg(r.code).arg(r.reason)
                                         : tr("%1 · %2").arg(r.code).arg(r.reason),
                          r.code);
    }
    m_remark->setPlaceholderText(tr("What the buyer will read: why, and what they can do next"));
    m_remark->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(tr("Evidence image links, one per line"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMaximumHeight(72);
    m_reason->setAccessibleName(tr("Reject reason"));
    m_remark->setAccessibleName(tr("Remark for the buyer"));
    m_evidence->setAccessibleName(tr("Evidence links"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Reject"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendRejectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSend())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Re&mark:"), m_remark);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(m_overrideLabel, m_override);
    m_override->setVisible(false);
    m_overrideLabel->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(520, 360);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &RejectDialog::validate);
    connect(m_remark, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    connect(m_override, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RejectDialog::draftChanged);
    connect(m_remark, &QPlainTextEdit::textChanged, this, &RejectDialog::draftChanged);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &RejectDialog::draftChanged);
    validate();
}

void RejectDialog::setDraft(int code, const QString &remark, const QStringList &evidence)
{
    const int i = m_reason->findData(code);
    if (i >= 0)
        m_reason->setCurrentIndex(i);
    m_remark->setPlainText(remark);
    m_evidence->setPlainText(evidence.join(QLatin1Char('\n')));
}

void RejectDialog::setValidClaim(bool validClaim, bool ownerMayOverride)
{
    m_validClaim = validClaim;
    m_ownerMayOverride = ownerMayOverride;
    validate();
}

bool RejectDialog::needsOverride() const
{
    const auto *r = current();
    return m_validClaim && r && !(r->evidenceNeed && !evidenceUrls().isEmpty());
}

QString RejectDialog::overrideReason() const
{
    return needsOverride() ? m_override->toPlainText().trimmed() : QString();
}

const store::RejectReasonRecord *RejectDialog::current() const
{
    const int code = m_reason->currentData().toInt();
    for (const auto &r : m_reasons) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

int RejectDialog::reasonCode() const
{
    return m_reason->currentData().toInt();
}

QString RejectDialog::remark() const
{
    return m_remark->toPlainText().trimmed();
}

QStringList RejectDialog::evidenceUrls() const
{
    QStringList out;
    const QStringList lines = m_evidence->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString RejectDialog::problem() const
{
    const auto *r = current();
    if (!r)
        return tr("Choose a reason from the platform's list.");
    if (remark().isEmpty())
        return tr("Write a remark: the buyer reads it.");
    for (const QString &u : evidenceUrls()) {
        const QUrl url(u);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("“%1” is not a web link.").arg(u);
    }
    if (r->evidenceNeed && evidenceUrls().isEmpty()) {
        return r->evidenceDescription.isEmpty() ? tr("This reason needs evidence: add at least one image link.")
                                                : tr("This reason needs evidence: %1").arg(r->evidenceDescription);
    }
    if (needsOverride()) {
        if (!m_ownerMayOverride)
            return tr("This claim meets the guarantee: reject it only with a reason that needs evidence and the "
                      "counter-evidence attached. Only an owner can override this.");
        if (m_override->toPlainText().trimmed().isEmpty())
            return tr("This claim meets the guarantee: choose a reason that needs evidence and attach the "
                      "counter-evidence, or write why you override (kept in the audit log).");
    }
    return {};
}

bool RejectDialog::canSend() const
{
    return problem().isEmpty();
}

void RejectDialog::validate()
{
    const bool overriding = needsOverride() && m_ownerMayOverride;
    m_override->setVisible(overriding);
    m_overrideLabel->setVisible(overriding);
    const QString p = problem();
    m_hint->setText(p);
    m_send->setEnabled(p.isEmpty());
}

} // namespace anxin::ui
