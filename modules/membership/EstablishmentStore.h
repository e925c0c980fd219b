#pragma once
// Establishments (SIRET) of member enterprises.

#include "core/Result.h"
#include "security/Session.h"

#include <QList>

namespace vigie::membership {

struct EstablishmentSummary {
    QString id;
    QString siret;
    QString name;
    QString city;
    QString naf;
};

namespace EstablishmentStore {
core::Result<QList<EstablishmentSummary>> list(security::Session& session, int limit);
// Establishments whose name starts with `text` (accents and case ignored).
core::Result<QList<EstablishmentSummary>> findByName(security::Session& session, const QString& text, int limit);
} // namespace EstablishmentStore

} // namespace vigie::membership
