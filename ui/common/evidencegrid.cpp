#include "common/evidencegrid.h"

#include "models/session/synccontroller.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace anxin::ui {

namespace {

// Evidence full size, zoomable with the wheel or +/-; works offline from the image cache.
class ImageViewer : public QDialog
{
public:
    ImageViewer(const QPixmap &pixmap, QWidget *parent)
        : QDialog(parent)
        , m_pixmap(pixmap)
        , m_label(new QLabel)
    {
        setObjectName(QStringLiteral("evidenceViewer"));
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowTitle(EvidenceGrid::tr("Evidence"));
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(m_label);
        scroll->setAlignment(Qt::AlignCenter);
        auto *in = new QToolButton(this);
        in->setText(QStringLiteral("+"));
        in->setShortcut(QKeySequence::ZoomIn);
        in->setAccessibleName(EvidenceGrid::tr("Zoom in"));
        in->setToolTip(EvidenceGrid::tr("Zoom in (%1)").arg(QKeySequence(QKeySequence::ZoomIn).toString()));
        auto *out = new QToolButton(this);
        out->setText(QStringLiteral("−"));
        out->setShortcut(QKeySequence::ZoomOut);
        out->setAccessibleName(EvidenceGrid::tr("Zoom out"));
        out->setToolTip(EvidenceGrid::tr("Zoom out (%1)").arg(QKeySequence(QKeySequence::ZoomOut).toString()));
        connect(in, &QToolButton::clicked, this, [this] { zoom(1.25); });
        connect(out, &QToolButton::clicked, this, [this] { zoom(0.8); });
        auto *bar = new QHBoxLayout;
        bar->addWidget(out);
        bar->addWidget(in);
        bar->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(bar);
        layout->addWidget(scroll);
        resize(720, 640);
        zoom(1.0);
    }

private:
    void zoom(double f)
    {
        m_scale = std::clamp(m_scale * f, 0.1, 8.0);
        m_label->setPixmap(m_pixmap.scaled(m_pixmap.size() * m_scale, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_label->adjustSize();
    }
    QPixmap m_pixmap;
    QLabel *m_label;
    double m_scale = 1.0;
};

} // namespace

namespace {
constexpr int kSpacing = 6;
constexpr int kMostPerRow = 4; // as wide as the pane allows, up to four
} // namespace

EvidenceGrid::EvidenceGrid(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize EvidenceGrid::cellSize() const
{
    QSize cell(0, 0);
    for (const QToolButton *b : m_buttons)
        cell = cell.expandedTo(b->sizeHint());
    return cell;
}

int EvidenceGrid::perRow(int width) const
{
    const int cell = cellSize().width();
    if (cell <= 0)
        return 1;
    return std::clamp((width + kSpacing) / (cell + kSpacing), 1, kMostPerRow);
}

int EvidenceGrid::heightForWidth(int width) const
{
    if (m_buttons.isEmpty())
        return 0;
    const int columns = perRow(width);
    const int rows = int((m_buttons.size() + columns - 1) / columns);
    return rows * cellSize().height() + (rows - 1) * kSpacing;
}

QSize EvidenceGrid::sizeHint() const
{
    const int columns = std::min<int>(kMostPerRow, std::max<int>(1, int(m_buttons.size())));
    const int width = m_buttons.isEmpty() ? 0 : columns * cellSize().width() + (columns - 1) * kSpacing;
    return {width, heightForWidth(width)};
}

QSize EvidenceGrid::minimumSizeHint() const
{
    // One thumbnail wide (the rest wrap below it); the height follows the width (heightForWidth).
    return cellSize();
}

void EvidenceGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place();
}

void EvidenceGrid::place()
{
    const QSize cell = cellSize();
    const int columns = perRow(width());
    for (int i = 0; i < m_buttons.size(); ++i) {
        const int row = i / columns, column = i % columns;
        m_buttons[i]->setGeometry(column * (cell.width() + kSpacing), row * (cell.height() + kSpacing), cell.width(),
                                  cell.height());
    }
}

void EvidenceGrid::setEvidence(const QList<store::EvidenceRecord> &evidence)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_shown = 0;
    m_aftersaleId = evidence.isEmpty() ? QString() : evidence.first().aftersaleId;
    for (const auto &e : evidence) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("evidence%1").arg(e.idx));
        b->setAutoRaise(true);
        b->setIconSize(QSize(72, 72));
        const QPixmap pm(e.localPath);
        if (!e.localPath.isEmpty() && !pm.isNull()) {
            b->setIcon(QIcon(pm.scaled(144, 144, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            b->setToolTip(tr("Open full size"));
            connect(b, &QToolButton::clicked, this, [this, pm] { (new ImageViewer(pm, this))->open(); });
        } else {
            b->setProperty("placeholder", true);
            b->setText(tr("Image not downloaded\nretry"));
            b->setToolTip(tr("Download this ticket's missing images now\n%1").arg(e.url));
            connect(b, &QToolButton::clicked, this, [this] {
                for (auto *p : findChildren<QToolButton *>()) {
                    if (p->property("placeholder").toBool()) {
                        p->setText(tr("Downloading…"));
                        p->setEnabled(false);
                    }
                }
                emit downloadRequested(m_aftersaleId);
            });
        }
        b->setAccessibleName(tr("Evidence image %1").arg(e.idx + 1));
        b->show();
        m_buttons << b;
        ++m_shown;
    }
    updateGeometry();
    place();
}

void EvidenceGrid::downloadFinished(int failed, const QString &message)
{
    if (failed == 0 && message.isEmpty())
        return; // the caller shows the ticket again with its images
    for (auto *p : findChildren<QToolButton *>()) {
        if (!p->property("placeholder").toBool())
            continue;
        p->setEnabled(true);
        p->setText(tr("Image not downloaded\nretry"));
        p->setToolTip(tr("The image host did not deliver it (%1). Click to try again.").arg(message));
    }
}

void EvidenceGrid::retryThrough(models::SyncController &sync, std::function<QString()> shownId,
                                std::function<void(const QString &)> reshow)
{
    connect(this, &EvidenceGrid::downloadRequested, this, [&sync](const QString &id) { sync.fetchEvidence(id); });
    connect(&sync, &models::SyncController::evidenceFetched, this,
            [this, shownId = std::move(shownId), reshow = std::move(reshow)](const QString &id, int fetched, int failed,
                                                                             const QString &message) {
                if (id != shownId())
                    return;
                if (fetched > 0)
                    reshow(id);
                downloadFinished(failed, message);
            });
}

} // namespace anxin::ui
