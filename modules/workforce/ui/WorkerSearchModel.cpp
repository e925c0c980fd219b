#include "workforce/ui/WorkerSearchModel.h"

#include "core/TextFold.h"
#include "security/Session.h"

#include <QFont>

#include <algorithm>

namespace vigie::workforce {

ui::IdentityTraits identityOf(const WorkerSummary& worker)
{
    return ui::IdentityTraits{worker.birthName,
                              worker.firstBirthFirstName,
                              QDate::fromString(worker.birthDate, Qt::ISODate),
                              worker.sex,
                              worker.usedName,
                              worker.insStatus};
}

WorkerSearchModel::WorkerSearchModel(security::Session* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void WorkerSearchModel::setQuery(const QString& text)
{
    beginResetModel();
    m_query = text;
    m_foldedQuery = core::foldForSearch(text);
    m_error.clear();
    m_rows.clear();
    m_ids.clear();
    m_storeOffset = 0;
    m_atEnd = m_session == nullptr || text.trimmed().isEmpty();
    endResetModel();
    if (m_atEnd)
        emit resultsChanged();
    else
        fetchMore({}); // the first page at once: the status line and Enter must not wait for the view
}

void WorkerSearchModel::clear()
{
    beginResetModel();
    m_query.clear();
    m_foldedQuery.clear();
    m_error.clear();
    m_rows.clear();
    m_ids.clear();
    m_storeOffset = 0;
    m_atEnd = true;
    endResetModel();
    emit resultsChanged();
}

int WorkerSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkerSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorkerSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void WorkerSearchModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || !m_session)
        return;
    // The store merges the birth-name and used-name scans: someone whose two names both match comes
    // once under each. Each worker is shown once, where their first name in the order puts them; the
    // page is topped up so that it still holds PageSize workers unless the results end.
    QList<WorkerSummary> fresh;
    while (fresh.size() < PageSize && !m_atEnd) {
        const int need = PageSize - int(fresh.size());
        // One row more than needed tells whether another page exists, without a COUNT over the prefix.
        auto page = WorkerStore::findByName(*m_session, m_query, need + 1, m_storeOffset);
        if (!page) {
            m_error = page.error().message;
            m_atEnd = true;
            break;
        }
        const QList<WorkerSummary>& found = page.value();
        m_atEnd = found.size() <= need;
        const int consumed = int(std::min<qsizetype>(found.size(), need));
        m_storeOffset += consumed;
        for (int i = 0; i < consumed; ++i) {
            const WorkerSummary& w = found.at(i);
            if (!m_ids.contains(w.id)) {
                m_ids.insert(w.id);
                fresh.append(w);
            }
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    emit resultsChanged();
}

QVariant WorkerSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkerSummary& w = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case BirthName:
            return ui::nameInCapitals(w.birthName);
        case FirstName:
            return w.firstBirthFirstName;
        case BirthDate: {
            const QDate d = QDate::fromString(w.birthDate, Qt::ISODate);
            return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : w.birthDate;
        }
        case Sex:
            return ui::sexText(w.sex);
        case UsedName:
            return ui::nameInCapitals(w.usedName);
        case InsStatus:
            return ui::insStatusText(ui::insStatusFromCode(w.insStatus));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (column == InsStatus)
            return ui::insStatusColor(ui::insStatusFromCode(w.insStatus));
        return {};
    case Qt::FontRole:
        // The birth name always stands out (INS-07); the used name too when it is what matched, so
        // a row found through its used name is not a puzzle.
        if (column == BirthName ||
            (column == UsedName && !m_foldedQuery.isEmpty() && core::foldForSearch(w.usedName).startsWith(m_foldedQuery))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case WorkerIdRole:
        return w.id;
    case InsCodeRole:
        return w.insStatus;
    default:
        return {};
    }
}

QVariant WorkerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case BirthName:
        return tr("Birth name");
    case FirstName:
        return tr("First name");
    case BirthDate:
        return tr("Birth date");
    case Sex:
        return tr("Sex");
    case UsedName:
        return tr("Used name");
    case InsStatus:
        return tr("INS status");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags WorkerSearchModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace vigie::workforce
