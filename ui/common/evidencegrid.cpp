#include "common/evidencegrid.h"

#include "models/session/synccontroller.h"

#include <QDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
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

EvidenceGrid::EvidenceGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void EvidenceGrid::setEvidence(const QList<store::EvidenceRecord> &evidence)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    constexpr int kPerRow = 4; // thumbnails wrap, so the pane never needs to scroll sideways
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
        m_layout->addWidget(b, m_shown / kPerRow, m_shown % kPerRow);
        ++m_shown;
    }
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
