#include "membership/ui/MemberDialog.h"

#include "core/Siret.h"
#include "membership/EstablishmentStore.h"
#include "security/Session.h"
#include "thesaurus/ui/ThesaurusPickerAdapter.h"
#include "ui/ThesaurusPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::membership {

namespace {
QDateEdit* dateEdit(QWidget* parent, const QDate& value)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                               ? QLocale().dateFormat(QLocale::ShortFormat)
                               : QStringLiteral("dd/MM/yyyy"));
    edit->setDate(value);
    return edit;
}
} // namespace

MemberDialog::MemberDialog(security::Session& session, const std::optional<Member>& existing, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_existing(existing),
      m_siret(new QLineEdit(this)),
      m_siren(new QLabel(this)),
      m_enterpriseHint(new QLabel(this)),
      m_enterpriseName(new QLineEdit(this)),
      m_legalForm(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_naf(thesaurus::makePicker(session, QStringLiteral("naf"), this)),
      m_street(new QLineEdit(this)),
      m_extra(new QLineEdit(this)),
      m_commune(thesaurus::makePicker(session, QStringLiteral("commune"), this)),
      m_postalCode(new QComboBox(this)),
      m_city(new QLabel(this)),
      m_memberNumber(new QLineEdit(this)),
      m_memberSince(dateEdit(this, session.clock().today())),
      m_status(new QComboBox(this)),
      m_statusSince(dateEdit(this, session.clock().today())),
      m_team(new QLabel(this)),
      m_contacts(new QTableWidget(0, ContactColumnCount, this)),
      m_message(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(existing ? tr("Member %1").arg(existing->name) : tr("New member"));

    m_siret->setObjectName(QStringLiteral("memberSiret"));
    m_siret->setPlaceholderText(tr("14 digits"));
    m_siret->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,17}")), m_siret));
    m_siret->setAccessibleName(tr("SIRET of the establishment"));
    m_siren->setObjectName(QStringLiteral("memberSiren"));
    m_enterpriseHint->setObjectName(QStringLiteral("enterpriseHint"));
    m_enterpriseHint->setStyleSheet(QStringLiteral("color:#4a5563;"));
    m_enterpriseHint->setWordWrap(true);
    m_enterpriseName->setObjectName(QStringLiteral("enterpriseName"));
    m_legalForm->setEditable(true);
    m_legalForm->addItems({QString(), QStringLiteral("SARL"), QStringLiteral("SAS"), QStringLiteral("SASU"), QStringLiteral("EURL"),
                           QStringLiteral("SA"), QStringLiteral("SCI"), QStringLiteral("EI"), QStringLiteral("Association"),
                           QStringLiteral("Établissement public")});
    m_name->setObjectName(QStringLiteral("establishmentName"));
    m_naf->setObjectName(QStringLiteral("nafPicker"));
    m_naf->lineEdit()->setPlaceholderText(tr("NAF code or activity…"));
    m_street->setObjectName(QStringLiteral("street"));
    m_street->setPlaceholderText(tr("Number and street"));
    m_extra->setPlaceholderText(tr("Building, floor, lieu-dit (optional)"));
    m_commune->setObjectName(QStringLiteral("communePicker"));
    m_commune->lineEdit()->setPlaceholderText(tr("Commune or postal code…"));
    m_postalCode->setObjectName(QStringLiteral("postalCode"));
    m_postalCode->setMinimumContentsLength(6);
    m_memberNumber->setObjectName(QStringLiteral("memberNumber"));
    m_memberNumber->setPlaceholderText(tr("Given when saved"));
    m_memberSince->setObjectName(QStringLiteral("memberSince"));
    for (MemberStatus s : allStatuses())
        m_status->addItem(statusTitle(s), statusCode(s));
    m_status->setObjectName(QStringLiteral("memberStatus"));
    m_statusSince->setObjectName(QStringLiteral("statusSince"));
    m_team->setObjectName(QStringLiteral("teamInCharge"));
    m_team->setWordWrap(true);

    auto* enterprise = new QGroupBox(tr("Enterprise and establishment"), this);
    auto* ef = new QFormLayout(enterprise);
    auto* siretRow = new QHBoxLayout;
    siretRow->addWidget(m_siret, 1);
    siretRow->addWidget(m_siren);
    auto* siretLabel = new QLabel(tr("S&IRET:"), enterprise);
    siretLabel->setBuddy(m_siret);
    ef->addRow(siretLabel, siretRow);
    ef->addRow(QString(), m_enterpriseHint);
    ef->addRow(tr("&Enterprise:"), m_enterpriseName);
    ef->addRow(tr("&Legal form:"), m_legalForm);
    ef->addRow(tr("Establishment &name:"), m_name);
    ef->addRow(tr("NA&F code:"), m_naf);

    auto* address = new QGroupBox(tr("Address"), this);
    auto* af = new QFormLayout(address);
    af->addRow(tr("S&treet:"), m_street);
    af->addRow(QString(), m_extra);
    af->addRow(tr("&Commune:"), m_commune);
    auto* postalRow = new QHBoxLayout;
    postalRow->addWidget(m_postalCode);
    postalRow->addWidget(m_city, 1);
    auto* postalLabel = new QLabel(tr("&Postal code:"), address);
    postalLabel->setBuddy(m_postalCode);
    af->addRow(postalLabel, postalRow);

    auto* membership = new QGroupBox(tr("Membership"), this);
    auto* mf = new QFormLayout(membership);
    mf->addRow(tr("Member n&umber:"), m_memberNumber);
    mf->addRow(tr("Membership &date:"), m_memberSince);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(new QLabel(tr("since"), this));
    statusRow->addWidget(m_statusSince);
    statusRow->addStretch(1);
    auto* statusLabel = new QLabel(tr("St&atus:"), membership);
    statusLabel->setBuddy(m_status);
    mf->addRow(statusLabel, statusRow);
    mf->addRow(tr("Team in charge:"), m_team);

    auto* contacts = new QGroupBox(tr("Contacts"), this);
    auto* cl = new QVBoxLayout(contacts);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_contacts->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Phone"), tr("E-mail")});
    m_contacts->verticalHeader()->setVisible(false);
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactName, QHeaderView::Stretch);
    m_contacts->horizontalHeader()->setSectionResizeMode(ContactEmail, QHeaderView::Stretch);
    m_contacts->setMinimumHeight(m_contacts->fontMetrics().height() * 7);
    auto* add = new QPushButton(tr("Add a contact"), contacts);
    add->setObjectName(QStringLiteral("addContact"));
    auto* remove = new QPushButton(tr("Remove the contact"), contacts);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    cl->addWidget(m_contacts);
    cl->addLayout(buttons);

    m_message->setObjectName(QStringLiteral("memberMessage"));
    m_message->setWordWrap(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save->setObjectName(QStringLiteral("saveMember"));
    m_save->setDefault(true);
    box->addButton(m_save, QDialogButtonBox::AcceptRole);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(enterprise);
    left->addWidget(address);
    auto* right = new QVBoxLayout;
    right->addWidget(membership);
    right->addWidget(contacts, 1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(box);

    // Checked as soon as the 14 digits are there, and again when the field is left.
    connect(m_siret, &QLineEdit::textChanged, this, [this] {
        if (digitsOf(m_siret->text()).size() == 14)
            siretEdited();
        else {
            m_siren->clear();
            m_enterpriseHint->clear();
        }
    });
    connect(m_siret, &QLineEdit::editingFinished, this, &MemberDialog::siretEdited);
    connect(m_memberSince, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (!m_existing)
            m_statusSince->setDate(d); // a new member is active from its membership date
    });
    connect(m_commune, &ui::ThesaurusPicker::codeChanged, this, &MemberDialog::communeChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MemberDialog::statusChanged);
    connect(add, &QPushButton::clicked, this, [this] { addContact(); });
    connect(remove, &QPushButton::clicked, this, &MemberDialog::removeContact);
    connect(m_save, &QPushButton::clicked, this, &MemberDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        const Member& m = *existing;
        m_siret->setText(formatSiret(m.siret));
        m_enterpriseName->setText(m.enterpriseName);
        m_legalForm->setCurrentText(m.legalForm);
        m_name->setText(m.name);
        m_naf->setCode(m.naf);
        m_street->setText(m.address.street);
        m_extra->setText(m.address.extra);
        m_commune->setCode(m.address.communeInsee);
        communeChanged(m.address.communeInsee);
        m_postalCode->setCurrentText(m.address.postalCode);
        m_memberNumber->setText(m.memberNumber);
        m_memberSince->setDate(m.memberSince.isValid() ? m.memberSince : session.clock().today());
        m_status->setCurrentIndex(m_status->findData(statusCode(m.status)));
        m_statusSince->setDate(m.statusSince.isValid() ? m.statusSince : m.memberSince);
        for (const Contact& c : m.contacts)
            addContact(c);
        siretEdited();
    }
    if (!existing)
        m_statusSince->setDate(m_memberSince->date());
    m_team->setText(existing && !existing->teamName.isEmpty()
                        ? existing->teamName
                        : tr("None yet: the administrator assigns the team in charge"));
    statusChanged();
    resize(1000, 620);
}

void MemberDialog::siretEdited()
{
    const QString digits = digitsOf(m_siret->text());
    m_siren->clear();
    m_enterpriseHint->clear();
    if (digits.size() != 14)
        return;
    if (const core::Status s = core::validateSiret(digits); !s) {
        showMessage(s.error().message, true);
        return;
    }
    m_message->clear();
    const QString siren = digits.left(9);
    m_siren->setText(tr("SIREN %1").arg(formatSiren(siren)));
    auto view = EstablishmentStore::enterprise(m_session, siren, m_session.clock().today().year());
    if (!view)
        return; // a new enterprise: nothing to show
    const EnterpriseView& e = view.value();
    m_enterpriseHint->setText(tr("Known enterprise: %1, %n establishment(s)", nullptr, int(e.establishments.size())).arg(e.name));
    if (m_enterpriseName->text().trimmed().isEmpty()) {
        m_enterpriseName->setText(e.name);
        m_legalForm->setCurrentText(e.legalForm);
    }
}

void MemberDialog::communeChanged(const QString& code)
{
    const QString previous = m_postalCode->currentText();
    m_postalCode->clear();
    m_city->clear();
    if (code.isEmpty())
        return;
    auto commune = EstablishmentStore::commune(m_session, code);
    if (!commune || !commune.value())
        return;
    m_postalCode->addItems(commune.value()->postalCodes);
    m_city->setText(commune.value()->name);
    const int again = m_postalCode->findText(previous);
    m_postalCode->setCurrentIndex(again >= 0 ? again : 0);
}

void MemberDialog::statusChanged()
{
    // The status date matters when the status changes (and on creation: the membership date is used).
    const bool changed = m_existing && m_status->currentData().toString() != statusCode(m_existing->status);
    m_statusSince->setEnabled(changed);
    if (changed)
        m_statusSince->setDate(m_session.clock().today());
    else if (m_existing)
        m_statusSince->setDate(m_existing->statusSince.isValid() ? m_existing->statusSince : m_existing->memberSince);
    else
        m_statusSince->setDate(m_memberSince->date());
}

void MemberDialog::addContact(const Contact& c)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto* role = new QComboBox(m_contacts);
    for (ContactRole r : allContactRoles())
        role->addItem(contactRoleTitle(r), contactRoleCode(r));
    role->setCurrentIndex(role->findData(contactRoleCode(c.role)));
    m_contacts->setCellWidget(row, ContactRoleColumn, role);
    auto* name = new QTableWidgetItem(c.name);
    name->setData(Qt::UserRole, c.id);
    m_contacts->setItem(row, ContactName, name);
    m_contacts->setItem(row, ContactPhone, new QTableWidgetItem(c.phone));
    m_contacts->setItem(row, ContactEmail, new QTableWidgetItem(c.email));
    m_contacts->setCurrentCell(row, ContactName);
}

void MemberDialog::removeContact()
{
    if (m_contacts->currentRow() >= 0)
        m_contacts->removeRow(m_contacts->currentRow());
}

Member MemberDialog::member() const
{
    Member m = m_existing.value_or(Member{});
    m.siret = digitsOf(m_siret->text());
    m.enterpriseName = m_enterpriseName->text().trimmed();
    m.legalForm = m_legalForm->currentText().trimmed();
    m.name = m_name->text().trimmed();
    m.naf = m_naf->code();
    m.address = Address{m_street->text().trimmed(), m_extra->text().trimmed(), m_postalCode->currentText().trimmed(),
                        m_commune->code(), m_city->text()};
    m.memberNumber = m_memberNumber->text().trimmed();
    m.memberSince = m_memberSince->date();
    m.status = statusFromCode(m_status->currentData().toString()).value_or(MemberStatus::Active);
    m.statusSince = m_existing ? m_statusSince->date() : m.memberSince;
    m.contacts.clear();
    for (int r = 0; r < m_contacts->rowCount(); ++r) {
        const auto text = [&](int column) { return m_contacts->item(r, column) ? m_contacts->item(r, column)->text().trimmed() : QString(); };
        if (text(ContactName).isEmpty() && text(ContactPhone).isEmpty() && text(ContactEmail).isEmpty())
            continue; // an empty row left behind
        auto* role = qobject_cast<QComboBox*>(m_contacts->cellWidget(r, ContactRoleColumn));
        m.contacts.append(Contact{m_contacts->item(r, ContactName)->data(Qt::UserRole).toString(),
                                  contactRoleFromCode(role ? role->currentData().toString() : QString()).value_or(ContactRole::Other),
                                  text(ContactName), text(ContactPhone), text(ContactEmail)});
    }
    return m;
}

bool MemberDialog::save()
{
    auto saved = EstablishmentStore::save(m_session, member());
    if (!saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    m_savedId = saved.value();
    showMessage(tr("Saved."), false);
    accept();
    return true;
}

void MemberDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020;") : QStringLiteral("color:#1b5e20;"));
}

} // namespace vigie::membership
