#include "score/calibrationdialog.h"

#include "models/scoredashboard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace anxin::ui {

namespace {

QString one(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

CalibrationDialog::CalibrationDialog(const models::ScoreSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
    , m_intro(new QLabel(this))
    , m_dimension(new QComboBox(this))
    , m_fit(new QLabel(this))
    , m_days(new QTableWidget(this))
{
    setObjectName(QStringLiteral("calibrationDialog"));
    setWindowTitle(tr("How the calibrated estimate is computed"));
    m_intro->setObjectName(QStringLiteral("calibrationIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("The platform publishes no formula. Each day the first sync keeps the platform's numbers and, beside them, "
           "our rule score of the same moment. For each dimension a straight line from our rule score to the "
           "platform's number is fitted over those days: its slope is the middle one of the slopes between every two "
           "days and its offset the middle one of what remains, so one odd day moves it little. When our rule score "
           "moved less than %1 points over the days kept, the slope is 1 and only the offset is learnt. The band is "
           "three typical misses of the line either side (at least %2), wider when today's rule score lies outside "
           "the range the line was fitted on. It needs %3 days.")
            .arg(one(core::kCalibrationMinSpread), one(core::kCalibrationMinBand))
            .arg(models::kCalibrationMinSnapshots));
    m_dimension->setObjectName(QStringLiteral("calibrationDimension"));
    for (core::Dimension d : core::kDimensions)
        m_dimension->addItem(models::scoreDimensionTitle(core::dimensionKey(d)), int(d));
    m_fit->setObjectName(QStringLiteral("calibrationFit"));
    m_fit->setWordWrap(true);
    m_fit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_days->setObjectName(QStringLiteral("calibrationDays"));
    m_days->setColumnCount(5);
    m_days->setHorizontalHeaderLabels(
        {tr("Day"), tr("Platform"), tr("Our rule score"), tr("The line gives"), tr("Miss")});
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *pick = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Dimension:"), this);
    pickLabel->setBuddy(m_dimension);
    pick->addWidget(pickLabel);
    pick->addWidget(m_dimension);
    pick->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(pick);
    layout->addWidget(m_fit);
    layout->addWidget(m_days, 1);
    layout->addWidget(buttons);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    resize(640, 560);
    fill();
}

void CalibrationDialog::showDimension(core::Dimension dimension)
{
    m_dimension->setCurrentIndex(m_dimension->findData(int(dimension)));
}

void CalibrationDialog::fill()
{
    const auto d = core::Dimension(m_dimension->currentData().toInt());
    const QList<core::CalibrationPoint> &points = m_summary.points[d];
    const std::optional<core::CalibrationFit> &fit = m_summary.fits[d];
    const std::optional<core::CalibratedValue> &today = m_summary.calibrated[d];
    const std::optional<double> raw = m_summary.estimate.score(d);
    if (!fit) {
        m_fit->setText(tr("%n day(s) kept with both numbers; the calibration needs %1. Until then the page shows our "
                          "rule score and its gap to the platform only.",
                          nullptr, int(points.size()))
                           .arg(models::kCalibrationMinSnapshots));
    } else {
        QString text = tr("Platform ≈ %1 + %2 × our rule score, fitted on %n day(s); the line misses by %3 on a "
                          "typical day.",
                          nullptr, fit->days)
                           .arg(one(fit->intercept), QLocale().toString(fit->slope, 'f', 2), one(fit->error));
        if (!fit->slopeFitted)
            text += QLatin1Char(' ') + tr("Our rule score stayed between %1 and %2, too little to tell a slope: the "
                                          "slope is 1.")
                                           .arg(one(fit->rawLow), one(fit->rawHigh));
        if (today && raw)
            text += QLatin1Char(' ') + tr("Today our rule score is %1, so the calibrated estimate is %2 (expected "
                                          "between %3 and %4).")
                                           .arg(one(*raw), one(today->value), one(today->low), one(today->high));
        m_fit->setText(text);
    }
    m_days->setRowCount(int(points.size()));
    for (int row = 0; row < int(points.size()); ++row) {
        const core::CalibrationPoint &p = points.at(points.size() - 1 - row); // newest first
        m_days->setItem(row, 0, cell(p.day, Qt::AlignLeft | Qt::AlignVCenter));
        m_days->setItem(row, 1, cell(one(p.platform)));
        m_days->setItem(row, 2, cell(one(p.raw)));
        if (fit) {
            const double line = fit->intercept + fit->slope * p.raw;
            m_days->setItem(row, 3, cell(one(line)));
            m_days->setItem(row, 4, cell(one(std::abs(p.platform - line))));
        } else {
            m_days->setItem(row, 3, cell(QStringLiteral("—")));
            m_days->setItem(row, 4, cell(QStringLiteral("—")));
        }
    }
}

} // namespace anxin::ui
