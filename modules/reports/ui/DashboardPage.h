#pragma once
// The "Indicators" dashboard for directors and physicians: service-wide aggregates only, each count
// through the small-cell rule (counts from 1 to 4 read "< 5"). Four key figures on top, then the
// breakdowns: establishments by status, workers by follow-up category, visits done by kind.

#include "reports/Indicators.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigie::reports {
class IndicatorsPanel;
}

namespace vigie::security {
class Session;
}

namespace vigie::reports {

class DashboardPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    explicit DashboardPage(security::Session& session, QWidget* parent = nullptr);

    Q_INVOKABLE void refresh(); // also the main window's F5
    const std::optional<Overview>& overview() const { return m_overview; }
    QLabel* messageLabel() const { return m_message; }
    QTableWidget* establishmentsTable() const { return m_establishments; }
    QTableWidget* followUpTable() const { return m_followUp; }
    QTableWidget* visitsTable() const { return m_visits; }
    QTableWidget* actionsTable() const { return m_actions; }
    // The four key figures, in order: active establishments, workers followed, visits done, no-shows.
    QList<QLabel*> figureLabels() const { return m_figures; }
    IndicatorsPanel* indicatorsPanel() const { return m_indicators; }

private:
    QWidget* figureCard(const QString& caption, QLabel* value, const QString& note);
    QTableWidget* breakdownTable(const QString& objectName, const QString& firstHeader);
    void fill(QTableWidget* table, const Breakdown& breakdown, const QString& totalLabel);

    security::Session& m_session;
    std::optional<Overview> m_overview;
    QLabel* m_period;
    QLabel* m_message;
    QList<QLabel*> m_figures;
    QTableWidget* m_establishments;
    QTableWidget* m_followUp;
    QTableWidget* m_visits;
    QTableWidget* m_actions;
    QPushButton* m_refresh;
    IndicatorsPanel* m_indicators = nullptr;
};

} // namespace vigie::reports
