#include "workforce/DeclarationStore.h"

#include "core/Siret.h"
#include "core/TextFold.h"
#include "scheduling/Dates.h"
#include "scheduling/Rules.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace vigie::workforce {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString displayName(const Identity& i)
{
    return i.birthName.toUpper() + QLatin1Char(' ') + i.firstBirthFirstName();
}

QString flagsText(bool rqth, bool invalidity)
{
    QStringList f;
    if (invalidity)
        f << QStringLiteral("INVALIDITY_PENSION");
    if (rqth)
        f << QStringLiteral("RQTH");
    return f.isEmpty() ? QStringLiteral("") : f.join(QLatin1Char(' ')); // never a null string: NOT NULL column
}

QString unionFlags(const QString& a, const QString& b)
{
    QStringList all = a.split(QLatin1Char(' '), Qt::SkipEmptyParts) + b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    all.removeDuplicates();
    std::sort(all.begin(), all.end());
    return all.isEmpty() ? QStringLiteral("") : all.join(QLatin1Char(' '));
}

Problem lineError(int line, Column column, const QString& message)
{
    return Problem{line, columnName(column), Severity::Error, message};
}

// An employment of the establishment as stored.
struct Existing {
    QString id;
    QString workerId;
    QDate start;
    QString end;
    QString postTitle;
    QString contractType;
    bool nightWork = false;
    bool apprentice = false;
    QString computed;
    QString override;
    QString rule;
    QString reason;
    QString workerFlags;
    QString workerNir;
    QMap<QString, QString> exposures; // code → row id
};

// The prepared statements of one run (prepared once, executed per line).
struct Statements {
    QSqlQuery candidates, workerState, workerInfo, insertWorker, updateWorker, insertEmployment, updateEmployment,
        insertExposure, deleteExposure, insertRequest, openRequest, doneVisits;

    explicit Statements(QSqlDatabase db)
        : candidates(db), workerState(db), workerInfo(db), insertWorker(db), updateWorker(db), insertEmployment(db),
          updateEmployment(db), insertExposure(db), deleteExposure(db), insertRequest(db),
          openRequest(db), doneVisits(db)
    {
    }

    bool prepare()
    {
        for (QSqlQuery* q : {&candidates, &workerState, &workerInfo, &openRequest, &doneVisits})
            q->setForwardOnly(true);
        return candidates.prepare(IdentityStore::Sql::candidatesSql()) &&
               workerState.prepare(QStringLiteral("SELECT deleted, coalesce(merged_into, '') FROM workers WHERE id = ?")) &&
               workerInfo.prepare(QStringLiteral("SELECT follow_up_flags, coalesce(nir, ''), birth_name, first_birth_first_name "
                                                 "FROM workers WHERE id = ?")) &&
               insertWorker.prepare(QStringLiteral(
                   "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, "
                   "birth_place_cog, used_name, used_first_name, nir, follow_up_flags, ins_status, ins_attributes, "
                   "birth_name_fold, used_name_fold, hlc, updated_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROV', ?, ?, ?, ?, ?)")) &&
               updateWorker.prepare(QStringLiteral(
                   "UPDATE workers SET follow_up_flags = ?, nir = coalesce(nir, ?), row_version = row_version + 1, "
                   "hlc = ?, updated_by = ? WHERE id = ?")) &&
               insertEmployment.prepare(QStringLiteral(
                   "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, "
                   "end_date, night_work, apprentice, follow_up, computed_follow_up, follow_up_rule, follow_up_reason, "
                   "hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
               updateEmployment.prepare(QStringLiteral(
                   "UPDATE employments SET post_title = ?, contract_type = ?, end_date = ?, night_work = ?, apprentice = ?, "
                   "computed_follow_up = ?, follow_up_rule = ?, follow_up_reason = ?, "
                   "follow_up = coalesce(override_follow_up, ?), row_version = row_version + 1, hlc = ?, updated_by = ? "
                   "WHERE id = ?")) &&
               insertExposure.prepare(QStringLiteral(
                   "INSERT INTO employment_exposures(id, employment_id, exposure_code, sir_risk, hlc, updated_by) "
                   "VALUES (?, ?, ?, ?, ?, ?)")) &&
               deleteExposure.prepare(QStringLiteral(
                   "UPDATE employment_exposures SET deleted = 1, row_version = row_version + 1, hlc = ?, updated_by = ? "
                   "WHERE id = ?")) &&
               insertRequest.prepare(QStringLiteral(
                   "INSERT INTO visit_requests(id, worker_id, employment_id, establishment_id, kind, reason, requested_on, "
                   "due_by, performer, basis, declaration_id, hlc, updated_by) "
                   "VALUES (?, ?, ?, ?, ?, 'arrival', ?, ?, ?, ?, ?, ?, ?)")) &&
               openRequest.prepare(QStringLiteral(
                   "SELECT EXISTS (SELECT 1 FROM visit_requests INDEXED BY visit_requests_employment WHERE employment_id = ? AND reason = 'arrival' "
                   "AND status IN ('open', 'planned') AND deleted = 0)")) &&
               doneVisits.prepare(QStringLiteral(
                   "SELECT visit_date, kind FROM visits WHERE worker_id = ? AND establishment_id = ? AND status = 'done' "
                   "AND deleted = 0 AND kind IN ('VIP', 'EMA')"));
    }
    QSqlQuery* failed() const
    {
        for (const QSqlQuery* q : {&candidates, &workerState, &workerInfo, &insertWorker, &updateWorker, &insertEmployment,
                                   &updateEmployment, &insertExposure, &deleteExposure, &insertRequest,
                                   &openRequest, &doneVisits})
            if (q->lastError().isValid())
                return const_cast<QSqlQuery*>(q);
        return nullptr;
    }
};

Status exec(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::fail(ErrorCode::Storage, storage::sqlErrorText(q));
    return {};
}

// The departures' employments still open on the closing date, and their open visit requests (the
// header's "Departures"): counted, and unless it is a dry run, closed and cancelled.
Status closeDepartures(QSqlDatabase db, const WriteContext& ctx, const QString& establishmentId, const YearDiff& diff,
                       bool dryRun, DeclarationReport& report)
{
    if (diff.departures.isEmpty())
        return {};
    QDate closing = ctx.today.addDays(-1);
    if (const QDate yearEnd(report.year, 12, 31); closing > yearEnd)
        closing = yearEnd;
    report.closingDate = closing;
    QStringList workers;
    for (const DiffEntry& e : diff.departures)
        workers << e.workerId;
    const QString workersJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(workers)).toJson(QJsonDocument::Compact));
    const QString closingText = closing.toString(Qt::ISODate);

    QSqlQuery open(db);
    open.setForwardOnly(true);
    open.prepare(QStringLiteral("SELECT id, start_date FROM employments WHERE establishment_id = ? AND deleted = 0 "
                                "AND worker_id IN (SELECT value FROM json_each(?)) AND (end_date IS NULL OR end_date > ?)"));
    if (Status s = exec(open, {establishmentId, workersJson, closingText}); !s)
        return s;
    QList<QPair<QString, QString>> toClose; // id, end date
    while (open.next()) {
        const QString start = open.value(1).toString();
        toClose << qMakePair(open.value(0).toString(), start > closingText ? start : closingText);
    }
    open.finish();
    report.employmentsClosed = int(toClose.size());

    QSqlQuery requests(db);
    requests.setForwardOnly(true);
    // INDEXED BY: see Statements::openRequest.
    requests.prepare(QStringLiteral("SELECT id FROM visit_requests INDEXED BY visit_requests_employment WHERE employment_id = ? AND status = 'open' AND deleted = 0"));
    QStringList toCancel;
    for (const auto& [employmentId, end] : std::as_const(toClose)) {
        if (Status s = exec(requests, {employmentId}); !s)
            return s;
        while (requests.next())
            toCancel << requests.value(0).toString();
        requests.finish();
    }
    report.requestsCancelled = int(toCancel.size());
    if (dryRun)
        return {};

    QSqlQuery end(db);
    end.prepare(QStringLiteral("UPDATE employments SET end_date = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                               "WHERE id = ?"));
    for (const auto& [employmentId, endDate] : std::as_const(toClose))
        if (Status s = exec(end, {endDate, ctx.hlc(), ctx.accountId, employmentId}); !s)
            return s;
    QSqlQuery cancel(db);
    cancel.prepare(QStringLiteral("UPDATE visit_requests SET status = 'cancelled', row_version = row_version + 1, hlc = ?, "
                                  "updated_by = ? WHERE id = ?"));
    for (const QString& id : std::as_const(toCancel))
        if (Status s = exec(cancel, {ctx.hlc(), ctx.accountId, id}); !s)
            return s;
    return {};
}

// The live identity each of `ids` stands for today (an identity merged away since is read through
// merged_into, chains included); ids that are live are left out of the map.
Result<QHash<QString, QString>> resolveMerged(QSqlDatabase db, const QStringList& ids)
{
    QHash<QString, QString> out;
    QStringList pending = ids;
    for (int depth = 0; depth < 8 && !pending.isEmpty(); ++depth) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, merged_into FROM workers WHERE merged_into IS NOT NULL "
                                 "AND id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(pending)).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return sqlFailure(q);
        QHash<QString, QString> step;
        while (q.next())
            step.insert(q.value(0).toString(), q.value(1).toString());
        if (step.isEmpty())
            break;
        pending.clear();
        for (const QString& id : ids) {
            const QString now = out.value(id, id);
            if (step.contains(now)) {
                out.insert(id, step.value(now));
                pending << step.value(now);
            }
        }
    }
    return out;
}

// The initial visit of an arrival's employment, by the rules (scheduling::initialVisit), with the
// kind a physician's override implies.
std::optional<PlannedVisitRequest> initialRequest(const DeclaredLine& line, const QString& workerId,
                                                  const QString& employmentId, const QString& workerFlags,
                                                  Category effective, const QList<scheduling::Visit>& visits,
                                                  const QDate& today)
{
    scheduling::Worker w;
    w.id = workerId;
    w.birthDate = line.identity.birthDate;
    if (workerFlags.contains(QLatin1String("RQTH")))
        w.flags << scheduling::Flag::Rqth;
    if (workerFlags.contains(QLatin1String("INVALIDITY_PENSION")))
        w.flags << scheduling::Flag::InvalidityPension;
    scheduling::Employment e;
    e.id = employmentId;
    e.start = line.start;
    if (line.end.isValid())
        e.end = line.end;
    e.apprentice = line.apprentice;
    e.nightWorker = line.nightWork;
    for (const ExposureInfo& x : line.exposures)
        if (x.sirRisk && !e.sirRisks.contains(*x.sirRisk))
            e.sirRisks << *x.sirRisk;
    w.employments << e;
    w.visits = visits;
    auto due = scheduling::initialVisit(w, e, today);
    if (!due)
        return std::nullopt;
    PlannedVisitRequest r{workerId, employmentId, due->kind, due->latest, due->performer, due->basis};
    // A physician's override decides the kind: an EMA before assignment for SIR, a VIP otherwise.
    if (effective == Category::Sir && r.kind != scheduling::VisitKind::Ema)
        r = {workerId, employmentId, scheduling::VisitKind::Ema, line.start, scheduling::Performer::Mt,
             QStringLiteral("R4624-24")};
    else if (effective != Category::Sir && r.kind == scheduling::VisitKind::Ema)
        r = {workerId, employmentId, scheduling::VisitKind::Vip,
             effective == Category::Sia ? line.start : scheduling::plusMonths(line.start, 3), scheduling::Performer::HealthPro,
             effective == Category::Sia ? QStringLiteral("R4624-18") : QStringLiteral("R4624-10")};
    return r;
}

} // namespace

int DeclarationReport::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const Problem& p) { return p.severity == Severity::Error; }));
}

int DeclarationReport::warningCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const Problem& p) { return p.severity == Severity::Warning; }));
}

// ----- SQL layer ---------------------------------------------------------------------------------

Result<std::optional<EstablishmentRef>> DeclarationStore::Sql::establishmentBySiret(QSqlDatabase db, const QString& siret)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, siret, name, status FROM establishments WHERE siret = ? AND deleted = 0"));
    q.addBindValue(siret);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<EstablishmentRef>();
    return std::optional<EstablishmentRef>(
        EstablishmentRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
}

namespace {
// A large declaration touches index pages all over a big file: while it runs, the connection's page
// cache may grow to 256 MiB (it only grows with the pages used), then goes back to its setting.
class LargerCache
{
public:
    LargerCache(QSqlDatabase db, int lines) : m_db(db)
    {
        if (lines < 2000)
            return;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_saved = q.value(0).toLongLong();
        if (m_saved < 0 && m_saved > -Kib)
            QSqlQuery(QStringLiteral("PRAGMA cache_size = -%1").arg(Kib), m_db);
        else
            m_saved = 0;
    }
    ~LargerCache()
    {
        if (m_saved < 0)
            QSqlQuery(QStringLiteral("PRAGMA cache_size = %1").arg(m_saved), m_db);
    }

private:
    static constexpr qint64 Kib = 262144;
    QSqlDatabase m_db;
    qint64 m_saved = 0;
};
} // namespace

Result<DeclarationReport> DeclarationStore::Sql::run(QSqlDatabase db, const WriteContext& ctx, const Catalog& catalog,
                                                     const EstablishmentRef& establishment, const DeclarationRequest& request)
{
    const LargerCache cache(db, int(request.lines.size()));
    DeclarationReport report;
    report.establishmentId = establishment.id;
    report.siret = establishment.siret;
    report.establishmentName = establishment.name;
    report.year = request.year;
    report.dryRun = request.dryRun;
    report.problems = request.readProblems;

    Statements st(db);
    if (!st.prepare()) {
        QSqlQuery* q = st.failed();
        return Error{ErrorCode::Storage, q ? storage::sqlErrorText(*q) : QStringLiteral("prepare")};
    }

    // 1. Every line checked on its own.
    QList<LineCheck> checks;
    checks.reserve(request.lines.size());
    for (const RawLine& raw : request.lines) {
        checks << checkLine(raw, catalog, request.year, ctx.today);
        report.problems += checks.last().problems;
    }
    if (request.lines.isEmpty() && request.readProblems.isEmpty())
        report.problems << Problem{0, {}, Severity::Error,
                                   QCoreApplication::translate("vigie::workforce", "The declaration has no line")};

    // 2. The establishment's employments, with their workers' flags and their exposures.
    QHash<QString, QList<Existing>> existingByWorker;
    QHash<QString, Existing*> existingById;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT e.id, e.worker_id, e.start_date, coalesce(e.end_date, ''), e.post_title, e.contract_type, e.night_work, "
            "e.apprentice, coalesce(e.computed_follow_up, ''), coalesce(e.override_follow_up, ''), "
            "coalesce(e.follow_up_rule, ''), coalesce(e.follow_up_reason, ''), w.follow_up_flags, coalesce(w.nir, '') "
            "FROM employments e JOIN workers w ON w.id = e.worker_id "
            "WHERE e.establishment_id = ? AND e.deleted = 0 AND w.deleted = 0 AND w.merged_into IS NULL"));
        q.addBindValue(establishment.id);
        if (!q.exec())
            return sqlFailure(q);
        while (q.next()) {
            Existing e;
            e.id = q.value(0).toString();
            e.workerId = q.value(1).toString();
            e.start = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            e.end = q.value(3).toString();
            e.postTitle = q.value(4).toString();
            e.contractType = q.value(5).toString();
            e.nightWork = q.value(6).toInt() == 1;
            e.apprentice = q.value(7).toInt() == 1;
            e.computed = q.value(8).toString();
            e.override = q.value(9).toString();
            e.rule = q.value(10).toString();
            e.reason = q.value(11).toString();
            e.workerFlags = q.value(12).toString();
            e.workerNir = q.value(13).toString();
            existingByWorker[e.workerId] << e;
        }
        for (auto it = existingByWorker.begin(); it != existingByWorker.end(); ++it)
            for (Existing& e : it.value())
                existingById.insert(e.id, &e);
        QSqlQuery x(db);
        x.setForwardOnly(true);
        x.prepare(QStringLiteral("SELECT x.employment_id, x.id, x.exposure_code FROM employment_exposures x "
                                 "JOIN employments e ON e.id = x.employment_id "
                                 "WHERE e.establishment_id = ? AND e.deleted = 0 AND x.deleted = 0"));
        x.addBindValue(establishment.id);
        if (!x.exec())
            return sqlFailure(x);
        while (x.next())
            if (Existing* e = existingById.value(x.value(0).toString()))
                e->exposures.insert(x.value(2).toString(), x.value(1).toString());
    }

    // 3. Identities: each line is a new person, an existing worker, or an earlier line's person.
    const int n = int(checks.size());
    report.lines.resize(n);
    QList<IdentityKeys> keys(n);
    QHash<QString, int> fileByNir, fileByIdentity, fileByPhonetic;
    QHash<QString, QString> flagsOfWorker;   // existing workers' flags
    QHash<QString, QString> nirOfWorker;     // existing workers' declared NIR
    for (auto it = existingByWorker.cbegin(); it != existingByWorker.cend(); ++it) {
        flagsOfWorker.insert(it.key(), it.value().first().workerFlags);
        nirOfWorker.insert(it.key(), it.value().first().workerNir);
    }
    auto loadWorkerInfo = [&](const QString& id) -> Status {
        if (flagsOfWorker.contains(id) && report.names.contains(id))
            return {};
        st.workerInfo.addBindValue(id);
        if (!st.workerInfo.exec())
            return Status::fail(ErrorCode::Storage, storage::sqlErrorText(st.workerInfo));
        if (st.workerInfo.next()) {
            flagsOfWorker.insert(id, st.workerInfo.value(0).toString());
            nirOfWorker.insert(id, st.workerInfo.value(1).toString());
            report.names.insert(id, st.workerInfo.value(2).toString().toUpper() + QLatin1Char(' ') + st.workerInfo.value(3).toString());
        }
        st.workerInfo.finish();
        return {};
    };

    for (int i = 0; i < n; ++i) {
        const LineCheck& c = checks.at(i);
        const DeclaredLine& d = c.line;
        LineResult& r = report.lines[i];
        r.line = d.line;
        r.name = displayName(d.identity);
        r.category = d.followUp.category;
        r.reason = d.followUp.text();
        if (!c.identityOk)
            continue;
        keys[i] = keysOf(d.identity);
        const IdentityKeys& k = keys.at(i);

        // An explicit answer naming an existing worker: merge with it — only with a worker that the
        // duplicate check proposes for this line (issue 13 item 7): an id typed in the file can never
        // attach the line's employment and visits to anyone else.
        if (!d.identityChoice.isEmpty() && d.identityChoice != QLatin1String("new")) {
            st.workerState.addBindValue(d.identityChoice);
            if (!st.workerState.exec())
                return sqlFailure(st.workerState);
            if (!st.workerState.next() || st.workerState.value(0).toInt() == 1)
                report.problems << lineError(d.line, Column::IdentityChoice,
                                             QCoreApplication::translate("vigie::workforce", "no worker has the id %1").arg(d.identityChoice));
            else if (const QString into = st.workerState.value(1).toString(); !into.isEmpty())
                report.problems << lineError(d.line, Column::IdentityChoice,
                                             QCoreApplication::translate("vigie::workforce", "the identity %1 was merged into %2: write %2")
                                                 .arg(d.identityChoice, into));
            else {
                IdentityStore::Sql::bindCandidates(st.candidates, k);
                if (!st.candidates.exec())
                    return sqlFailure(st.candidates);
                QList<KeyHit> hits;
                while (st.candidates.next())
                    hits << KeyHit{st.candidates.value(0).toString(),
                                   {st.candidates.value(1).toString(), st.candidates.value(2).toString(), st.candidates.value(3).toString()}};
                st.candidates.finish();
                QStringList proposed;
                for (const auto& [id, m] : IdentityStore::bestMatches(k, hits))
                    if (m.comparison == KeyComparison::Same || m.comparison == KeyComparison::Likely)
                        proposed << id;
                if (!proposed.contains(d.identityChoice)) {
                    std::sort(proposed.begin(), proposed.end());
                    report.problems << lineError(
                        d.line, Column::IdentityChoice,
                        proposed.isEmpty()
                            ? QCoreApplication::translate("vigie::workforce", "the worker %1 is not a likely duplicate of this line: no existing worker "
                                                                              "resembles it, leave the identity column empty")
                                  .arg(d.identityChoice)
                            : QCoreApplication::translate("vigie::workforce", "the worker %1 is not a likely duplicate of this line: write the id of one of "
                                                                              "the workers proposed (%2) or \"new\"")
                                  .arg(d.identityChoice, proposed.join(QStringLiteral(", "))));
                    st.workerState.finish();
                    continue;
                }
                r.resolution = Resolution::Merge;
                r.workerId = d.identityChoice;
            }
            st.workerState.finish();
            if (r.resolution == Resolution::Merge) {
                if (Status s = loadWorkerInfo(r.workerId); !s)
                    return s.error();
            }
            continue;
        }

        // The same person as an earlier line (same NIR, or same traits without contradicting NIRs).
        int prior = -1;
        if (!k.nir.isEmpty())
            if (const int p = fileByNir.value(k.nir, -1); p >= 0) {
                if (keys.at(p).identityKey == k.identityKey)
                    prior = p;
                else
                    report.problems << lineError(d.line, Column::Nir,
                                                 QCoreApplication::translate("vigie::workforce", "the same NIR as line %1, with another birth name, first name or birth date")
                                                     .arg(checks.at(p).line.line));
            }
        if (prior < 0)
            if (const int p = fileByIdentity.value(k.identityKey, -1); p >= 0)
                if (k.nir.isEmpty() || keys.at(p).nir.isEmpty() || keys.at(p).nir == k.nir)
                    prior = p;
        if (prior >= 0) {
            r.resolution = Resolution::SameAsLine;
            r.sameAsLine = checks.at(prior).line.line;
            continue;
        }
        if (const int p = fileByPhonetic.value(k.phoneticKey, -1); p >= 0 && d.identityChoice != QLatin1String("new"))
            report.problems << lineError(d.line, Column::IdentityChoice,
                                         QCoreApplication::translate("vigie::workforce", "likely the same person as line %1 (%2): correct the spelling, or write \"new\" in "
                                            "the identity column to keep them apart")
                                             .arg(checks.at(p).line.line)
                                             .arg(duplicateReasonText(DuplicateReason::Phonetic)));
        if (!k.nir.isEmpty())
            fileByNir.insert(k.nir, i);
        fileByIdentity.insert(k.identityKey, i);
        fileByPhonetic.insert(k.phoneticKey, i);

        // The existing workers sharing a key.
        IdentityStore::Sql::bindCandidates(st.candidates, k);
        if (!st.candidates.exec())
            return sqlFailure(st.candidates);
        QList<KeyHit> hits;
        while (st.candidates.next())
            hits << KeyHit{st.candidates.value(0).toString(),
                           {st.candidates.value(1).toString(), st.candidates.value(2).toString(), st.candidates.value(3).toString()}};
        QStringList certain, here;
        QList<QPair<QString, DuplicateReason>> likely;
        for (const auto& [id, m] : IdentityStore::bestMatches(k, hits)) {
            if (m.comparison == KeyComparison::Same)
                certain << id;
            else if (m.comparison == KeyComparison::Likely && m.reason == DuplicateReason::SameTraits &&
                     existingByWorker.contains(id))
                here << id;
            else if (m.comparison == KeyComparison::Likely)
                likely << qMakePair(id, m.reason);
        }
        st.candidates.finish();
        const QStringList& sure = !certain.isEmpty() ? certain : here;
        if (sure.size() == 1 && (d.identityChoice.isEmpty() || !certain.isEmpty())) {
            r.resolution = Resolution::Existing;
            r.workerId = sure.first();
            if (Status s = loadWorkerInfo(r.workerId); !s)
                return s.error();
            continue;
        }
        if (sure.size() > 1) {
            QStringList ids = sure;
            std::sort(ids.begin(), ids.end());
            report.problems << lineError(d.line, Column::IdentityChoice,
                                         QCoreApplication::translate("vigie::workforce", "several existing workers have this identity (%1): write the id of the right one "
                                            "in the identity column")
                                             .arg(ids.join(QStringLiteral(", "))));
            continue;
        }
        for (const auto& [id, why] : likely) {
            auto cand = IdentityStore::Sql::describe(db, id, why);
            if (!cand)
                return cand.error();
            cand.value().employedHere = existingByWorker.contains(id);
            r.duplicates << cand.value();
        }
        for (const QString& id : here) { // answered "new" while the person is employed here
            auto cand = IdentityStore::Sql::describe(db, id, DuplicateReason::SameTraits);
            if (!cand)
                return cand.error();
            cand.value().employedHere = true;
            r.duplicates << cand.value();
        }
        if (!r.duplicates.isEmpty() && d.identityChoice != QLatin1String("new")) {
            QStringList described;
            for (const DuplicateCandidate& cand : std::as_const(r.duplicates))
                described << cand.describe();
            report.problems << lineError(d.line, Column::IdentityChoice,
                                         QCoreApplication::translate("vigie::workforce", "likely duplicate of an existing worker: %1. Write \"new\" in the identity column "
                                            "to keep this person apart, or the worker's id to merge")
                                             .arg(described.join(QStringLiteral("; "))));
            continue;
        }
        r.resolution = Resolution::New;
        r.keptApart = !r.duplicates.isEmpty();
    }

    // 4. Ids, employments and categories of the lines without error so far.
    QSet<QString> employmentKeys; // worker|start: one employment per line
    for (int i = 0; i < n; ++i) {
        const DeclaredLine& d = checks.at(i).line;
        LineResult& r = report.lines[i];
        if (!checks.at(i).identityOk)
            continue;
        switch (r.resolution) {
        case Resolution::New:
            r.workerId = ctx.newId();
            report.names.insert(r.workerId, r.name);
            break;
        case Resolution::Merge:
            r.mergedIdentityId = ctx.newId();
            break;
        case Resolution::SameAsLine:
            for (int p = 0; p < i; ++p)
                if (report.lines.at(p).line == r.sameAsLine)
                    r.workerId = report.lines.at(p).workerId;
            break;
        case Resolution::Existing:
            break;
        }
        if (r.workerId.isEmpty() || !d.start.isValid())
            continue;
        const QString key = r.workerId + QLatin1Char('|') + d.start.toString(Qt::ISODate);
        if (employmentKeys.contains(key)) {
            report.problems << lineError(d.line, Column::StartDate,
                                         QCoreApplication::translate("vigie::workforce", "the same employment as an earlier line (same person, same start date %1)")
                                             .arg(d.start.toString(Qt::ISODate)));
            continue;
        }
        employmentKeys.insert(key);
        for (const Existing& e : existingByWorker.value(r.workerId))
            if (e.start == d.start) {
                r.employmentId = e.id;
                r.employmentUpdated = true;
                if (const auto over = categoryFromCode(e.override))
                    r.category = *over; // the physician's decision stays in force
            }
        if (r.employmentId.isEmpty())
            r.employmentId = ctx.newId();
        if (!report.names.contains(r.workerId))
            report.names.insert(r.workerId, r.name);
    }
    sortProblems(report.problems);
    if (report.hasErrors())
        return report;

    // 5. Distribution and difference with the previous year.
    QHash<QString, Category> current;
    QHash<QString, QDate> startByWorker;
    for (int i = 0; i < n; ++i) {
        const LineResult& r = report.lines.at(i);
        const QDate start = checks.at(i).line.start;
        current.insert(r.workerId, current.contains(r.workerId) ? higher(current.value(r.workerId), r.category) : r.category);
        if (!startByWorker.contains(r.workerId) || start < startByWorker.value(r.workerId))
            startByWorker.insert(r.workerId, start);
    }
    report.distribution = distributionOf(current);
    QHash<QString, Category> previous;
    bool hasPrevious = false;
    {
        QSqlQuery p(db);
        p.setForwardOnly(true);
        p.prepare(QStringLiteral("SELECT lines FROM workforce_declarations WHERE establishment_id = ? AND year = ? "
                                 "AND status = 'accepted' AND deleted = 0"));
        p.addBindValue(establishment.id);
        p.addBindValue(request.year - 1);
        if (!p.exec())
            return sqlFailure(p);
        if (p.next()) {
            hasPrevious = true;
            const QJsonArray snapshot = QJsonDocument::fromJson(p.value(0).toString().toUtf8()).array();
            p.finish();
            QHash<QString, Category> declared;
            for (const QJsonValue& v : snapshot) {
                const QJsonArray l = v.toArray();
                const QString w = l.at(1).toString();
                const Category c = categoryFromCode(l.at(3).toString()).value_or(Category::Si);
                declared.insert(w, declared.contains(w) ? higher(declared.value(w), c) : c);
            }
            auto resolved = resolveMerged(db, declared.keys());
            if (!resolved)
                return resolved.error();
            for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
                const QString w = resolved.value().value(it.key(), it.key());
                previous.insert(w, previous.contains(w) ? higher(previous.value(w), it.value()) : it.value());
            }
        }
    }
    report.diff = diffYears(previous, hasPrevious, current, startByWorker, request.year);
    for (const DiffEntry& e : std::as_const(report.diff.departures))
        if (Status s = loadWorkerInfo(e.workerId); !s)
            return s.error();
    QSet<QString> arrivals;
    for (const DiffEntry& e : std::as_const(report.diff.arrivals))
        arrivals.insert(e.workerId);

    // 6. The arrivals' initial visits, by the rules on the day of the declaration.
    for (int i = 0; i < n; ++i) {
        LineResult& r = report.lines[i];
        const DeclaredLine& d = checks.at(i).line;
        r.arrival = arrivals.contains(r.workerId);
        if (!r.arrival)
            continue;
        const QString flags = unionFlags(flagsOfWorker.value(r.workerId), flagsText(d.rqth, d.invalidityPension));
        QList<scheduling::Visit> visits;
        if (r.resolution == Resolution::Existing || r.resolution == Resolution::Merge) {
            // Visits recorded in this establishment count for this employment (its own history).
            st.doneVisits.addBindValue(r.workerId);
            st.doneVisits.addBindValue(establishment.id);
            if (!st.doneVisits.exec())
                return sqlFailure(st.doneVisits);
            while (st.doneVisits.next())
                if (const auto kind = scheduling::visitKindFromCode(st.doneVisits.value(1).toString()))
                    visits << scheduling::Visit{QDate::fromString(st.doneVisits.value(0).toString(), Qt::ISODate), *kind,
                                                r.employmentId};
            st.doneVisits.finish();
        }
        if (r.employmentUpdated) {
            st.openRequest.addBindValue(r.employmentId);
            if (!st.openRequest.exec() || !st.openRequest.next())
                return sqlFailure(st.openRequest);
            const bool open = st.openRequest.value(0).toInt() == 1;
            st.openRequest.finish();
            if (open)
                continue;
        }
        if (auto req = initialRequest(d, r.workerId, r.employmentId, flags, r.category, visits, ctx.today))
            report.visitRequests << *req;
    }
    if (Status s = closeDepartures(db, ctx, establishment.id, report.diff, request.dryRun, report); !s)
        return s.error();
    if (request.dryRun)
        return report;

    // 7. Writes: the declaration, then line by line, then the merges answered in the file.
    int version = 1;
    {
        QSqlQuery old(db);
        old.setForwardOnly(true);
        old.prepare(QStringLiteral("SELECT id, version FROM workforce_declarations WHERE establishment_id = ? AND year = ? "
                                   "AND status = 'accepted' AND deleted = 0"));
        old.addBindValue(establishment.id);
        old.addBindValue(request.year);
        if (!old.exec())
            return sqlFailure(old);
        if (old.next()) {
            const QString oldId = old.value(0).toString();
            version = old.value(1).toInt() + 1;
            old.finish();
            QSqlQuery sup(db);
            sup.prepare(QStringLiteral("UPDATE workforce_declarations SET status = 'superseded', row_version = row_version + 1, "
                                       "hlc = ?, updated_by = ? WHERE id = ?"));
            if (Status s = exec(sup, {ctx.hlc(), ctx.accountId, oldId}); !s)
                return s.error();
        }
    }
    report.declarationId = ctx.newId();
    report.version = version;
    // The snapshot: the id each line is recorded under (a merged line's own identity while its new
    // employment is, so that undoing the merge gives it back).
    QJsonArray snapshot;
    for (const LineResult& r : std::as_const(report.lines))
        snapshot.append(QJsonArray{r.line,
                                   r.resolution == Resolution::Merge && !r.employmentUpdated ? r.mergedIdentityId : r.workerId,
                                   r.employmentId, categoryCode(r.category), r.arrival ? 1 : 0});
    {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral(
            "INSERT INTO workforce_declarations(id, establishment_id, year, version, status, source, file_name, file_sha256, "
            "declared_at, declared_by, reference_date, line_count, worker_count, si_count, sia_count, sir_count, has_previous, "
            "arrivals, departures, category_changes, visit_requests, lines, hlc, updated_by) "
            "VALUES (?, ?, ?, ?, 'accepted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (Status s = exec(ins, {report.declarationId, establishment.id, request.year, version,
                                  request.source == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("form"),
                                  textOrNull(request.fileName), textOrNull(request.fileSha256), ctx.nowUtc, ctx.accountId,
                                  ctx.today.toString(Qt::ISODate), n, report.distribution.total(), report.distribution.si,
                                  report.distribution.sia, report.distribution.sir, hasPrevious ? 1 : 0,
                                  int(report.diff.arrivals.size()), int(report.diff.departures.size()),
                                  int(report.diff.changes.size()), int(report.visitRequests.size()),
                                  QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)), ctx.hlc(),
                                  ctx.accountId});
            !s)
            return s.error();
    }
    QHash<QString, const PlannedVisitRequest*> requestByEmployment;
    for (const PlannedVisitRequest& v : std::as_const(report.visitRequests))
        requestByEmployment.insert(v.employmentId, &v);
    const QString today = ctx.today.toString(Qt::ISODate);
    const QVariant nullText{QMetaType(QMetaType::QString)};
    QSet<QString> createdEmployments;

    // New identities first, their keys then their rows, each in the order of its index (phonetic hash,
    // folded birth name): among a million workers the inserts then walk each index once instead of
    // jumping around it.
    std::vector<int> fresh;
    for (int i = 0; i < n; ++i)
        if (report.lines.at(i).resolution == Resolution::New || report.lines.at(i).resolution == Resolution::Merge)
            fresh.push_back(i);
    auto ownerOf = [&](int i) {
        const LineResult& r = report.lines.at(i);
        return r.resolution == Resolution::Merge ? r.mergedIdentityId : r.workerId;
    };
    {
        std::vector<std::pair<qint64, int>> byHash;
        byHash.reserve(fresh.size());
        for (int i : fresh)
            byHash.emplace_back(keyHash(keys.at(i).phoneticKey), i);
        std::sort(byHash.begin(), byHash.end());
        QSqlQuery put(db);
        put.prepare(IdentityStore::Sql::putKeysSql());
        for (const auto& [hash, i] : byHash) {
            IdentityStore::Sql::bindKeys(put, ownerOf(i), {}, keys.at(i));
            if (!put.exec())
                return sqlFailure(put);
        }
    }
    std::vector<std::pair<QString, int>> byName;
    byName.reserve(fresh.size());
    for (int i : fresh)
        byName.emplace_back(core::foldForSearch(checks.at(i).line.identity.birthName), i);
    std::sort(byName.begin(), byName.end());
    for (const auto& [fold, i] : byName) {
        const DeclaredLine& d = checks.at(i).line;
        const LineResult& r = report.lines.at(i);
        const bool homonym = r.keptApart && std::any_of(r.duplicates.cbegin(), r.duplicates.cend(), [](const DuplicateCandidate& c) {
                                 return c.reason == DuplicateReason::SameTraits;
                             });
        const QString usedFold = core::foldForSearch(d.identity.usedName);
        if (Status s = exec(st.insertWorker,
                            {ownerOf(i), d.identity.birthName, d.identity.birthFirstNames, d.identity.firstBirthFirstName(),
                             d.identity.birthDate.toString(Qt::ISODate), d.identity.sex, textOrNull(d.identity.birthPlaceCog),
                             textOrNull(d.identity.usedName), textOrNull(d.identity.usedFirstName), textOrNull(d.identity.nir),
                             flagsText(d.rqth, d.invalidityPension), homonym ? QStringLiteral("HOMA") : QStringLiteral(""), fold,
                             usedFold.isEmpty() ? nullText : QVariant(usedFold), ctx.hlc(), ctx.accountId});
            !s)
            return s.error();
        if (r.resolution == Resolution::New)
            ++report.workersCreated;
    }

    // Then line by line: known workers' situations, employments, lines, visit requests.
    for (int i = 0; i < n; ++i) {
        const DeclaredLine& d = checks.at(i).line;
        LineResult& r = report.lines[i];
        const QString lineFlags = flagsText(d.rqth, d.invalidityPension);
        // The identity the line's rows belong to: a merge first saves the line's identity.
        const QString owner = (r.resolution == Resolution::New || r.resolution == Resolution::Merge) ? ownerOf(i) : r.workerId;
        if (r.resolution == Resolution::Existing) {
            ++report.workersMatched;
            const QString flags = unionFlags(flagsOfWorker.value(r.workerId), lineFlags);
            const bool addNir = !d.identity.nir.isEmpty() && nirOfWorker.value(r.workerId).isEmpty();
            if (flags != flagsOfWorker.value(r.workerId) || addNir) {
                if (Status s = exec(st.updateWorker, {flags, textOrNull(d.identity.nir), ctx.hlc(), ctx.accountId, r.workerId}); !s)
                    return s.error();
                flagsOfWorker.insert(r.workerId, flags);
                if (addNir) {
                    nirOfWorker.insert(r.workerId, d.identity.nir);
                    if (Status s = IdentityStore::Sql::recomputeKeys(db, r.workerId); !s)
                        return s.error();
                }
            }
        }

        // The employment.
        const QString computed = categoryCode(d.followUp.category);
        const QString endText = d.end.isValid() ? d.end.toString(Qt::ISODate) : QString();
        if (r.employmentUpdated) {
            const Existing* e = existingById.value(r.employmentId);
            const bool changed = e->postTitle != d.postTitle || e->contractType != d.contractType || e->end != endText ||
                                 e->nightWork != d.nightWork || e->apprentice != d.apprentice || e->computed != computed ||
                                 e->rule != d.followUp.rule || e->reason != d.followUp.text();
            if (changed) {
                if (Status s = exec(st.updateEmployment,
                                    {d.postTitle, d.contractType, textOrNull(endText), d.nightWork ? 1 : 0, d.apprentice ? 1 : 0,
                                     computed, d.followUp.rule, d.followUp.text(), computed, ctx.hlc(), ctx.accountId, r.employmentId});
                    !s)
                    return s.error();
            }
            QSet<QString> wanted;
            for (const ExposureInfo& x : d.exposures) {
                wanted.insert(x.code);
                if (!e->exposures.contains(x.code))
                    if (Status s = exec(st.insertExposure, {ctx.newId(), r.employmentId, x.code,
                                                            x.sirRisk ? QVariant(scheduling::codeOf(*x.sirRisk)) : nullText,
                                                            ctx.hlc(), ctx.accountId});
                        !s)
                        return s.error();
            }
            for (auto it = e->exposures.cbegin(); it != e->exposures.cend(); ++it)
                if (!wanted.contains(it.key()))
                    if (Status s = exec(st.deleteExposure, {ctx.hlc(), ctx.accountId, it.value()}); !s)
                        return s.error();
            if (changed || wanted.size() != e->exposures.size())
                ++report.employmentsUpdated;
        } else {
            if (Status s = exec(st.insertEmployment,
                                {r.employmentId, owner, establishment.id, d.postTitle, d.contractType, d.start.toString(Qt::ISODate),
                                 textOrNull(endText), d.nightWork ? 1 : 0, d.apprentice ? 1 : 0, computed, computed,
                                 d.followUp.rule, d.followUp.text(), ctx.hlc(), ctx.accountId});
                !s)
                return s.error();
            for (const ExposureInfo& x : d.exposures)
                if (Status s = exec(st.insertExposure, {ctx.newId(), r.employmentId, x.code,
                                                        x.sirRisk ? QVariant(scheduling::codeOf(*x.sirRisk)) : nullText,
                                                        ctx.hlc(), ctx.accountId});
                    !s)
                    return s.error();
            createdEmployments.insert(r.employmentId);
            ++report.employmentsCreated;
        }

        // The arrival's visit request.
        const QString rowOwner = createdEmployments.contains(r.employmentId) ? owner : r.workerId;
        if (const PlannedVisitRequest* v = requestByEmployment.value(r.employmentId)) {
            if (Status s = exec(st.insertRequest,
                                {ctx.newId(), rowOwner, r.employmentId, establishment.id, scheduling::codeOf(v->kind), today,
                                 v->dueBy.toString(Qt::ISODate), scheduling::codeOf(v->performer), v->basis,
                                 report.declarationId, ctx.hlc(), ctx.accountId});
                !s)
                return s.error();
            requestByEmployment.remove(r.employmentId);
        }
    }
    for (const LineResult& r : std::as_const(report.lines)) {
        if (r.resolution != Resolution::Merge)
            continue;
        auto m = IdentityStore::Sql::merge(db, ctx, r.workerId, r.mergedIdentityId,
                                           QStringLiteral("declaration %1 %2 line %3").arg(establishment.siret).arg(request.year).arg(r.line));
        if (!m)
            return m.error();
        ++report.merges;
    }
    report.accepted = true;
    return report;
}

DeclarationStore::Sql::BulkCache::BulkCache(QSqlDatabase db, qsizetype lines) : m_db(db)
{
    if (lines <= BulkLines)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const qint64 previous = q.value(0).toLongLong();
    q.finish();
    if (previous < 0 && -previous >= BulkCacheKib)
        return;
    if (q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(BulkCacheKib)))
        m_previous = previous;
}

DeclarationStore::Sql::BulkCache::~BulkCache()
{
    if (m_previous != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous));
}

// ----- Stores ------------------------------------------------------------------------------------

namespace {

const QString Resource = QStringLiteral("workforce.declaration");

bool mayDeclare(security::Role role)
{
    namespace AccessPolicy = security::AccessPolicy;
    return AccessPolicy::canUseModule(role, security::Module::Membership) ||
           AccessPolicy::canUseModule(role, security::Module::Planning);
}

Status refuse(security::Session& session, const QString& detail, const QString& message)
{
    return storage::auditedRefusal(
        session.audit(storage::AuditEvent{{}, {}, QStringLiteral("declare"), Resource, {}, 0, QStringLiteral("denied"), detail}),
        Error{ErrorCode::Denied, message});
}

Status requireDeclarationRights(security::Session& session)
{
    if (mayDeclare(session.account().role))
        return {};
    return refuse(session, QStringLiteral("reason=module"),
                  QCoreApplication::translate("vigie::workforce", "Access refused: your role (%1) does not declare workforces")
                      .arg(security::roleTitle(session.account().role)));
}

// The teams an account works for: its own (led or joined) and those of its live delegations.
Result<QStringList> teamsOf(security::Session& session)
{
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    QStringList teams = subject.value().teamIds;
    for (const security::Delegation& d : subject.value().delegations)
        if (d.liveOn(session.clock().today()) && !teams.contains(d.teamId))
            teams << d.teamId;
    return teams;
}

QString teamsJson(const QStringList& teams)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(teams)).toJson(QJsonDocument::Compact));
}

bool english() { return QLocale().language() == QLocale::English; }

Result<std::optional<ExposureInfo>> exposureOf(security::Session& session, const QString& code,
                                              QHash<QString, QPair<QString, QString>>& sirCache)
{
    auto found = thesaurus::ThesaurusStore::find(session, QStringLiteral("exposure"), code.trimmed().toUpper());
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<ExposureInfo>();
    const thesaurus::Code& c = *found.value();
    ExposureInfo info;
    info.code = c.code;
    info.label = c.label(english());
    info.selectable = c.selectable;
    info.retired = c.retired();
    const QString risk = c.attributes.value(QStringLiteral("sir_risk")).toString();
    info.sirRisk = scheduling::sirRiskFromCode(risk);
    if (info.sirRisk) {
        if (!sirCache.contains(risk)) {
            auto r = thesaurus::ThesaurusStore::find(session, QStringLiteral("sir_risk"), risk);
            if (!r)
                return r.error();
            sirCache.insert(risk, r.value() ? qMakePair(r.value()->label(english()), r.value()->attributes.value(QStringLiteral("basis")).toString())
                                            : qMakePair(QString(), QString()));
        }
        info.sirLabel = sirCache.value(risk).first;
        info.sirBasis = sirCache.value(risk).second;
    }
    return std::optional<ExposureInfo>(info);
}

} // namespace

Result<QList<EstablishmentRef>> DeclarationStore::establishments(security::Session& session)
{
    if (Status s = requireDeclarationRights(session); !s)
        return s.error();
    auto teams = teamsOf(session);
    if (!teams)
        return teams.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT e.id, e.siret, e.name, e.status FROM establishments e "
                             "JOIN team_establishments te ON te.establishment_id = e.id AND te.deleted = 0 "
                             "WHERE e.deleted = 0 AND te.team_id IN (SELECT value FROM json_each(?)) ORDER BY e.name_fold, e.siret"));
    q.addBindValue(teamsJson(teams.value()));
    if (!q.exec())
        return sqlFailure(q);
    QList<EstablishmentRef> out;
    while (q.next())
        out << EstablishmentRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

Result<std::optional<ExposureInfo>> DeclarationStore::exposure(security::Session& session, const QString& code)
{
    QHash<QString, QPair<QString, QString>> cache;
    return exposureOf(session, code, cache);
}

Result<Catalog> DeclarationStore::catalogFor(security::Session& session, const QList<RawLine>& lines)
{
    if (Status s = thesaurus::ThesaurusStore::ensureShipped(session); !s)
        return s.error();
    QSet<QString> exposures, contracts;
    for (const RawLine& l : lines) {
        for (const QString& c : exposureCodesOf(l.value(Column::Exposures)))
            exposures.insert(c);
        if (const QString c = l.value(Column::ContractType).trimmed().toUpper(); !c.isEmpty())
            contracts.insert(c);
    }
    Catalog catalog;
    QHash<QString, QPair<QString, QString>> sirCache;
    for (const QString& code : std::as_const(exposures)) {
        auto info = exposureOf(session, code, sirCache);
        if (!info)
            return info.error();
        if (info.value())
            catalog.exposures.insert(code, *info.value());
    }
    for (const QString& code : std::as_const(contracts)) {
        auto found = thesaurus::ThesaurusStore::find(session, QStringLiteral("contract_type"), code);
        if (!found)
            return found.error();
        if (found.value() && !found.value()->retired())
            catalog.contractTypes.insert(code);
    }
    return catalog;
}

Result<DeclarationReport> DeclarationStore::submit(security::Session& session, const DeclarationRequest& request)
{
    if (Status s = requireDeclarationRights(session); !s)
        return s.error();
    if (request.year < MinYear || request.year > MaxYear)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::workforce", "Invalid year %1: a year from %2 to %3 is expected")
                                           .arg(request.year)
                                           .arg(MinYear)
                                           .arg(MaxYear)};
    QString siret = request.siret;
    siret.remove(QLatin1Char(' '));
    if (Status s = core::validateSiret(siret); !s)
        return s.error();
    auto found = Sql::establishmentBySiret(session.db().sql(), siret);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No establishment has the SIRET %1").arg(siret)};
    const EstablishmentRef establishment = *found.value();
    const QString target = QStringLiteral("establishment=%1 year=%2").arg(siret).arg(request.year);

    // Team scope: only the establishments of one's teams.
    auto teams = teamsOf(session);
    if (!teams)
        return teams.error();
    {
        QSqlQuery q(session.db().sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM team_establishments WHERE establishment_id = ? AND deleted = 0 "
                                 "AND team_id IN (SELECT value FROM json_each(?)))"));
        q.addBindValue(establishment.id);
        q.addBindValue(teamsJson(teams.value()));
        if (!q.exec() || !q.next())
            return sqlFailure(q);
        if (q.value(0).toInt() != 1) {
            Status s = refuse(session, target + QStringLiteral(" reason=team"),
                              QCoreApplication::translate("vigie::workforce", "Access refused: the establishment %1 is not followed by your team").arg(siret));
            return s.error();
        }
    }
    if (establishment.status == QLatin1String("left"))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::workforce", "The establishment %1 has left the service: it declares no workforce").arg(siret)};

    auto catalog = catalogFor(session, request.lines);
    if (!catalog)
        return catalog.error();
    if (Status s = IdentityStore::refreshKeys(session); !s)
        return s.error();

    const Sql::BulkCache cache(session.db().sql(), request.lines.size());
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::workforce", "Unable to record the declaration (database busy?)")};
    const WriteContext ctx = writeContextOf(session);
    auto report = Sql::run(session.db().sql(), ctx, catalog.value(), establishment, request);
    if (!report)
        return report.error();
    DeclarationReport& r = report.value();
    const QString counts = QStringLiteral(" source=%1 lines=%2 errors=%3").arg(request.source).arg(request.lines.size()).arg(r.errorCount());
    if (r.hasErrors() || request.dryRun) {
        tx.rollback();
        if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("declare"), Resource, {}, 0,
                                                         r.hasErrors() ? QStringLiteral("failure") : QStringLiteral("dry_run"),
                                                         target + counts});
            !s)
            return s.error();
        return report;
    }
    if (Status s = session.audit(storage::AuditEvent{
            {}, {}, QStringLiteral("declare"), Resource, {}, 0, QStringLiteral("success"),
            target + counts +
                QStringLiteral(" declaration=%1 version=%2 created=%3 matched=%4 merged=%5 requests=%6")
                    .arg(r.declarationId)
                    .arg(r.version)
                    .arg(r.workersCreated)
                    .arg(r.workersMatched)
                    .arg(r.merges)
                    .arg(r.visitRequests.size())});
        !s)
        return s.error();
    // Identity vigilance decisions are traced worker by worker (INS-08).
    for (const LineResult& line : std::as_const(r.lines)) {
        if (line.keptApart)
            if (Status s = session.audit(storage::AuditEvent{
                    {}, {}, QStringLiteral("keep_apart"), QStringLiteral("worker.identity"), line.workerId, 1,
                    QStringLiteral("success"),
                    QStringLiteral("declaration=%1 line=%2 candidates=%3").arg(r.declarationId).arg(line.line).arg(line.duplicates.size())});
                !s)
                return s.error();
        if (line.resolution == Resolution::Merge)
            for (const QString& worker : {line.workerId, line.mergedIdentityId})
                if (Status s = session.audit(storage::AuditEvent{
                        {}, {}, QStringLiteral("merge"), QStringLiteral("worker.identity"), worker, 1, QStringLiteral("success"),
                        QStringLiteral("declaration=%1 line=%2 kept=%3 merged=%4")
                            .arg(r.declarationId)
                            .arg(line.line)
                            .arg(line.workerId, line.mergedIdentityId)});
                    !s)
                    return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<DeclarationReport> DeclarationStore::importFile(security::Session& session, const QString& siret, int year,
                                                       const QString& path, bool dryRun)
{
    if (Status s = requireDeclarationRights(session); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "Unable to read the file %1").arg(path)};
    if (file.size() > MaxDeclarationBytes)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "The file %1 is larger than %2 MB")
                                             .arg(path)
                                             .arg(MaxDeclarationBytes / (1024 * 1024))};
    const QByteArray bytes = file.readAll();
    const CsvDeclaration csv = readDeclarationCsv(bytes);
    DeclarationRequest request;
    request.siret = siret;
    request.year = year;
    request.lines = csv.lines;
    request.readProblems = csv.problems;
    request.source = QStringLiteral("csv");
    request.fileName = QFileInfo(path).fileName();
    request.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    request.dryRun = dryRun;
    return submit(session, request);
}

} // namespace vigie::workforce
