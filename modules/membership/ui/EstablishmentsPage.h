#pragma once
// The establishments of member enterprises: search by name as you type (accents and case ignored);
// with an empty field, the first establishments in name order. Columns: SIRET (grouped 3-3-3-5), name,
// city, NAF. Reads through EstablishmentStore, which decides what the role sees.
//
// Under the list, the selected member: its details, and its enterprise's establishments together
// (consolidation by SIREN) with the workers followed this year. The membership roles create and edit
// members (MemberDialog), fill the membership form and print the welcome sheet (MembershipFormDialog);
// the administrator assigns the team in charge; both open the contributions and invoices
// (InvoicesDialog). Buttons a role may not use are hidden, so that no refusal is ever provoked.

#include "membership/EstablishmentStore.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace vigie::security {
class Session;
}

namespace vigie::membership {

class InvoicesDialog;
class MemberDialog;
class MembershipFormDialog;

class EstablishmentsPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    static constexpr int DebounceMsecs = 200;
    static constexpr int MaxRows = 500;
    enum Column { Siret, Name, City, Naf, ColumnCount };

    explicit EstablishmentsPage(security::Session& session, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_field; }
    QTableView* resultView() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    const QList<EstablishmentSummary>& rows() const { return m_rows; }

    void searchNow();
    // Selects the establishment with this id when it is in the rows shown.
    bool selectEstablishment(const QString& id);
    // The id of the establishment selected, empty when none.
    QString selectedId() const;

    // The dialogs, opened window-modal (not blocking); they delete themselves when closed. A saved
    // member is searched for by name and selected.
    MemberDialog* newMember();
    MemberDialog* editMember();                 // the selected member; nullptr when none
    MembershipFormDialog* openMembershipForm(); // the selected member's; nullptr when none
    InvoicesDialog* openInvoices();
    // Administrator: the team in charge of the selected member (empty: none). False with the reason shown.
    bool assignTeam(const QString& teamId);

    QPushButton* newButton() const { return m_newButton; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* formButton() const { return m_formButton; }
    QPushButton* teamButton() const { return m_teamButton; }
    QPushButton* invoicesButton() const { return m_invoicesButton; }
    QLabel* detailLabel() const { return m_detail; }
    QTableWidget* enterpriseTable() const { return m_enterprise; }
    QLabel* enterpriseCaption() const { return m_enterpriseCaption; }

    // ui::ModulePage
    void clearPersonalData() override;
    bool openHit(const ui::SearchHit& hit) override;

private:
    void load(const QString& text);
    void showSelected();
    void saved(const QString& id);
    void askTeam();

    security::Session& m_session;
    QLineEdit* m_field;
    QTableView* m_view;
    QStandardItemModel* m_model;
    QLabel* m_status;
    QTimer* m_debounce;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_formButton;
    QPushButton* m_teamButton;
    QPushButton* m_invoicesButton;
    QLabel* m_detail;
    QTableWidget* m_enterprise;
    QLabel* m_enterpriseCaption;
    QString m_query;
    QList<EstablishmentSummary> m_rows;
};

} // namespace vigie::membership
