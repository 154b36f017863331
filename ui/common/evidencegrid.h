#pragma once

#include "store/records.h"

#include <QWidget>

#include <functional>

class QToolButton;

namespace anxin::models {
class SyncController;
}

namespace anxin::ui {

// Evidence thumbnails from the local image cache (works offline), as many to a row as the width holds (one at
// least, so a narrow detail pane wraps them instead of cutting them off); a click opens the
// image full size, zoomable with the wheel or +/-. An image not downloaded (its host did not answer, or the sync
// has not reached it yet) shows as a placeholder that asks for it now: downloadRequested(aftersaleId).
class EvidenceGrid : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceGrid(QWidget *parent = nullptr);
    void setEvidence(const QList<store::EvidenceRecord> &evidence);
    int shownCount() const { return m_shown; }
    // The outcome of a download asked for here: placeholders say "retry" again, with the reason, when it failed.
    void downloadFinished(int failed, const QString &message);
    // Downloads asked for here go through the sync; its answer for the ticket the page still shows (`shownId()`)
    // re-reads that ticket when images arrived (`reshow(id)`) and ends the placeholders' wait.
    void retryThrough(models::SyncController &sync, std::function<QString()> shownId,
                      std::function<void(const QString &)> reshow);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void downloadRequested(const QString &aftersaleId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize cellSize() const;
    int perRow(int width) const;
    void place();

    QList<QToolButton *> m_buttons;
    int m_shown = 0;
    QString m_aftersaleId;
};

} // namespace anxin::ui
