#include "reports/IndicatorStore.h"

#include "reports/FollowedSet.h"

#include "security/PolicyStore.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

// The statements use numbered parameters, each bound once whatever the number of uses:
// ?1 D, ?2 first day of the window, ?3 from, ?4 to, ?5 the scope's value, ?6 ?7 the period a year back.
struct Binds {
    QVariantList values;
    explicit Binds(const Period& p, const Scope& s)
    {
        const Period back = p.yearBefore();
        values = {p.to.toString(Qt::ISODate), p.windowStart().toString(Qt::ISODate), p.from.toString(Qt::ISODate),
                  p.to.toString(Qt::ISODate), s.value, back.from.toString(Qt::ISODate), back.to.toString(Qt::ISODate)};
    }
};

Result<QSqlQuery> run(security::Session& session, const QString& sql, const Binds& binds)
{
    static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
    int highest = 0;
    for (auto it = numbered.globalMatch(sql); it.hasNext();)
        highest = std::max(highest, it.next().captured(1).toInt());
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storage::sqlFailure(q);
    for (int i = 0; i < highest; ++i)
        q.addBindValue(binds.values.value(i));
    if (!q.exec() || !q.next())
        return storage::sqlFailure(q);
    return q;
}

// "Member establishment at D" (reports::statusAt): the latest status change on or before the date;
// without any history, the current status from the membership date (unknown: always).
QString memberAt(const QString& day)
{
    return QStringLiteral(
               "coalesce((SELECT h.status FROM establishment_status_history h WHERE h.establishment_id = e.id AND h.deleted = 0"
               " AND h.since <= %1 ORDER BY h.since DESC, h.recorded_at DESC LIMIT 1),"
               " CASE WHEN EXISTS (SELECT 1 FROM establishment_status_history h WHERE h.establishment_id = e.id AND h.deleted = 0)"
               " THEN NULL WHEN e.member_since IS NULL OR e.member_since <= %1 THEN e.status END) = 'active'")
        .arg(day);
}

// The codes of a group as an SQL list. They are the domain's constants (capitals and underscores
// only, checked here), never user input.
QString codeList(ActionGroup group)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Z_]+$"));
    QStringList quoted;
    for (const QString& c : actionGroupCodes(group))
        if (plain.match(c).hasMatch())
            quoted << QLatin1Char('\'') + c + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

Status audit(security::Session& session, const QString& outcome, const QString& detail)
{
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("report.indicators"), {}, 0, outcome, detail});
}

Result<bool> exists(security::Session& session, const QString& sql, const QString& value)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        return storage::sqlFailure(q);
    return q.next();
}
} // namespace

Status IndicatorStore::requireScope(security::Session& session, const Scope& scope)
{
    const security::Role role = session.account().role;
    bool allowed = role == security::Role::Director || role == security::Role::Admin;
    if (!allowed && role == security::Role::Physician && scope.kind == ScopeKind::Team) {
        auto subject = security::PolicyStore::loadSubject(session);
        if (!subject)
            return subject.error();
        allowed = subject.value().teamIds.contains(scope.value);
    }
    if (!allowed) {
        if (Status s = audit(session, QStringLiteral("denied"), QStringLiteral("scope=%1 reason=role").arg(scope.text())); !s)
            return s;
        return Status::fail(ErrorCode::Denied, role == security::Role::Physician
                                                   ? QCoreApplication::translate("vigie::reports", "A physician sees the indicators of his own teams only (scope team:ID)")
                                                   : QCoreApplication::translate("vigie::reports", "The indicators are open to the director, the physicians and the administrator"));
    }
    QString sql;
    switch (scope.kind) {
    case ScopeKind::Service:
    case ScopeKind::Naf: return {};
    case ScopeKind::Team: sql = QStringLiteral("SELECT 1 FROM teams WHERE id = ? AND deleted = 0"); break;
    case ScopeKind::Establishment: sql = QStringLiteral("SELECT 1 FROM establishments WHERE siret = ? AND deleted = 0"); break;
    case ScopeKind::Siren: sql = QStringLiteral("SELECT 1 FROM enterprises WHERE siren = ? AND deleted = 0"); break;
    }
    auto found = exists(session, sql, scope.value);
    if (!found)
        return found.error();
    if (!found.value())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "Unknown scope %1: no such team, establishment or enterprise").arg(scope.text()));
    return {};
}

Result<QList<IndicatorResult>> IndicatorStore::compute(security::Session& session, const Period& period, const Scope& scope)
{
    FollowedSet set(session, period, scope);
    return compute(session, period, scope, set);
}

Result<QList<IndicatorResult>> IndicatorStore::compute(security::Session& session, const Period& period, const Scope& scope, FollowedSet& shared)
{
    if (Status s = requireScope(session, scope); !s)
        return s.error();
    std::optional<FollowedSet> own;
    if (!shared.covers(period, scope))
        own.emplace(session, period, scope);
    FollowedSet& set = own ? *own : shared;
    if (Status s = set.workers(); !s)
        return s.error();
    const Binds binds(period, scope);
    const bool service = scope.kind == ScopeKind::Service;
    QList<Figure> figures;

    // The scope's establishments and followed workers at D come from the set (built once per store
    // call): members are its establishments of status 'active', FE its fe flags. A participant's
    // actions are matched against the window's actions as a set (+p.action_id keeps SQLite from
    // seeking every action of the window for every followed worker). fw is read in identifier order.
    const QString main = QStringLiteral(
        "WITH seen(wid) AS MATERIALIZED (SELECT fw.wid FROM %5 fw WHERE EXISTS (SELECT 1 FROM visits v"
        "  WHERE v.worker_id = fw.wid AND v.deleted = 0 AND v.status = 'done' AND v.visit_date BETWEEN ?2 AND ?1)),"
        " act(id, eid, code) AS MATERIALIZED (SELECT a.id, a.establishment_id, a.code FROM workplace_actions a"
        "  WHERE a.deleted = 0 AND a.action_date BETWEEN ?2 AND ?1),"
        " ald(wid) AS MATERIALIZED (SELECT fw.wid FROM %5 fw WHERE EXISTS (SELECT 1 FROM dmst_long_term_conditions l"
        "  WHERE l.worker_id = fw.wid AND l.deleted = 0 AND l.noted_on <= ?1 AND (l.ended_on IS NULL OR l.ended_on >= ?1)))"
        " SELECT (SELECT count(*) FROM %1 WHERE status = 'active'), (SELECT count(*) FROM %5),"
        " (SELECT count(*) FROM %1 WHERE status = 'active' AND fe = 1),"
        " (SELECT count(*) FROM %5 WHERE fe = 1),"
        " (SELECT count(*) FROM seen),"
        " (SELECT count(*) FROM seen WHERE EXISTS (SELECT 1 FROM dmst_consultations c WHERE c.worker_id = seen.wid"
        "   AND c.status = 'closed' AND c.deleted = 0)"
        "  OR EXISTS (SELECT 1 FROM dmst_documents d WHERE d.worker_id = seen.wid AND d.status = 'signed' AND d.deleted = 0)),"
        " (SELECT count(DISTINCT act.eid) FROM act JOIN %1 mem ON mem.id = act.eid AND mem.status = 'active' WHERE act.code IN (%2)),"
        " (SELECT count(DISTINCT act.eid) FROM act JOIN %1 mem ON mem.id = act.eid AND mem.status = 'active' WHERE act.code IN (%3)),"
        " (SELECT count(DISTINCT act.eid) FROM act JOIN %1 mem ON mem.id = act.eid AND mem.status = 'active' WHERE act.code IN (%4)),"
        " (SELECT count(*) FROM %5 fw WHERE EXISTS (SELECT 1 FROM dmst_documents d WHERE d.worker_id = fw.wid"
        "   AND d.kind = 'prevention_order' AND d.status = 'signed' AND d.deleted = 0 AND d.issued_on BETWEEN ?2 AND ?1)"
        "  OR EXISTS (SELECT 1 FROM workplace_action_participants p WHERE p.worker_id = fw.wid AND p.deleted = 0"
        "   AND +p.action_id IN (SELECT act.id FROM act WHERE act.code IN (%3)))),"
        " (SELECT count(*) FROM %5 fw WHERE EXISTS (SELECT 1 FROM workplace_action_participants p WHERE p.worker_id = fw.wid AND p.deleted = 0"
        "   AND +p.action_id IN (SELECT act.id FROM act WHERE act.code IN (%2)))),"
        " (SELECT count(*) FROM ald),"
        " (SELECT count(*) FROM ald WHERE EXISTS (SELECT 1 FROM dmst_documents d WHERE d.worker_id = ald.wid"
        "   AND d.kind = 'adjustment' AND d.status = 'signed' AND d.deleted = 0 AND d.issued_on BETWEEN ?2 AND ?1))")
        .arg(set.est(), codeList(ActionGroup::Awareness), codeList(ActionGroup::Advice), codeList(ActionGroup::PrimaryPrevention), set.fw());
    auto m = run(session, main, binds);
    if (!m)
        return m.error();
    const auto n = [&](int column) { return m.value().value(column).toLongLong(); };
    const qint64 members = n(0), followed = n(1);

    // Employers' visit requests due in the period: answered on time by the appointment that took place
    // for them, or by a performed visit of the same kind between the request and its latest date.
    const QString requests = QStringLiteral(
        "SELECT count(*), coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM appointments ap WHERE ap.request_id = r.id"
        "  AND ap.deleted = 0 AND ap.status = 'done' AND ap.day <= r.due_by)"
        " OR EXISTS (SELECT 1 FROM visits v WHERE v.worker_id = r.worker_id AND v.deleted = 0 AND v.status = 'done'"
        "  AND v.kind = r.kind AND v.visit_date BETWEEN r.requested_on AND r.due_by) THEN 1 ELSE 0 END), 0)"
        " FROM visit_requests r WHERE r.deleted = 0 AND r.origin = 'company' AND r.status <> 'cancelled'"
        " AND r.due_by BETWEEN ?3 AND ?4 %1")
        .arg(service ? QString() : QStringLiteral("AND r.establishment_id IN (SELECT id FROM %1)").arg(set.est()));
    auto r = run(session, requests, binds);
    if (!r)
        return r.error();

    // Events of the service's history (documents, visits a year back): the whole service, or in a
    // narrower scope the workers followed at D in it.
    const auto inScope = [service, &set](const QString& column) {
        return service ? QString() : QStringLiteral("AND %1 IN (SELECT wid FROM %2)").arg(column, set.fw());
    };
    const QString adjustments = QStringLiteral(
        "SELECT count(*) FROM dmst_documents d WHERE d.kind = 'adjustment' AND d.status = 'signed' AND d.deleted = 0"
        " AND d.issued_on BETWEEN ?3 AND ?4"
        " AND NOT EXISTS (SELECT 1 FROM dmst_documents c WHERE c.supersedes = d.id AND c.status = 'signed' AND c.deleted = 0) %1")
        .arg(inScope(QStringLiteral("d.worker_id")));
    auto adj = run(session, adjustments, binds);
    if (!adj)
        return adj.error();

    // Pre-return visits a year back (the latest per worker), kept when an employment at a member
    // establishment is in force one year after it. In a narrower scope, +v.worker_id keeps SQLite on
    // the year's visits (visits_status_date) rather than seeking the visits of every followed worker.
    const QString kept = QStringLiteral(
        "WITH pre(wid, lastday) AS (SELECT v.worker_id, max(v.visit_date) FROM visits v"
        "  JOIN workers w ON w.id = v.worker_id AND w.deleted = 0 AND w.merged_into IS NULL"
        "  WHERE v.deleted = 0 AND v.status = 'done' AND v.kind = 'PRE_RETURN' AND v.visit_date BETWEEN ?6 AND ?7 %1"
        "  GROUP BY v.worker_id)"
        " SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM employments em JOIN establishments e ON e.id = em.establishment_id"
        "  WHERE em.worker_id = pre.wid AND em.deleted = 0 AND e.deleted = 0 AND em.start_date <= date(pre.lastday, '+1 year')"
        "  AND (em.end_date IS NULL OR em.end_date >= date(pre.lastday, '+1 year')) AND %2)), 0) FROM pre")
        .arg(inScope(QStringLiteral("+v.worker_id")), memberAt(QStringLiteral("date(pre.lastday, '+1 year')")));
    auto k = run(session, kept, binds);
    if (!k)
        return k.error();

    // Distinct workers with a social follow-up of a job-retention case active at some day of the period
    // (pdp::activeDuring).
    const QString social = QStringLiteral(
        "SELECT count(DISTINCT c.worker_id) FROM pdp_social_followups f JOIN pdp_cases c ON c.id = f.case_id AND c.deleted = 0"
        " WHERE f.deleted = 0 AND f.started_on <= ?4 AND (f.ended_on IS NULL OR f.ended_on >= ?3) %1")
        .arg(inScope(QStringLiteral("c.worker_id")));
    auto soc = run(session, social, binds);
    if (!soc)
        return soc.error();

    // Satisfaction answers received in the period (anonymous; an establishment at most).
    const QString satisfaction = QStringLiteral(
        "SELECT"
        " (SELECT count(*) FROM satisfaction_answers s WHERE s.deleted = 0 AND s.question = 'membership_interface' AND s.answered_on BETWEEN ?3 AND ?4 %1),"
        " (SELECT count(*) FROM satisfaction_answers s WHERE s.deleted = 0 AND s.question = 'membership_interface' AND s.answered_on BETWEEN ?3 AND ?4 AND s.score >= 4 %1),"
        " (SELECT count(*) FROM satisfaction_answers s WHERE s.deleted = 0 AND s.question = 'membership_information' AND s.answered_on BETWEEN ?3 AND ?4 %1),"
        " (SELECT count(*) FROM satisfaction_answers s WHERE s.deleted = 0 AND s.question = 'membership_information' AND s.answered_on BETWEEN ?3 AND ?4 AND s.score >= 4 %1)")
        .arg(service ? QString() : QStringLiteral("AND s.establishment_id IN (SELECT id FROM %1)").arg(set.est()));
    auto sat = run(session, satisfaction, binds);
    if (!sat)
        return sat.error();

    figures << Figure::counted(QStringLiteral("FE_ESTABLISHMENTS"), n(2), members)
            << Figure::counted(QStringLiteral("FE_WORKERS"), n(3), followed)
            << Figure::counted(QStringLiteral("WORKERS_SEEN"), n(4), followed)
            << Figure::counted(QStringLiteral("REQUESTS_ON_TIME"), r.value().value(1).toLongLong(), r.value().value(0).toLongLong())
            << Figure::counted(QStringLiteral("DMST_COMPUTERISED"), n(5), n(4))
            << Figure::counted(QStringLiteral("AWARENESS_ESTABLISHMENTS"), n(6), members)
            << Figure::counted(QStringLiteral("ADVICE_ESTABLISHMENTS"), n(7), members)
            << Figure::counted(QStringLiteral("PRIMARY_PREVENTION_ESTABLISHMENTS"), n(8), members)
            << Figure::counted(QStringLiteral("ADVICE_WORKERS"), n(9), followed)
            << Figure::counted(QStringLiteral("AWARENESS_WORKERS"), n(10), followed)
            << Figure::counted(QStringLiteral("ADJUSTMENT_PROPOSALS"), adj.value().value(0).toLongLong())
            << Figure::counted(QStringLiteral("SOCIAL_SUPPORT_PEOPLE"), soc.value().value(0).toLongLong())
            << Figure::counted(QStringLiteral("KEPT_AFTER_PRE_RETURN"), k.value().value(1).toLongLong(), k.value().value(0).toLongLong())
            << Figure::counted(QStringLiteral("ALD_WITH_RECOMMENDATION"), n(12), n(11))
            << Figure::counted(QStringLiteral("SATISFACTION_MEMBERSHIP_INTERFACE"), sat.value().value(1).toLongLong(),
                               sat.value().value(0).toLongLong())
            << Figure::counted(QStringLiteral("SATISFACTION_MEMBERSHIP_INFORMATION"), sat.value().value(3).toLongLong(),
                               sat.value().value(2).toLongLong())
            << Figure::notComputed(QStringLiteral("WORKER_ACCOUNTS"), QCoreApplication::translate("vigie::reports", "Vigie has no portal with personal accounts for workers yet"))
            << Figure::notComputed(QStringLiteral("ESTABLISHMENT_ACCOUNTS"), QCoreApplication::translate("vigie::reports", "Vigie has no portal with accounts for member establishments yet"));

    QList<IndicatorResult> out;
    for (const IndicatorDefinition& d : offerIndicators())
        for (const Figure& f : figures)
            if (f.code == d.code)
                out << publishFigure(f, scope);
    if (Status s = audit(session, QStringLiteral("allowed"),
                         QStringLiteral("scope=%1 from=%2 to=%3").arg(scope.text(), period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
        !s)
        return s.error();
    return out;
}

Result<pdp::RetentionFigures> IndicatorStore::retention(security::Session& session, const Period& period, const Scope& scope)
{
    FollowedSet set(session, period, scope);
    return retention(session, period, scope, set);
}

Result<pdp::RetentionFigures> IndicatorStore::retention(security::Session& session, const Period& period, const Scope& scope, FollowedSet& shared)
{
    if (Status s = requireScope(session, scope); !s)
        return s.error();
    const Binds binds(period, scope);
    const bool service = scope.kind == ScopeKind::Service;
    std::optional<FollowedSet> own;
    if (!service && !shared.covers(period, scope))
        own.emplace(session, period, scope);
    FollowedSet& set = own ? *own : shared;
    if (!service)
        if (Status s = set.workers(); !s)
            return s.error();
    // The cases of the scope (alias c): all of them for the service, else those of the workers followed at D in it.
    const QString cases = QStringLiteral("SELECT %2 FROM pdp_cases c %3 WHERE c.deleted = 0 %1")
                              .arg(service ? QString() : QStringLiteral("AND c.worker_id IN (SELECT wid FROM %1)").arg(set.fw()));
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
    // Runs `cases` with the selected columns, joins and conditions; calls `row` for every result row.
    const auto select = [&](const QString& columns, const QString& joins, const QString& where, const auto& row) -> Status {
        const QString sql = cases.arg(columns, joins) + QLatin1Char(' ') + where;
        int highest = 0;
        for (auto it = numbered.globalMatch(sql); it.hasNext();)
            highest = std::max(highest, it.next().captured(1).toInt());
        if (!q.prepare(sql))
            return storage::sqlFailure(q);
        for (int i = 0; i < highest; ++i)
            q.addBindValue(binds.values.value(i));
        if (!q.exec())
            return storage::sqlFailure(q);
        while (q.next())
            row(q);
        q.finish();
        return {};
    };
    const auto into = [](auto& counts, const auto& fromCode) {
        return [&counts, fromCode](const QSqlQuery& r) {
            if (auto code = fromCode(r.value(0).toString()))
                for (auto& [c, n] : counts)
                    if (c == code.value())
                        n = r.value(1).toLongLong();
        };
    };
    pdp::RetentionFigures f = pdp::emptyFigures();
    if (Status s = select(QStringLiteral("c.origin, count(*)"), {}, QStringLiteral("AND c.opened_on BETWEEN ?3 AND ?4 GROUP BY c.origin"),
                          into(f.openedByOrigin, &pdp::originFromCode));
        !s)
        return s.error();
    if (Status s = select(QStringLiteral("c.outcome, count(*)"), {},
                          QStringLiteral("AND c.status = 'closed' AND c.closed_on BETWEEN ?3 AND ?4 GROUP BY c.outcome"),
                          into(f.closedByOutcome, &pdp::outcomeFromCode));
        !s)
        return s.error();
    if (Status s = select(QStringLiteral("CAST(julianday(c.closed_on) - julianday(c.opened_on) AS INTEGER)"), {},
                          QStringLiteral("AND c.status = 'closed' AND c.closed_on BETWEEN ?3 AND ?4 ORDER BY 1"),
                          [&](const QSqlQuery& r) { f.daysToClose << r.value(0).toLongLong(); });
        !s)
        return s.error();
    if (Status s = select(QStringLiteral("count(*)"), {}, QStringLiteral("AND c.opened_on <= ?4 AND (c.closed_on IS NULL OR c.closed_on > ?4)"),
                          [&](const QSqlQuery& r) { f.openAtEnd = r.value(0).toLongLong(); });
        !s)
        return s.error();
    if (Status s = select(QStringLiteral("s.kind, count(*)"), QStringLiteral("JOIN pdp_steps s ON s.case_id = c.id AND s.deleted = 0"),
                          QStringLiteral("AND s.step_date BETWEEN ?3 AND ?4 GROUP BY s.kind"), into(f.stepsByKind, &pdp::stepKindFromCode));
        !s)
        return s.error();
    if (Status s = select(QStringLiteral("count(DISTINCT c.worker_id)"), QStringLiteral("JOIN pdp_social_followups sf ON sf.case_id = c.id AND sf.deleted = 0"),
                          QStringLiteral("AND sf.started_on <= ?4 AND (sf.ended_on IS NULL OR sf.ended_on >= ?3)"),
                          [&](const QSqlQuery& r) { f.socialSupportPeople = r.value(0).toLongLong(); });
        !s)
        return s.error();
    if (Status s = select(QStringLiteral("count(*), coalesce(sum(rv.done_on <= rv.due_on), 0)"),
                          QStringLiteral("JOIN pdp_reviews rv ON rv.case_id = c.id AND rv.deleted = 0"), QStringLiteral("AND rv.done_on BETWEEN ?3 AND ?4"),
                          [&](const QSqlQuery& r) {
                              f.reviewsDone = r.value(0).toLongLong();
                              f.reviewsOnTime = r.value(1).toLongLong();
                          });
        !s)
        return s.error();
    if (Status s = select(QStringLiteral("rv.situation, count(*)"), QStringLiteral("JOIN pdp_reviews rv ON rv.case_id = c.id AND rv.deleted = 0"),
                          QStringLiteral("AND rv.review = 'outcome_1_year' AND rv.situation IS NOT NULL AND rv.done_on BETWEEN ?3 AND ?4 GROUP BY rv.situation"),
                          into(f.oneYearBySituation, &pdp::outcomeFromCode));
        !s)
        return s.error();
    for (const auto& [situation, n] : f.oneYearBySituation)
        if (pdp::keptInEmployment(situation))
            f.keptAtOneYear += n;
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("report.retention"), {}, 0,
                                                     QStringLiteral("allowed"),
                                                     QStringLiteral("scope=%1 from=%2 to=%3").arg(scope.text(), period.from.toString(Qt::ISODate),
                                                                                                   period.to.toString(Qt::ISODate))});
        !s)
        return s.error();
    return f;
}

Result<QList<IndicatorStore::DelayRow>> IndicatorStore::delays(security::Session& session, const Period& period, const Scope& scope)
{
    FollowedSet set(session, period, scope);
    return delays(session, period, scope, set);
}

Result<QList<IndicatorStore::DelayRow>> IndicatorStore::delays(security::Session& session, const Period& period, const Scope& scope, FollowedSet& shared)
{
    if (Status s = requireScope(session, scope); !s)
        return s.error();
    const Binds binds(period, scope);
    const bool service = scope.kind == ScopeKind::Service;
    std::optional<FollowedSet> own;
    if (!shared.covers(period, scope))
        own.emplace(session, period, scope);
    FollowedSet& set = own ? *own : shared;
    if (Status s = set.establishments(); !s)
        return s.error();
    const QString visitSql = QStringLiteral(
        "SELECT r.kind, CAST(julianday(min(ap.day)) - julianday(r.requested_on) AS INTEGER), min(ap.day) <= r.due_by"
        " FROM visit_requests r JOIN appointments ap ON ap.request_id = r.id AND ap.deleted = 0 AND ap.status = 'done'"
        " WHERE r.deleted = 0 AND r.status <> 'cancelled' %1 GROUP BY r.id HAVING min(ap.day) BETWEEN ?3 AND ?4")
        .arg(service ? QString() : QStringLiteral("AND r.establishment_id IN (SELECT id FROM %1)").arg(set.est()));
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
    const auto prepare = [&](const QString& sql) -> Status {
        int highest = 0;
        for (auto it = numbered.globalMatch(sql); it.hasNext();)
            highest = std::max(highest, it.next().captured(1).toInt());
        if (!q.prepare(sql))
            return storage::sqlFailure(q);
        for (int i = 0; i < highest; ++i)
            q.addBindValue(binds.values.value(i));
        if (!q.exec())
            return storage::sqlFailure(q);
        return {};
    };
    if (Status s = prepare(visitSql); !s)
        return s.error();
    QMap<QString, QList<Delay>> byKind;
    while (q.next())
        byKind[q.value(0).toString()] << Delay{q.value(1).toLongLong(), q.value(2).toInt() == 1};
    q.finish();
    QList<DelayRow> out;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        out << DelayRow{it.key(), delayStats(it.value(), scope)};

    const QString actionSql = QStringLiteral(
        "SELECT CAST(julianday(r.answered_on) - julianday(r.requested_on) AS INTEGER) FROM workplace_action_requests r"
        " WHERE r.deleted = 0 AND r.status = 'answered' AND r.answered_on BETWEEN ?3 AND ?4 AND r.establishment_id IN (SELECT id FROM %1)")
        .arg(set.est());
    if (Status s = prepare(actionSql); !s)
        return s.error();
    QList<Delay> actions;
    while (q.next())
        actions << Delay{q.value(0).toLongLong(), q.value(0).toLongLong() <= ActionRequestTargetDays};
    q.finish();
    out << DelayRow{QStringLiteral("WORKPLACE_ACTION"), delayStats(actions, scope)};
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("report.delays"), {}, 0,
                                                     QStringLiteral("allowed"),
                                                     QStringLiteral("scope=%1 from=%2 to=%3").arg(scope.text(), period.from.toString(Qt::ISODate),
                                                                                                   period.to.toString(Qt::ISODate))});
        !s)
        return s.error();
    return out;
}

} // namespace vigie::reports
