#pragma once
// Workers: identity (part 1° of the record, with the INS traits) and the search by name.

#include "core/Result.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace vigie::workforce {

// What a search result or an identity banner shows (INS-07: strict traits and status).
struct WorkerSummary {
    QString id;
    QString birthName;
    QString firstBirthFirstName;
    QString birthDate; // YYYY-MM-DD
    QString sex;       // M, F, U
    QString usedName;
    QString insStatus; // PROV, RECUP, VALI, QUAL
};

namespace WorkerStore {
inline constexpr int MaxPage = 500;
// Who the search may return: the teams reached (JSON array), employment end no earlier than
// `employedSince`, and whether workers who objected stay visible (the physician only).
struct SearchScope {
    QString teamsJson;
    QString employedSince;
    bool ignoreOppositions = false;
};
// The search statement and its binding; shared with the storage benchmark so that it measures
// exactly what the application runs.
const QString& searchSql();
void bindSearch(QSqlQuery& query, const QString& foldedPrefix, const SearchScope& scope, int limit, int offset);
// Workers whose birth or used name starts with `text` (accents, case and punctuation ignored), ordered
// by name. `offset` pages through results (lazy fetching). One audit record per search.
core::Result<QList<WorkerSummary>> findByName(security::Session& session, const QString& text, int limit,
                                             int offset = 0);
// Workers born on `day`, among those the account may reach (the same scope), ordered by name. One
// audit record per search.
core::Result<QList<WorkerSummary>> findByBirthDate(security::Session& session, const QDate& day, int limit, int offset = 0);
} // namespace WorkerStore

} // namespace vigie::workforce
