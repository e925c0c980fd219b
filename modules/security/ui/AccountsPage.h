#pragma once
// The administrator's page "Accounts and teams": the accounts (login, name, role, active) with
// "disable / enable" and "change role" for the selected one, a form to create a named account
// (AUTH-01) with its temporary password, the teams with their members and establishments, "add
// member", "remove from team", "assign an establishment by SIRET" and "unassign". Everything goes through AccountStore and TeamStore, which check the policy,
// enforce the password policy and write the audit trail; their messages are shown inline.

#include "security/AccountStore.h"
#include "security/TeamStore.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace vigie::security {

class AccountsPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    enum Column { Login, Name, RoleTitle, Active, ColumnCount };

    explicit AccountsPage(Session& session, QWidget* parent = nullptr);

    QTableWidget* accountTable() const { return m_accounts; }
    QListWidget* teamList() const { return m_teams; }
    QLineEdit* loginField() const { return m_login; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* rppsField() const { return m_rpps; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmationField() const { return m_confirmation; }
    QPushButton* createButton() const { return m_create; }
    QLabel* formMessage() const { return m_formMessage; }
    QComboBox* memberCombo() const { return m_member; }
    QLineEdit* siretField() const { return m_siret; }
    QLineEdit* teamNameField() const { return m_teamName; }
    QComboBox* teamPhysicianCombo() const { return m_teamPhysician; }
    QLabel* teamMessage() const { return m_teamMessage; }
    QLabel* accountsMessage() const { return m_accountsMessage; }
    QPushButton* toggleActiveButton() const { return m_toggleActive; }
    QComboBox* changeRoleCombo() const { return m_newRole; }
    QPushButton* changeRoleButton() const { return m_changeRole; }
    QListWidget* memberList() const { return m_members; }
    QPushButton* removeMemberButton() const { return m_removeMember; }
    QListWidget* establishmentList() const { return m_establishments; }
    QPushButton* unassignButton() const { return m_unassign; }

    void reload();
    // What the buttons do; true on success (the message says what happened either way).
    bool createAccount();
    bool addMember();
    bool assignEstablishment();
    bool createTeam();
    // On the selected account: disable, or enable with a temporary password shown once; change role.
    bool toggleActive();
    bool changeRole();
    // On the selected team: remove the selected member, unassign the selected establishment.
    bool removeMember();
    bool unassignEstablishment();

    // ui::ModulePage: passwords typed in the form are dropped when the session locks.
    void clearPersonalData() override;

private:
    void updateRpps();
    void say(QLabel* label, const QString& text, bool error);
    QString currentTeamId() const;
    const Account* currentAccount() const;
    void updateAccountActions();
    void reloadTeam();

    Session& m_session;
    QList<Account> m_accountRows;
    QList<Team> m_teamRows;
    QTableWidget* m_accounts;
    QLabel* m_accountsMessage;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_rpps;
    QLineEdit* m_password;
    QLineEdit* m_confirmation;
    QPushButton* m_create;
    QLabel* m_formMessage;
    QListWidget* m_teams;
    QComboBox* m_member;
    QCheckBox* m_protocol;
    QPushButton* m_addMember;
    QLineEdit* m_siret;
    QPushButton* m_assign;
    QLabel* m_teamMessage;
    QLineEdit* m_teamName;
    QComboBox* m_teamPhysician;
    QPushButton* m_createTeam;
    QPushButton* m_toggleActive;
    QComboBox* m_newRole;
    QPushButton* m_changeRole;
    QListWidget* m_members;
    QPushButton* m_removeMember;
    QListWidget* m_establishments;
    QPushButton* m_unassign;
};

} // namespace vigie::security
