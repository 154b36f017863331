#include "common/listpage.h"

#include "common/typography.h"
#include "common/viewstate.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace anxin::ui {

void setUpListTable(QTableView *table, const QString &objectName, QAbstractItemView::SelectionMode mode, int sortColumn)
{
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(28);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setHighlightSections(false);
}

void setUpEmptyState(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    openLinksIn(label);
}

QString pageLink(const char *pageKey, const QString &text)
{
    return QStringLiteral("<a href=\"%1:page/%2\">%3</a>")
        .arg(QLatin1String(kInternalScheme), QLatin1String(pageKey), text.toHtmlEscaped());
}

QString connectShopLink()
{
    return pageLink("settings", QCoreApplication::translate("EmptyState", "Connect a shop in Settings"));
}

void openLinksIn(QLabel *label)
{
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
}

void showEmptyState(QTableView *table, QLabel *emptyState, bool empty)
{
    table->setVisible(!empty);
    emptyState->setVisible(empty);
}

void debounceSearch(QLineEdit *field, QTimer *debounce, int delayMs, const std::function<void()> &apply)
{
    field->setClearButtonEnabled(true);
    debounce->setSingleShot(true);
    debounce->setInterval(delayMs);
    QObject::connect(debounce, &QTimer::timeout, field, apply);
    QObject::connect(field, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
}

void setUpMasterDetail(QSplitter *splitter, QWidget *list, QWidget *detail, const QString &objectName,
                       core::Settings &settings, const core::SettingKey<QByteArray> &key,
                       const QList<int> &defaultSizes)
{
    splitter->setObjectName(objectName);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    rememberSplitter(splitter, settings, key, defaultSizes);
}

void fillPage(QWidget *page, QWidget *content)
{
    auto *layout = new QVBoxLayout(page);
    setMargins(layout, kListPageMargins);
    layout->addWidget(content);
}

} // namespace anxin::ui
