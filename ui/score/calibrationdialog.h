#pragma once

#include "models/scoresummary.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace anxin::ui {

// "How is this computed": for one dimension at a time, the line that maps our rule score onto the platform's scale,
// in words and numbers, and every day it was fitted on (the platform's number, our rule score of the same moment,
// what the line gives, the miss). Shows what the Score page computed; computes nothing itself.
class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalibrationDialog(const models::ScoreSummary &summary, QWidget *parent = nullptr);
    void showDimension(core::Dimension dimension);

private:
    void fill();

    models::ScoreSummary m_summary;
    QLabel *m_intro;
    QComboBox *m_dimension;
    QLabel *m_fit;
    QTableWidget *m_days;
};

} // namespace anxin::ui
