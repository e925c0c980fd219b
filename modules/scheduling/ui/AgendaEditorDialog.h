#pragma once
// Editing the agendas (issue 6 part 3), from the agenda page (Ctrl+E): places (add), and for one
// professional of the account's teams, the weekly openings at a place (add, remove), the absences
// (add, remove: each removal asked for first; an opening overlapping another is refused) and the daily limit; the service's slot length for each kind of visit. Keyboard-first:
// Alt+letter on every field and button, Delete removes the selected opening or absence, Escape closes.
// Every change goes through AgendaStore (Planning module, team scope, audited); a refusal is shown in
// French with its reason, below the tabs.

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class AgendaEditorDialog : public QDialog
{
    Q_OBJECT
public:
    AgendaEditorDialog(security::Session& session, const QString& professionalId, QWidget* parent = nullptr);

    // What the buttons do, for the keyboard and the tests; false (with the reason shown) when refused.
    bool addPlace();
    bool addOpening();
    bool removeSelectedOpening();
    bool addAbsence();
    bool removeSelectedAbsence();
    bool applyDailyLimit();
    bool applySlotLengths();

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* professionalBox() const { return m_professional; }
    QLineEdit* placeName() const { return m_placeName; }
    QComboBox* placeKind() const { return m_placeKind; }
    QComboBox* placeEstablishment() const { return m_placeEstablishment; }
    QTableWidget* placeTable() const { return m_places; }
    QComboBox* openingWeekday() const { return m_weekday; }
    QTimeEdit* openingStart() const { return m_start; }
    QTimeEdit* openingEnd() const { return m_end; }
    QComboBox* openingPlace() const { return m_openingPlace; }
    QTableWidget* openingTable() const { return m_openings; }
    QDateEdit* absenceFirst() const { return m_first; }
    QDateEdit* absenceLast() const { return m_last; }
    QLineEdit* absenceLabel() const { return m_label; }
    QTableWidget* absenceTable() const { return m_absences; }
    QSpinBox* dailyLimit() const { return m_limit; }
    QTableWidget* slotTable() const { return m_slots; }
    QLabel* messageLabel() const { return m_message; }

private:
    QWidget* placesTab();
    QWidget* openingsTab();
    QWidget* absencesTab();
    QWidget* limitTab();
    QWidget* slotsTab();
    void reloadPlaces();
    void reloadProfessional();
    void reloadSlots();
    bool fail(const QString& message);
    bool confirmRemoval(const QString& question);
    void succeed(const QString& message);
    QString professionalId() const;

    security::Session& m_session;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_professional = nullptr;
    QLineEdit* m_placeName = nullptr;
    QComboBox* m_placeKind = nullptr;
    QComboBox* m_placeEstablishment = nullptr;
    QLineEdit* m_placeAddress = nullptr;
    QTableWidget* m_places = nullptr;
    QComboBox* m_weekday = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QComboBox* m_openingPlace = nullptr;
    QTableWidget* m_openings = nullptr;
    QDateEdit* m_first = nullptr;
    QDateEdit* m_last = nullptr;
    QLineEdit* m_label = nullptr;
    QTableWidget* m_absences = nullptr;
    QSpinBox* m_limit = nullptr;
    QTableWidget* m_slots = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vigie::scheduling
