#pragma once

#include "store/records.h"

#include <QWidget>

class QGridLayout;

namespace anxin::ui {

// Evidence thumbnails from the local image cache (works offline), wrapping four to a row; a click opens the
// image full size, zoomable with the wheel or +/-. Images not downloaded yet show as disabled placeholders.
class EvidenceGrid : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceGrid(QWidget *parent = nullptr);
    void setEvidence(const QList<store::EvidenceRecord> &evidence);
    int shownCount() const { return m_shown; }

private:
    QGridLayout *m_layout;
    int m_shown = 0;
};

} // namespace anxin::ui
