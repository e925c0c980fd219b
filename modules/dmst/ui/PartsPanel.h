#pragma once
// Parts 1° and 2° on the record page (issue 18 item 4): the identity check on a high-trust document
// (document seen, date, who) that makes the INS status validated — qualified when the INS was
// retrieved — with its history; the exposures with their period, intensity, L4161-1 factor and source
// (declared by the company, observed by the physician), added with the exposure thesaurus picker;
// Enter on an exposure opens it in the fields, where it is corrected (code through the picker,
// intensity, source, period) and saved with Enter or "Save the correction"; Escape goes back to adding. Each write goes through RecordStore (policy, audit); a refusal
// is shown. Keyboard: Ctrl+Shift+K records the identity check; in the picker, Enter adds the exposure.

#include "dmst/Record.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QShortcut;
class QTableWidget;

namespace vigie::security {
class Session;
}
namespace vigie::ui {
class ThesaurusPicker;
}

namespace vigie::dmst {

class PartsPanel : public QWidget
{
    Q_OBJECT

public:
    PartsPanel(security::Session& session, QWidget* scope, QWidget* parent = nullptr);

    void setWorker(const QString& workerId);
    void clear();

    QComboBox* documentBox() const { return m_document; }
    QLineEdit* checkedOnEdit() const { return m_checkedOn; }
    QListWidget* checks() const { return m_checks; }
    QTableWidget* exposures() const { return m_exposures; }
    ui::ThesaurusPicker* exposurePicker() const { return m_picker; }
    QComboBox* intensityBox() const { return m_intensity; }
    QLineEdit* exposureStartEdit() const { return m_start; }
    QLineEdit* exposureEndEdit() const { return m_end; }
    QComboBox* sourceBox() const { return m_source; }
    QString editedExposure() const { return m_editing; } // the exposure being corrected, empty when adding
    QString statusText() const;
    QString insText() const;

    void recordIdentityCheck();
    void addExposure(const QString& code);
    // Opens the exposure of row `row` in the fields for correction; saves the correction (the code
    // chosen in the picker, or the exposure's own); back to adding.
    void editExposure(int row);
    bool saveExposure();
    void cancelEdit();

signals:
    // The INS status may have changed: the page refreshes its identity banner.
    void identityChanged();

private:
    void refresh();
    void showMessage(const QString& text, bool error);
    // The fields' intensity, source and period into `e`; false (message shown) when a date is wrong.
    bool readFields(Exposure& e);

    security::Session& m_session;
    QString m_workerId;
    QLabel* m_ins = nullptr;
    QComboBox* m_document = nullptr;
    QLineEdit* m_checkedOn = nullptr;
    QListWidget* m_checks = nullptr;
    QTableWidget* m_exposures = nullptr;
    ui::ThesaurusPicker* m_picker = nullptr;
    QComboBox* m_intensity = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    QComboBox* m_source = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    QShortcut* m_escape = nullptr;
    QList<Exposure> m_list;   // the rows shown
    QString m_editing;        // id of the exposure being corrected
    QString m_editingCode;    // its code, or the one chosen in the picker since
    QLabel* m_status = nullptr;
};

} // namespace vigie::dmst
