#pragma once
// The membership form of an establishment: the estimated workers in each follow-up category, the
// first risks declared (exposure thesaurus), and the six questions of the prevention culture score,
// shown in their regulatory French wording, with the score computed as the answers are given. It
// prints the member's welcome sheet (PDF), which presents the service's offer.

#include "core/Result.h"
#include "membership/MembershipForm.h"

#include <QDialog>

#include <array>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vigie::security {
class Session;
}
namespace vigie::ui {
class ThesaurusPicker;
}

namespace vigie::membership {

class MembershipFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum Answer { No = 0, Yes = 1 };

    MembershipFormDialog(security::Session& session, const QString& establishmentId, QWidget* parent = nullptr);

    MembershipForm form() const;
    // Saves a new form through the store: true, or false with the reason shown.
    bool save();
    // Saves the form when it changed since the last save, then prints the welcome sheet to `path`.
    core::Status printWelcomeSheet(const QString& path);

    void setAnswer(int question, bool yes);
    QButtonGroup* answers(int question) const { return m_answers.at(size_t(question)); }
    QLabel* scoreLabel() const { return m_score; }
    QSpinBox* siBox() const { return m_si; }
    QSpinBox* siaBox() const { return m_sia; }
    QSpinBox* sirBox() const { return m_sir; }
    ui::ThesaurusPicker* riskPicker() const { return m_riskPicker; }
    QListWidget* riskList() const { return m_risks; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* printButton() const { return m_printButton; }

private:
    void updateScore();
    void addRisk(const QString& code);
    void askAndPrint();
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QString m_establishmentId;
    QDateEdit* m_date;
    QSpinBox* m_si;
    QSpinBox* m_sia;
    QSpinBox* m_sir;
    std::array<QButtonGroup*, PreventionQuestionCount> m_answers{};
    QLabel* m_score;
    ui::ThesaurusPicker* m_riskPicker;
    QListWidget* m_risks;
    QPlainTextEdit* m_notes;
    QLabel* m_message;
    QPushButton* m_saveButton;
    QPushButton* m_printButton;
    bool m_dirty = true;
};

} // namespace vigie::membership
