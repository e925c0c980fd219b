#pragma once
// The offer's indicators on the director's page (issue 16 part 6): a period (its last day; the year
// before it by default) and a scope (the service, a team, or an establishment, enterprise or NAF code
// typed as "establishment:SIRET", "siren:SIREN", "naf:43"), each indicator with its numerator,
// denominator, value and last year's value beside it, its definition shown when its row is selected;
// the delays to answer visit requests and requests for workplace actions; the activity report printed
// to PDF; the barometer of the establishment or enterprise typed in as the scope, shown in a window
// that saves it as PDF. Aggregates only (IndicatorStore, BarometerStore): never a worker.

#include "reports/Barometer.h"
#include "reports/IndicatorStore.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDialog;
class QTextBrowser;
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
    // The barometer (issue 16 part 5) of the scope typed in (establishment:SIRET or siren:SIREN) for the
    // period's year, shown in its window; false with the message shown otherwise.
    bool openBarometer();
    // Writes the barometer last shown as PDF; false with the message shown.
    bool saveBarometer(const QString& pdfPath);
    QPushButton* barometerButton() const { return m_barometerButton; }
    QTextBrowser* barometerView() const { return m_barometerView; }

private:
    core::Result<Scope> chosenScope() const;
    void showDefinition();

    security::Session& m_session;
    QDateEdit* m_to;
    QComboBox* m_scope;
    QLineEdit* m_other;
    QPushButton* m_compute;
    QPushButton* m_print;
    QPushButton* m_barometerButton;
    QDialog* m_barometerDialog = nullptr;
    QTextBrowser* m_barometerView = nullptr;
    std::optional<BarometerData> m_barometer;
    QLabel* m_message;
    QTableWidget* m_table;
    QLabel* m_definition;
    QTableWidget* m_delays;
    QList<IndicatorResult> m_results;
};

} // namespace vigie::reports
