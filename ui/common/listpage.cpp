#include "common/listpage.h"

#include "common/errortext.h"
#include "common/typography.h"
#include "common/viewstate.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

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

namespace {
// Sizes one column to the room the others leave; see fillWithColumn.
class ColumnFill : public QObject
{
public:
    ColumnFill(QTableView *table, int column)
        : QObject(table)
        , m_table(table)
        , m_column(column)
    {
        QHeaderView *header = table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setProperty(kFillColumnProperty, column);
        header->setProperty(kFillBaseProperty, header->sectionSize(column)); // its own width, until the user drags it
        table->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this, header](int logical, int, int size) {
            if (m_filling)
                return;
            if (logical != m_column)
                return fill();
            header->setProperty(kFillBaseProperty, size); // the user's own width: kept, and remembered with the header
        });
        connect(header, &QHeaderView::geometriesChanged, this, &ColumnFill::fill);
        connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFill::fill);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table->viewport() && event->type() == QEvent::Resize)
            fill();
        return false;
    }

private:
    void fill()
    {
        QHeaderView *header = m_table->horizontalHeader();
        if (m_filling || m_column >= header->count() || header->isSectionHidden(m_column))
            return;
        int others = 0;
        for (int i = 0; i < header->count(); ++i)
            if (i != m_column && !header->isSectionHidden(i))
                others += header->sectionSize(i);
        const int width = std::max(header->property(kFillBaseProperty).toInt(), m_table->viewport()->width() - others);
        if (width == header->sectionSize(m_column))
            return;
        m_filling = true;
        header->resizeSection(m_column, width);
        m_filling = false;
    }

    QTableView *m_table;
    int m_column;
    bool m_filling = false;
};
} // namespace

void fillWithColumn(QTableView *table, int column)
{
    new ColumnFill(table, column);
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

namespace {
constexpr char kRetryHref[] = "anxin:retry";
}

void openLinksIn(QLabel *label)
{
    label->setOpenExternalLinks(false); // opened here, so that "Try again" stays with the page
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    QObject::connect(label, &QLabel::linkActivated, label, [](const QString &link) {
        if (link != QLatin1String(kRetryHref))
            QDesktopServices::openUrl(QUrl(link));
    });
}

QString retryLink()
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QLatin1String(kRetryHref), QCoreApplication::translate("EmptyState", "Try again").toHtmlEscaped());
}

QString readFailedText(const core::Error &error)
{
    return QCoreApplication::translate("EmptyState", "This list could not be read. %1 %2")
        .arg(errorText(error).toHtmlEscaped(), retryLink());
}

void onRetry(QLabel *label, const std::function<void()> &retry)
{
    QObject::connect(label, &QLabel::linkActivated, label, [retry](const QString &link) {
        if (link == QLatin1String(kRetryHref))
            retry();
    });
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
