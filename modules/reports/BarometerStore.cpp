#include "reports/BarometerStore.h"

#include "reports/IndicatorStore.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

QString exposureLabel(const QString& code) { return code; }
QString plainLabel(const QString& code)
{
    if (code == QLatin1String("arrivals"))
        return QCoreApplication::translate("vigie::reports", "Employments started");
    if (code == QLatin1String("departures"))
        return QCoreApplication::translate("vigie::reports", "Employments ended");
    if (code == QLatin1String("work_accident"))
        return QCoreApplication::translate("vigie::reports", "Workers with a work accident");
    if (code == QLatin1String("occupational_disease"))
        return QCoreApplication::translate("vigie::reports", "Workers with an occupational disease");
    if (code == QLatin1String("adjustment"))
        return QCoreApplication::translate("vigie::reports", "Proposals of adjustment measures");
    if (code == QLatin1String("actions"))
        return QCoreApplication::translate("vigie::reports", "Workplace actions");
    if (code == QLatin1String("sheet"))
        return QCoreApplication::translate("vigie::reports", "Establishments with a recent company sheet");
    return visitKindLabel(code);
}

// The health_problem list (thesaurus/lists/health_problem.csv), the codes dmst_consultations.problem_codes
// holds (separated by spaces), in the list's order.
const QStringList& healthProblemGroups()
{
    static const QStringList codes{QStringLiteral("CARDIOVASCULAR"), QStringLiteral("MUSCULOSKELETAL"), QStringLiteral("MENTAL_HEALTH"),
                                   QStringLiteral("RESPIRATORY"),    QStringLiteral("SKIN"),            QStringLiteral("HEARING"),
                                   QStringLiteral("OTHER")};
    return codes;
}

QString healthLabel(const QString& code)
{
    if (code == QLatin1String("CARDIOVASCULAR"))
        return QCoreApplication::translate("vigie::reports", "Heart and vessels");
    if (code == QLatin1String("MUSCULOSKELETAL"))
        return QCoreApplication::translate("vigie::reports", "Musculoskeletal disorders");
    if (code == QLatin1String("MENTAL_HEALTH"))
        return QCoreApplication::translate("vigie::reports", "Mental health");
    if (code == QLatin1String("RESPIRATORY"))
        return QCoreApplication::translate("vigie::reports", "Respiratory system");
    if (code == QLatin1String("SKIN"))
        return QCoreApplication::translate("vigie::reports", "Skin");
    if (code == QLatin1String("HEARING"))
        return QCoreApplication::translate("vigie::reports", "Hearing");
    if (code == QLatin1String("OTHER"))
        return QCoreApplication::translate("vigie::reports", "Other health problems");
    return code;
}

// ?1 D, ?2 1 January, ?3 the subject's SIRET/SIREN, ?4 the NAF division. `which` selects the set:
// the subject's member establishments, or the branch's.
QString ctes(bool own, ScopeKind kind)
{
    const QString subject = kind == ScopeKind::Establishment
                                ? QStringLiteral("e.siret = ?3")
                                : QStringLiteral("e.enterprise_id IN (SELECT n.id FROM enterprises n WHERE n.siren = ?3 AND n.deleted = 0)");
    return QStringLiteral(
               "WITH est(id) AS MATERIALIZED (SELECT e.id FROM establishments e WHERE e.deleted = 0 AND %1 AND"
               " coalesce((SELECT h.status FROM establishment_status_history h WHERE h.establishment_id = e.id AND h.deleted = 0"
               " AND h.since <= ?1 ORDER BY h.since DESC, h.recorded_at DESC LIMIT 1),"
               " CASE WHEN EXISTS (SELECT 1 FROM establishment_status_history h WHERE h.establishment_id = e.id AND h.deleted = 0)"
               " THEN NULL WHEN e.member_since IS NULL OR e.member_since <= ?1 THEN e.status END) = 'active'),"
               " fol(wid, emp) AS MATERIALIZED (SELECT em.worker_id, em.id FROM employments em JOIN est ON est.id = em.establishment_id"
               "  JOIN workers w ON w.id = em.worker_id AND w.deleted = 0 AND w.merged_into IS NULL"
               "  WHERE em.deleted = 0 AND em.start_date <= ?1 AND (em.end_date IS NULL OR em.end_date >= ?1)),"
               " fw(wid) AS MATERIALIZED (SELECT DISTINCT wid FROM fol) ")
        .arg(own ? subject : QStringLiteral("substr(e.naf, 1, 2) = ?4"));
}

Result<QList<QPair<QString, qint64>>> run(security::Session& session, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storage::sqlFailure(q);
    int highest = 0;
    for (int i = 1; i <= 4; ++i)
        if (sql.contains(QStringLiteral("?%1").arg(i)))
            highest = i;
    for (int i = 0; i < highest; ++i)
        q.addBindValue(binds.value(i));
    if (!q.exec())
        return storage::sqlFailure(q);
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

// Aligns `values` on `codes` (missing codes count 0).
QList<QPair<QString, qint64>> aligned(const QStringList& codes, const QList<QPair<QString, qint64>>& values)
{
    QList<QPair<QString, qint64>> out;
    for (const QString& c : codes) {
        qint64 n = 0;
        for (const auto& [code, count] : values)
            if (code == c)
                n = count;
        out.append({c, n});
    }
    return out;
}
} // namespace

Result<BarometerData> BarometerStore::collect(security::Session& session, const Scope& scope, int year, int minimumWorkers)
{
    if (scope.kind != ScopeKind::Establishment && scope.kind != ScopeKind::Siren)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::reports", "A barometer is for an establishment or an enterprise")};
    if (Status s = IndicatorStore::requireScope(session, scope); !s)
        return s.error();
    BarometerData d;
    d.scope = scope;
    d.year = year;
    d.minimumWorkers = minimumWorkers;
    {
        QSqlQuery q(session.db().sql());
        if (q.exec(QStringLiteral("SELECT name FROM service_identity LIMIT 1")) && q.next())
            d.serviceName = q.value(0).toString();
        QSqlQuery n(session.db().sql());
        n.prepare(scope.kind == ScopeKind::Establishment
                      ? QStringLiteral("SELECT name, naf FROM establishments WHERE siret = ? AND deleted = 0")
                      : QStringLiteral("SELECT n.name, min(e.naf) FROM enterprises n JOIN establishments e ON e.enterprise_id = n.id"
                                       " AND e.deleted = 0 WHERE n.siren = ? AND n.deleted = 0 GROUP BY n.id"));
        n.addBindValue(scope.value);
        if (!n.exec())
            return storage::sqlFailure(n);
        if (n.next()) {
            d.name = n.value(0).toString();
            d.division = n.value(1).toString().left(2);
        }
    }
    const QVariantList binds{QDate(year, 12, 31).toString(Qt::ISODate), QDate(year, 1, 1).toString(Qt::ISODate), scope.value, d.division};
    const QStringList categories{QStringLiteral("SI"), QStringLiteral("SIA"), QStringLiteral("SIR")};
    const QStringList movement{QStringLiteral("arrivals"), QStringLiteral("departures")};
    const QStringList events{QStringLiteral("work_accident"), QStringLiteral("occupational_disease")};
    const QStringList retention{QStringLiteral("PRE_RETURN"), QStringLiteral("RETURN"), QStringLiteral("adjustment")};
    const QStringList dynamicsCodes{QStringLiteral("actions"), QStringLiteral("sheet")};
    BarometerGroup groups[8];
    groups[0] = {QCoreApplication::translate("vigie::reports", "Followed workers by follow-up category"), {}, {}, {}, &followUpLabel};
    groups[1] = {QCoreApplication::translate("vigie::reports", "Risks declared by the employer (workers exposed, five most frequent in the branch)"), {}, {}, {}, &exposureLabel};
    groups[2] = {QCoreApplication::translate("vigie::reports", "Exposures observed by the occupational physician (workers, five most frequent in the branch)"), {}, {}, {}, &exposureLabel};
    groups[3] = {QCoreApplication::translate("vigie::reports", "Turnover in the year (employments)"), {}, {}, {}, &plainLabel};
    groups[4] = {QCoreApplication::translate("vigie::reports", "Work accidents and occupational diseases in the year (workers)"), {}, {}, {}, &plainLabel};
    groups[5] = {QCoreApplication::translate("vigie::reports", "Job retention in the year"), {}, {}, {}, &plainLabel};
    groups[6] = {QCoreApplication::translate("vigie::reports", "Prevention dynamics in the year"), {}, {}, {}, &plainLabel};
    groups[7] = {QCoreApplication::translate("vigie::reports", "Health problems noted in consultations in the year, by body system (workers)"), {}, {}, {},
                 &healthLabel};
    QStringList declaredTop, observedTop;
    for (int side = 1; side >= 0; --side) { // the branch first: it chooses the exposures shown
        const bool own = side == 0;
        const QString w = ctes(own, scope.kind);
        const auto get = [&](const QString& sql) { return run(session, w + sql, binds); };
        auto workers = get(QStringLiteral("SELECT 'w', count(*) FROM fw UNION ALL SELECT 'e', count(*) FROM est"));
        if (!workers)
            return workers.error();
        (own ? d.ownWorkers : d.branchWorkers) = workers.value().value(0).second;
        if (!own)
            d.branchEstablishments = workers.value().value(1).second;
        auto cat = get(QStringLiteral("SELECT CASE c WHEN 3 THEN 'SIR' WHEN 2 THEN 'SIA' ELSE 'SI' END, count(*) FROM (SELECT fol.wid,"
                                      " max(CASE em.follow_up WHEN 'SIR' THEN 3 WHEN 'SIA' THEN 2 ELSE 1 END) AS c FROM fol JOIN employments em"
                                      " ON em.id = fol.emp GROUP BY fol.wid) GROUP BY c"));
        if (!cat)
            return cat.error();
        auto declared = get(QStringLiteral("SELECT x.exposure_code, count(DISTINCT fol.wid) FROM fol JOIN employment_exposures x"
                                           " ON x.employment_id = fol.emp AND x.deleted = 0 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5"));
        if (!declared)
            return declared.error();
        auto observed = get(QStringLiteral("SELECT x.exposure_code, count(DISTINCT fw.wid) FROM fw JOIN dmst_exposures x ON x.worker_id = fw.wid"
                                           " AND x.deleted = 0 AND x.start_date <= ?1 AND (x.end_date IS NULL OR x.end_date >= ?2)"
                                           " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5"));
        if (!observed)
            return observed.error();
        auto moves = get(QStringLiteral("SELECT 'arrivals', count(*) FROM employments em JOIN est ON est.id = em.establishment_id"
                                        " WHERE em.deleted = 0 AND em.start_date BETWEEN ?2 AND ?1 UNION ALL"
                                        " SELECT 'departures', count(*) FROM employments em JOIN est ON est.id = em.establishment_id"
                                        " WHERE em.deleted = 0 AND em.end_date BETWEEN ?2 AND ?1"));
        if (!moves)
            return moves.error();
        auto absences = get(QStringLiteral("SELECT a.cause, count(DISTINCT a.worker_id) FROM absences a JOIN fw ON fw.wid = a.worker_id"
                                           " WHERE a.deleted = 0 AND a.cause IN ('work_accident', 'occupational_disease')"
                                           " AND a.start_date BETWEEN ?2 AND ?1 GROUP BY 1"));
        if (!absences)
            return absences.error();
        auto kept = get(QStringLiteral("SELECT v.kind, count(*) FROM visits v JOIN fw ON fw.wid = v.worker_id WHERE v.deleted = 0"
                                       " AND v.status = 'done' AND v.kind IN ('PRE_RETURN', 'RETURN') AND v.visit_date BETWEEN ?2 AND ?1"
                                       " GROUP BY 1 UNION ALL SELECT 'adjustment', count(*) FROM dmst_documents d JOIN fw ON fw.wid = d.worker_id"
                                       " WHERE d.deleted = 0 AND d.kind = 'adjustment' AND d.status = 'signed' AND d.issued_on BETWEEN ?2 AND ?1"));
        if (!kept)
            return kept.error();
        auto dynamics = get(QStringLiteral("SELECT 'actions', count(*) FROM workplace_actions a JOIN est ON est.id = a.establishment_id"
                                           " WHERE a.deleted = 0 AND a.action_date BETWEEN ?2 AND ?1 UNION ALL"
                                           " SELECT 'sheet', count(DISTINCT v.establishment_id) FROM companysheet_versions v JOIN est ON"
                                           " est.id = v.establishment_id WHERE v.deleted = 0 AND substr(v.validated_at, 1, 10) BETWEEN"
                                           " date(?1, '-5 years', '+1 day') AND ?1"));
        if (!dynamics)
            return dynamics.error();
        // Workers whose closed consultation of the year (not corrected since) coded a group of health
        // problems (health_problem list): each worker once per group.
        QStringList healthCases;
        for (const QString& code : healthProblemGroups())
            healthCases << QStringLiteral("SELECT '%1' AS code FROM c WHERE instr(' ' || c.codes || ' ', ' %1 ') > 0 GROUP BY c.wid").arg(code);
        auto health = get(QStringLiteral("SELECT h.code, count(*) FROM (WITH c(wid, codes) AS (SELECT k.worker_id, k.problem_codes"
                                         " FROM dmst_consultations k JOIN fw ON fw.wid = k.worker_id WHERE k.deleted = 0 AND k.status = 'closed'"
                                         " AND k.visit_date BETWEEN ?2 AND ?1 AND NOT EXISTS (SELECT 1 FROM dmst_consultations s"
                                         " WHERE s.supersedes = k.id AND s.deleted = 0 AND s.status = 'closed')) ")
                          + healthCases.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") h GROUP BY h.code"));
        if (!health)
            return health.error();
        if (!own) {
            for (const auto& [code, n] : declared.value())
                declaredTop << code;
            for (const auto& [code, n] : observed.value())
                observedTop << code;
        } else {
            // The company's counts for the branch's codes (its own top five might name other risks).
            auto declaredOwn = get(QStringLiteral("SELECT x.exposure_code, count(DISTINCT fol.wid) FROM fol JOIN employment_exposures x"
                                                  " ON x.employment_id = fol.emp AND x.deleted = 0 GROUP BY 1"));
            auto observedOwn = get(QStringLiteral("SELECT x.exposure_code, count(DISTINCT fw.wid) FROM fw JOIN dmst_exposures x ON"
                                                  " x.worker_id = fw.wid AND x.deleted = 0 AND x.start_date <= ?1 AND (x.end_date IS NULL OR"
                                                  " x.end_date >= ?2) GROUP BY 1"));
            if (!declaredOwn)
                return declaredOwn.error();
            if (!observedOwn)
                return observedOwn.error();
            declared = declaredOwn;
            observed = observedOwn;
        }
        const auto put = [&](int g, const QList<QPair<QString, qint64>>& values) { (own ? groups[g].own : groups[g].branch) = values; };
        put(0, aligned(categories, cat.value()));
        put(1, aligned(declaredTop, declared.value()));
        put(2, aligned(observedTop, observed.value()));
        put(3, aligned(movement, moves.value()));
        put(4, aligned(events, absences.value()));
        put(5, aligned(retention, kept.value()));
        put(6, aligned(dynamicsCodes, dynamics.value()));
        put(7, aligned(healthProblemGroups(), health.value()));
    }
    groups[6].note = QCoreApplication::translate("vigie::reports", "Workplace actions in the year; establishments with a company sheet validated within five years.");
    groups[7].note = QCoreApplication::translate("vigie::reports", "Workers seen in a closed consultation of the year whose health problems were coded in a group; "
                                                              "a worker counts once in each group noted for him, so the total counts groups noted, not workers.");
    // Exposures by their label in the exposure thesaurus (the code when it names none).
    const bool english = QLocale().language() == QLocale::English;
    for (int g : {1, 2})
        for (auto* values : {&groups[g].own, &groups[g].branch})
            for (auto& [code, count] : *values) {
                auto found = thesaurus::ThesaurusStore::find(session, QStringLiteral("exposure"), code);
                if (!found)
                    return found.error();
                if (found.value() && !found.value()->label(english).isEmpty())
                    code = found.value()->label(english);
            }
    for (const BarometerGroup& g : groups)
        d.groups << g;
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("report.barometer"), {}, 0,
                                                     QStringLiteral("allowed"), QStringLiteral("scope=%1 year=%2").arg(scope.text()).arg(year)});
        !s)
        return s.error();
    return d;
}

} // namespace vigie::reports
