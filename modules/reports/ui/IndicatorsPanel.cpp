#include "reports/ui/IndicatorsPanel.h"

#include "membership/print/DocumentPrinter.h"
#include "reports/ActivityStore.h"
#include "reports/BarometerStore.h"
#include "reports/Indicators.h"
#include "reports/print/ActivityPrinter.h"
#include "security/PolicyStore.h"
#include "security/Session.h"
#include "security/TeamStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vigie::reports {
namespace {
QString shown(const IndicatorResult& r, const std::optional<qint64>& n)
{
    if (r.status == IndicatorStatus::Suppressed)
        return QStringLiteral("< 5");
    return n ? QLocale().toString(*n) : QStringLiteral("—");
}

QString valueOf(const IndicatorResult& r)
{
    switch (r.status) {
    case IndicatorStatus::NotComputed: return IndicatorsPanel::tr("not computed");
    case IndicatorStatus::Suppressed: return IndicatorsPanel::tr("hidden");
    case IndicatorStatus::Computed: break;
    }
    if (!r.value)
        return QStringLiteral("—");
    return r.unit == IndicatorUnit::Count ? QLocale().toString(qint64(*r.value)) : QLocale().toString(*r.value, 'f', 1) + QStringLiteral(" %");
}

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return t;
}

QTableWidgetItem* cell(const QString& text, bool right = true)
{
    auto* item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

IndicatorsPanel::IndicatorsPanel(security::Session& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_to(new QDateEdit(this)),
      m_scope(new QComboBox(this)),
      m_other(new QLineEdit(this)),
      m_compute(new QPushButton(tr("&Compute"), this)),
      m_print(new QPushButton(tr("&Print the activity report…"), this)),
      m_barometerButton(new QPushButton(tr("&Barometer…"), this)),
      m_message(new QLabel(this)),
      m_table(makeTable(this, QStringLiteral("offerIndicators"),
                        {tr("Indicator"), tr("Numerator"), tr("Denominator"), tr("Value"), tr("Last year")})),
      m_definition(new QLabel(this)),
      m_delays(makeTable(this, QStringLiteral("requestDelays"),
                         {tr("Requests"), tr("Answered"), tr("Median (days)"), tr("90th percentile (days)"), tr("Within the target")}))
{
    setObjectName(QStringLiteral("indicatorsPanel"));
    const QDate today = session.clock().today();
    m_to->setObjectName(QStringLiteral("indicatorsTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setDate(QDate(today.year() - 1, 12, 31));
    m_scope->setObjectName(QStringLiteral("indicatorsScope"));
    if (session.account().role != security::Role::Physician)
        m_scope->addItem(tr("The whole service"), QStringLiteral("service"));
    if (auto teams = security::TeamStore::list(session); teams) {
        auto subject = security::PolicyStore::loadSubject(session);
        for (const security::Team& t : teams.value())
            if (session.account().role != security::Role::Physician || (subject && subject.value().teamIds.contains(t.id)))
                m_scope->addItem(tr("Team %1").arg(t.name), QStringLiteral("team:") + t.id);
    }
    m_other->setObjectName(QStringLiteral("indicatorsOtherScope"));
    m_other->setPlaceholderText(tr("or establishment:SIRET, siren:SIREN, naf:43"));
    m_other->setClearButtonEnabled(true);
    m_message->setObjectName(QStringLiteral("indicatorsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_message->hide();
    m_definition->setObjectName(QStringLiteral("indicatorDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setTextFormat(Qt::RichText);
    m_definition->setText(tr("Select an indicator to read its definition."));
    m_definition->setStyleSheet(QStringLiteral("background:#f5f7fa; border:1px solid #c9d1dc; padding:6px;"));

    auto* pickers = new QHBoxLayout;
    auto* toLabel = new QLabel(tr("Period &ending on"), this);
    toLabel->setBuddy(m_to);
    auto* scopeLabel = new QLabel(tr("&Scope"), this);
    scopeLabel->setBuddy(m_scope);
    pickers->addWidget(toLabel);
    pickers->addWidget(m_to);
    pickers->addSpacing(12);
    pickers->addWidget(scopeLabel);
    pickers->addWidget(m_scope, 1);
    pickers->addWidget(m_other, 1);
    pickers->addWidget(m_compute);
    pickers->addWidget(m_print);
    m_barometerButton->setObjectName(QStringLiteral("barometerButton"));
    m_barometerButton->setToolTip(tr("The barometer of the establishment or enterprise typed in as the scope (establishment:SIRET or siren:SIREN)"));
    pickers->addWidget(m_barometerButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("The offer's indicators").toHtmlEscaped()), this);
    layout->addWidget(title);
    layout->addLayout(pickers);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    layout->addWidget(m_definition);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Delays to answer requests answered in the period").toHtmlEscaped()), this));
    layout->addWidget(m_delays);
    m_table->setMinimumHeight(420);
    m_delays->setMinimumHeight(140);

    setTabOrder(m_to, m_scope);
    setTabOrder(m_scope, m_other);
    setTabOrder(m_other, m_compute);
    setTabOrder(m_compute, m_print);
    setTabOrder(m_print, m_barometerButton);
    setTabOrder(m_barometerButton, m_table);
    setTabOrder(m_table, m_delays);
    connect(m_compute, &QPushButton::clicked, this, &IndicatorsPanel::compute);
    connect(m_other, &QLineEdit::returnPressed, this, &IndicatorsPanel::compute);
    connect(m_table, &QTableWidget::currentCellChanged, this, &IndicatorsPanel::showDefinition);
    connect(m_print, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Activity report"),
                                                          tr("activity-report-%1.pdf").arg(m_to->date().year()), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            printActivity(path);
    });
    connect(m_barometerButton, &QPushButton::clicked, this, &IndicatorsPanel::openBarometer);
}

core::Result<Scope> IndicatorsPanel::chosenScope() const
{
    const QString typed = m_other->text().trimmed();
    return Scope::parse(typed.isEmpty() ? m_scope->currentData().toString() : typed);
}

bool IndicatorsPanel::compute()
{
    m_message->hide();
    m_table->setRowCount(0);
    m_delays->setRowCount(0);
    m_results.clear();
    auto scope = chosenScope();
    auto period = Period::of(m_to->date());
    const auto fail = [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
        return false;
    };
    if (!scope)
        return fail(scope.error().message);
    if (!period)
        return fail(period.error().message);
    auto now = IndicatorStore::compute(m_session, period.value(), scope.value());
    if (!now)
        return fail(now.error().message);
    auto before = IndicatorStore::compute(m_session, Period{period.value().from.addYears(-1), period.value().to.addYears(-1)}, scope.value());
    if (!before)
        return fail(before.error().message);
    m_results = now.value();
    m_table->setRowCount(int(m_results.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        const IndicatorResult& r = m_results.at(i);
        auto* name = cell(indicatorTitle(r.code), false);
        name->setToolTip(r.code);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, cell(shown(r, r.numerator)));
        m_table->setItem(i, 2, cell(r.unit == IndicatorUnit::Count ? QStringLiteral("—") : shown(r, r.denominator)));
        m_table->setItem(i, 3, cell(valueOf(r)));
        m_table->setItem(i, 4, cell(i < before.value().size() ? valueOf(before.value().at(i)) : QStringLiteral("—")));
    }
    auto delays = IndicatorStore::delays(m_session, period.value(), scope.value());
    if (!delays)
        return fail(delays.error().message);
    for (const IndicatorStore::DelayRow& row : delays.value()) {
        const int at = m_delays->rowCount();
        m_delays->insertRow(at);
        const DelayStats& s = row.stats;
        m_delays->setItem(at, 0, cell(row.kind == QLatin1String("WORKPLACE_ACTION") ? tr("Workplace actions") : visitKindLabel(row.kind), false));
        m_delays->setItem(at, 1, cell(s.suppressed ? QStringLiteral("< 5") : QLocale().toString(s.count)));
        m_delays->setItem(at, 2, cell(s.median ? QLocale().toString(*s.median, 'f', 1) : QStringLiteral("—")));
        m_delays->setItem(at, 3, cell(s.p90 ? QLocale().toString(*s.p90) : QStringLiteral("—")));
        m_delays->setItem(at, 4, cell(s.shareWithinTarget ? QLocale().toString(*s.shareWithinTarget, 'f', 1) + QStringLiteral(" %")
                                                          : QStringLiteral("—")));
    }
    m_table->setCurrentCell(0, 0);
    showDefinition();
    return true;
}

void IndicatorsPanel::showDefinition()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const IndicatorResult& r = m_results.at(row);
    QString text = QStringLiteral("<b>%1</b> (%2)<br>%3 : %4").arg(indicatorTitle(r.code).toHtmlEscaped(), r.code,
                                                                   tr("Numerator").toHtmlEscaped(), indicatorNumerator(r.code).toHtmlEscaped());
    if (r.unit == IndicatorUnit::Percent)
        text += QStringLiteral("<br>%1 : %2").arg(tr("Denominator").toHtmlEscaped(), indicatorDenominator(r.code).toHtmlEscaped());
    if (!r.reason.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(r.reason.toHtmlEscaped());
    m_definition->setText(text);
}

bool IndicatorsPanel::printActivity(const QString& pdfPath)
{
    auto scope = chosenScope();
    if (!scope) {
        m_message->setText(scope.error().message);
        m_message->show();
        return false;
    }
    auto data = ActivityStore::collect(m_session, m_to->date().year(), scope.value());
    core::Status printed = data ? printActivityReport(data.value(), pdfPath) : core::Status(data.error());
    if (!printed) {
        m_message->setText(printed.error().message);
        m_message->show();
        return false;
    }
    return true;
}

bool IndicatorsPanel::openBarometer()
{
    m_message->hide();
    const auto fail = [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
        return false;
    };
    auto scope = chosenScope();
    if (!scope)
        return fail(scope.error().message);
    auto data = BarometerStore::collect(m_session, scope.value(), m_to->date().year());
    if (!data)
        return fail(data.error().message);
    m_barometer = data.value();
    if (!m_barometerDialog) {
        m_barometerDialog = new QDialog(this);
        m_barometerDialog->setObjectName(QStringLiteral("barometerDialog"));
        m_barometerDialog->resize(900, 700);
        m_barometerView = new QTextBrowser(m_barometerDialog);
        m_barometerView->setObjectName(QStringLiteral("barometerView"));
        auto* save = new QPushButton(tr("&Save as PDF…"), m_barometerDialog);
        auto* close = new QPushButton(tr("&Close"), m_barometerDialog);
        auto* buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(save);
        buttons->addWidget(close);
        auto* layout = new QVBoxLayout(m_barometerDialog);
        layout->addWidget(m_barometerView, 1);
        layout->addLayout(buttons);
        connect(close, &QPushButton::clicked, m_barometerDialog, &QDialog::close);
        connect(save, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(m_barometerDialog, tr("Barometer"),
                                                              tr("barometer-%1.pdf").arg(m_barometer ? m_barometer->year : 0), tr("PDF (*.pdf)"));
            if (!path.isEmpty())
                saveBarometer(path);
        });
    }
    const membership::PrintableDocument doc = barometerDocument(*m_barometer);
    m_barometerDialog->setWindowTitle(doc.title);
    m_barometerView->setHtml(doc.html);
    m_barometerDialog->show();
    return true;
}

bool IndicatorsPanel::saveBarometer(const QString& pdfPath)
{
    if (!m_barometer)
        return false;
    if (core::Status printed = membership::printPdf(barometerDocument(*m_barometer), pdfPath); !printed) {
        m_message->setText(printed.error().message);
        m_message->show();
        return false;
    }
    return true;
}

} // namespace vigie::reports
