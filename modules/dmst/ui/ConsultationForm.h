#pragma once
// The consultation's fields, keyboard-first (Tab follows the order of a visit: kind and reason, times,
// interview, measures, sensory tests, examination, problems, exams, referral, conclusion). Emits
// edited() on every change; the page autosaves. Read-only for a closed consultation. An implausible
// value stays as typed, in red with its message (showIssues); the health problems are coded with the
// health_problem groups (check boxes) beside their free text.

#include "dmst/Consultation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace vigie::dmst {

class ConsultationForm : public QWidget
{
    Q_OBJECT

public:
    // `kinds`: visit_kind codes with their labels, in the order to offer them.
    // `problemGroups`: health_problem codes with their labels.
    ConsultationForm(const QList<QPair<QString, QString>>& kinds, const QList<QPair<QString, QString>>& problemGroups,
                     QWidget* parent = nullptr);

    void setConsultation(const Consultation& c);
    // The fields as typed, on top of the consultation last set (id, worker, ...).
    Consultation consultation() const;
    void clear();
    QComboBox* kindBox() const { return m_kind; }
    QPlainTextEdit* interviewEdit() const { return m_interview; }
    QPlainTextEdit* conclusionEdit() const { return m_conclusion; }
    QLineEdit* weightEdit() const { return m_weight; }
    QLineEdit* heightEdit() const { return m_height; }
    QLineEdit* systolicEdit() const { return m_systolic; }
    QLineEdit* diastolicEdit() const { return m_diastolic; }
    QCheckBox* problemBox(const QString& code) const;
    // Marks the fields named by `issues` in red with their message (tooltip and the line under the
    // examination); the others back to normal. The text typed is kept.
    void showIssues(const QList<FieldIssue>& issues);
    QString issuesText() const;
    QString bmiText() const;

signals:
    void edited();

private:
    void updateBmi();
    void setReadOnly(bool readOnly);

    Consultation m_base;
    bool m_loading = false;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_arrival = nullptr;
    QTimeEdit* m_departure = nullptr;
    QPlainTextEdit* m_interview = nullptr;
    QLineEdit* m_weight = nullptr;
    QLineEdit* m_height = nullptr;
    QLabel* m_bmi = nullptr;
    QLineEdit* m_systolic = nullptr;
    QLineEdit* m_diastolic = nullptr;
    QLineEdit* m_vision = nullptr;
    QLineEdit* m_hearing = nullptr;
    QLineEdit* m_urine = nullptr;
    QPlainTextEdit* m_examination = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QList<QCheckBox*> m_problemBoxes;
    QLabel* m_issues = nullptr;
    QPlainTextEdit* m_prescribed = nullptr;
    QPlainTextEdit* m_results = nullptr;
    QComboBox* m_orientation = nullptr;
    QLineEdit* m_orientationNote = nullptr;
    QPlainTextEdit* m_conclusion = nullptr;
};

} // namespace vigie::dmst
