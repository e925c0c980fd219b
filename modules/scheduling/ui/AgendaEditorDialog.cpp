#include "scheduling/ui/AgendaEditorDialog.h"

#include "ui/ListTable.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/Convocation.h"
#include "security/Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace vigie::scheduling {

namespace {

void setCells(QTableWidget* t, int row, const QStringList& cells, const QString& id = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c == 0 && !id.isEmpty())
            item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QString placeKindText(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Centre: return QCoreApplication::translate("vigie::scheduling", "Centre");
    case PlaceKind::MobileUnit: return QCoreApplication::translate("vigie::scheduling", "Mobile unit");
    case PlaceKind::CompanySite: return QCoreApplication::translate("vigie::scheduling", "Company site");
    case PlaceKind::Teleconsultation: return QCoreApplication::translate("vigie::scheduling", "Tele-consultation");
    }
    return {};
}

QString dateText(QDate d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
int minutesOfTime(const QTime& t) { return t.hour() * 60 + t.minute(); }

const VisitKind AllKinds[] = {VisitKind::Vip,    VisitKind::VipRenewal, VisitKind::Ema,         VisitKind::EmaRenewal, VisitKind::SirIntermediate,
                              VisitKind::Return, VisitKind::MidCareer,  VisitKind::PostExposure, VisitKind::PreReturn,  VisitKind::OnRequest};

} // namespace

AgendaEditorDialog::AgendaEditorDialog(security::Session& session, const QString& professionalId, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Edit agendas"));
    auto* layout = new QVBoxLayout(this);
    auto* who = new QHBoxLayout;
    m_professional = new QComboBox(this);
    auto* whoLabel = new QLabel(tr("P&rofessional"), this);
    whoLabel->setBuddy(m_professional);
    who->addWidget(whoLabel);
    who->addWidget(m_professional, 1);
    layout->addLayout(who);
    auto teams = AgendaStore::teamsToPlan(session);
    if (teams)
        if (auto agendas = AgendaStore::load(session, teams.value(), session.clock().today(), session.clock().today()))
            for (const Professional& p : agendas.value().professionals)
                m_professional->addItem(p.name, p.id);
    if (const int i = m_professional->findData(professionalId); i >= 0)
        m_professional->setCurrentIndex(i);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(openingsTab(), tr("&Openings"));
    m_tabs->addTab(absencesTab(), tr("A&bsences"));
    m_tabs->addTab(limitTab(), tr("Daily &limit"));
    m_tabs->addTab(slotsTab(), tr("Slot len&gths"));
    m_tabs->addTab(placesTab(), tr("Pla&ces"));
    layout->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_professional, &QComboBox::currentIndexChanged, this, [this] { reloadProfessional(); });
    reloadPlaces();
    reloadProfessional();
    reloadSlots();
    resize(760, 520);
}

QString AgendaEditorDialog::professionalId() const { return m_professional->currentData().toString(); }

bool AgendaEditorDialog::fail(const QString& message)
{
    m_message->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
    return false;
}

void AgendaEditorDialog::succeed(const QString& message) { m_message->setText(message.toHtmlEscaped()); }

QWidget* AgendaEditorDialog::placesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_places = ui::makeListTable({tr("Name"), tr("Kind"), tr("Address")}, page);
    layout->addWidget(m_places, 1);
    auto* form = new QFormLayout;
    m_placeName = new QLineEdit(page);
    m_placeKind = new QComboBox(page);
    for (PlaceKind k : {PlaceKind::Centre, PlaceKind::MobileUnit, PlaceKind::CompanySite, PlaceKind::Teleconsultation})
        m_placeKind->addItem(placeKindText(k), int(k));
    m_placeEstablishment = new QComboBox(page);
    if (auto list = AgendaStore::establishmentsToPlan(m_session))
        for (const auto& [id, name] : list.value())
            m_placeEstablishment->addItem(name, id);
    m_placeEstablishment->setEnabled(false);
    m_placeAddress = new QLineEdit(page);
    form->addRow(tr("&Name"), m_placeName);
    form->addRow(tr("&Kind"), m_placeKind);
    form->addRow(tr("&Establishment (company site)"), m_placeEstablishment);
    form->addRow(tr("Add&ress"), m_placeAddress);
    layout->addLayout(form);
    auto* add = new QPushButton(tr("&Add the place"), page);
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(m_placeKind, &QComboBox::currentIndexChanged, this,
            [this] { m_placeEstablishment->setEnabled(PlaceKind(m_placeKind->currentData().toInt()) == PlaceKind::CompanySite); });
    connect(add, &QPushButton::clicked, this, [this] { addPlace(); });
    connect(m_placeName, &QLineEdit::returnPressed, this, [this] { addPlace(); });
    return page;
}

QWidget* AgendaEditorDialog::openingsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_openings = ui::makeListTable({tr("Day"), tr("From"), tr("To"), tr("Place"), tr("In force")}, page);
    layout->addWidget(m_openings, 1);
    auto* row = new QHBoxLayout;
    m_weekday = new QComboBox(page);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(locale.dayName(d), d);
    m_start = new QTimeEdit(QTime(9, 0), page);
    m_end = new QTimeEdit(QTime(12, 0), page);
    for (QTimeEdit* e : {m_start, m_end})
        e->setDisplayFormat(QStringLiteral("HH:mm"));
    m_openingPlace = new QComboBox(page);
    auto* dayLabel = new QLabel(tr("&Day"), page);
    dayLabel->setBuddy(m_weekday);
    auto* fromLabel = new QLabel(tr("&From"), page);
    fromLabel->setBuddy(m_start);
    auto* toLabel = new QLabel(tr("&To"), page);
    toLabel->setBuddy(m_end);
    auto* atLabel = new QLabel(tr("&Where"), page);
    atLabel->setBuddy(m_openingPlace);
    row->addWidget(dayLabel);
    row->addWidget(m_weekday);
    row->addWidget(fromLabel);
    row->addWidget(m_start);
    row->addWidget(toLabel);
    row->addWidget(m_end);
    row->addWidget(atLabel);
    row->addWidget(m_openingPlace, 1);
    layout->addLayout(row);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add the opening"), page);
    auto* remove = new QPushButton(tr("Remo&ve the selected opening (Delete)"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addOpening(); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelectedOpening(); });
    auto* del = new QShortcut(QKeySequence::Delete, m_openings);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { removeSelectedOpening(); });
    return page;
}

QWidget* AgendaEditorDialog::absencesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_absences = ui::makeListTable({tr("First day"), tr("Last day"), tr("Reason")}, page);
    layout->addWidget(m_absences, 1);
    auto* form = new QFormLayout;
    const QDate today = m_session.clock().today();
    m_first = new QDateEdit(today, page);
    m_last = new QDateEdit(today, page);
    for (QDateEdit* e : {m_first, m_last}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_label = new QLineEdit(page);
    m_label->setPlaceholderText(tr("Leave, training…"));
    form->addRow(tr("&First day"), m_first);
    form->addRow(tr("&Last day"), m_last);
    form->addRow(tr("&Reason"), m_label);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add the absence"), page);
    auto* remove = new QPushButton(tr("Remo&ve the selected absence (Delete)"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_first, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_last->date() < d)
            m_last->setDate(d);
    });
    connect(add, &QPushButton::clicked, this, [this] { addAbsence(); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelectedAbsence(); });
    connect(m_label, &QLineEdit::returnPressed, this, [this] { addAbsence(); });
    auto* del = new QShortcut(QKeySequence::Delete, m_absences);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { removeSelectedAbsence(); });
    return page;
}

QWidget* AgendaEditorDialog::limitTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_limit = new QSpinBox(page);
    m_limit->setRange(1, 60);
    m_limit->setSuffix(tr(" visits a day"));
    form->addRow(tr("&At most"), m_limit);
    layout->addLayout(form);
    auto* apply = new QPushButton(tr("&Save the limit"), page);
    layout->addWidget(apply, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("The planner and manual planning never book more visits in a day for this professional, "
                                    "whatever the opening hours leave room for."),
                                 page));
    layout->addStretch();
    connect(apply, &QPushButton::clicked, this, [this] { applyDailyLimit(); });
    return page;
}

QWidget* AgendaEditorDialog::slotsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("How long each kind of visit takes, for the whole service:"), page));
    m_slots = ui::makeListTable({tr("Visit"), tr("Minutes")}, page);
    m_slots->setRowCount(int(std::size(AllKinds)));
    for (int r = 0; r < int(std::size(AllKinds)); ++r) {
        setCells(m_slots, r, {visitTitle(AllKinds[r])});
        auto* spin = new QSpinBox(m_slots);
        spin->setRange(5, 240);
        spin->setSingleStep(5);
        spin->setSuffix(tr(" min"));
        m_slots->setCellWidget(r, 1, spin);
    }
    m_slots->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_slots->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_slots, 1);
    auto* apply = new QPushButton(tr("&Save the slot lengths"), page);
    layout->addWidget(apply, 0, Qt::AlignLeft);
    connect(apply, &QPushButton::clicked, this, [this] { applySlotLengths(); });
    return page;
}

void AgendaEditorDialog::reloadPlaces()
{
    auto places = AgendaStore::places(m_session);
    if (!places) {
        fail(places.error().message);
        return;
    }
    const QString chosen = m_openingPlace->currentData().toString();
    m_places->setRowCount(0);
    m_openingPlace->clear();
    for (const Place& p : places.value()) {
        const int row = m_places->rowCount();
        m_places->insertRow(row);
        setCells(m_places, row, {p.name, placeKindText(p.kind), p.address}, p.id);
        m_openingPlace->addItem(p.name, p.id);
    }
    if (const int i = m_openingPlace->findData(chosen); i >= 0)
        m_openingPlace->setCurrentIndex(i);
    m_places->resizeColumnsToContents();
}

void AgendaEditorDialog::reloadProfessional()
{
    m_openings->setRowCount(0);
    m_absences->setRowCount(0);
    const QString pro = professionalId();
    if (pro.isEmpty())
        return;
    auto places = AgendaStore::places(m_session);
    auto openings = AgendaStore::openingsOf(m_session, pro);
    if (!openings) {
        fail(openings.error().message);
        return;
    }
    const QLocale locale;
    for (const AgendaStore::OpeningRecord& o : openings.value()) {
        QString placeName = o.hours.placeId;
        if (places)
            for (const Place& p : places.value())
                if (p.id == o.hours.placeId)
                    placeName = p.name;
        QString inForce = tr("Always");
        if (o.hours.validFrom || o.hours.validTo)
            inForce = tr("%1 to %2").arg(o.hours.validFrom ? dateText(*o.hours.validFrom) : QStringLiteral("…"),
                                         o.hours.validTo ? dateText(*o.hours.validTo) : QStringLiteral("…"));
        const int row = m_openings->rowCount();
        m_openings->insertRow(row);
        setCells(m_openings, row, {locale.dayName(o.hours.weekday), clockText(o.hours.start), clockText(o.hours.end), placeName, inForce}, o.id);
    }
    m_openings->resizeColumnsToContents();
    auto absences = AgendaStore::absencesOf(m_session, pro);
    if (!absences) {
        fail(absences.error().message);
        return;
    }
    for (const AgendaStore::AbsenceRecord& a : absences.value()) {
        const int row = m_absences->rowCount();
        m_absences->insertRow(row);
        setCells(m_absences, row, {dateText(a.days.first), dateText(a.days.last), a.label}, a.id);
    }
    m_absences->resizeColumnsToContents();
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (teams)
        if (auto agendas = AgendaStore::load(m_session, teams.value(), m_session.clock().today(), m_session.clock().today()))
            if (const Professional* p = agendas.value().professional(pro))
                m_limit->setValue(p->dailyLimit);
}

void AgendaEditorDialog::reloadSlots()
{
    auto teams = AgendaStore::teamsToPlan(m_session);
    SlotLengths lengths;
    if (teams)
        if (auto agendas = AgendaStore::load(m_session, teams.value(), m_session.clock().today(), m_session.clock().today()))
            lengths = agendas.value().slotLengths;
    for (int r = 0; r < int(std::size(AllKinds)); ++r)
        static_cast<QSpinBox*>(m_slots->cellWidget(r, 1))->setValue(lengths.minutesFor(AllKinds[r]));
}

bool AgendaEditorDialog::addPlace()
{
    const auto kind = PlaceKind(m_placeKind->currentData().toInt());
    const Place place{{}, kind, m_placeName->text().trimmed(), m_placeAddress->text().trimmed(),
                      kind == PlaceKind::CompanySite ? m_placeEstablishment->currentData().toString() : QString()};
    if (place.name.isEmpty())
        return fail(tr("Type the name of the place"));
    if (kind == PlaceKind::CompanySite && place.establishmentId.isEmpty())
        return fail(tr("A company site names its establishment: none of your teams' establishments is available"));
    auto id = AgendaStore::addPlace(m_session, place);
    if (!id)
        return fail(id.error().message);
    m_placeName->clear();
    m_placeAddress->clear();
    reloadPlaces();
    succeed(tr("Place \"%1\" added").arg(place.name));
    return true;
}

bool AgendaEditorDialog::addOpening()
{
    const int start = minutesOfTime(m_start->time()), end = minutesOfTime(m_end->time());
    if (m_openingPlace->currentData().toString().isEmpty())
        return fail(tr("Add a place first (tab Places)"));
    if (end <= start)
        return fail(tr("The opening ends at %1, before it starts at %2").arg(clockText(end), clockText(start)));
    const OpeningHours hours{m_weekday->currentData().toInt(), start, end, m_openingPlace->currentData().toString(), std::nullopt, std::nullopt};
    auto id = AgendaStore::addOpeningHours(m_session, professionalId(), hours);
    if (!id)
        return fail(id.error().message);
    reloadProfessional();
    succeed(tr("Opening added: %1, %2 – %3 at %4").arg(m_weekday->currentText(), clockText(start), clockText(end), m_openingPlace->currentText()));
    return true;
}

bool AgendaEditorDialog::removeSelectedOpening()
{
    const int row = m_openings->currentRow();
    if (row < 0 || !m_openings->item(row, 0))
        return fail(tr("Select the opening to remove"));
    const QString what = tr("%1, %2 – %3").arg(m_openings->item(row, 0)->text(), m_openings->item(row, 1)->text(), m_openings->item(row, 2)->text());
    if (!confirmRemoval(tr("Remove the opening %1? Appointments already booked in it stay.").arg(what)))
        return fail(tr("Nothing removed"));
    if (auto s = AgendaStore::removeOpeningHours(m_session, m_openings->item(row, 0)->data(Qt::UserRole).toString()); !s)
        return fail(s.error().message);
    reloadProfessional();
    succeed(tr("Opening removed: %1. Appointments already booked in it stay: move them if needed.").arg(what));
    return true;
}

// A removal is asked for first (No by default: Enter does not remove).
bool AgendaEditorDialog::confirmRemoval(const QString& question)
{
    return QMessageBox::question(this, tr("Remove"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool AgendaEditorDialog::addAbsence()
{
    if (m_last->date() < m_first->date())
        return fail(tr("The absence ends on %1, before its first day %2").arg(dateText(m_last->date()), dateText(m_first->date())));
    auto id = AgendaStore::addAbsence(m_session, professionalId(), DateRange{m_first->date(), m_last->date()}, m_label->text().trimmed());
    if (!id)
        return fail(id.error().message);
    m_label->clear();
    reloadProfessional();
    succeed(tr("Absence added from %1 to %2").arg(dateText(m_first->date()), dateText(m_last->date())));
    return true;
}

bool AgendaEditorDialog::removeSelectedAbsence()
{
    const int row = m_absences->currentRow();
    if (row < 0 || !m_absences->item(row, 0))
        return fail(tr("Select the absence to remove"));
    const QString what = tr("%1 to %2").arg(m_absences->item(row, 0)->text(), m_absences->item(row, 1)->text());
    if (!confirmRemoval(tr("Remove the absence from %1?").arg(what)))
        return fail(tr("Nothing removed"));
    if (auto s = AgendaStore::removeAbsence(m_session, m_absences->item(row, 0)->data(Qt::UserRole).toString()); !s)
        return fail(s.error().message);
    reloadProfessional();
    succeed(tr("Absence removed: %1").arg(what));
    return true;
}

bool AgendaEditorDialog::applyDailyLimit()
{
    if (auto s = AgendaStore::setDailyLimit(m_session, professionalId(), m_limit->value()); !s)
        return fail(s.error().message);
    succeed(tr("%1: at most %2 visits a day").arg(m_professional->currentText()).arg(m_limit->value()));
    return true;
}

bool AgendaEditorDialog::applySlotLengths()
{
    auto teams = AgendaStore::teamsToPlan(m_session);
    SlotLengths before;
    if (teams)
        if (auto agendas = AgendaStore::load(m_session, teams.value(), m_session.clock().today(), m_session.clock().today()))
            before = agendas.value().slotLengths;
    int changed = 0;
    for (int r = 0; r < int(std::size(AllKinds)); ++r) {
        const int minutes = static_cast<QSpinBox*>(m_slots->cellWidget(r, 1))->value();
        if (minutes == before.minutesFor(AllKinds[r]))
            continue;
        if (auto s = AgendaStore::setSlotLength(m_session, AllKinds[r], minutes); !s)
            return fail(s.error().message);
        ++changed;
    }
    succeed(tr("%n slot length(s) saved", "", changed));
    return true;
}

} // namespace vigie::scheduling
