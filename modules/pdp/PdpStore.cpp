#include "pdp/PdpStore.h"

#include "core/TextFold.h"
#include "security/PdpPolicy.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace vigie::pdp {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Action;
using security::PdpItem;
using security::Session;

namespace {

QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
QDate dateOf(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
std::optional<QDate> optDateOf(const QVariant& v)
{
    const QDate d = dateOf(v);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}
QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
QVariant textOrNull(const QString& s) { return s.isEmpty() ? nullText() : QVariant(s); }
QVariant dateOrNull(const std::optional<QDate>& d) { return d && d->isValid() ? QVariant(iso(*d)) : nullText(); }

Status exec(QSqlQuery& q, const QString& sql, const QVariantList& values = {})
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storage::sqlFailure(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storage::sqlFailure(q);
    return {};
}

Status audit(Session& session, PdpItem item, const QString& action, const QString& workerId, const QString& detail,
             bool denied = false)
{
    return session.audit(storage::AuditEvent{{}, {}, action, QStringLiteral("pdp.") + security::pdpItemCode(item), workerId, 0,
                                             denied ? QStringLiteral("denied") : QStringLiteral("allowed"), detail});
}

// The account's facts, its teams widened to those of its live delegations (assistants work for the
// teams that delegated to them).
Result<security::Subject> subjectOf(Session& session)
{
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    for (const security::Delegation& d : subject.value().delegations)
        if (d.liveOn(session.clock().today()) && !subject.value().teamIds.contains(d.teamId))
            subject.value().teamIds << d.teamId;
    return subject;
}

// The policy for `item` on `workerId` (empty: no worker, the cell's lists); a refusal is audited.
Status requirePdp(Session& session, PdpItem item, Action action, const QString& workerId)
{
    auto subject = subjectOf(session);
    if (!subject)
        return subject.error();
    QStringList teams;
    if (!workerId.isEmpty()) {
        auto record = security::PolicyStore::loadRecord(session, workerId, 1);
        if (!record)
            return record.error();
        teams = record.value().teamIds;
    }
    const security::Decision d = security::AccessPolicy::canPdp(subject.value(), item, action, teams, !workerId.isEmpty());
    if (d.allowed)
        return {};
    if (Status s = audit(session, item, security::actionCode(action), workerId,
                         d.reason == security::Decision::Reason::TeamScope ? QStringLiteral("reason=team") : QStringLiteral("reason=role"),
                         true);
        !s)
        return s;
    return Error{ErrorCode::Denied, d.message};
}

// The teams of the account (the scope of lists).
Result<QStringList> ownTeams(Session& session)
{
    auto subject = subjectOf(session);
    if (!subject)
        return subject.error();
    return subject.value().teamIds;
}

// "?, ?" for n values.
QString marks(qsizetype n)
{
    QStringList l;
    for (qsizetype i = 0; i < n; ++i)
        l << QStringLiteral("?");
    return l.join(QStringLiteral(", "));
}

// The workers in reach: employed (now or within a year) at an establishment of one of `teams`.
QString reachSql(qsizetype teams)
{
    return QStringLiteral("SELECT DISTINCT e.worker_id FROM employments e JOIN team_establishments te ON te.establishment_id = "
                          "e.establishment_id AND te.deleted = 0 WHERE e.deleted = 0 AND (e.end_date IS NULL OR e.end_date >= "
                          "date(?, '-1 year')) AND te.team_id IN (%1)")
        .arg(marks(teams));
}
QVariantList reachValues(Session& session, const QStringList& teams)
{
    QVariantList v{iso(session.clock().today())};
    for (const QString& t : teams)
        v << t;
    return v;
}

Result<bool> workerExists(Session& session, const QString& workerId)
{
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT 1 FROM workers WHERE id = ? AND deleted = 0 AND merged_into IS NULL"), {workerId}); !s)
        return s.error();
    return q.next();
}

Result<QList<Stoppage>> stoppagesOf(Session& session, const QString& workerId)
{
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT id, COALESCE(employment_id, ''), cause, start_date, end_date, expected_return FROM absences "
                                          "WHERE worker_id = ? AND deleted = 0 ORDER BY start_date DESC"),
                        {workerId});
        !s)
        return s.error();
    QList<Stoppage> out;
    while (q.next()) {
        Stoppage st;
        st.id = q.value(0).toString();
        st.workerId = workerId;
        st.employmentId = q.value(1).toString();
        st.cause = causeFromDb(q.value(2).toString()).value_or(scheduling::AbsenceCause::Illness);
        st.first = dateOf(q.value(3));
        st.last = optDateOf(q.value(4));
        st.expectedReturn = optDateOf(q.value(5));
        out << st;
    }
    return out;
}

// The employment of the worker in force on `day` (the earliest started), or empty.
Result<QString> employmentOn(Session& session, const QString& workerId, const QDate& day)
{
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT id FROM employments WHERE worker_id = ? AND deleted = 0 AND start_date <= ? AND "
                                          "(end_date IS NULL OR end_date >= ?) ORDER BY start_date, id LIMIT 1"),
                        {workerId, iso(day), iso(day)});
        !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status insertStoppage(Session& session, const Stoppage& st, const QString& source, QString& id)
{
    id = session.newId();
    QSqlQuery q(session.db().sql());
    return exec(q, QStringLiteral("INSERT INTO absences(id, worker_id, employment_id, cause, start_date, end_date, expected_return, source, "
                                  "recorded_at, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, st.workerId, textOrNull(st.employmentId), dbCause(st.cause), iso(st.first), dateOrNull(st.last),
                 dateOrNull(st.expectedReturn), source, session.clock().nowUtc().toString(Qt::ISODateWithMs), session.nextHlc(),
                 session.account().id});
}

Status updateEnd(Session& session, const QString& id, const std::optional<QDate>& last, const std::optional<QDate>& expected)
{
    QSqlQuery q(session.db().sql());
    return exec(q, QStringLiteral("UPDATE absences SET end_date = ?, expected_return = COALESCE(?, expected_return), "
                                  "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"),
                {dateOrNull(last), dateOrNull(expected), session.nextHlc(), session.account().id, id});
}

struct CaseRow {
    QString workerId;
    QDate opened;
    bool closed = false;
};
Result<CaseRow> caseRow(Session& session, const QString& caseId)
{
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT worker_id, opened_on, status FROM pdp_cases WHERE id = ? AND deleted = 0"), {caseId}); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown job-retention case: %1").arg(caseId)};
    return CaseRow{q.value(0).toString(), dateOf(q.value(1)), q.value(2).toString() == QLatin1String("closed")};
}

Result<QList<Step>> stepsOf(Session& session, const QString& caseId)
{
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT id, kind, step_date, end_date, COALESCE(partner, '') FROM pdp_steps WHERE case_id = ? "
                                          "AND deleted = 0 ORDER BY step_date, recorded_at"),
                        {caseId});
        !s)
        return s.error();
    QList<Step> out;
    while (q.next()) {
        auto kind = stepKindFromCode(q.value(1).toString());
        if (kind)
            out << Step{q.value(0).toString(), kind.value(), dateOf(q.value(2)), optDateOf(q.value(3)), q.value(4).toString()};
    }
    return out;
}

// The worker's name as "BIRTH NAME First name" (SQLite's upper() knows ASCII only: done here).
QString nameSql() { return QStringLiteral("w.birth_name || char(31) || COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name)"); }
QString nameOf(const QVariant& v)
{
    const QStringList parts = v.toString().split(QChar(31));
    return parts.size() == 2 ? parts.at(0).toUpper() + u' ' + parts.at(1) : v.toString();
}

// The reviews of an open case: done (pdp_reviews) and pending (scheduled from the social start and
// the return day).
struct ReviewFacts {
    ReviewDelays delays;
    std::optional<QDate> socialStart;
    std::optional<QDate> returnedOn;
    QList<ReviewRow> done;
};
Result<ReviewFacts> reviewFacts(Session& session, const QString& caseId, const CaseRow& c)
{
    ReviewFacts f;
    auto delays = PdpStore::reviewDelays(session);
    if (!delays)
        return delays.error();
    f.delays = delays.value();
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT started_on FROM pdp_social_followups WHERE case_id = ? AND deleted = 0"), {caseId}); !s)
        return s.error();
    if (q.next())
        f.socialStart = optDateOf(q.value(0));
    auto steps = stepsOf(session, caseId);
    if (!steps)
        return steps.error();
    auto stoppages = stoppagesOf(session, c.workerId);
    if (!stoppages)
        return stoppages.error();
    QList<StoppagePeriod> periods;
    for (const Stoppage& st : stoppages.value())
        periods << StoppagePeriod{st.first, st.last};
    f.returnedOn = returnDay(CaseFacts{c.opened, c.closed, steps.value()}, periods);
    if (Status s = exec(q, QStringLiteral("SELECT review, due_on, done_on, COALESCE(situation, ''), notes FROM pdp_reviews WHERE case_id = ? "
                                          "AND deleted = 0 ORDER BY due_on"),
                        {caseId});
        !s)
        return s.error();
    while (q.next())
        if (auto r = reviewFromCode(q.value(0).toString()))
            f.done << ReviewRow{r.value(), dateOf(q.value(1)), optDateOf(q.value(2)), q.value(3).toString(), q.value(4).toString()};
    return f;
}

QList<ScheduledReview> pendingOf(const ReviewFacts& f)
{
    QList<Review> done;
    for (const ReviewRow& r : f.done)
        done << r.review;
    return pendingReviews(f.socialStart, f.returnedOn, done, f.delays);
}

} // namespace

Status PdpStore::require(Session& session, PdpItem item, Action action, const QString& workerId)
{
    return requirePdp(session, item, action, workerId);
}

// ------------------------------------------------------------------------------------------ stoppages

Result<QString> StoppageStore::add(Session& session, const Stoppage& input)
{
    auto exists = workerExists(session, input.workerId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown worker: %1").arg(input.workerId)};
    if (Status s = requirePdp(session, PdpItem::Stoppage, Action::Write, input.workerId); !s)
        return s.error();
    if (Status s = checkStoppage(input, session.clock().today()); !s)
        return s.error();
    Stoppage st = input;
    if (!st.employmentId.isEmpty()) {
        QSqlQuery q(session.db().sql());
        if (Status s = exec(q, QStringLiteral("SELECT 1 FROM employments WHERE id = ? AND worker_id = ? AND deleted = 0"),
                            {st.employmentId, st.workerId});
            !s)
            return s.error();
        if (!q.next())
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The employment %1 is not this worker's").arg(st.employmentId)};
    } else {
        auto e = employmentOn(session, st.workerId, st.first);
        if (!e)
            return e.error();
        st.employmentId = e.value();
    }
    auto existing = stoppagesOf(session, st.workerId);
    if (!existing)
        return existing.error();
    for (const Stoppage& other : existing.value())
        if (overlaps(st, other))
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "This stoppage overlaps the one recorded from %1%2")
                                                 .arg(other.first.toString(QStringLiteral("dd/MM/yyyy")),
                                                      other.last ? QCoreApplication::translate("vigie::pdp", " to %1").arg(other.last->toString(QStringLiteral("dd/MM/yyyy")))
                                                                 : QCoreApplication::translate("vigie::pdp", " (still running)"))};
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QString id;
    if (Status s = insertStoppage(session, st, QStringLiteral("manual"), id); !s)
        return s.error();
    if (Status s = audit(session, PdpItem::Stoppage, QStringLiteral("write"), st.workerId, QStringLiteral("absence=%1").arg(id)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<StoppageRow>> StoppageStore::list(Session& session, const QString& workerId)
{
    auto exists = workerExists(session, workerId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown worker: %1").arg(workerId)};
    if (Status s = requirePdp(session, PdpItem::Stoppage, Action::Read, workerId); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT a.id, COALESCE(a.employment_id, ''), a.cause, a.start_date, a.end_date, a.expected_return, "
                                          "a.source, COALESCE(s.name, '') FROM absences a LEFT JOIN employments e ON e.id = a.employment_id "
                                          "LEFT JOIN establishments s ON s.id = e.establishment_id WHERE a.worker_id = ? AND a.deleted = 0 "
                                          "ORDER BY a.start_date DESC"),
                        {workerId});
        !s)
        return s.error();
    QList<StoppageRow> out;
    while (q.next()) {
        StoppageRow r;
        r.stoppage.id = q.value(0).toString();
        r.stoppage.workerId = workerId;
        r.stoppage.employmentId = q.value(1).toString();
        r.stoppage.cause = causeFromDb(q.value(2).toString()).value_or(scheduling::AbsenceCause::Illness);
        r.stoppage.first = dateOf(q.value(3));
        r.stoppage.last = optDateOf(q.value(4));
        r.stoppage.expectedReturn = optDateOf(q.value(5));
        r.source = q.value(6).toString();
        r.establishment = q.value(7).toString();
        out << r;
    }
    q.finish();
    if (Status s = audit(session, PdpItem::Stoppage, QStringLiteral("read"), workerId, QStringLiteral("rows=%1").arg(out.size())); !s)
        return s.error();
    return out;
}

Status StoppageStore::end(Session& session, const QString& absenceId, const QDate& last)
{
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT worker_id FROM absences WHERE id = ? AND deleted = 0"), {absenceId}); !s)
        return s;
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown work stoppage: %1").arg(absenceId)};
    const QString workerId = q.value(0).toString();
    q.finish();
    if (Status s = requirePdp(session, PdpItem::Stoppage, Action::Write, workerId); !s)
        return s;
    auto all = stoppagesOf(session, workerId);
    if (!all)
        return all.error();
    Stoppage st;
    for (const Stoppage& x : all.value())
        if (x.id == absenceId)
            st = x;
    st.last = last;
    if (Status s = checkStoppage(st, session.clock().today()); !s)
        return s;
    for (const Stoppage& other : all.value())
        if (other.id != absenceId && overlaps(st, other))
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "This stoppage would overlap the one recorded from %1")
                                                 .arg(other.first.toString(QStringLiteral("dd/MM/yyyy")))};
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = updateEnd(session, absenceId, last, std::nullopt); !s)
        return s;
    if (Status s = audit(session, PdpItem::Stoppage, QStringLiteral("write"), workerId, QStringLiteral("absence=%1 end").arg(absenceId)); !s)
        return s;
    return tx.commit();
}

Result<ImportReport> StoppageStore::importCsv(Session& session, const QString& siret, const QByteArray& bytes)
{
    if (Status s = requirePdp(session, PdpItem::Stoppage, Action::Write, {}); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT id, name FROM establishments WHERE siret = ? AND deleted = 0"), {siret.trimmed()}); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown establishment: SIRET %1").arg(siret)};
    const QString establishmentId = q.value(0).toString();
    ImportReport report;
    report.establishmentName = q.value(1).toString();
    q.finish();
    // The establishment must be in charge of one of the account's teams.
    auto teams = ownTeams(session);
    if (!teams)
        return teams.error();
    {
        QSqlQuery t(session.db().sql());
        if (Status s = exec(t, QStringLiteral("SELECT team_id FROM team_establishments WHERE establishment_id = ? AND deleted = 0"),
                            {establishmentId});
            !s)
            return s.error();
        bool inReach = false;
        while (t.next())
            inReach = inReach || teams.value().contains(t.value(0).toString());
        if (!inReach) {
            if (Status s = audit(session, PdpItem::Stoppage, QStringLiteral("write"), {},
                                 QStringLiteral("establishment=%1 reason=team").arg(establishmentId), true);
                !s)
                return s.error();
            return Error{ErrorCode::Denied, QCoreApplication::translate("vigie::security", "Access refused: this establishment is not followed by your team")};
        }
    }
    const QDate today = session.clock().today();
    ImportFile file = readImportCsv(bytes, today);
    report.problems = file.problems;

    struct Planned {
        Stoppage st;
        QString updateId; // an open stoppage to complete
        int line = 0;
    };
    QList<Planned> planned;
    QHash<QString, QList<Stoppage>> known; // worker → stoppages (recorded and planned)
    for (const ImportLine& l : std::as_const(file.lines)) {
        QSqlQuery w(session.db().sql());
        if (Status s = exec(w, QStringLiteral("SELECT DISTINCT w.id, e.id FROM workers w JOIN employments e ON e.worker_id = w.id AND e.deleted = 0 "
                                              "AND e.establishment_id = ? WHERE w.deleted = 0 AND w.merged_into IS NULL AND w.birth_name_fold = ? "
                                              "AND w.birth_date = ? ORDER BY e.start_date DESC"),
                            {establishmentId, core::foldForSearch(l.birthName), iso(l.birthDate)});
            !s)
            return s.error();
        QHash<QString, QString> employmentOf;
        QStringList candidates;
        while (w.next()) {
            // Same first name, accents and case ignored.
            QSqlQuery f(session.db().sql());
            if (Status s = exec(f, QStringLiteral("SELECT first_birth_first_name FROM workers WHERE id = ?"), {w.value(0)}); !s)
                return s.error();
            if (f.next() && core::foldForSearch(f.value(0).toString()) == core::foldForSearch(l.firstName) &&
                !candidates.contains(w.value(0).toString())) {
                candidates << w.value(0).toString();
                employmentOf.insert(w.value(0).toString(), w.value(1).toString());
            }
        }
        const QString who = QStringLiteral("%1 %2 (%3)").arg(l.birthName, l.firstName, iso(l.birthDate));
        if (candidates.isEmpty()) {
            report.problems << ImportProblem{l.line, QStringLiteral("birth_name"), QCoreApplication::translate("vigie::pdp", "No worker %1 is employed at this establishment").arg(who)};
            continue;
        }
        if (candidates.size() > 1) {
            report.problems << ImportProblem{l.line, QStringLiteral("birth_name"),
                                             QCoreApplication::translate("vigie::pdp", "%1 matches %2 workers of this establishment; record this stoppage from the worker's page")
                                                 .arg(who)
                                                 .arg(candidates.size())};
            continue;
        }
        Stoppage st = l.stoppage;
        st.workerId = candidates.first();
        st.employmentId = employmentOf.value(st.workerId);
        if (!known.contains(st.workerId)) {
            auto recorded = stoppagesOf(session, st.workerId);
            if (!recorded)
                return recorded.error();
            known.insert(st.workerId, recorded.value());
        }
        QList<Stoppage>& mine = known[st.workerId];
        Planned p{st, {}, l.line};
        bool skip = false;
        QString conflict;
        for (Stoppage& other : mine) {
            if (!overlaps(st, other))
                continue;
            if (other.first == st.first && other.cause == st.cause && !other.id.isEmpty()) {
                if (other.last == st.last) {
                    skip = true; // the same line sent again
                } else if (!other.last) {
                    p.updateId = other.id; // the end of a stoppage recorded while it ran
                    other.last = st.last;
                } else {
                    conflict = QCoreApplication::translate("vigie::pdp", "the stoppage from %1 is already recorded with another last day (%2)")
                                   .arg(iso(other.first), iso(*other.last));
                }
            } else {
                conflict = QCoreApplication::translate("vigie::pdp", "it overlaps the stoppage from %1").arg(iso(other.first));
            }
            break;
        }
        if (!conflict.isEmpty()) {
            report.problems << ImportProblem{l.line, QStringLiteral("first_day"), QCoreApplication::translate("vigie::pdp", "%1: %2").arg(who, conflict)};
            continue;
        }
        if (skip) {
            ++report.unchanged;
            continue;
        }
        if (p.updateId.isEmpty())
            mine << st; // later lines of the same file are checked against it
        planned << p;
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (!report.problems.isEmpty())
        return report;

    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    for (const Planned& p : std::as_const(planned)) {
        if (p.updateId.isEmpty()) {
            QString id;
            if (Status s = insertStoppage(session, p.st, QStringLiteral("import"), id); !s)
                return s.error();
            ++report.added;
        } else {
            if (Status s = updateEnd(session, p.updateId, p.st.last, p.st.expectedReturn); !s)
                return s.error();
            ++report.completed;
        }
    }
    if (Status s = audit(session, PdpItem::Stoppage, QStringLiteral("import"), {},
                         QStringLiteral("establishment=%1 added=%2 completed=%3").arg(establishmentId).arg(report.added).arg(report.completed));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<QList<Flag>> StoppageStore::flags(Session& session)
{
    if (Status s = requirePdp(session, PdpItem::Case, Action::Read, {}); !s)
        return s.error();
    auto teams = ownTeams(session);
    if (!teams)
        return teams.error();
    QList<Flag> out;
    if (teams.value().isEmpty())
        return out;
    const QDate today = session.clock().today();
    QSqlQuery q(session.db().sql());
    // Stoppages running on today, or ended within the last 30 days, of more than 30 days.
    QVariantList values = reachValues(session, teams.value());
    values << iso(today.addDays(-30)) << iso(today);
    if (Status s = exec(q, QStringLiteral("SELECT a.id, a.worker_id, a.cause, a.start_date, a.end_date, %1 FROM absences a "
                                          "JOIN workers w ON w.id = a.worker_id WHERE a.deleted = 0 AND a.worker_id IN (%2) "
                                          "AND (a.end_date IS NULL OR a.end_date >= ?) AND a.start_date <= ? "
                                          "AND NOT EXISTS (SELECT 1 FROM pdp_cases c WHERE c.worker_id = a.worker_id AND c.deleted = 0 "
                                          "AND (c.status = 'open' OR c.opened_on >= a.start_date)) ORDER BY a.start_date, a.id")
                                   .arg(nameSql(), reachSql(teams.value().size())),
                        values);
        !s)
        return s.error();
    while (q.next()) {
        Stoppage st;
        st.first = dateOf(q.value(3));
        st.last = optDateOf(q.value(4));
        if (!flagsPdp(st, today))
            continue;
        out << Flag{q.value(1).toString(), nameOf(q.value(5)), q.value(0).toString(),
                    causeFromDb(q.value(2).toString()).value_or(scheduling::AbsenceCause::Illness), st.first, st.last, lengthOn(st, today)};
    }
    return out;
}

// ------------------------------------------------------------------------------------------ cases

Result<QString> PdpStore::open(Session& session, const QString& workerId, Origin origin, const QDate& openedOn)
{
    auto exists = workerExists(session, workerId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown worker: %1").arg(workerId)};
    if (Status s = requirePdp(session, PdpItem::Case, Action::Write, workerId); !s)
        return s.error();
    if (!openedOn.isValid() || openedOn > session.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The opening date %1 is in the future").arg(iso(openedOn))};
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT id FROM pdp_cases WHERE worker_id = ? AND status = 'open' AND deleted = 0"), {workerId}); !s)
        return s.error();
    if (q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "This worker already has an open job-retention case: %1").arg(q.value(0).toString())};
    q.finish();
    // The professional in charge: this account when a health professional, else the team's physician.
    QString inCharge = session.account().id;
    if (!security::isHealthProfessional(session.account().role)) {
        auto record = security::PolicyStore::loadRecord(session, workerId, 1);
        if (!record)
            return record.error();
        QVariantList teams;
        for (const QString& t : record.value().teamIds)
            teams << t;
        if (!teams.isEmpty()) {
            if (Status s = exec(q, QStringLiteral("SELECT physician_id FROM teams WHERE deleted = 0 AND id IN (%1) ORDER BY id LIMIT 1")
                                       .arg(marks(teams.size())),
                                teams);
                !s)
                return s.error();
            if (q.next())
                inCharge = q.value(0).toString();
            q.finish();
        }
    }
    // The stoppage running on the opening day (or the latest before it), if any.
    if (Status s = exec(q, QStringLiteral("SELECT id FROM absences WHERE worker_id = ? AND deleted = 0 AND start_date <= ? "
                                          "ORDER BY start_date DESC LIMIT 1"),
                        {workerId, iso(openedOn)});
        !s)
        return s.error();
    const QVariant absence = q.next() ? q.value(0) : nullText();
    q.finish();
    const QString id = session.newId();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = exec(q, QStringLiteral("INSERT INTO pdp_cases(id, worker_id, origin, opened_on, in_charge, absence_id, opened_by, hlc, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, workerId, codeOf(origin), iso(openedOn), inCharge, absence, session.account().id, session.nextHlc(),
                         session.account().id});
        !s)
        return s.error();
    if (Status s = audit(session, PdpItem::Case, QStringLiteral("write"), workerId, QStringLiteral("case=%1 open").arg(id)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QString> PdpStore::addStep(Session& session, const QString& caseId, const Step& step)
{
    auto c = caseRow(session, caseId);
    if (!c)
        return c.error();
    const PdpItem item = isMedicalStep(step.kind) ? PdpItem::MedicalStep : PdpItem::CellStep;
    if (Status s = requirePdp(session, item, Action::Write, c.value().workerId); !s)
        return s.error();
    auto steps = stepsOf(session, caseId);
    if (!steps)
        return steps.error();
    if (Status s = checkStep(CaseFacts{c.value().opened, c.value().closed, steps.value()}, step, session.clock().today()); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (step.kind == StepKind::Referral) {
        auto partner = thesaurus::ThesaurusStore::find(session, QStringLiteral("job_retention_partner"), step.partner);
        if (!partner)
            return partner.error();
        if (!partner.value())
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown partner \"%1\" (the job_retention_partner list)").arg(step.partner)};
    }
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QVariant visit = nullText();
    QVariant document = nullText();
    if (step.kind == StepKind::PreReturnVisit || step.kind == StepKind::ReturnVisit) {
        const QString kind = step.kind == StepKind::ReturnVisit ? QStringLiteral("RETURN") : QStringLiteral("PRE_RETURN");
        if (Status s = exec(q, QStringLiteral("SELECT id FROM visits WHERE worker_id = ? AND kind = ? AND visit_date = ? AND status = 'done' "
                                              "AND deleted = 0 LIMIT 1"),
                            {c.value().workerId, kind, iso(step.date)});
            !s)
            return s.error();
        if (q.next()) {
            visit = q.value(0);
            q.finish();
        } else {
            q.finish();
            auto employment = employmentOn(session, c.value().workerId, step.date);
            if (!employment)
                return employment.error();
            QVariant establishment = nullText();
            if (!employment.value().isEmpty()) {
                if (Status s = exec(q, QStringLiteral("SELECT establishment_id FROM employments WHERE id = ?"), {employment.value()}); !s)
                    return s.error();
                if (q.next())
                    establishment = q.value(0);
                q.finish();
            }
            const QString visitId = session.newId();
            if (Status s = exec(q, QStringLiteral("INSERT INTO visits(id, worker_id, establishment_id, kind, visit_date, professional_id, status, "
                                                  "hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'done', ?, ?)"),
                                {visitId, c.value().workerId, establishment, kind, iso(step.date), session.account().id, session.nextHlc(),
                                 session.account().id});
                !s)
                return s.error();
            visit = visitId;
        }
    }
    if (step.kind == StepKind::AdjustmentProposal) {
        // The link only: the proposal's text stays in part 5° under the record's policy.
        if (Status s = exec(q, QStringLiteral("SELECT id FROM dmst_documents WHERE worker_id = ? AND kind = 'adjustment' AND status = 'signed' "
                                              "AND deleted = 0 AND issued_on <= ? ORDER BY issued_on DESC, signed_at DESC LIMIT 1"),
                            {c.value().workerId, iso(step.date)});
            !s)
            return s.error();
        if (q.next())
            document = q.value(0);
        q.finish();
    }
    const QString id = session.newId();
    if (Status s = exec(q, QStringLiteral("INSERT INTO pdp_steps(id, case_id, worker_id, kind, step_date, end_date, partner, visit_id, document_id, "
                                          "done_by, recorded_at, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, caseId, c.value().workerId, codeOf(step.kind), iso(step.date), dateOrNull(step.end), textOrNull(step.partner), visit, document,
                         session.account().id, session.clock().nowUtc().toString(Qt::ISODateWithMs), session.nextHlc(),
                         session.account().id});
        !s)
        return s.error();
    if (Status s = audit(session, item, QStringLiteral("write"), c.value().workerId,
                         QStringLiteral("case=%1 step=%2 kind=%3").arg(caseId, id, codeOf(step.kind)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QString> PdpStore::startSocial(Session& session, const QString& caseId, const QDate& startedOn)
{
    auto c = caseRow(session, caseId);
    if (!c)
        return c.error();
    if (Status s = requirePdp(session, PdpItem::SocialFollowUp, Action::Write, c.value().workerId); !s)
        return s.error();
    if (c.value().closed)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The case is closed: no social follow-up can start")};
    if (!startedOn.isValid() || startedOn < c.value().opened || startedOn > session.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The social follow-up must start between the opening of the case (%1) and today")
                                             .arg(iso(c.value().opened))};
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT 1 FROM pdp_social_followups WHERE case_id = ? AND deleted = 0"), {caseId}); !s)
        return s.error();
    if (q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "This case already has a social follow-up")};
    q.finish();
    const QString id = session.newId();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = exec(q, QStringLiteral("INSERT INTO pdp_social_followups(id, case_id, worker_id, started_on, social_worker, hlc, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {id, caseId, c.value().workerId, iso(startedOn), session.account().id, session.nextHlc(), session.account().id});
        !s)
        return s.error();
    if (Status s = audit(session, PdpItem::SocialFollowUp, QStringLiteral("write"), c.value().workerId,
                         QStringLiteral("case=%1 social=%2 start").arg(caseId, id));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PdpStore::updateSocial(Session& session, const QString& caseId, bool rightsExplained, bool adminHelp, const QString& notes)
{
    auto c = caseRow(session, caseId);
    if (!c)
        return c.error();
    if (Status s = requirePdp(session, PdpItem::SocialFollowUp, Action::Write, c.value().workerId); !s)
        return s;
    QSqlQuery q(session.db().sql());
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = exec(q, QStringLiteral("UPDATE pdp_social_followups SET rights_explained = ?, admin_help = ?, notes = ?, "
                                          "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE case_id = ? AND deleted = 0"),
                        {rightsExplained ? 1 : 0, adminHelp ? 1 : 0, notes.trimmed(), session.nextHlc(), session.account().id, caseId});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "This case has no social follow-up")};
    if (Status s = audit(session, PdpItem::SocialFollowUp, QStringLiteral("write"), c.value().workerId, QStringLiteral("case=%1").arg(caseId)); !s)
        return s;
    return tx.commit();
}

Status PdpStore::recordReview(Session& session, const QString& caseId, Review review, const QDate& doneOn,
                              const std::optional<Outcome>& situation, const QString& notes)
{
    auto c = caseRow(session, caseId);
    if (!c)
        return c.error();
    const PdpItem item = review == Review::Outcome1Year ? PdpItem::Outcome : PdpItem::SocialFollowUp;
    if (Status s = requirePdp(session, item, Action::Write, c.value().workerId); !s)
        return s;
    if (c.value().closed)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The case is closed")};
    if (!doneOn.isValid() || doneOn > session.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The review date %1 is in the future").arg(iso(doneOn))};
    auto facts = reviewFacts(session, caseId, c.value());
    if (!facts)
        return facts.error();
    std::optional<QDate> due;
    for (const ScheduledReview& r : pendingOf(facts.value()))
        if (r.review == review)
            due = r.date;
    if (!due)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The %1 is not scheduled for this case (done already, or not started)").arg(titleOf(review).toLower())};
    if (review == Review::Outcome1Year && !situation)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The outcome at one year needs the worker's situation")};
    QSqlQuery q(session.db().sql());
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = exec(q, QStringLiteral("INSERT INTO pdp_reviews(id, case_id, worker_id, review, due_on, done_on, situation, notes, done_by, hlc, "
                                          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {session.newId(), caseId, c.value().workerId, codeOf(review), iso(*due), iso(doneOn),
                         situation ? QVariant(codeOf(*situation)) : nullText(), notes.trimmed(), session.account().id, session.nextHlc(),
                         session.account().id});
        !s)
        return s;
    if (Status s = audit(session, item, QStringLiteral("write"), c.value().workerId,
                         QStringLiteral("case=%1 review=%2").arg(caseId, codeOf(review)));
        !s)
        return s;
    return tx.commit();
}

Status PdpStore::close(Session& session, const QString& caseId, Outcome outcome, const QDate& closedOn)
{
    auto c = caseRow(session, caseId);
    if (!c)
        return c.error();
    if (Status s = requirePdp(session, PdpItem::Outcome, Action::Write, c.value().workerId); !s)
        return s;
    if (c.value().closed)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The case is already closed")};
    if (!closedOn.isValid() || closedOn < c.value().opened || closedOn > session.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "The closing date must lie between the opening of the case (%1) and today").arg(iso(c.value().opened))};
    QSqlQuery q(session.db().sql());
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = exec(q, QStringLiteral("UPDATE pdp_cases SET status = 'closed', closed_on = ?, outcome = ?, closed_by = ?, "
                                          "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"),
                        {iso(closedOn), codeOf(outcome), session.account().id, session.nextHlc(), session.account().id, caseId});
        !s)
        return s;
    if (Status s = exec(q, QStringLiteral("UPDATE pdp_social_followups SET ended_on = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                          "WHERE case_id = ? AND ended_on IS NULL AND deleted = 0"),
                        {iso(closedOn), session.nextHlc(), session.account().id, caseId});
        !s)
        return s;
    if (Status s = audit(session, PdpItem::Outcome, QStringLiteral("write"), c.value().workerId,
                         QStringLiteral("case=%1 close outcome=%2").arg(caseId, codeOf(outcome)));
        !s)
        return s;
    return tx.commit();
}

Result<QList<CaseSummary>> PdpStore::cases(Session& session, bool openOnly)
{
    if (Status s = requirePdp(session, PdpItem::Case, Action::Read, {}); !s)
        return s.error();
    auto teams = ownTeams(session);
    if (!teams)
        return teams.error();
    QList<CaseSummary> out;
    if (teams.value().isEmpty())
        return out;
    QSqlQuery q(session.db().sql());
    QVariantList values = reachValues(session, teams.value());
    if (Status s = exec(q, QStringLiteral("SELECT c.id, c.worker_id, %1, w.birth_date, c.origin, c.opened_on, a.display_name, c.status, c.closed_on, "
                                          "c.outcome, (SELECT count(*) FROM pdp_social_followups f WHERE f.case_id = c.id AND f.deleted = 0), "
                                          "(SELECT s.name FROM employments e JOIN establishments s ON s.id = e.establishment_id WHERE "
                                          " e.worker_id = c.worker_id AND e.deleted = 0 ORDER BY e.end_date IS NULL DESC, e.start_date DESC LIMIT 1), "
                                          "c.in_charge, (SELECT f.social_worker FROM pdp_social_followups f WHERE f.case_id = c.id AND f.deleted = 0) "
                                          "FROM pdp_cases c JOIN workers w ON w.id = c.worker_id JOIN accounts a ON a.id = c.in_charge "
                                          "WHERE c.deleted = 0 AND c.worker_id IN (%2) %3 ORDER BY c.status = 'closed', c.opened_on, c.id")
                                   .arg(nameSql(), reachSql(teams.value().size()),
                                        openOnly ? QStringLiteral("AND c.status = 'open'") : QString()),
                        values);
        !s)
        return s.error();
    while (q.next()) {
        CaseSummary c;
        c.id = q.value(0).toString();
        c.workerId = q.value(1).toString();
        c.workerName = nameOf(q.value(2));
        c.birthDate = q.value(3).toString();
        c.origin = originFromCode(q.value(4).toString()).valueOr(Origin::Service);
        c.opened = dateOf(q.value(5));
        c.inCharge = q.value(6).toString();
        c.closed = q.value(7).toString() == QLatin1String("closed");
        c.closedOn = optDateOf(q.value(8));
        if (auto o = outcomeFromCode(q.value(9).toString()))
            c.outcome = o.value();
        c.socialFollowUp = q.value(10).toInt() > 0;
        c.establishment = q.value(11).toString();
        c.inChargeId = q.value(12).toString();
        c.socialWorkerId = q.value(13).toString();
        out << c;
    }
    q.finish();
    for (CaseSummary& c : out) {
        if (c.closed)
            continue;
        auto facts = reviewFacts(session, c.id, CaseRow{c.workerId, c.opened, c.closed});
        if (!facts)
            return facts.error();
        const auto pending = pendingOf(facts.value());
        if (!pending.isEmpty()) {
            c.nextReview = pending.first().date;
            c.nextReviewCode = codeOf(pending.first().review);
        }
    }
    if (Status s = audit(session, PdpItem::Case, QStringLiteral("read"), {}, QStringLiteral("list rows=%1").arg(out.size())); !s)
        return s.error();
    return out;
}

Result<CaseDetail> PdpStore::detail(Session& session, const QString& caseId)
{
    auto c = caseRow(session, caseId);
    if (!c)
        return c.error();
    if (Status s = requirePdp(session, PdpItem::Case, Action::Read, c.value().workerId); !s)
        return s.error();
    auto all = cases(session, false);
    if (!all)
        return all.error();
    CaseDetail d;
    for (const CaseSummary& s : all.value())
        if (s.id == caseId)
            d.summary = s;
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT p.id, p.kind, p.step_date, p.end_date, COALESCE(p.partner, ''), a.display_name, "
                                          "p.document_id IS NOT NULL FROM pdp_steps p JOIN accounts a ON a.id = p.done_by "
                                          "WHERE p.case_id = ? AND p.deleted = 0 ORDER BY p.step_date, p.recorded_at"),
                        {caseId});
        !s)
        return s.error();
    while (q.next())
        if (auto kind = stepKindFromCode(q.value(1).toString()))
            d.steps << StepRow{Step{q.value(0).toString(), kind.value(), dateOf(q.value(2)), optDateOf(q.value(3)), q.value(4).toString()},
                               q.value(5).toString(), q.value(6).toInt() == 1};
    // The social follow-up's notes: for those who may read it.
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    const bool social = security::AccessPolicy::pdpAllows(subject.value().role, PdpItem::SocialFollowUp, Action::Read);
    if (Status s = exec(q, QStringLiteral("SELECT f.id, f.started_on, f.ended_on, a.display_name, f.rights_explained, f.admin_help, f.notes "
                                          "FROM pdp_social_followups f JOIN accounts a ON a.id = f.social_worker WHERE f.case_id = ? AND f.deleted = 0"),
                        {caseId});
        !s)
        return s.error();
    if (q.next())
        d.social = SocialFollowUp{q.value(0).toString(), dateOf(q.value(1)), optDateOf(q.value(2)), q.value(3).toString(),
                                  q.value(4).toInt() == 1, q.value(5).toInt() == 1, social ? q.value(6).toString() : QString()};
    q.finish();
    auto facts = reviewFacts(session, caseId, c.value());
    if (!facts)
        return facts.error();
    d.returnedOn = facts.value().returnedOn;
    d.reviews = facts.value().done;
    if (!c.value().closed)
        for (const ScheduledReview& r : pendingOf(facts.value()))
            d.reviews << ReviewRow{r.review, r.date, std::nullopt, {}, {}};
    std::stable_sort(d.reviews.begin(), d.reviews.end(), [](const ReviewRow& a, const ReviewRow& b) { return a.due < b.due; });
    if (Status s = audit(session, PdpItem::Case, QStringLiteral("read"), c.value().workerId, QStringLiteral("case=%1").arg(caseId)); !s)
        return s.error();
    return d;
}

Result<QList<DueReview>> PdpStore::dueReviews(Session& session, const QDate& until)
{
    auto open = cases(session, true);
    if (!open)
        return open.error();
    QList<DueReview> out;
    for (const CaseSummary& c : open.value()) {
        auto facts = reviewFacts(session, c.id, CaseRow{c.workerId, c.opened, false});
        if (!facts)
            return facts.error();
        for (const ScheduledReview& r : pendingOf(facts.value()))
            if (r.date <= until)
                out << DueReview{c.id, c.workerId, r.review, r.date};
    }
    std::stable_sort(out.begin(), out.end(), [](const DueReview& a, const DueReview& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.caseId < b.caseId;
    });
    return out;
}

Result<QList<AgendaItem>> PdpStore::agenda(Session& session, const QDate& meetingDate)
{
    if (Status s = requirePdp(session, PdpItem::CellMeeting, Action::Read, {}); !s)
        return s.error();
    auto open = cases(session, true);
    if (!open)
        return open.error();
    QList<AgendaItem> out;
    for (const CaseSummary& c : open.value()) {
        auto facts = reviewFacts(session, c.id, CaseRow{c.workerId, c.opened, false});
        if (!facts)
            return facts.error();
        auto steps = stepsOf(session, c.id);
        if (!steps)
            return steps.error();
        QString last;
        if (!steps.value().isEmpty())
            last = QCoreApplication::translate("vigie::pdp", "%1, %2").arg(titleOf(steps.value().last().kind), steps.value().last().date.toString(QStringLiteral("dd/MM/yyyy")));
        for (const ScheduledReview& r : pendingOf(facts.value()))
            if (r.date <= meetingDate)
                out << AgendaItem{c.id, c.workerId, c.workerName, c.establishment, QCoreApplication::translate("vigie::pdp", "Due: %1").arg(titleOf(r.review).toLower()), r.date, last};
        bool returnVisit = false;
        for (const Step& s : steps.value())
            returnVisit = returnVisit || s.kind == StepKind::ReturnVisit;
        const auto& ret = facts.value().returnedOn;
        if (!returnVisit && ret && ret->addDays(8) < meetingDate)
            out << AgendaItem{c.id, c.workerId, c.workerName, c.establishment, QCoreApplication::translate("vigie::pdp", "Overdue: return-to-work visit (R4624-31)"),
                              ret->addDays(8), last};
    }
    std::stable_sort(out.begin(), out.end(), [](const AgendaItem& a, const AgendaItem& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.caseId < b.caseId;
    });
    return out;
}

Result<QString> PdpStore::serviceName(Session& session)
{
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT name FROM service_identity WHERE deleted = 0 LIMIT 1")); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<std::optional<QString>> PdpStore::meetingOn(Session& session, const QDate& meetingDate)
{
    if (Status s = requirePdp(session, PdpItem::CellMeeting, Action::Read, {}); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT id FROM pdp_cell_meetings WHERE meeting_date = ? AND deleted = 0 ORDER BY id DESC LIMIT 1"),
                        {iso(meetingDate)});
        !s)
        return s.error();
    if (q.next())
        return std::optional<QString>(q.value(0).toString());
    return std::optional<QString>();
}

Result<QList<QPair<QString, QString>>> PdpStore::partners(Session& session)
{
    if (Status s = requirePdp(session, PdpItem::CellStep, Action::Read, {}); !s)
        return s.error();
    if (Status s = thesaurus::ThesaurusStore::ensureShipped(session); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT c.code, c.label_fr FROM codes c JOIN code_systems s ON s.id = c.system_id WHERE "
                                          "s.system = 'job_retention_partner' AND c.retired_in IS NULL ORDER BY c.id"));
        !s)
        return s.error();
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<QString> PdpStore::recordMeeting(Session& session, const QDate& meetingDate, const QList<QPair<QString, QString>>& decisions)
{
    if (Status s = requirePdp(session, PdpItem::CellMeeting, Action::Write, {}); !s)
        return s.error();
    const QString id = session.newId();
    QSqlQuery q(session.db().sql());
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = exec(q, QStringLiteral("INSERT INTO pdp_cell_meetings(id, meeting_date, chaired_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?)"),
                        {id, iso(meetingDate), session.account().id, session.nextHlc(), session.account().id});
        !s)
        return s.error();
    for (const auto& [caseId, text] : decisions) {
        if (text.trimmed().isEmpty())
            continue;
        auto c = caseRow(session, caseId);
        if (!c)
            return c.error();
        if (Status s = exec(q, QStringLiteral("INSERT INTO pdp_cell_decisions(id, meeting_id, case_id, worker_id, decision, hlc, updated_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {session.newId(), id, caseId, c.value().workerId, text.trimmed(), session.nextHlc(), session.account().id});
            !s)
            return s.error();
    }
    if (Status s = audit(session, PdpItem::CellMeeting, QStringLiteral("write"), {}, QStringLiteral("meeting=%1").arg(id)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<MinuteLine>> PdpStore::minutesOn(Session& session, const QDate& meetingDate)
{
    if (Status s = requirePdp(session, PdpItem::CellMeeting, Action::Read, {}); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    // Identifiers are UUIDv7: their order is the order they were made in.
    if (Status s = exec(q, QStringLiteral("SELECT m.id, d.case_id, %1, d.decision FROM pdp_cell_meetings m "
                                          "JOIN pdp_cell_decisions d ON d.meeting_id = m.id AND d.deleted = 0 "
                                          "JOIN workers w ON w.id = d.worker_id "
                                          "WHERE m.meeting_date = ? AND m.deleted = 0 ORDER BY m.id, d.id")
                               .arg(nameSql()),
                        {iso(meetingDate)});
        !s)
        return s.error();
    QList<MinuteLine> out;
    QString meeting;
    int n = 0;
    while (q.next()) {
        if (q.value(0).toString() != meeting) {
            meeting = q.value(0).toString();
            ++n;
        }
        out << MinuteLine{n, q.value(1).toString(), nameOf(q.value(2)), q.value(3).toString()};
    }
    return out;
}

Result<QList<QPair<QString, QString>>> PdpStore::decisions(Session& session, const QString& meetingId)
{
    if (Status s = requirePdp(session, PdpItem::CellMeeting, Action::Read, {}); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (Status s = exec(q, QStringLiteral("SELECT case_id, decision FROM pdp_cell_decisions WHERE meeting_id = ? AND deleted = 0 ORDER BY case_id"),
                        {meetingId});
        !s)
        return s.error();
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace vigie::pdp
