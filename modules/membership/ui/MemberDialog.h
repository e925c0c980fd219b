#pragma once
// Creating or editing a member: the enterprise (found by the SIRET's first nine digits, or created),
// the establishment with its NAF and its address chosen from the thesaurus (the postal codes offered
// are the commune's own), the member number, membership date and status with its date, the contacts,
// and the team in charge (shown; the administrator assigns it from the establishments page).
// Saves through EstablishmentStore, whose refusals are shown in the dialog, which stays open.

#include "membership/Member.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie::security {
class Session;
}
namespace vigie::ui {
class ThesaurusPicker;
}

namespace vigie::membership {

class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    enum ContactColumn { ContactRoleColumn, ContactName, ContactPhone, ContactEmail, ContactColumnCount };

    // `existing`: the member to edit; nullopt to create one.
    MemberDialog(security::Session& session, const std::optional<Member>& existing, QWidget* parent = nullptr);

    // The member as the fields describe it now.
    Member member() const;
    // The saved establishment's id (empty until saved).
    const QString& savedId() const { return m_savedId; }

    // Saves through the store: true and the dialog accepted, or false and the reason shown.
    bool save();
    void addContact(const Contact& contact = {});

    QLineEdit* siretField() const { return m_siret; }
    QLineEdit* enterpriseNameField() const { return m_enterpriseName; }
    QComboBox* legalFormBox() const { return m_legalForm; }
    QLineEdit* nameField() const { return m_name; }
    ui::ThesaurusPicker* nafPicker() const { return m_naf; }
    QLineEdit* streetField() const { return m_street; }
    QLineEdit* extraField() const { return m_extra; }
    ui::ThesaurusPicker* communePicker() const { return m_commune; }
    QComboBox* postalCodeBox() const { return m_postalCode; }
    QLineEdit* memberNumberField() const { return m_memberNumber; }
    QDateEdit* memberSinceEdit() const { return m_memberSince; }
    QComboBox* statusBox() const { return m_status; }
    QDateEdit* statusSinceEdit() const { return m_statusSince; }
    QTableWidget* contactsTable() const { return m_contacts; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* enterpriseHint() const { return m_enterpriseHint; }
    QPushButton* saveButton() const { return m_save; }

private:
    void siretEdited();
    void communeChanged(const QString& code);
    void statusChanged();
    void removeContact();
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    std::optional<Member> m_existing;
    QString m_savedId;
    QLineEdit* m_siret;
    QLabel* m_siren;
    QLabel* m_enterpriseHint;
    QLineEdit* m_enterpriseName;
    QComboBox* m_legalForm;
    QLineEdit* m_name;
    ui::ThesaurusPicker* m_naf;
    QLineEdit* m_street;
    QLineEdit* m_extra;
    ui::ThesaurusPicker* m_commune;
    QComboBox* m_postalCode;
    QLabel* m_city;
    QLineEdit* m_memberNumber;
    QDateEdit* m_memberSince;
    QComboBox* m_status;
    QDateEdit* m_statusSince;
    QLabel* m_team;
    QTableWidget* m_contacts;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace vigie::membership
