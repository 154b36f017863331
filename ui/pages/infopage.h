#pragma once

#include "shell/pageregistry.h"

#include <QWidget>

class QLabel;

namespace anxin::ui {

// A page whose feature has not landed yet: it says plainly what it will hold, and shows no numbers.
class InfoPage : public QWidget
{
    Q_OBJECT
public:
    explicit InfoPage(PageId id, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    PageId m_id;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_status;
};

} // namespace anxin::ui
