#include "membership/ui/EstablishmentsPage.h"

#include "membership/ui/MembershipUi.h"
#include "security/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::membership {

EstablishmentsPage::EstablishmentsPage(security::Session& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_field(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_status(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("establishmentsPage"));

    auto* title = new QLabel(tr("Establishments"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* fieldLabel = new QLabel(tr("&Search:"), this);
    fieldLabel->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("establishmentSearchField"));
    m_field->setPlaceholderText(tr("Establishment name…"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search establishments by name"));
    QFont fieldFont = m_field->font();
    fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.15);
    m_field->setFont(fieldFont);

    m_model->setHorizontalHeaderLabels({tr("SIRET"), tr("Name"), tr("City"), tr("NAF")});
    m_view->setObjectName(QStringLiteral("establishmentResults"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Establishments found"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(Siret, fm.horizontalAdvance(QStringLiteral("000 000 000 00000")) + em * 2);
    header->setSectionResizeMode(Name, QHeaderView::Stretch); // names are long; NAF codes are not
    header->resizeSection(City, em * 16);
    header->resizeSection(Naf, em * 6);

    m_status->setObjectName(QStringLiteral("establishmentStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color:#4a5563;"));

    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(fieldLabel);
    row->addWidget(m_field, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    setFocusProxy(m_field);
    setTabOrder(m_field, m_view);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMsecs);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &EstablishmentsPage::searchNow);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_model->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });
    load(QString());
}

void EstablishmentsPage::searchNow()
{
    m_debounce->stop();
    if (m_field->text() != m_query)
        load(m_field->text());
}

void EstablishmentsPage::load(const QString& text)
{
    m_query = text;
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    const bool all = text.trimmed().isEmpty();
    auto found = all ? EstablishmentStore::list(m_session, MaxRows)
                     : EstablishmentStore::findByName(m_session, text, MaxRows);
    if (!found) {
        m_status->setText(found.error().message);
        m_status->setStyleSheet(QStringLiteral("color:#b00020;"));
        return;
    }
    m_rows = found.value();
    for (const EstablishmentSummary& e : m_rows) {
        QList<QStandardItem*> items{new QStandardItem(formatSiret(e.siret)), new QStandardItem(e.name),
                                    new QStandardItem(e.city), new QStandardItem(e.naf)};
        items.at(Siret)->setData(e.id, Qt::UserRole);
        QFont mono = items.at(Siret)->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        items.at(Siret)->setFont(mono);
        m_model->appendRow(items);
    }
    m_status->setStyleSheet(QStringLiteral("color:#4a5563;"));
    if (m_rows.isEmpty())
        m_status->setText(all ? tr("No establishment") : tr("No establishment found"));
    else if (all)
        m_status->setText(tr("%n establishment(s), by name; type to search", nullptr, int(m_rows.size())));
    else
        m_status->setText(tr("%n establishment(s) found", nullptr, int(m_rows.size())));
}

bool EstablishmentsPage::selectEstablishment(const QString& id)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            m_view->scrollTo(m_model->index(r, 0));
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    return false;
}

void EstablishmentsPage::clearPersonalData()
{
    // Establishments are company data, yet the search typed is the user's: start afresh after a lock.
    m_field->blockSignals(true);
    m_field->clear();
    m_field->blockSignals(false);
    m_debounce->stop();
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    m_query = QStringLiteral("\n"); // forces a reload at the next search
    m_status->clear();
}

bool EstablishmentsPage::openHit(const ui::SearchHit& hit)
{
    if (hit.kind != QLatin1String("establishment"))
        return false;
    const QString name = hit.payload.canConvert<EstablishmentSummary>() ? hit.payload.value<EstablishmentSummary>().name
                                                                       : hit.text;
    m_field->setText(name);
    searchNow();
    return selectEstablishment(hit.id);
}

} // namespace vigie::membership
