#pragma once
// What the SQL layer of the workforce stores needs to stamp rows (architecture.md "Data": id, hlc,
// updated_by) and date them. The stores make it from the signed-in Session; the benchmark makes one
// for a plain SQLite connection, so that both run exactly the same SQL.

#include "security/Session.h"

#include <QDate>
#include <QString>

#include <functional>

namespace vigie::workforce {

struct WriteContext {
    QString accountId;                 // updated_by, declared_by, merged_by
    QString nowUtc;                    // ISO 8601 UTC with milliseconds
    QDate today;                       // the reference date of the rules (French civil date)
    std::function<QString()> newId;    // UUIDv7
    std::function<QString()> hlc;      // hybrid logical clock stamp
};

inline WriteContext writeContextOf(security::Session& session)
{
    return WriteContext{session.account().id, session.clock().nowUtc().toString(Qt::ISODateWithMs),
                        session.clock().today(), [&session] { return session.newId(); },
                        [&session] { return session.nextHlc(); }};
}

} // namespace vigie::workforce
