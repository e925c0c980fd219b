#pragma once
// The physician's decision on an employment's follow-up category (issue 5 part 4): the computed
// category and its reasons are shown, the physician picks the category in force (or goes back to the
// computed one) and must write the reason, which is recorded with the employment. The store checks the
// rights and audits; a refusal is shown here, the dialog stays open.

#include "workforce/EmploymentStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace vigie::security {
class Session;
}

namespace vigie::workforce {

class CategoryOverrideDialog : public QDialog
{
    Q_OBJECT

public:
    CategoryOverrideDialog(security::Session& session, const EmploymentFollowUp& employment, QWidget* parent = nullptr);

    QComboBox* categoryBox() const { return m_category; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLabel* errorLabel() const { return m_error; }
    // Records the decision; true when the store accepted it (the dialog then closes).
    bool save();

private:
    void updateButtons();

    security::Session& m_session;
    EmploymentFollowUp m_employment;
    QComboBox* m_category;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace vigie::workforce
