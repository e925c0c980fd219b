#pragma once
// The offer's indicators on the director's page (issue 16 part 6): a period (its last day; the year
// before it by default) and a scope (the service, a team, or an establishment, enterprise or NAF code
// typed as "establishment:SIRET", "siren:SIREN", "naf:43"), each indicator with its numerator,
// denominator, value and last year's value beside it, its definition shown when its row is selected;
// the delays to answer visit requests and requests for workplace actions; the activity report printed
// to PDF. Aggregates only (IndicatorStore): never a worker.

#include "reports/IndicatorStore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::reports {

class IndicatorsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorsPanel(security::Session& session, QWidget* parent = nullptr);

    // Counts again for the chosen period and scope; false (and the message shown) when refused or invalid.
    bool compute();
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* scopeBox() const { return m_scope; }
    QLineEdit* otherScope() const { return m_other; }
    QTableWidget* indicatorsTable() const { return m_table; }
    QTableWidget* delaysTable() const { return m_delays; }
    QLabel* definitionLabel() const { return m_definition; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* printButton() const { return m_print; }
    // Writes the activity report of the period's year for the scope; false with the message shown.
    bool printActivity(const QString& pdfPath);

private:
    core::Result<Scope> chosenScope() const;
    void showDefinition();

    security::Session& m_session;
    QDateEdit* m_to;
    QComboBox* m_scope;
    QLineEdit* m_other;
    QPushButton* m_compute;
    QPushButton* m_print;
    QLabel* m_message;
    QTableWidget* m_table;
    QLabel* m_definition;
    QTableWidget* m_delays;
    QList<IndicatorResult> m_results;
};

} // namespace vigie::reports
