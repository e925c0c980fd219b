#include "scheduling/RenewalSettingsStore.h"

#include "scheduling/RenewalDelays.h"
#include "scheduling/StoreSupport.h"
#include "security/PolicyStore.h"

#include <QCoreApplication>

namespace vigie::scheduling::RenewalSettingsStore {
using namespace detail;

namespace {
const QString Resource = QStringLiteral("renewal.settings");
}

namespace Sql {

core::Result<Periodicities> current(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("SELECT si_renewal_months, sia_renewal_months, sir_renewal_months, sir_intermediate_months "
                                        "FROM renewal_settings WHERE deleted = 0 ORDER BY id LIMIT 1"));
        !s)
        return s.error();
    Periodicities p = legalPeriodicities();
    if (q.next()) {
        Periodicities stored{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
        if (checkRenewalDelays(stored)) // the table's CHECKs hold them; the law's maxima if not
            p = stored;
    }
    return p;
}

} // namespace Sql

core::Result<Periodicities> current(security::Session& session)
{
    const security::Role role = session.account().role;
    if (!security::AccessPolicy::canUseModule(role, security::Module::Administration).allowed)
        if (auto s = requirePlanning(session); !s)
            return s.error();
    return Sql::current(session.db().sql());
}

core::Status set(security::Session& session, const Periodicities& p)
{
    if (!security::AccessPolicy::canUseModule(session.account().role, security::Module::Administration).allowed)
        return refused(session, QStringLiteral("write"), Resource,
                       QCoreApplication::translate("vigie::scheduling", "Access refused: only the administrator changes the renewal delays"));
    if (auto s = checkRenewalDelays(p); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("UPDATE renewal_settings SET si_renewal_months = ?, sia_renewal_months = ?, sir_renewal_months = ?, "
                                        "sir_intermediate_months = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE deleted = 0"),
                      {p.siRenewalMonths, p.siaRenewalMonths, p.sirRenewalMonths, p.sirIntermediateMonths, session.nextHlc(),
                       session.account().id});
        !s)
        return s;
    if (q.numRowsAffected() == 0) {
        QSqlQuery i(session.db().sql());
        if (auto s = exec(i, QStringLiteral("INSERT INTO renewal_settings(id, si_renewal_months, sia_renewal_months, sir_renewal_months, "
                                            "sir_intermediate_months, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {session.newId(), p.siRenewalMonths, p.siaRenewalMonths, p.sirRenewalMonths, p.sirIntermediateMonths,
                           session.nextHlc(), session.account().id});
            !s)
            return s;
    }
    if (auto s = audited(session, QStringLiteral("write"), Resource,
                         QStringLiteral("si=%1 sia=%2 sir=%3 sir_intermediate=%4")
                             .arg(p.siRenewalMonths)
                             .arg(p.siaRenewalMonths)
                             .arg(p.sirRenewalMonths)
                             .arg(p.sirIntermediateMonths));
        !s)
        return s;
    return tx.commit();
}

} // namespace vigie::scheduling::RenewalSettingsStore
