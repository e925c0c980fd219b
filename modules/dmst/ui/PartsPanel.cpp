#include "dmst/ui/PartsPanel.h"

#include "dmst/RecordStore.h"
#include "security/Session.h"
#include "thesaurus/ui/ThesaurusPickerAdapter.h"
#include "ui/ThesaurusPicker.h"

#include <algorithm>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::dmst {

namespace {
QString dateText(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString insStatusText(const QString& code)
{
    if (code == QLatin1String("QUAL"))
        return PartsPanel::tr("qualified identity");
    if (code == QLatin1String("VALI"))
        return PartsPanel::tr("validated identity");
    if (code == QLatin1String("RECUP"))
        return PartsPanel::tr("retrieved identity");
    return PartsPanel::tr("provisional identity");
}
} // namespace

PartsPanel::PartsPanel(security::Session& session, QWidget* scope, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* identity = new QGroupBox(tr("Identity check (INS)"), this);
    auto* il = new QVBoxLayout(identity);
    m_ins = new QLabel(identity);
    il->addWidget(m_ins);
    auto* row = new QHBoxLayout;
    m_document = new QComboBox(identity);
    for (IdentityDocument d : {IdentityDocument::IdCard, IdentityDocument::Passport, IdentityDocument::ResidencePermit, IdentityDocument::BirthCertificate})
        m_document->addItem(identityDocumentText(d), identityDocumentCode(d));
    m_checkedOn = new QLineEdit(identity);
    m_checkedOn->setPlaceholderText(tr("dd/mm/yyyy"));
    m_checkedOn->setMinimumWidth(m_checkedOn->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 12);
    m_checkedOn->setMaximumWidth(m_checkedOn->minimumWidth() + 20);
    auto* record = new QPushButton(tr("Record the check (Ctrl+Shift+K)"), identity);
    record->setAutoDefault(false);
    auto* docLabel = new QLabel(tr("&Document seen"), identity);
    docLabel->setBuddy(m_document);
    // The document's long names elide in the combo (each whole in its list): the panel shares 1366
    // pixels with the sections' list and the consultation form.
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_document->setMinimumContentsLength(12);
    row->addWidget(docLabel);
    row->addWidget(m_document, 1);
    il->addLayout(row);
    auto* dateRow = new QHBoxLayout; // the date under the document, not beside it: narrower
    dateRow->addWidget(new QLabel(tr("on"), identity));
    dateRow->addWidget(m_checkedOn);
    dateRow->addStretch(1);
    il->addLayout(dateRow);
    // The button on its own line: beside the fields it was cut at 1366 pixels wide.
    auto* recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(record);
    il->addLayout(recordRow);
    m_checks = new QListWidget(identity);
    m_checks->setMaximumHeight(80);
    il->addWidget(m_checks);
    layout->addWidget(identity);

    auto* exposures = new QGroupBox(tr("Exposures (part 2°)"), this);
    auto* el = new QVBoxLayout(exposures);
    m_exposures = new QTableWidget(0, 6, exposures);
    m_exposures->setHorizontalHeaderLabels({tr("Exposure"), tr("L4161-1 factor"), tr("Intensity"), tr("Source"), tr("From"), tr("To")});
    m_exposures->horizontalHeader()->setStretchLastSection(true);
    m_exposures->verticalHeader()->hide();
    m_exposures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exposures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exposures->setTabKeyNavigation(false);
    // Every column as wide as its title and its longest cell: the narrow panel scrolls sideways
    // rather than cutting a column or its title ("Facteur L4161-1").
    m_exposures->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_exposures->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_exposures->resizeColumnsToContents();
    el->addWidget(m_exposures, 1);
    // The fields under the list, two by two: the panel shares the page with the consultation, so
    // five fields on one line were cut at 1366 pixels wide.
    auto* add = new QGridLayout;
    m_intensity = new QComboBox(exposures);
    for (Intensity i : {Intensity::Unknown, Intensity::Low, Intensity::Medium, Intensity::High})
        m_intensity->addItem(intensityText(i), intensityCode(i));
    m_source = new QComboBox(exposures);
    // Short words in the narrow panel ("company", "physician"), the whole phrase in each item's tooltip.
    for (ExposureSource src : {ExposureSource::Physician, ExposureSource::Company}) {
        m_source->addItem(src == ExposureSource::Company ? tr("company") : tr("physician"), exposureSourceCode(src));
        m_source->setItemData(m_source->count() - 1, exposureSourceText(src), Qt::ToolTipRole);
    }
    m_source->setToolTip(tr("Source of the exposure"));
    m_start = new QLineEdit(exposures);
    m_end = new QLineEdit(exposures);
    for (QLineEdit* d : {m_start, m_end}) {
        d->setPlaceholderText(tr("dd/mm/yyyy"));
        d->setMinimumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 16);
    }
    m_end->setToolTip(tr("Empty: the exposure is ongoing"));
    const auto label = [exposures](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, exposures);
        l->setBuddy(buddy);
        return l;
    };
    add->addWidget(label(tr("Intensity"), m_intensity), 0, 0);
    add->addWidget(m_intensity, 0, 1);
    add->addWidget(label(tr("Source"), m_source), 0, 2);
    add->addWidget(m_source, 0, 3);
    add->addWidget(label(tr("From"), m_start), 1, 0);
    add->addWidget(m_start, 1, 1);
    add->addWidget(label(tr("To"), m_end), 1, 2);
    add->addWidget(m_end, 1, 3);
    for (QComboBox* combo : {m_intensity, m_source}) { // narrow: the words elide, the lists stay whole
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    add->setColumnStretch(3, 1); // the source's words take what the intensity leaves
    m_picker = thesaurus::makePicker(session, QStringLiteral("exposure"), exposures);
    m_picker->lineEdit()->setPlaceholderText(tr("Type an exposure and press Enter to add it"));
    add->addWidget(m_picker, 2, 0, 1, 4);
    el->addLayout(add);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("New (Escape)"), exposures);
    m_new->setAutoDefault(false);
    m_new->setVisible(false);
    m_save = new QPushButton(tr("Save (Enter)"), exposures);
    m_save->setAutoDefault(false);
    m_save->setVisible(false);
    buttons->addStretch(1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    el->addLayout(buttons);
    layout->addWidget(exposures, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(record, &QPushButton::clicked, this, &PartsPanel::recordIdentityCheck);
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), scope);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, this, &PartsPanel::recordIdentityCheck);
    connect(m_picker, &ui::ThesaurusPicker::codeChosen, this, [this](const QString& code) {
        if (!m_editing.isEmpty()) { // correcting: the code chosen replaces the exposure's, saved at once
            m_editingCode = code;
            (void)saveExposure();
            return;
        }
        addExposure(code);
        m_picker->clear();
    });
    connect(m_exposures, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) { editExposure(item->row()); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveExposure(); });
    connect(m_new, &QPushButton::clicked, this, &PartsPanel::cancelEdit);
    for (QLineEdit* f : {m_start, m_end})
        connect(f, &QLineEdit::returnPressed, this, [this] {
            if (!m_editing.isEmpty())
                (void)saveExposure();
        });
    // Escape is taken only while a line is being corrected (the picker's own Escape stays otherwise).
    auto* escape = m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    escape->setEnabled(false);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_editing.isEmpty())
            cancelEdit();
    });
}

bool PartsPanel::readFields(Exposure& e)
{
    e.intensity = intensityFromCode(m_intensity->currentData().toString()).value_or(Intensity::Unknown);
    e.source = exposureSourceFromCode(m_source->currentData().toString()).value_or(ExposureSource::Physician);
    e.start = m_start->text().trimmed().isEmpty() ? m_session.clock().today() : QDate::fromString(m_start->text().trimmed(), QStringLiteral("d/M/yyyy"));
    if (!e.start.isValid()) {
        showMessage(tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_start->text()), true);
        return false;
    }
    e.end = QDate();
    if (!m_end->text().trimmed().isEmpty()) {
        e.end = QDate::fromString(m_end->text().trimmed(), QStringLiteral("d/M/yyyy"));
        if (!e.end.isValid()) {
            showMessage(tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_end->text()), true);
            return false;
        }
    }
    return true;
}

void PartsPanel::editExposure(int row)
{
    if (row < 0 || row >= m_list.size())
        return;
    const Exposure& e = m_list.at(row);
    m_editing = e.id;
    m_editingCode = e.code;
    m_intensity->setCurrentIndex(std::max(0, m_intensity->findData(intensityCode(e.intensity))));
    m_source->setCurrentIndex(std::max(0, m_source->findData(exposureSourceCode(e.source))));
    m_start->setText(dateText(e.start));
    m_end->setText(dateText(e.end));
    {
        const QSignalBlocker quiet(m_picker);
        m_picker->setCode(e.code);
    }
    m_save->setVisible(true);
    m_new->setVisible(true);
    m_escape->setEnabled(true);
    showMessage(tr("Correcting: %1. Change the fields, then Enter (Escape: back to adding)").arg(e.label.isEmpty() ? e.code : e.label), false);
    m_intensity->setFocus();
}

bool PartsPanel::saveExposure()
{
    if (m_editing.isEmpty() || m_workerId.isEmpty())
        return false;
    Exposure e;
    for (const Exposure& shown : std::as_const(m_list))
        if (shown.id == m_editing)
            e = shown;
    e.id = m_editing;
    e.workerId = m_workerId;
    e.code = m_editingCode;
    if (!readFields(e))
        return false;
    if (core::Status st = RecordStore::updateExposure(m_session, e); !st) {
        showMessage(st.error().message, true);
        return false;
    }
    cancelEdit();
    refresh();
    showMessage(tr("Exposure corrected"), false);
    return true;
}

void PartsPanel::cancelEdit()
{
    m_editing.clear();
    m_editingCode.clear();
    m_start->clear();
    m_end->clear();
    {
        const QSignalBlocker quiet(m_picker);
        m_picker->clear();
    }
    m_save->setVisible(false);
    m_new->setVisible(false);
    m_escape->setEnabled(false);
}

QString PartsPanel::statusText() const { return m_status->text(); }
QString PartsPanel::insText() const { return m_ins->text(); }

void PartsPanel::showMessage(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;") : QStringLiteral("color: #3b6e3b;"));
}

void PartsPanel::setWorker(const QString& workerId)
{
    m_workerId = workerId;
    m_status->clear();
    m_checkedOn->setText(dateText(m_session.clock().today()));
    refresh();
}

void PartsPanel::clear()
{
    m_workerId.clear();
    m_ins->clear();
    m_checks->clear();
    m_exposures->setRowCount(0);
    m_list.clear();
    m_status->clear();
    m_checkedOn->clear();
    cancelEdit();
}

void PartsPanel::refresh()
{
    m_checks->clear();
    m_exposures->setRowCount(0);
    m_list.clear();
    if (m_workerId.isEmpty())
        return;
    if (auto identity = RecordStore::identity(m_session, m_workerId); identity)
        m_ins->setText(tr("INS status: %1").arg(insStatusText(identity.value().insStatus)));
    if (auto checks = RecordStore::identityChecks(m_session, m_workerId); checks)
        for (const IdentityCheck& c : checks.value())
            m_checks->addItem(tr("%1 — %2 — by %3").arg(dateText(c.checkedOn), identityDocumentText(c.document), c.checkedByName));
    auto list = RecordStore::exposures(m_session, m_workerId);
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    m_list = list.value();
    m_exposures->setRowCount(int(m_list.size()));
    int row = 0;
    for (const Exposure& e : std::as_const(m_list)) {
        const QStringList cells{e.label.isEmpty() ? e.code : e.label, e.l4161Label, intensityText(e.intensity),
                                e.source == ExposureSource::Company ? tr("company") : tr("physician"), dateText(e.start),
                                e.end.isValid() ? dateText(e.end) : tr("ongoing")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 3 ? exposureSourceText(e.source) : cells[c]); // long labels are elided in the narrow panel
            m_exposures->setItem(row, c, item);
        }
        ++row;
    }
    m_exposures->resizeColumnsToContents(); // whole titles and cells; the table scrolls sideways
}

void PartsPanel::recordIdentityCheck()
{
    if (m_workerId.isEmpty())
        return;
    const QDate on = QDate::fromString(m_checkedOn->text().trimmed(), QStringLiteral("d/M/yyyy"));
    if (!on.isValid())
        return showMessage(tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_checkedOn->text()), true);
    IdentityCheck check;
    check.workerId = m_workerId;
    check.document = identityDocumentFromCode(m_document->currentData().toString()).value_or(IdentityDocument::IdCard);
    check.checkedOn = on;
    auto id = RecordStore::recordIdentityCheck(m_session, check);
    if (!id)
        return showMessage(id.error().message, true);
    // Qualified when the INS was retrieved (matricule and OID), validated otherwise (INS-02).
    QString reached = QStringLiteral("QUAL");
    if (!RecordStore::setInsStatus(m_session, m_workerId, reached)) {
        reached = QStringLiteral("VALI");
        if (core::Status s = RecordStore::setInsStatus(m_session, m_workerId, reached); !s) {
            refresh();
            return showMessage(s.error().message, true);
        }
    }
    refresh();
    showMessage(tr("Identity check recorded: %1").arg(insStatusText(reached)), false);
    emit identityChanged();
}

void PartsPanel::addExposure(const QString& code)
{
    if (m_workerId.isEmpty())
        return;
    Exposure e;
    e.workerId = m_workerId;
    e.code = code;
    if (!readFields(e))
        return;
    auto id = RecordStore::addExposure(m_session, e);
    if (!id)
        return showMessage(id.error().message, true);
    refresh();
    showMessage(tr("Exposure added"), false);
}

} // namespace vigie::dmst
