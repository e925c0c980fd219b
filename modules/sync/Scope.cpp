#include "sync/Scope.h"

#include <QHash>

namespace vigie::sync {

RowScope scopeOf(const QString& table, const QJsonObject& row)
{
    // The record's tables and the part of R4624-45-4 each one holds (modules/dmst/migrations).
    static const QHash<QString, int> parts{
        {QStringLiteral("dmst_records"), 1},          {QStringLiteral("dmst_identity_checks"), 1},
        {QStringLiteral("dmst_work_history"), 2},     {QStringLiteral("dmst_exposures"), 2},
        {QStringLiteral("dmst_consultations"), 3},    {QStringLiteral("dmst_personal_notes"), 3},
        {QStringLiteral("dmst_long_term_conditions"), 3}, // an ALD noted in part 3° (migration 0021)
        {QStringLiteral("dmst_correspondence"), 4},   {QStringLiteral("dmst_documents"), 5},
        {QStringLiteral("dmst_rights_information"), 6}, {QStringLiteral("dmst_access_requests"), 6},
        {QStringLiteral("dmst_consents"), 7},         {QStringLiteral("oppositions"), 7},
    };
    RowScope s;
    const QString worker = table == QLatin1String("workers") ? row.value(QStringLiteral("id")).toString()
                                                              : row.value(QStringLiteral("worker_id")).toString();
    if (auto it = parts.constFind(table); it != parts.constEnd()) {
        s.kind = RowScope::Kind::RecordPart;
        s.part = it.value();
        s.workerId = worker;
        return s;
    }
    if (!worker.isEmpty()) {
        s.kind = RowScope::Kind::Worker;
        s.workerId = worker;
    }
    return s;
}

} // namespace vigie::sync
