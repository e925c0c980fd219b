#include "membership/ui/EstablishmentsPage.h"

#include "membership/ui/InvoicesDialog.h"
#include "membership/ui/MemberDialog.h"
#include "membership/ui/MembershipFormDialog.h"
#include "membership/ui/MembershipUi.h"
#include "security/AccessPolicy.h"
#include "security/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
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
      m_debounce(new QTimer(this)),
      m_newButton(new QPushButton(tr("&New member…"), this)),
      m_editButton(new QPushButton(tr("&Edit…"), this)),
      m_formButton(new QPushButton(tr("Membership &form…"), this)),
      m_teamButton(new QPushButton(tr("&Team in charge…"), this)),
      m_invoicesButton(new QPushButton(tr("Contributions and &invoices…"), this)),
      m_detail(new QLabel(this)),
      m_enterprise(new QTableWidget(0, 6, this)),
      m_enterpriseCaption(new QLabel(this))
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

    // What the role may do: the buttons of the others are hidden, so that no refusal is provoked.
    const security::Role role = session.account().role;
    const bool membership = security::AccessPolicy::canUseModule(role, security::Module::Membership).allowed;
    const bool admin = security::AccessPolicy::canUseModule(role, security::Module::Administration).allowed;
    m_newButton->setObjectName(QStringLiteral("newMemberButton"));
    m_editButton->setObjectName(QStringLiteral("editMemberButton"));
    m_formButton->setObjectName(QStringLiteral("membershipFormButton"));
    m_teamButton->setObjectName(QStringLiteral("teamButton"));
    m_invoicesButton->setObjectName(QStringLiteral("invoicesButton"));
    m_newButton->setVisible(membership);
    m_editButton->setVisible(membership);
    m_formButton->setVisible(membership);
    m_teamButton->setVisible(admin);
    // Contributions and invoices are the administrative staff's: the IPRP, a preventer who uses this
    // page for the establishments' files, does not see them (issue 19 item 6).
    m_invoicesButton->setVisible((membership && role != security::Role::Iprp) || admin);

    m_detail->setObjectName(QStringLiteral("establishmentDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_enterprise->setObjectName(QStringLiteral("enterpriseEstablishments"));
    m_enterprise->setHorizontalHeaderLabels({tr("SIRET"), tr("Establishment"), tr("City"), tr("Member no."), tr("Status"),
                                             tr("Workers")});
    m_enterprise->verticalHeader()->setVisible(false);
    m_enterprise->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_enterprise->setSelectionMode(QAbstractItemView::NoSelection);
    m_enterprise->setFocusPolicy(Qt::NoFocus);
    m_enterprise->setWordWrap(false);
    m_enterprise->setTextElideMode(Qt::ElideRight);
    m_enterprise->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_enterprise->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_enterpriseCaption->setObjectName(QStringLiteral("enterpriseCaption"));
    m_enterpriseCaption->setWordWrap(true);
    m_enterprise->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(fieldLabel);
    row->addWidget(m_field, 1);
    row->addWidget(m_newButton);
    row->addWidget(m_editButton);
    row->addWidget(m_formButton);
    row->addWidget(m_teamButton);
    row->addWidget(m_invoicesButton);

    auto* details = new QWidget(this);
    auto* detailLayout = new QHBoxLayout(details);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_detail, 2);
    auto* enterpriseColumn = new QVBoxLayout;
    enterpriseColumn->setContentsMargins(0, 0, 0, 0);
    enterpriseColumn->addWidget(m_enterpriseCaption);
    enterpriseColumn->addWidget(m_enterprise, 1);
    detailLayout->addLayout(enterpriseColumn, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(split, 1);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EstablishmentsPage::showSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editButton->isVisible())
            editMember();
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newMember(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editMember(); });
    connect(m_formButton, &QPushButton::clicked, this, [this] { openMembershipForm(); });
    connect(m_teamButton, &QPushButton::clicked, this, &EstablishmentsPage::askTeam);
    connect(m_invoicesButton, &QPushButton::clicked, this, [this] { openInvoices(); });
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
    // One more than shown: a list cut at MaxRows says so (issue 19: never silently capped).
    auto found = all ? EstablishmentStore::list(m_session, MaxRows + 1)
                     : EstablishmentStore::findByName(m_session, text, MaxRows + 1);
    if (!found) {
        m_status->setText(found.error().message);
        m_status->setStyleSheet(QStringLiteral("color:#b00020;"));
        return;
    }
    m_rows = found.value();
    const bool more = m_rows.size() > MaxRows;
    if (more)
        m_rows.resize(MaxRows);
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
    if (more)
        m_status->setText(tr("The first %1 establishments by name are shown, and there are more: type a name, a SIRET or a city to narrow")
                              .arg(MaxRows));
    else if (m_rows.isEmpty())
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
    m_detail->clear();
    m_enterprise->setRowCount(0);
    m_enterpriseCaption->clear();
}

QString EstablishmentsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && current.row() < m_rows.size() ? m_rows.at(current.row()).id : QString();
}

void EstablishmentsPage::showSelected()
{
    m_detail->clear();
    m_enterprise->setRowCount(0);
    m_enterpriseCaption->clear();
    const bool any = !selectedId().isEmpty();
    m_editButton->setEnabled(any);
    m_formButton->setEnabled(any);
    m_teamButton->setEnabled(any);
    if (!any)
        return;
    auto member = EstablishmentStore::load(m_session, selectedId());
    if (!member) {
        m_detail->setText(member.error().message.toHtmlEscaped());
        return;
    }
    const Member& m = member.value();
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m.name.toHtmlEscaped());
    lines << tr("SIRET %1 — NAF %2").arg(formatSiret(m.siret), m.naf).toHtmlEscaped();
    lines << QStringLiteral("%1, %2 %3").arg(m.address.street, m.address.postalCode, m.address.city).toHtmlEscaped();
    lines << tr("Member %1 since %2 — %3 since %4")
                 .arg(m.memberNumber.isEmpty() ? QStringLiteral("—") : m.memberNumber,
                      locale.toString(m.memberSince, QLocale::ShortFormat), statusTitle(m.status),
                      locale.toString(m.statusSince, QLocale::ShortFormat))
                 .toHtmlEscaped();
    lines << tr("Team in charge: %1").arg(m.teamName.isEmpty() ? tr("none") : m.teamName).toHtmlEscaped();
    for (const Contact& c : m.contacts) {
        QStringList reach{c.name};
        for (const QString& v : {c.phone, c.email})
            if (!v.isEmpty())
                reach << v;
        lines << QStringLiteral("%1: %2").arg(contactRoleTitle(c.role), reach.join(QStringLiteral(" · "))).toHtmlEscaped();
    }
    m_detail->setText(lines.join(QStringLiteral("<br>")));

    const int year = m_session.clock().today().year();
    auto enterprise = EstablishmentStore::enterprise(m_session, m.siren(), year);
    if (!enterprise)
        return;
    const EnterpriseView& e = enterprise.value();
    m_enterpriseCaption->setText(
        QStringLiteral("<b>%1</b>").arg(e.name.toHtmlEscaped()) + QStringLiteral(" — ") +
        tr("SIREN %1: %n establishment(s), %2 worker(s) followed in %3", nullptr, int(e.establishments.size()))
            .arg(formatSiren(e.siren))
            .arg(e.workers)
            .arg(year)
            .toHtmlEscaped());
    m_enterprise->setRowCount(int(e.establishments.size()) + 1);
    int r = 0;
    const auto put = [this](int row, int column, const QString& text, bool right = false, bool bold = false) {
        auto* item = new QTableWidgetItem(text);
        if (right)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_enterprise->setItem(row, column, item);
    };
    for (const EstablishmentOverview& o : e.establishments) {
        const bool self = o.id == m.id;
        put(r, 0, formatSiret(o.siret), false, self);
        put(r, 1, o.name, false, self);
        put(r, 2, o.city, false, self);
        put(r, 3, o.memberNumber, false, self);
        put(r, 4, statusTitle(o.status), false, self);
        put(r, 5, locale.toString(o.workers), true, self);
        ++r;
    }
    //: The total line of an enterprise's establishments
    put(r, 1, tr("Total of the enterprise"), false, true);
    put(r, 0, formatSiren(e.siren), false, true);
    put(r, 5, locale.toString(e.workers), true, true);
}

void EstablishmentsPage::saved(const QString& id)
{
    auto member = EstablishmentStore::load(m_session, id);
    if (!member)
        return;
    m_field->setText(member.value().name);
    searchNow();
    selectEstablishment(id);
    showSelected();
}

MemberDialog* EstablishmentsPage::newMember()
{
    auto* dialog = new MemberDialog(m_session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saved(dialog->savedId()); });
    dialog->open();
    return dialog;
}

MemberDialog* EstablishmentsPage::editMember()
{
    if (selectedId().isEmpty())
        return nullptr;
    auto member = EstablishmentStore::load(m_session, selectedId());
    if (!member) {
        m_status->setText(member.error().message);
        return nullptr;
    }
    auto* dialog = new MemberDialog(m_session, member.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saved(dialog->savedId()); });
    dialog->open();
    return dialog;
}

MembershipFormDialog* EstablishmentsPage::openMembershipForm()
{
    if (selectedId().isEmpty())
        return nullptr;
    auto* dialog = new MembershipFormDialog(m_session, selectedId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

InvoicesDialog* EstablishmentsPage::openInvoices()
{
    auto* dialog = new InvoicesDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool EstablishmentsPage::assignTeam(const QString& teamId)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return false;
    const core::Status s = EstablishmentStore::assignTeam(m_session, id, teamId);
    m_status->setText(s ? tr("Team in charge saved.") : s.error().message);
    m_status->setStyleSheet(s ? QStringLiteral("color:#1b5e20;") : QStringLiteral("color:#b00020;"));
    showSelected();
    return s.ok();
}

void EstablishmentsPage::askTeam()
{
    auto teams = EstablishmentStore::teams(m_session);
    if (!teams || selectedId().isEmpty())
        return;
    QStringList names{tr("(none)")};
    for (const TeamChoice& t : teams.value())
        names << t.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Team in charge"), tr("Team in charge of this establishment:"), names, 0,
                                                 false, &ok);
    if (!ok)
        return;
    QString teamId;
    for (const TeamChoice& t : teams.value())
        if (t.name == chosen)
            teamId = t.id;
    assignTeam(teamId);
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
