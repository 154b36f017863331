#include "claims/ruledialog.h"

#include "common/errortext.h"
#include "common/prompts.h"
#include "core/money.h"
#include "models/desksession.h"
#include "models/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace anxin::ui {

namespace {

QString modeName(core::RuleMode m)
{
    switch (m) {
    case core::RuleMode::Off:
        return RuleDialog::tr("Off");
    case core::RuleMode::DryRun:
        return RuleDialog::tr("Dry-run only");
    case core::RuleMode::Shadow:
        return RuleDialog::tr("Shadow: label the claims it would approve");
    case core::RuleMode::Live:
        return RuleDialog::tr("Live: approve through the outbox");
    }
    return {};
}

QString shortModeName(core::RuleMode m)
{
    switch (m) {
    case core::RuleMode::Off:
        return RuleDialog::tr("off");
    case core::RuleMode::DryRun:
        return RuleDialog::tr("dry-run");
    case core::RuleMode::Shadow:
        return RuleDialog::tr("shadow");
    case core::RuleMode::Live:
        return RuleDialog::tr("live");
    }
    return {};
}

QString skipName(core::RuleSkip s)
{
    switch (s) {
    case core::RuleSkip::Risky:
        return RuleDialog::tr("risky");
    case core::RuleSkip::AboveCap:
        return RuleDialog::tr("above the cap");
    case core::RuleSkip::OutsideWindow:
        return RuleDialog::tr("outside the window");
    case core::RuleSkip::NotEligible:
        return RuleDialog::tr("not eligible");
    case core::RuleSkip::WrongKind:
        return RuleDialog::tr("other guarantee");
    case core::RuleSkip::TooFewPhotos:
        return RuleDialog::tr("too few photos");
    case core::RuleSkip::FrequentClaimer:
        return RuleDialog::tr("frequent claimer");
    case core::RuleSkip::PartialRefund:
        return RuleDialog::tr("partial refund");
    case core::RuleSkip::OverPaid:
        return RuleDialog::tr("claims more than paid");
    case core::RuleSkip::ClaimedTwice:
        return RuleDialog::tr("line claimed twice");
    }
    return {};
}

QString outcomeName(core::ClaimOutcome o)
{
    switch (o) {
    case core::ClaimOutcome::Approved:
        return RuleDialog::tr("approved");
    case core::ClaimOutcome::Rejected:
        return RuleDialog::tr("rejected");
    case core::ClaimOutcome::Closed:
        return RuleDialog::tr("closed");
    }
    return {};
}

} // namespace

RuleDialog::RuleDialog(models::DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_owner(session.decisions().actor().role == sync::Role::Owner)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_cap(new QDoubleSpinBox(this))
    , m_minPhotos(new QSpinBox(this))
    , m_maxClaims(new QSpinBox(this))
    , m_insideWindow(new QCheckBox(this))
    , m_notRisky(new QCheckBox(this))
    , m_mode(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_dryRun(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_results(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(tr("Auto-approve rules"));
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_cap->setObjectName(QStringLiteral("ruleCap"));
    m_minPhotos->setObjectName(QStringLiteral("ruleMinPhotos"));
    m_maxClaims->setObjectName(QStringLiteral("ruleMaxClaims"));
    m_mode->setObjectName(QStringLiteral("ruleMode"));
    m_save->setObjectName(QStringLiteral("ruleSave"));
    m_remove->setObjectName(QStringLiteral("ruleRemove"));
    m_dryRun->setObjectName(QStringLiteral("ruleDryRun"));
    m_summary->setObjectName(QStringLiteral("dryRunSummary"));
    m_results->setObjectName(QStringLiteral("dryRunResults"));
    m_message->setObjectName(QStringLiteral("ruleMessage"));

    setUpFields();
    setUpResults();
    layOut();
    if (!m_owner) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_cap, m_minPhotos, m_maxClaims, m_mode,
                                                           m_new, m_save, m_remove})
            w->setEnabled(false);
        m_message->setText(tr("Only the shop owner edits auto-approve rules. You can dry-run them."));
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &RuleDialog::selectRule);
    connect(m_new, &QPushButton::clicked, this, &RuleDialog::newRule);
    connect(m_save, &QPushButton::clicked, this, &RuleDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &RuleDialog::removeCurrent);
    connect(m_dryRun, &QPushButton::clicked, this, &RuleDialog::runDryRun);
    reloadList();
}

// The rule's conditions, with the limits the core always enforces shown as fixed.
void RuleDialog::setUpFields()
{
    m_kind->addItem(models::claimKindName(core::ClaimKind::Fresh), int(core::ClaimKind::Fresh));
    m_kind->addItem(models::claimKindName(core::ClaimKind::Allergy), int(core::ClaimKind::Allergy));
    m_cap->setPrefix(QStringLiteral("¥"));
    m_cap->setDecimals(2);
    m_cap->setRange(0.01, 100000.0);
    m_cap->setValue(50.0);
    m_minPhotos->setRange(0, 8);
    m_minPhotos->setValue(1);
    m_maxClaims->setRange(-1, 1000);
    m_maxClaims->setValue(2);
    m_maxClaims->setSpecialValueText(tr("no limit"));
    for (core::RuleMode m : {core::RuleMode::Off, core::RuleMode::DryRun, core::RuleMode::Shadow, core::RuleMode::Live})
        m_mode->addItem(modeName(m), int(m));
    m_mode->setCurrentIndex(1);
    // Hard limits: shown so the owner knows they hold, never switchable (the core enforces them for every rule).
    for (QCheckBox *c : {m_insideWindow, m_notRisky}) {
        c->setChecked(true);
        c->setEnabled(false);
        c->setToolTip(tr("Always on: no rule acts outside the guarantee window or on a claim the platform flags as "
                         "risky"));
    }
    m_insideWindow->setText(tr("Inside the guarantee window"));
    m_notRisky->setText(tr("Not flagged risky by the platform"));
    m_new->setText(tr("New rule"));
    m_save->setText(tr("Save"));
    m_remove->setText(tr("Delete"));
    m_dryRun->setText(tr("Dry-run over 90 days"));
    m_dryRun->setToolTip(tr("Replay the rule over the claims closed in the last 90 days; nothing is sent"));
}

void RuleDialog::setUpResults()
{
    m_message->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_results->setColumnCount(5);
    m_results->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Product"), tr("Amount"), tr("Rule"), tr("What was decided")});
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
}

void RuleDialog::layOut()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Guarantee"), m_kind);
    form->addRow(tr("Amount up to"), m_cap);
    form->addRow(tr("Photos at least"), m_minPhotos);
    form->addRow(tr("Buyer's claims in 90 days at most"), m_maxClaims);
    form->addRow(QString(), m_insideWindow);
    form->addRow(QString(), m_notRisky);
    form->addRow(tr("Mode"), m_mode);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_dryRun);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addLayout(buttons);
    editor->addWidget(m_message);
    auto *top = new QHBoxLayout;
    m_list->setMaximumWidth(220);
    top->addWidget(m_list);
    top->addLayout(editor, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(close);
    resize(900, 640);
}

QString RuleDialog::lastMessage() const
{
    return m_message->text();
}

void RuleDialog::reloadList()
{
    m_rules = m_session.decisions().autoRules();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto &r : m_rules)
        m_list->addItem(tr("%1 (%2)").arg(r.name, shortModeName(r.mode)));
    if (!m_rules.isEmpty()) {
        int row = 0;
        for (int i = 0; i < m_rules.size(); ++i) {
            if (m_rules.at(i).id == m_editingId)
                row = i;
        }
        m_list->setCurrentRow(row);
        showRule(m_rules.at(row));
    } else {
        newRule();
    }
}

void RuleDialog::selectRule(int row)
{
    if (row >= 0 && row < m_rules.size())
        showRule(m_rules.at(row));
}

void RuleDialog::showRule(const core::AutoRule &r)
{
    m_editingId = r.id;
    m_name->setText(r.name);
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    m_cap->setValue(double(r.maxAmountFen) / 100.0);
    m_minPhotos->setValue(r.minPhotos);
    m_maxClaims->setValue(r.maxBuyerClaims90d < 0 ? -1 : r.maxBuyerClaims90d);
    m_mode->setCurrentIndex(m_mode->findData(int(r.mode)));
    m_remove->setEnabled(m_owner && r.id != 0);
}

void RuleDialog::newRule()
{
    core::AutoRule r;
    r.name = tr("fresh under ¥50");
    r.maxAmountFen = 5000;
    r.maxBuyerClaims90d = 2;
    r.mode = core::RuleMode::DryRun;
    showRule(r);
    m_list->clearSelection();
}

core::AutoRule RuleDialog::editedRule() const
{
    core::AutoRule r;
    r.id = m_editingId;
    r.name = m_name->text().trimmed();
    r.kind = core::ClaimKind(m_kind->currentData().toInt());
    r.maxAmountFen = qint64(std::llround(m_cap->value() * 100.0));
    r.minPhotos = m_minPhotos->value();
    r.maxBuyerClaims90d = m_maxClaims->value();
    r.mode = core::RuleMode(m_mode->currentData().toInt());
    return r;
}

void RuleDialog::save()
{
    const core::AutoRule r = editedRule();
    if (r.mode == core::RuleMode::Live &&
        !confirm(this, tr("Live rule"),
                 tr("Rule %1 will approve matching claims on its own after each sync, up to %2 each. Continue?")
                     .arg(r.name, core::formatFen(r.maxAmountFen))))
        return;
    auto id = m_session.decisions().saveAutoRule(r);
    if (!id) {
        m_message->setText(tr("Not saved: %1").arg(errorText(id.error())));
        return;
    }
    m_editingId = id.value();
    m_message->setText(tr("Saved rule %1.").arg(r.name));
    reloadList();
}

void RuleDialog::removeCurrent()
{
    if (m_editingId == 0)
        return;
    if (!confirm(this, tr("Delete rule"), tr("Delete rule %1?").arg(m_name->text())))
        return;
    auto st = m_session.decisions().removeAutoRule(m_editingId);
    m_message->setText(st ? tr("Rule deleted.") : tr("Not deleted: %1").arg(errorText(st.error())));
    if (st) {
        m_editingId = 0;
        reloadList();
    }
}

void RuleDialog::runDryRun()
{
    const core::AutoRule r = editedRule();
    if (auto valid = r.validate(); !valid) {
        m_message->setText(tr("Cannot dry-run: %1").arg(errorText(valid.error())));
        return;
    }
    auto result = m_session.decisions().dryRun(r);
    if (!result) {
        m_message->setText(tr("Dry-run failed: %1").arg(errorText(result.error())));
        return;
    }
    const core::DryRunSummary &s = result.value();
    QString text = tr("Over the last 90 days, %n closed claim(s) of this guarantee.", nullptr, s.replayed) +
                   QLatin1Char(' ') +
                   tr("The rule would have approved %n of them, %1 in total.", nullptr, s.wouldDecide)
                       .arg(core::formatFen(s.totalFen)) +
                   QLatin1Char(' ') + tr("It approves %n claim(s) a person rejected", nullptr, s.disagreements) +
                   QStringLiteral("; ") + tr("it leaves %n approved claim(s) to a person.", nullptr, s.missedApprovals);
    if (s.evidenceUnknown > 0)
        text += QLatin1Char(' ') +
                tr("%n claim(s) had no synced evidence and count as without photos.", nullptr, s.evidenceUnknown);
    m_summary->setText(text);
    int rows = 0;
    for (const auto &e : s.entries)
        rows += e.ruleApproves || e.disagrees() ? 1 : 0;
    m_results->setRowCount(rows);
    int row = 0;
    // Disagreements first: they are what the owner must look at before going live.
    QList<core::DryRunEntry> ordered;
    for (const auto &e : s.entries)
        if (e.ruleApproves && e.disagrees())
            ordered << e;
    for (const auto &e : s.entries)
        if (e.ruleApproves && !e.disagrees())
            ordered << e;
    for (const auto &e : s.entries)
        if (!e.ruleApproves && e.disagrees())
            ordered << e;
    for (const auto &e : ordered) {
        QStringList why;
        for (core::RuleSkip k : e.skips)
            why << skipName(k);
        m_results->setItem(row, 0, new QTableWidgetItem(e.aftersaleId));
        m_results->setItem(row, 1, new QTableWidgetItem(e.productName));
        auto *amount = new QTableWidgetItem(core::formatFen(e.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(row, 2, amount);
        m_results->setItem(row, 3,
                           new QTableWidgetItem(e.ruleApproves
                                                    ? tr("approves")
                                                    : tr("leaves it (%1)").arg(why.join(QStringLiteral(", ")))));
        auto *decided = new QTableWidgetItem(e.disagrees() ? tr("%1 — differs").arg(outcomeName(e.outcome))
                                                           : outcomeName(e.outcome));
        if (e.disagrees()) {
            QFont f = decided->font();
            f.setBold(true);
            decided->setFont(f);
        }
        m_results->setItem(row, 4, decided);
        ++row;
    }
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(3);
    m_results->resizeColumnToContents(4);
    m_message->setText(tr("Dry-run done; nothing was sent."));
}

} // namespace anxin::ui
