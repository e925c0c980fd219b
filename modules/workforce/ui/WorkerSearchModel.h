#pragma once
// Search results by name, fetched page by page as the view scrolls (canFetchMore/fetchMore). Each page
// is one WorkerStore::findByName call (two index range scans): the cost depends on the page, never on
// the number of workers, and nothing ever loads the whole table.

#include "ui/IdentityBanner.h"
#include "workforce/WorkerStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace vigie::security {
class Session;
}

namespace vigie::workforce {

// The strict traits of a search row, as the identity banner takes them.
ui::IdentityTraits identityOf(const WorkerSummary& worker);

class WorkerSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BirthName, FirstName, BirthDate, Sex, UsedName, InsStatus, ColumnCount };
    enum Roles { WorkerIdRole = Qt::UserRole + 1, InsCodeRole };
    static constexpr int PageSize = 100;

    // `session` may be null (no one signed in): the model then stays empty.
    explicit WorkerSearchModel(security::Session* session, QObject* parent = nullptr);

    // Starts a new search: resets the rows and loads the first page. An empty (blank) text loads nothing.
    void setQuery(const QString& text);
    const QString& query() const { return m_query; }
    // The store's message when the last page failed (already translated), empty otherwise.
    const QString& errorString() const { return m_error; }
    // True once every matching worker is loaded (or the search failed).
    bool atEnd() const { return m_atEnd; }
    const WorkerSummary& workerAt(int row) const { return m_rows.at(row); }
    // Forgets the query and every row (idle lock, sign-out).
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // After a search or a further page: rows changed, or errorString() is set.
    void resultsChanged();

private:
    security::Session* m_session;
    QString m_query;
    QString m_foldedQuery; // to show which name matched
    QString m_error;
    QList<WorkerSummary> m_rows;
    QSet<QString> m_ids;     // a worker matched by both birth and used name comes twice from the store
    int m_storeOffset = 0;   // rows consumed from the store, duplicates included
    bool m_atEnd = true;
};

} // namespace vigie::workforce
