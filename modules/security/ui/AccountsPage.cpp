#include "security/ui/AccountsPage.h"

#include <QCheckBox>
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
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::security {
namespace {
const QColor ErrorColor(0xb0, 0x00, 0x20);
const QColor OkColor(0x1b, 0x6e, 0x34);
} // namespace

AccountsPage::AccountsPage(Session& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_accounts(new QTableWidget(0, ColumnCount, this)),
      m_accountsMessage(new QLabel(this)),
      m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_rpps(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_confirmation(new QLineEdit(this)),
      m_create(new QPushButton(tr("C&reate account"), this)),
      m_formMessage(new QLabel(this)),
      m_teams(new QListWidget(this)),
      m_member(new QComboBox(this)),
      m_protocol(new QCheckBox(tr("Under a &written protocol"), this)),
      m_addMember(new QPushButton(tr("A&dd to team"), this)),
      m_siret(new QLineEdit(this)),
      m_assign(new QPushButton(tr("Assi&gn"), this)),
      m_teamMessage(new QLabel(this)),
      m_teamName(new QLineEdit(this)),
      m_teamPhysician(new QComboBox(this)),
      m_createTeam(new QPushButton(tr("Create &team"), this)),
      m_toggleActive(new QPushButton(tr("Disa&ble"), this)),
      m_newRole(new QComboBox(this)),
      m_changeRole(new QPushButton(tr("Change rol&e"), this)),
      m_members(new QListWidget(this)),
      m_removeMember(new QPushButton(tr("Remo&ve from team"), this)),
      m_establishments(new QListWidget(this)),
      m_unassign(new QPushButton(tr("&Unassign"), this))
{
    setObjectName(QStringLiteral("accountsPage"));

    auto* title = new QLabel(tr("Accounts and teams"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // Accounts
    m_accounts->setObjectName(QStringLiteral("accountTable"));
    m_accounts->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Active")});
    m_accounts->setAccessibleName(tr("Accounts"));
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->setAlternatingRowColors(true);
    m_accounts->setShowGrid(false);
    m_accounts->setTabKeyNavigation(false);
    m_accounts->verticalHeader()->setVisible(false);
    m_accounts->verticalHeader()->setDefaultSectionSize(m_accounts->fontMetrics().height() + 8);
    m_accounts->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_accounts->horizontalHeader()->setHighlightSections(false);
    m_accounts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accounts->horizontalHeader()->setSectionResizeMode(RoleTitle, QHeaderView::Stretch);
    m_accountsMessage->setWordWrap(true);
    m_accountsMessage->setObjectName(QStringLiteral("accountsMessage"));
    // A temporary password shown here must be selectable, to be copied for the person.
    m_accountsMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));
    m_newRole->setObjectName(QStringLiteral("changeRoleCombo"));
    m_newRole->setAccessibleName(tr("New role"));
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));

    // New account
    for (const QString& code : allRoleCodes()) {
        const Role role = *roleFromCode(code);
        m_role->addItem(roleTitle(role), code);
        m_newRole->addItem(roleTitle(role), code);
    }
    m_role->setCurrentIndex(m_role->findData(roleCode(Role::Physician)));
    m_login->setObjectName(QStringLiteral("newAccountLogin"));
    m_name->setObjectName(QStringLiteral("newAccountName"));
    m_name->setPlaceholderText(tr("First name and last name of the person"));
    m_role->setObjectName(QStringLiteral("newAccountRole"));
    m_rpps->setObjectName(QStringLiteral("newAccountRpps"));
    m_rpps->setPlaceholderText(tr("11 digits"));
    m_rpps->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,11}")), m_rpps));
    m_password->setObjectName(QStringLiteral("newAccountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 12 characters"));
    m_confirmation->setObjectName(QStringLiteral("newAccountConfirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_create->setObjectName(QStringLiteral("createAccountButton"));
    m_formMessage->setObjectName(QStringLiteral("accountFormMessage"));
    m_formMessage->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Login:"), m_login);
    addRow(tr("&Name:"), m_name);
    addRow(tr("R&ole:"), m_role);
    addRow(tr("RPP&S:"), m_rpps);
    addRow(tr("&Password:"), m_password);
    addRow(tr("&Confirmation:"), m_confirmation);
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_formMessage, 1);
    createRow->addWidget(m_create, 0, Qt::AlignTop);
    form->addRow(createRow);
    auto* newAccount = new QGroupBox(tr("New account"), this);
    newAccount->setLayout(form);

    auto* accountsBox = new QGroupBox(tr("Accounts"), this);
    auto* accountsLayout = new QVBoxLayout(accountsBox);
    accountsLayout->addWidget(m_accounts, 1);
    auto* accountActions = new QHBoxLayout;
    accountActions->addWidget(m_toggleActive);
    accountActions->addStretch(1);
    accountActions->addWidget(m_newRole);
    accountActions->addWidget(m_changeRole);
    accountsLayout->addLayout(accountActions);
    accountsLayout->addWidget(m_accountsMessage);

    auto* left = new QVBoxLayout;
    left->addWidget(accountsBox, 1);
    left->addWidget(newAccount);

    // Teams
    m_teams->setObjectName(QStringLiteral("teamList"));
    m_teams->setAccessibleName(tr("Teams"));
    m_member->setObjectName(QStringLiteral("teamMemberCombo"));
    m_siret->setObjectName(QStringLiteral("teamSiretField"));
    m_siret->setPlaceholderText(tr("14 digits, e.g. 732 829 320 00074"));
    m_teamMessage->setObjectName(QStringLiteral("teamMessage"));
    m_teamMessage->setWordWrap(true);
    auto* teamsBox = new QGroupBox(tr("Teams"), this);
    auto* teamsLayout = new QVBoxLayout(teamsBox);
    auto* teamsLabel = new QLabel(tr("&Team:"), this);
    teamsLabel->setBuddy(m_teams);
    teamsLayout->addWidget(teamsLabel);
    teamsLayout->addWidget(m_teams, 1);
    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setAccessibleName(tr("Members of the team"));
    m_removeMember->setObjectName(QStringLiteral("removeMemberButton"));
    m_establishments->setObjectName(QStringLiteral("establishmentList"));
    m_establishments->setAccessibleName(tr("Establishments of the team"));
    m_unassign->setObjectName(QStringLiteral("unassignButton"));
    auto* lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Members:"), this), 0, 0);
    lists->addWidget(new QLabel(tr("Establishments:"), this), 0, 1);
    lists->addWidget(m_members, 1, 0);
    lists->addWidget(m_establishments, 1, 1);
    lists->addWidget(m_removeMember, 2, 0, Qt::AlignRight);
    lists->addWidget(m_unassign, 2, 1, Qt::AlignRight);
    teamsLayout->addLayout(lists, 1);
    auto* memberLabel = new QLabel(tr("&Member to add:"), this);
    memberLabel->setBuddy(m_member);
    teamsLayout->addWidget(memberLabel);
    teamsLayout->addWidget(m_member);
    auto* memberRow = new QHBoxLayout;
    memberRow->addWidget(m_protocol, 1);
    memberRow->addWidget(m_addMember);
    teamsLayout->addLayout(memberRow);
    auto* siretLabel = new QLabel(tr("Establishment to assign (S&IRET):"), this);
    siretLabel->setBuddy(m_siret);
    teamsLayout->addSpacing(6);
    teamsLayout->addWidget(siretLabel);
    auto* siretRow = new QHBoxLayout;
    siretRow->addWidget(m_siret, 1);
    siretRow->addWidget(m_assign);
    teamsLayout->addLayout(siretRow);
    teamsLayout->addWidget(m_teamMessage);
    auto* newTeamLabel = new QLabel(tr("New team (&name, occupational physician):"), this);
    newTeamLabel->setBuddy(m_teamName);
    m_teamName->setObjectName(QStringLiteral("teamNameField"));
    m_teamPhysician->setObjectName(QStringLiteral("teamPhysicianCombo"));
    teamsLayout->addSpacing(6);
    teamsLayout->addWidget(newTeamLabel);
    teamsLayout->addWidget(m_teamName);
    auto* newTeamRow = new QHBoxLayout;
    newTeamRow->addWidget(m_teamPhysician, 1);
    newTeamRow->addWidget(m_createTeam);
    teamsLayout->addLayout(newTeamRow);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addLayout(left, 3);
    columns->addWidget(teamsBox, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    // Long names and roles elide in the combo boxes instead of widening the window (issue 19 item 5).
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }

    setTabOrder(m_accounts, m_toggleActive);
    setTabOrder(m_toggleActive, m_newRole);
    setTabOrder(m_newRole, m_changeRole);
    setTabOrder(m_changeRole, m_login);
    setTabOrder(m_login, m_name);
    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_rpps);
    setTabOrder(m_rpps, m_password);
    setTabOrder(m_password, m_confirmation);
    setTabOrder(m_confirmation, m_create);
    setTabOrder(m_create, m_teams);
    setTabOrder(m_teams, m_members);
    setTabOrder(m_members, m_removeMember);
    setTabOrder(m_removeMember, m_establishments);
    setTabOrder(m_establishments, m_unassign);
    setTabOrder(m_unassign, m_member);
    setTabOrder(m_member, m_protocol);
    setTabOrder(m_protocol, m_addMember);
    setTabOrder(m_addMember, m_siret);
    setTabOrder(m_siret, m_assign);
    setTabOrder(m_assign, m_teamName);
    setTabOrder(m_teamName, m_teamPhysician);
    setTabOrder(m_teamPhysician, m_createTeam);
    setFocusProxy(m_login);

    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountsPage::updateRpps);
    connect(m_create, &QPushButton::clicked, this, &AccountsPage::createAccount);
    connect(m_confirmation, &QLineEdit::returnPressed, this, &AccountsPage::createAccount);
    connect(m_addMember, &QPushButton::clicked, this, &AccountsPage::addMember);
    connect(m_assign, &QPushButton::clicked, this, &AccountsPage::assignEstablishment);
    connect(m_siret, &QLineEdit::returnPressed, this, &AccountsPage::assignEstablishment);
    connect(m_createTeam, &QPushButton::clicked, this, &AccountsPage::createTeam);
    connect(m_toggleActive, &QPushButton::clicked, this, &AccountsPage::toggleActive);
    connect(m_changeRole, &QPushButton::clicked, this, &AccountsPage::changeRole);
    connect(m_removeMember, &QPushButton::clicked, this, &AccountsPage::removeMember);
    connect(m_unassign, &QPushButton::clicked, this, &AccountsPage::unassignEstablishment);
    connect(m_accounts, &QTableWidget::currentCellChanged, this, [this] { updateAccountActions(); });
    connect(m_teams, &QListWidget::currentRowChanged, this, [this] { reloadTeam(); });
    updateRpps();
    reload();
}

void AccountsPage::say(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color:%1;").arg((error ? ErrorColor : OkColor).name()));
}

void AccountsPage::updateRpps()
{
    const auto role = roleFromCode(m_role->currentData().toString());
    const bool health = role && isHealthProfessional(*role);
    m_rpps->setEnabled(health);
    if (!health)
        m_rpps->clear();
    m_rpps->setToolTip(health ? tr("RPPS number of the health professional")
                              : tr("Only health professionals have an RPPS number"));
}

void AccountsPage::reload()
{
    const QString keepLogin = currentAccount() ? currentAccount()->login : QString();
    m_accounts->setRowCount(0);
    m_member->clear();
    m_teamPhysician->clear();
    auto accounts = AccountStore::list(m_session);
    if (!accounts) {
        say(m_accountsMessage, accounts.error().message, true);
        m_accountRows.clear();
    } else {
        m_accountRows = accounts.value();
        m_accountsMessage->setText(tr("%n account(s)", nullptr, int(m_accountRows.size())));
        m_accountsMessage->setStyleSheet(QStringLiteral("color:#4a5563;"));
    }
    m_accounts->setRowCount(int(m_accountRows.size()));
    for (int r = 0; r < m_accountRows.size(); ++r) {
        const Account& a = m_accountRows.at(r);
        m_accounts->setItem(r, Login, new QTableWidgetItem(a.login));
        m_accounts->setItem(r, Name, new QTableWidgetItem(a.displayName));
        m_accounts->setItem(r, RoleTitle, new QTableWidgetItem(roleTitle(a.role)));
        auto* active = new QTableWidgetItem(a.active ? tr("Yes") : tr("No"));
        if (!a.active)
            active->setForeground(ErrorColor);
        m_accounts->setItem(r, Active, active);
        if (a.role == Role::Physician && a.active)
            m_teamPhysician->addItem(QStringLiteral("%1 (%2)").arg(a.displayName, a.login), a.login);
        if (a.role != Role::Admin)
            m_member->addItem(QStringLiteral("%1 (%2) — %3").arg(a.displayName, a.login, roleTitle(a.role)), a.login);
    }

    for (int r = 0; r < m_accountRows.size(); ++r)
        if (m_accountRows.at(r).login == keepLogin)
            m_accounts->setCurrentCell(r, Login);
    updateAccountActions();

    const QString keepTeam = currentTeamId();
    m_teams->clear();
    auto teams = TeamStore::list(m_session);
    m_teamRows = teams ? teams.value() : QList<Team>();
    if (!teams)
        say(m_teamMessage, teams.error().message, true);
    for (const Team& t : m_teamRows) {
        QString physician;
        for (const Account& a : m_accountRows)
            if (a.id == t.physicianId)
                physician = a.displayName;
        auto* item = new QListWidgetItem(physician.isEmpty() ? t.name : tr("%1 — led by %2").arg(t.name, physician), m_teams);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keepTeam)
            m_teams->setCurrentItem(item);
    }
    if (!m_teams->currentItem() && m_teams->count() > 0)
        m_teams->setCurrentRow(0);
    const bool anyTeam = m_teams->count() > 0;
    m_addMember->setEnabled(anyTeam);
    m_assign->setEnabled(anyTeam);
    if (!anyTeam && teams)
        say(m_teamMessage, tr("No team yet: create one below."), false);
    m_createTeam->setEnabled(m_teamPhysician->count() > 0);
    reloadTeam();
}

const Account* AccountsPage::currentAccount() const
{
    const int row = m_accounts->currentRow();
    return row >= 0 && row < m_accountRows.size() ? &m_accountRows.at(row) : nullptr;
}

void AccountsPage::updateAccountActions()
{
    const Account* a = currentAccount();
    m_toggleActive->setEnabled(a != nullptr);
    m_changeRole->setEnabled(a != nullptr);
    m_toggleActive->setText(a && !a->active ? tr("Ena&ble") : tr("Disa&ble"));
    if (a)
        m_newRole->setCurrentIndex(m_newRole->findData(roleCode(a->role)));
}

void AccountsPage::reloadTeam()
{
    m_members->clear();
    m_establishments->clear();
    const QString team = currentTeamId();
    if (!team.isEmpty()) {
        if (auto members = TeamStore::members(m_session, team)) {
            for (const TeamMember& m : members.value()) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(m.displayName, m.login), m_members);
                item->setData(Qt::UserRole, m.login);
            }
        }
        if (auto establishments = TeamStore::establishments(m_session, team)) {
            for (const TeamStore::TeamEstablishment& e : establishments.value()) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.name, e.siret), m_establishments);
                item->setData(Qt::UserRole, e.siret);
            }
        }
    }
    m_removeMember->setEnabled(m_members->count() > 0);
    m_unassign->setEnabled(m_establishments->count() > 0);
}

bool AccountsPage::toggleActive()
{
    const Account* a = currentAccount();
    if (!a) {
        say(m_accountsMessage, tr("Choose an account in the list."), true);
        return false;
    }
    const Account account = *a;
    if (account.active) {
        if (core::Status s = AccountStore::disable(m_session, account.login); !s) {
            say(m_accountsMessage, s.error().message, true);
            return false;
        }
        reload();
        say(m_accountsMessage, tr("Account %1 disabled: it can no longer sign in, and its password no longer opens the database.")
                                   .arg(account.login),
            false);
        return true;
    }
    auto password = AccountStore::enable(m_session, account.login);
    if (!password) {
        say(m_accountsMessage, password.error().message, true);
        return false;
    }
    reload();
    say(m_accountsMessage, tr("Account %1 enabled. Temporary password: %2 — give it to %3, who must choose their own at the first sign-in.")
                               .arg(account.login, password.value(), account.displayName),
        false);
    return true;
}

bool AccountsPage::changeRole()
{
    const Account* a = currentAccount();
    const auto role = roleFromCode(m_newRole->currentData().toString());
    if (!a || !role) {
        say(m_accountsMessage, tr("Choose an account in the list."), true);
        return false;
    }
    const QString login = a->login;
    if (core::Status s = AccountStore::changeRole(m_session, login, *role); !s) {
        say(m_accountsMessage, s.error().message, true);
        return false;
    }
    reload();
    say(m_accountsMessage, tr("%1 is now: %2.").arg(login, roleTitle(*role)), false);
    return true;
}

bool AccountsPage::removeMember()
{
    const QString team = currentTeamId();
    if (team.isEmpty() || !m_members->currentItem()) {
        say(m_teamMessage, tr("Choose a team and one of its members."), true);
        return false;
    }
    const QString login = m_members->currentItem()->data(Qt::UserRole).toString();
    const QString who = m_members->currentItem()->text();
    if (core::Status s = TeamStore::removeMember(m_session, team, login); !s) {
        say(m_teamMessage, s.error().message, true);
        return false;
    }
    reloadTeam();
    say(m_teamMessage, tr("%1 removed from %2.").arg(who, m_teams->currentItem()->text()), false);
    return true;
}

bool AccountsPage::unassignEstablishment()
{
    const QString team = currentTeamId();
    if (team.isEmpty() || !m_establishments->currentItem()) {
        say(m_teamMessage, tr("Choose a team and one of its establishments."), true);
        return false;
    }
    const QString siret = m_establishments->currentItem()->data(Qt::UserRole).toString();
    const QString what = m_establishments->currentItem()->text();
    if (core::Status s = TeamStore::unassignEstablishment(m_session, team, siret); !s) {
        say(m_teamMessage, s.error().message, true);
        return false;
    }
    reloadTeam();
    say(m_teamMessage, tr("%1 is no longer assigned to %2.").arg(what, m_teams->currentItem()->text()), false);
    return true;
}

QString AccountsPage::currentTeamId() const
{
    return m_teams->currentItem() ? m_teams->currentItem()->data(Qt::UserRole).toString() : QString();
}

bool AccountsPage::createAccount()
{
    if (m_password->text() != m_confirmation->text()) {
        say(m_formMessage, tr("The password and its confirmation differ."), true);
        m_confirmation->clear();
        m_confirmation->setFocus();
        return false;
    }
    const auto role = roleFromCode(m_role->currentData().toString());
    if (!role)
        return false;
    const NewAccount account{m_login->text().trimmed(), m_name->text().simplified(), *role,
                             m_rpps->isEnabled() ? m_rpps->text().trimmed() : QString()};
    auto created = AccountStore::create(m_session, account, m_password->text());
    m_password->clear();
    m_confirmation->clear();
    if (!created) {
        say(m_formMessage, created.error().message, true);
        return false;
    }
    say(m_formMessage, tr("Account %1 created for %2. The password you typed is temporary: %2 must choose their own at the first sign-in.")
                           .arg(created.value().login, created.value().displayName),
        false);
    m_login->clear();
    m_name->clear();
    m_rpps->clear();
    reload();
    return true;
}

bool AccountsPage::addMember()
{
    const QString team = currentTeamId();
    const QString login = m_member->currentData().toString();
    if (team.isEmpty() || login.isEmpty()) {
        say(m_teamMessage, tr("Choose a team and a person."), true);
        return false;
    }
    if (core::Status s = TeamStore::addMember(m_session, team, login, m_protocol->isChecked()); !s) {
        say(m_teamMessage, s.error().message, true);
        return false;
    }
    say(m_teamMessage, tr("%1 added to %2.").arg(m_member->currentText().section(QStringLiteral(" — "), 0, 0),
                                                  m_teams->currentItem()->text()),
        false);
    reloadTeam();
    return true;
}

bool AccountsPage::assignEstablishment()
{
    const QString team = currentTeamId();
    QString siret = m_siret->text();
    siret.remove(QLatin1Char(' '));
    if (team.isEmpty() || siret.isEmpty()) {
        say(m_teamMessage, tr("Choose a team and type a SIRET."), true);
        return false;
    }
    if (core::Status s = TeamStore::assignEstablishment(m_session, team, siret); !s) {
        say(m_teamMessage, s.error().message, true);
        return false;
    }
    say(m_teamMessage, tr("Establishment %1 assigned to %2.").arg(m_siret->text().trimmed(), m_teams->currentItem()->text()),
        false);
    m_siret->clear();
    reloadTeam();
    return true;
}

bool AccountsPage::createTeam()
{
    const QString name = m_teamName->text().simplified();
    if (name.isEmpty() || m_teamPhysician->currentData().toString().isEmpty()) {
        say(m_teamMessage, tr("Type the team's name and choose its occupational physician."), true);
        return false;
    }
    auto team = TeamStore::create(m_session, name, m_teamPhysician->currentData().toString());
    if (!team) {
        say(m_teamMessage, team.error().message, true);
        return false;
    }
    m_teamName->clear();
    reload();
    for (int i = 0; i < m_teams->count(); ++i)
        if (m_teams->item(i)->data(Qt::UserRole).toString() == team.value().id)
            m_teams->setCurrentRow(i);
    say(m_teamMessage, tr("Team %1 created.").arg(team.value().name), false);
    return true;
}

void AccountsPage::clearPersonalData()
{
    m_password->clear();
    m_confirmation->clear();
}

} // namespace vigie::security
