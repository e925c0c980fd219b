#pragma once
// Parts 1° and 2° on the record page (issue 18 item 4): the identity check on a high-trust document
// (document seen, date, who) that makes the INS status validated — qualified when the INS was
// retrieved — with its history; the exposures with their period, intensity and L4161-1 factor, added
// with the exposure thesaurus picker. Each write goes through RecordStore (policy, audit); a refusal
// is shown. Keyboard: Ctrl+Shift+K records the identity check; in the picker, Enter adds the exposure.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
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
    QString statusText() const;
    QString insText() const;

    void recordIdentityCheck();
    void addExposure(const QString& code);

signals:
    // The INS status may have changed: the page refreshes its identity banner.
    void identityChanged();

private:
    void refresh();
    void showMessage(const QString& text, bool error);

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
    QLabel* m_status = nullptr;
};

} // namespace vigie::dmst
