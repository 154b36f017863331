#pragma once

#include "store/records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace anxin::ui {

// Reject with a reason code from the platform's list, a remark for the buyer, and evidence when the code needs
// it. Non-modal by design (open(), not exec()), so a half-typed rejection never blocks the queue.
class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    RejectDialog(const QList<store::RejectReasonRecord> &reasons, QWidget *parent = nullptr);

    void setDraft(int code, const QString &remark, const QStringList &evidence);
    // The ticket is a guarantee claim that meets its rules: only a reason that needs evidence, with the
    // counter-evidence, may reject it; otherwise an owner writes why (audited) and an agent cannot.
    void setValidClaim(bool validClaim, bool ownerMayOverride);
    QString overrideReason() const; // "" unless an override is needed and written
    int reasonCode() const;
    QString remark() const;
    QStringList evidenceUrls() const;
    bool canSend() const;    // also what enables the Send button
    QString problem() const; // why it cannot be sent, in words

signals:
    void draftChanged();

private:
    void validate();
    const store::RejectReasonRecord *current() const;
    bool needsOverride() const;

    QList<store::RejectReasonRecord> m_reasons;
    QComboBox *m_reason;
    QPlainTextEdit *m_remark;
    QPlainTextEdit *m_evidence;
    QPlainTextEdit *m_override;
    QLabel *m_overrideLabel;
    bool m_validClaim = false;
    bool m_ownerMayOverride = false;
    QLabel *m_hint;
    QPushButton *m_send;
};

} // namespace anxin::ui
