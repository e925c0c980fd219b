#include "reports/ui/DashboardPage.h"

#include "reports/ReportStore.h"
#include "reports/ui/IndicatorsPanel.h"
#include "security/Session.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::reports {
namespace {
const QColor Accent(0x2f, 0x4a, 0x6d);
const QColor Muted(0x4a, 0x55, 0x63);

QString longDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}
} // namespace

DashboardPage::DashboardPage(security::Session& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_period(new QLabel(this)),
      m_message(new QLabel(this)),
      m_establishments(breakdownTable(QStringLiteral("establishmentsByStatus"), tr("Status"))),
      m_followUp(breakdownTable(QStringLiteral("workersByFollowUp"), tr("Follow-up category"))),
      m_visits(breakdownTable(QStringLiteral("visitsByKind"), tr("Kind of visit"))),
      m_actions(breakdownTable(QStringLiteral("actionsByKind"), tr("Kind of action"))),
      m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("dashboardPage"));

    auto* title = new QLabel(tr("Indicators"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setWordWrap(true);
    m_period->setStyleSheet(QStringLiteral("color:%1;").arg(Muted.name()));
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_message->hide();
    m_refresh->setToolTip(tr("Count again (F5)"));

    auto* head = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_period);
    head->addLayout(titles, 1);
    head->addWidget(m_refresh, 0, Qt::AlignTop);

    for (int i = 0; i < 4; ++i) {
        auto* value = new QLabel(this);
        value->setObjectName(QStringLiteral("figure%1").arg(i));
        m_figures << value;
    }
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(figureCard(tr("Member establishments"), m_figures.at(0), tr("in the member file")));
    cards->addWidget(figureCard(tr("Workers followed"), m_figures.at(1), tr("with a current employment")));
    cards->addWidget(figureCard(tr("Visits done"), m_figures.at(2), tr("over the last 12 months")));
    cards->addWidget(figureCard(tr("No-shows"), m_figures.at(3), tr("over the last 12 months")));

    auto section = [this](const QString& text, QTableWidget* table) {
        auto* box = new QVBoxLayout;
        box->setSpacing(4);
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
        box->addWidget(label);
        box->addWidget(table);
        return box;
    };
    auto* tables = new QGridLayout;
    tables->setHorizontalSpacing(16);
    tables->setVerticalSpacing(12);
    tables->addLayout(section(tr("Member establishments by status"), m_establishments), 0, 0);
    tables->addLayout(section(tr("Workers with a current employment, by follow-up category"), m_followUp), 0, 1);
    tables->addLayout(section(tr("Visits done over the last 12 months, by kind"), m_visits), 1, 0, Qt::AlignTop);
    tables->addLayout(section(tr("Workplace actions over the last 12 months, by kind"), m_actions), 1, 1, Qt::AlignTop);
    tables->setColumnStretch(0, 1);
    tables->setColumnStretch(1, 1);

    auto* note = new QLabel(tr("Aggregated figures for the whole service. To protect privacy, a count from 1 to 4 "
                               "is shown as “< 5”; when the total would reveal it, another cell of the same table "
                               "reads “hidden”."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color:%1;").arg(Muted.name()));

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addLayout(cards);
    layout->addLayout(tables);
    layout->addWidget(note);
    m_indicators = new IndicatorsPanel(session, content); // the offer's indicators (issue 16)
    layout->addWidget(m_indicators);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setFocusProxy(m_refresh);
    setTabOrder(m_refresh, m_establishments);
    setTabOrder(m_establishments, m_followUp);
    setTabOrder(m_followUp, m_visits);
    setTabOrder(m_visits, m_actions);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    refresh();
}

QWidget* DashboardPage::figureCard(const QString& caption, QLabel* value, const QString& note)
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("figureCard"));
    card->setStyleSheet(QStringLiteral("#figureCard { background:#f5f7fa; border:1px solid #c9d1dc;"
                                       " border-top:4px solid %1; border-radius:4px; }")
                            .arg(Accent.name()));
    auto* captionLabel = new QLabel(caption, card);
    captionLabel->setStyleSheet(QStringLiteral("color:%1; font-weight:bold;").arg(Accent.name()));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    value->setFont(big);
    value->setParent(card);
    auto* noteLabel = new QLabel(note, card);
    noteLabel->setStyleSheet(QStringLiteral("color:%1;").arg(Muted.name()));
    auto* l = new QVBoxLayout(card);
    l->setContentsMargins(14, 10, 14, 10);
    l->setSpacing(2);
    l->addWidget(captionLabel);
    l->addWidget(value);
    l->addWidget(noteLabel);
    return card;
}

QTableWidget* DashboardPage::breakdownTable(const QString& objectName, const QString& firstHeader)
{
    auto* table = new QTableWidget(0, 2, this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({firstHeader, tr("Count")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::TabFocus);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

void DashboardPage::fill(QTableWidget* table, const Breakdown& breakdown, const QString& totalLabel)
{
    table->setRowCount(0);
    const int rows = int(breakdown.rows.size());
    table->setRowCount(rows + 1);
    auto put = [table](int row, const QString& label, const Count& count, bool bold) {
        auto* l = new QTableWidgetItem(label);
        auto* n = new QTableWidgetItem(count.text());
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (count.suppression() == Count::Suppression::Small)
            n->setToolTip(tr("Fewer than 5: not shown, to protect privacy"));
        else if (count.suppression() == Count::Suppression::Complementary)
            n->setToolTip(tr("Hidden so that the total does not reveal a count below 5"));
        if (bold) {
            QFont f = l->font();
            f.setBold(true);
            l->setFont(f);
            n->setFont(f);
        }
        table->setItem(row, 0, l);
        table->setItem(row, 1, n);
    };
    for (int r = 0; r < rows; ++r)
        put(r, breakdown.rows.at(r).label, breakdown.rows.at(r).count, false);
    put(rows, totalLabel, breakdown.total, true);
    // Show every row without an inner scroll bar: the page scrolls instead.
    const int height = table->horizontalHeader()->height() + (rows + 1) * table->verticalHeader()->defaultSectionSize() +
                       2 * table->frameWidth() + 2;
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

void DashboardPage::refresh()
{
    auto result = ReportStore::overview(m_session);
    if (!result) {
        m_overview.reset();
        m_message->setText(result.error().message);
        m_message->show();
        for (QLabel* f : m_figures)
            f->setText(QStringLiteral("—"));
        return;
    }
    m_message->hide();
    m_overview = result.value();
    const Overview& o = *m_overview;
    m_period->setText(tr("As of %1 · visits counted from %2 to %3")
                          .arg(longDate(o.asOf), QLocale().toString(o.periodStart, QLocale::ShortFormat),
                               QLocale().toString(o.asOf, QLocale::ShortFormat)));
    m_figures.at(0)->setText(o.establishmentsByStatus.total.text());
    m_figures.at(1)->setText(o.workersByFollowUp.total.text());
    m_figures.at(2)->setText(o.visitsDoneByKind.total.text());
    m_figures.at(3)->setText(o.noShows.text());
    fill(m_establishments, o.establishmentsByStatus, tr("All establishments"));
    fill(m_followUp, o.workersByFollowUp, tr("Workers followed"));
    fill(m_visits, o.visitsDoneByKind, tr("All visits done"));
    fill(m_actions, o.workplaceActionsByKind, tr("All workplace actions"));
}

} // namespace vigie::reports
