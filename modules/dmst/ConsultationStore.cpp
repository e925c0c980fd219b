#include "dmst/ConsultationStore.h"

#include "dmst/Record.h"
#include "dmst/RecordStore.h"
#include "dmst/RoleOffers.h"
#include "thesaurus/ThesaurusStore.h"
#include "dmst/StoreSupport.h"
#include "storage/ChangeCapture.h"

#include <QCoreApplication>

#include <optional>

namespace vigie::dmst {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Action;
using security::Role;
using namespace detail;

namespace {

const QString Columns = QStringLiteral(
    "c.id, c.worker_id, c.visit_id, c.establishment_id, c.kind, c.reason, c.status, c.visit_date, c.arrival_time, c.departure_time, "
    "c.professional_id, coalesce(a.display_name, ''), c.interview, c.weight_kg, c.height_cm, c.systolic_mmhg, c.diastolic_mmhg, "
    "c.vision, c.hearing, c.urine, c.examination, c.problems, c.exams_prescribed, c.exams_results, c.orientation, c.orientation_note, "
    "c.conclusion, c.supersedes, (SELECT n.id FROM dmst_consultations n WHERE n.supersedes = c.id AND n.deleted = 0), c.saved_at, "
    "c.revision, c.closed_at, c.closed_by, c.problem_codes, coalesce(c.appointment_id, '')");

template<class T>
std::optional<T> opt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

Consultation fromRow(const QSqlQuery& q)
{
    Consultation c;
    c.id = q.value(0).toString();
    c.workerId = q.value(1).toString();
    c.visitId = q.value(2).toString();
    c.establishmentId = q.value(3).toString();
    c.kind = q.value(4).toString();
    c.reason = q.value(5).toString();
    c.closed = q.value(6).toString() == QLatin1String("closed");
    c.visitDate = dateOf(q.value(7));
    c.arrival = timeOf(q.value(8));
    c.departure = timeOf(q.value(9));
    c.professionalId = q.value(10).toString();
    c.professionalName = q.value(11).toString();
    c.interview = q.value(12).toString();
    c.weightKg = opt<double>(q.value(13));
    c.heightCm = opt<double>(q.value(14));
    c.systolic = opt<int>(q.value(15));
    c.diastolic = opt<int>(q.value(16));
    c.vision = q.value(17).toString();
    c.hearing = q.value(18).toString();
    c.urine = q.value(19).toString();
    c.examination = q.value(20).toString();
    c.problems = q.value(21).toString();
    c.examsPrescribed = q.value(22).toString();
    c.examsResults = q.value(23).toString();
    c.orientation = orientationFromCode(q.value(24).toString()).value_or(Orientation::None);
    c.orientationNote = q.value(25).toString();
    c.conclusion = q.value(26).toString();
    c.supersedes = q.value(27).toString();
    c.supersededBy = q.value(28).toString();
    c.savedAt = q.value(29).toString();
    c.revision = q.value(30).toInt();
    c.closedAt = q.value(31).toString();
    c.closedBy = q.value(32).toString();
    c.problemCodes = q.value(33).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.appointmentId = q.value(34).toString();
    return c;
}

// The row as stored, without the policy (callers check it with the worker id read here).
Result<std::optional<Consultation>> readRow(security::Session& s, const QString& id)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT ") + Columns +
              QStringLiteral(" FROM dmst_consultations c LEFT JOIN accounts a ON a.id = c.professional_id WHERE c.id = ? AND c.deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<Consultation>();
    return std::optional<Consultation>(fromRow(q));
}

Error unknown(const QString& id)
{
    return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown consultation: %1").arg(id)};
}

Error closedError()
{
    return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst",
                                                                 "This consultation is closed: it cannot be changed; record a correction instead")};
}

void bindContent(QSqlQuery& q, const Consultation& c)
{
    q.addBindValue(c.kind);
    q.addBindValue(c.reason);
    q.addBindValue(c.visitDate.toString(Qt::ISODate));
    q.addBindValue(nullableTime(c.arrival));
    q.addBindValue(nullableTime(c.departure));
    q.addBindValue(c.interview);
    q.addBindValue(nullable(c.weightKg));
    q.addBindValue(nullable(c.heightCm));
    q.addBindValue(c.systolic ? QVariant(*c.systolic) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(c.diastolic ? QVariant(*c.diastolic) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(c.vision);
    q.addBindValue(c.hearing);
    q.addBindValue(c.urine);
    q.addBindValue(c.examination);
    q.addBindValue(c.problems);
    q.addBindValue(c.examsPrescribed);
    q.addBindValue(c.examsResults);
    q.addBindValue(orientationCode(c.orientation));
    q.addBindValue(c.orientationNote);
    q.addBindValue(c.conclusion);
    q.addBindValue(c.problemCodes.join(QLatin1Char(' ')));
}

const QString ContentColumns = QStringLiteral(
    "kind, reason, visit_date, arrival_time, departure_time, interview, weight_kg, height_cm, systolic_mmhg, diastolic_mmhg, vision, "
    "hearing, urine, examination, problems, exams_prescribed, exams_results, orientation, orientation_note, conclusion, problem_codes");

// A visit kind the signed-in role may not perform (a nurse and the EMA: R4623-14 II) is refused and
// audited, though the screens never offer it.
Status requirePerformer(security::Session& s, const QString& workerId, const QString& kind)
{
    QString performer;
    if (auto found = thesaurus::ThesaurusStore::find(s, QStringLiteral("visit_kind"), kind); found && found.value())
        performer = found.value()->attributes.value(QStringLiteral("performer")).toString();
    if (mayPerformVisit(s.account().role, performer))
        return {};
    return refused(s, QStringLiteral("write"), workerId, Part::Health, QStringLiteral("visit kind %1 reserved to the physician").arg(kind),
                   QCoreApplication::translate("vigie::dmst", "Only the médecin du travail (or a physician under his protocol) performs a "
                                                              "visit of kind %1 (R4623-14 II)")
                       .arg(kind));
}

// How often an autosaved draft reaches the audit trail and the outbox (issue 13 item 8).
constexpr qint64 AutosaveAuditSeconds = 60;
constexpr qint64 AutosaveCaptureSeconds = 10;

struct DraftPace {
    QDateTime capturedAt; // last save written to the outbox
    QDateTime auditedAt;  // last save written to the audit trail
};

// _dmst_draft_pace is local to this workstation (its name starts with '_': never synchronised).
Result<DraftPace> draftPace(security::Session& s, const QString& consultationId)
{
    QSqlQuery q(s.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT captured_at, audited_at FROM _dmst_draft_pace WHERE consultation_id = ?"));
    q.addBindValue(consultationId);
    if (!q.exec())
        return sqlFailure(q);
    DraftPace p;
    if (q.next()) {
        p.capturedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        p.auditedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    return p;
}

Status recordPace(security::Session& s, const QString& consultationId, const QDateTime& capturedAt, const QDateTime& auditedAt)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("INSERT INTO _dmst_draft_pace(consultation_id, captured_at, audited_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(consultation_id) DO UPDATE SET captured_at = excluded.captured_at, audited_at = excluded.audited_at"));
    q.addBindValue(consultationId);
    q.addBindValue(capturedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(auditedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

bool writesPersonalNotes(Role role)
{
    return role == Role::Physician || role == Role::CollaboratorPhysician || role == Role::Intern;
}

} // namespace

Result<QString> ConsultationStore::startDraft(security::Session& s, const Consultation& c)
{
    if (c.kind.isEmpty() || !c.visitDate.isValid())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The kind and the date of the visit are required")};
    if (Status st = require(s, Action::Write, c.workerId, Part::Health); !st)
        return st.error();
    if (Status st = requirePerformer(s, c.workerId, c.kind); !st)
        return st.error();
    Consultation valid = c; // implausible measures are left out, the rest is kept (dropImplausible)
    (void)dropImplausible(valid);
    auto record = RecordStore::ensureRecord(s, c.workerId);
    if (!record)
        return record.error();
    const QString id = s.newId();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("INSERT INTO dmst_consultations(id, worker_id, visit_id, appointment_id, establishment_id, professional_id, supersedes, saved_at, ") +
              ContentColumns + QStringLiteral(", hlc, updated_by) VALUES (") + QStringList(31, QStringLiteral("?")).join(QStringLiteral(", ")) + QStringLiteral(")"));
    q.addBindValue(id);
    q.addBindValue(c.workerId);
    q.addBindValue(nullableText(c.visitId));
    q.addBindValue(nullableText(c.appointmentId));
    q.addBindValue(nullableText(c.establishmentId));
    q.addBindValue(s.account().id);
    q.addBindValue(nullableText(c.supersedes));
    q.addBindValue(nowText(s));
    bindContent(q, valid);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    if (!q.exec())
        return sqlFailure(q);
    return id;
}

Status ConsultationStore::saveDraft(security::Session& s, const Consultation& c)
{
    auto row = readRow(s, c.id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(c.id);
    const QString workerId = row.value()->workerId;
    // The autosave's trail (issue 13 item 8): the screen saves every 400 ms while the physician types,
    // and every save is committed (nothing typed is lost on a crash). But the audit trail gets one
    // "allowed" record per draft per minute of typing, and the outbox one row per draft per 10 s: the
    // other saves change the row with capture suspended, and the next captured write — a later save,
    // or the close — carries the whole row, so the server still receives every word. A draft is its
    // author's own until closed (sync-design.md §4.2 class B): only its latest state matters there.
    auto pace = draftPace(s, c.id);
    if (!pace)
        return pace.error();
    const QDateTime now = s.clock().nowUtc();
    const bool auditNow = !pace.value().auditedAt.isValid() || pace.value().auditedAt.secsTo(now) >= AutosaveAuditSeconds;
    const bool captureNow = !pace.value().capturedAt.isValid() || pace.value().capturedAt.secsTo(now) >= AutosaveCaptureSeconds;
    if (Status st = security::PolicyStore::require(s, Action::Write, workerId, Part::Health, auditNow,
                                                   QStringLiteral("consultation=%1 autosave").arg(c.id));
        !st)
        return st;
    if (row.value()->closed)
        return closedError();
    if (c.kind.isEmpty() || !c.visitDate.isValid())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The kind and the date of the visit are required"));
    if (c.kind != row.value()->kind)
        if (Status st = requirePerformer(s, workerId, c.kind); !st)
            return st;
    // Every valid field is kept; an implausible measure is left out (the screen keeps it as typed, in red).
    Consultation valid = c;
    (void)dropImplausible(valid);
    storage::Transaction tx(s.db());
    if (!tx.active())
        return tx.beginError();
    std::optional<storage::CaptureSuspension> quiet;
    if (!captureNow) {
        quiet.emplace(s.db());
        if (!quiet->ok())
            return Status::fail(ErrorCode::Storage, QStringLiteral("autosave: unable to suspend the change capture"));
    }
    QSqlQuery q(s.db().sql());
    QStringList sets;
    for (const QString& col : ContentColumns.split(QStringLiteral(", ")))
        sets << col + QStringLiteral(" = ?");
    // status = 'draft' in the WHERE: a draft closed meanwhile (another workstation) is never overwritten.
    q.prepare(QStringLiteral("UPDATE dmst_consultations SET ") + sets.join(QStringLiteral(", ")) +
              QStringLiteral(", saved_at = ?, revision = revision + 1, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE id = ? AND status = 'draft'"));
    bindContent(q, valid);
    q.addBindValue(nowText(s));
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return closedError();
    quiet.reset(); // capture back on before the pace is written, inside the same transaction
    if (Status st = recordPace(s, c.id, captureNow ? now : pace.value().capturedAt, auditNow ? now : pace.value().auditedAt); !st)
        return st;
    return tx.commit();
}

Status ConsultationStore::close(security::Session& s, const QString& id)
{
    auto row = readRow(s, id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(id);
    const Consultation& c = *row.value();
    if (Status st = require(s, Action::Write, c.workerId, Part::Health); !st)
        return st;
    if (c.closed)
        return closedError();
    auto informed = RecordStore::rightsInformed(s, c.workerId);
    if (!informed)
        return informed.error();
    if (Status st = checkClosable(c, informed.value()); !st)
        return st;
    // The close and its audit record are one transaction; a close that changed no row (closed
    // meanwhile on this workstation) is an error, never a silent success (issue 13 item 5).
    storage::Transaction tx(s.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("UPDATE dmst_consultations SET status = 'closed', closed_at = ?, closed_by = ?, row_version = row_version + 1, "
                             "hlc = ?, updated_by = ? WHERE id = ? AND status = 'draft'"));
    q.addBindValue(nowText(s));
    q.addBindValue(s.account().id);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(id);
    if (Status st = exec(q); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return closedError();
    if (Status st = audited(s, QStringLiteral("close"), c.workerId, Part::Health, QStringLiteral("consultation=%1").arg(id)); !st)
        return st;
    return tx.commit();
}

Result<QString> ConsultationStore::correct(security::Session& s, const QString& closedId)
{
    auto row = readRow(s, closedId);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(closedId);
    Consultation c = *row.value();
    if (Status st = require(s, Action::Write, c.workerId, Part::Health); !st)
        return st.error();
    if (!c.closed)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Only a closed consultation is corrected; a draft is simply edited")};
    if (!c.supersededBy.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This consultation was already corrected: correct the latest version")};
    c.supersedes = closedId;
    auto id = startDraft(s, c);
    if (id)
        if (Status a = audited(s, QStringLiteral("correct"), c.workerId, Part::Health, QStringLiteral("consultation=%1").arg(closedId)); !a)
            return a.error();
    return id;
}

Result<Consultation> ConsultationStore::load(security::Session& s, const QString& id)
{
    auto row = readRow(s, id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(id);
    if (Status st = require(s, Action::Read, row.value()->workerId, Part::Health); !st)
        return st.error();
    return *row.value();
}

Result<QList<ConsultationSummary>> ConsultationStore::list(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Health); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.visit_date, c.kind, c.status, coalesce(a.display_name, ''), c.conclusion, c.supersedes, "
                             "(SELECT n.id FROM dmst_consultations n WHERE n.supersedes = c.id AND n.deleted = 0) "
                             "FROM dmst_consultations c LEFT JOIN accounts a ON a.id = c.professional_id "
                             "WHERE c.worker_id = ? AND c.deleted = 0 ORDER BY c.visit_date DESC, c.id DESC"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<ConsultationSummary> out;
    while (q.next())
        out << ConsultationSummary{q.value(0).toString(), dateOf(q.value(1)), q.value(2).toString(),
                                   q.value(3).toString() == QLatin1String("closed"), q.value(4).toString(), q.value(5).toString(),
                                   q.value(6).toString(), q.value(7).toString()};
    return out;
}

Result<QString> ConsultationStore::openDraft(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Health); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT id FROM dmst_consultations WHERE worker_id = ? AND professional_id = ? AND status = 'draft' "
                             "AND deleted = 0 ORDER BY saved_at DESC LIMIT 1"));
    q.addBindValue(workerId);
    q.addBindValue(s.account().id);
    if (!q.exec())
        return sqlFailure(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> ConsultationStore::addPersonalNote(security::Session& s, const QString& workerId, const QString& consultationId,
                                                   const QString& body)
{
    if (body.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The note is empty")};
    if (Status st = require(s, Action::Write, workerId, Part::Health); !st)
        return st.error();
    if (!writesPersonalNotes(s.account().role))
        return refused(s, QStringLiteral("write"), workerId, Part::Health, QStringLiteral("personal_note"),
                       QCoreApplication::translate("vigie::dmst", "Access refused: personal notes are kept by physicians only"));
    const QString id = s.newId();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("INSERT INTO dmst_personal_notes(id, worker_id, consultation_id, author_id, written_at, body, hlc, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(workerId);
    q.addBindValue(nullableText(consultationId));
    q.addBindValue(s.account().id);
    q.addBindValue(nowText(s));
    q.addBindValue(body);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    if (!q.exec())
        return sqlFailure(q);
    return id;
}

Result<QList<PersonalNote>> ConsultationStore::personalNotes(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Health); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    // author_id = the signed-in account: nobody reads another's notes, not even the team's physician.
    q.prepare(QStringLiteral("SELECT id, consultation_id, written_at, body FROM dmst_personal_notes "
                             "WHERE worker_id = ? AND author_id = ? AND deleted = 0 ORDER BY written_at, id"));
    q.addBindValue(workerId);
    q.addBindValue(s.account().id);
    if (!q.exec())
        return sqlFailure(q);
    QList<PersonalNote> out;
    while (q.next())
        out << PersonalNote{q.value(0).toString(), workerId, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

Result<QHash<QString, bool>> ConsultationStore::ownByAppointment(security::Session& s, const QStringList& appointmentIds)
{
    QHash<QString, bool> out;
    if (appointmentIds.isEmpty())
        return out;
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT appointment_id, status FROM dmst_consultations WHERE deleted = 0 AND professional_id = ? AND appointment_id IN (") +
              QStringList(appointmentIds.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QStringLiteral(")"));
    q.addBindValue(s.account().id);
    for (const QString& id : appointmentIds)
        q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next())
        out[q.value(0).toString()] = out.value(q.value(0).toString()) || q.value(1).toString() == QLatin1String("closed");
    return out;
}

} // namespace vigie::dmst
