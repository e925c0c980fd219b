#pragma once
// The establishments of member enterprises: search by name as you type (accents and case ignored);
// with an empty field, the first establishments in name order. Columns: SIRET (grouped 3-3-3-5), name,
// city, NAF. Reads through EstablishmentStore, which decides what the role sees.

#include "membership/EstablishmentStore.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace vigie::security {
class Session;
}

namespace vigie::membership {

class EstablishmentsPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    static constexpr int DebounceMsecs = 200;
    static constexpr int MaxRows = 500;
    enum Column { Siret, Name, City, Naf, ColumnCount };

    explicit EstablishmentsPage(security::Session& session, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_field; }
    QTableView* resultView() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    const QList<EstablishmentSummary>& rows() const { return m_rows; }

    void searchNow();
    // Selects the establishment with this id when it is in the rows shown.
    bool selectEstablishment(const QString& id);

    // ui::ModulePage
    void clearPersonalData() override;
    bool openHit(const ui::SearchHit& hit) override;

private:
    void load(const QString& text);

    security::Session& m_session;
    QLineEdit* m_field;
    QTableView* m_view;
    QStandardItemModel* m_model;
    QLabel* m_status;
    QTimer* m_debounce;
    QString m_query;
    QList<EstablishmentSummary> m_rows;
};

} // namespace vigie::membership
