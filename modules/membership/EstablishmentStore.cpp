#include "membership/EstablishmentStore.h"

#include "core/TextFold.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("vigie::membership", text); }

Result<QList<EstablishmentSummary>> run(QSqlQuery& q)
{
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<EstablishmentSummary> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}
const QString Columns = QStringLiteral("SELECT id, siret, name, city, naf FROM establishments ");
} // namespace

Result<QList<EstablishmentSummary>> EstablishmentStore::list(security::Session& session, int limit)
{
    if (limit < 1)
        return Error{ErrorCode::Usage, tr("Invalid limit: %1").arg(limit)};
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("WHERE deleted = 0 ORDER BY name_fold, siret LIMIT ?"));
    q.addBindValue(limit);
    return run(q);
}

Result<QList<EstablishmentSummary>> EstablishmentStore::findByName(security::Session& session, const QString& text,
                                                                   int limit)
{
    const QString prefix = core::foldForSearch(text);
    if (prefix.isEmpty())
        return Error{ErrorCode::Invalid, tr("Type at least one letter of the name")};
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("WHERE name_fold >= ? AND name_fold < ? AND deleted = 0 "
                                       "ORDER BY name_fold, siret LIMIT ?"));
    q.addBindValue(prefix);
    q.addBindValue(core::prefixUpperBound(prefix));
    q.addBindValue(limit);
    return run(q);
}

} // namespace vigie::membership
