#pragma once
// The worker's requests for his record (R4624-45-8, L1111-7 CSP), on the physician's record page:
// record a request (its date, who asks — the worker, a physician he designates, his legal
// representative, an heir — and its scope), see its legal due date (8 days; two months when the
// information is more than five years old) and where it stands (in progress, overdue — in red and in
// words —, fulfilled), and fulfil it by writing the record's copy as a PDF or a FHIR R4 Bundle to a
// chosen file (ExportStore: export right on every part, audited), which marks it fulfilled.
// Keyboard-first: Ctrl+Shift+R records the request typed, Ctrl+Shift+E fulfils the selected one as
// PDF, Ctrl+Shift+J as FHIR JSON. No SQL here.

#include "dmst/ExportStore.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie::dmst {

class AccessRequestsPanel : public QWidget
{
    Q_OBJECT

public:
    AccessRequestsPanel(security::Session& session, QWidget* scope, QWidget* parent = nullptr);

    void setWorker(const QString& workerId);
    void clear();
    void refresh();

    QLineEdit* dateEdit() const { return m_date; }
    QComboBox* requesterBox() const { return m_requester; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* scopeEdit() const { return m_scope; }
    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    void setPathChooser(std::function<QString(const QString& suggested, const QString& format)> chooser) { m_choosePath = std::move(chooser); }

    void recordRequest();
    void fulfil(const QString& format); // pdf or fhir

signals:
    void changed();

private:
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QString m_workerId;
    QLineEdit* m_date = nullptr;
    QComboBox* m_requester = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_scope = nullptr;
    QPushButton* m_record = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_fhir = nullptr;
    QLabel* m_status = nullptr;
    std::function<QString(const QString&, const QString&)> m_choosePath;
};

} // namespace vigie::dmst
