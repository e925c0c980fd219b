#include "dmst/RecordStore.h"

#include "dmst/StoreSupport.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace vigie::dmst {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Action;
using namespace detail;

namespace {

Result<std::optional<RecordHeader>> readHeader(security::Session& s, const QString& workerId)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT id, created_on, health_insurance, medico_admin_notes, attending_doctor, attending_contact, "
                             "death_date, litigation_hold FROM dmst_records WHERE worker_id = ? AND deleted = 0"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<RecordHeader>();
    RecordHeader h;
    h.id = q.value(0).toString();
    h.workerId = workerId;
    h.createdOn = dateOf(q.value(1));
    h.healthInsurance = q.value(2).toString();
    h.medicoAdminNotes = q.value(3).toString();
    h.attendingDoctor = q.value(4).toString();
    h.attendingContact = q.value(5).toString();
    h.deathDate = dateOf(q.value(6));
    h.litigationHold = q.value(7).toInt() == 1;
    return std::optional<RecordHeader>(h);
}

// Inserts one row: `columns` after the id, then hlc and updated_by.
Result<QString> insertRow(security::Session& s, const QString& table, const QStringList& columns, const QVariantList& values)
{
    const QString id = s.newId();
    QSqlQuery q(s.db().sql());
    QStringList marks;
    for (qsizetype i = 0; i < columns.size() + 3; ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("INSERT INTO %1(id, %2, hlc, updated_by) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    q.addBindValue(id);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    if (!q.exec())
        return sqlFailure(q);
    return id;
}

} // namespace

Result<RecordHeader> RecordStore::ensureRecord(security::Session& s, const QString& workerId)
{
    if (Status st = requireWorker(s, workerId); !st)
        return st.error();
    if (Status st = require(s, Action::Write, workerId, Part::Identity); !st)
        return st.error();
    auto existing = readHeader(s, workerId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    auto id = insertRow(s, QStringLiteral("dmst_records"), {QStringLiteral("worker_id"), QStringLiteral("created_on"), QStringLiteral("created_by")},
                        {workerId, s.clock().today().toString(Qt::ISODate), s.account().id});
    if (!id)
        return id.error();
    RecordHeader h;
    h.id = id.value();
    h.workerId = workerId;
    h.createdOn = s.clock().today();
    return h;
}

Result<std::optional<RecordHeader>> RecordStore::header(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Identity); !st)
        return st.error();
    return readHeader(s, workerId);
}

Status RecordStore::saveHeader(security::Session& s, const RecordHeader& h)
{
    auto current = ensureRecord(s, h.workerId); // checks Write on 1°
    if (!current)
        return current.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("UPDATE dmst_records SET health_insurance = ?, medico_admin_notes = ?, attending_doctor = ?, "
                             "attending_contact = ?, death_date = ?, litigation_hold = ?, row_version = row_version + 1, hlc = ?, "
                             "updated_by = ? WHERE id = ?"));
    q.addBindValue(h.healthInsurance);
    q.addBindValue(h.medicoAdminNotes);
    q.addBindValue(h.attendingDoctor);
    q.addBindValue(h.attendingContact);
    q.addBindValue(nullableDate(h.deathDate));
    q.addBindValue(h.litigationHold ? 1 : 0);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(current.value().id);
    return exec(q);
}

Result<WorkerIdentity> RecordStore::identity(security::Session& s, const QString& workerId)
{
    if (Status st = requireWorker(s, workerId); !st)
        return st.error();
    if (Status st = require(s, Action::Read, workerId, Part::Identity); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT birth_name, birth_first_names, coalesce(used_name, ''), birth_date, sex, ins_status, "
                             "coalesce(ins_matricule, ''), coalesce(ins_oid, ''), coalesce(birth_place_cog, '') FROM workers WHERE id = ?"));
    q.addBindValue(workerId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return WorkerIdentity{workerId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dateOf(q.value(3)),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
}

Result<QString> RecordStore::recordIdentityCheck(security::Session& s, const IdentityCheck& c)
{
    if (Status st = requireWorker(s, c.workerId); !st)
        return st.error();
    if (!c.checkedOn.isValid() || c.checkedOn > s.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The date of the identity check is missing or in the future")};
    if (Status st = require(s, Action::Write, c.workerId, Part::Identity); !st)
        return st.error();
    storage::Transaction tx(s.db());
    if (!tx.active())
        return tx.beginError();
    auto id = insertRow(s, QStringLiteral("dmst_identity_checks"),
                        {QStringLiteral("worker_id"), QStringLiteral("document_type"), QStringLiteral("checked_on"), QStringLiteral("checked_by")},
                        {c.workerId, identityDocumentCode(c.document), c.checkedOn.toString(Qt::ISODate), s.account().id});
    if (!id)
        return id.error();
    // The worker's identity carries the latest document checked (INS-01: validation document type + date).
    QSqlQuery w(s.db().sql());
    w.prepare(QStringLiteral("UPDATE workers SET identity_doc_type = ?, identity_doc_date = ?, row_version = row_version + 1, hlc = ?, "
                             "updated_by = ? WHERE id = ?"));
    w.addBindValue(identityDocumentCode(c.document));
    w.addBindValue(c.checkedOn.toString(Qt::ISODate));
    w.addBindValue(s.nextHlc());
    w.addBindValue(s.account().id);
    w.addBindValue(c.workerId);
    if (Status st = exec(w); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<QList<IdentityCheck>> RecordStore::identityChecks(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Identity); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT i.id, i.document_type, i.checked_on, i.checked_by, coalesce(a.display_name, i.checked_by) "
                             "FROM dmst_identity_checks i LEFT JOIN accounts a ON a.id = i.checked_by "
                             "WHERE i.worker_id = ? AND i.deleted = 0 ORDER BY i.checked_on, i.id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<IdentityCheck> out;
    while (q.next())
        out << IdentityCheck{q.value(0).toString(), workerId,
                             identityDocumentFromCode(q.value(1).toString()).value_or(IdentityDocument::IdCard), dateOf(q.value(2)),
                             q.value(3).toString(), q.value(4).toString()};
    return out;
}

Status RecordStore::setInsStatus(security::Session& s, const QString& workerId, const QString& status)
{
    if (Status st = requireWorker(s, workerId); !st)
        return st;
    if (Status st = require(s, Action::Write, workerId, Part::Identity); !st)
        return st;
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT coalesce(ins_matricule, '') <> '' AND coalesce(ins_oid, '') <> '', ins_attributes, "
                             "(SELECT count(*) FROM dmst_identity_checks c WHERE c.worker_id = w.id AND c.deleted = 0) "
                             "FROM workers w WHERE id = ?"));
    q.addBindValue(workerId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    InsFacts facts;
    facts.hasMatricule = q.value(0).toInt() == 1;
    facts.attributes = q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    facts.identityChecked = q.value(2).toInt() > 0;
    if (Status st = checkInsStatus(status, facts); !st)
        return st;
    QSqlQuery u(s.db().sql());
    u.prepare(QStringLiteral("UPDATE workers SET ins_status = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"));
    u.addBindValue(status);
    u.addBindValue(s.nextHlc());
    u.addBindValue(s.account().id);
    u.addBindValue(workerId);
    return exec(u);
}

Result<QString> RecordStore::addWorkHistory(security::Session& s, const WorkHistoryEntry& e)
{
    if (Status st = checkWorkHistory(e); !st)
        return st.error();
    if (Status st = requireWorker(s, e.workerId); !st)
        return st.error();
    if (Status st = require(s, Action::Write, e.workerId, Part::Exposures); !st)
        return st.error();
    return insertRow(s, QStringLiteral("dmst_work_history"),
                     {QStringLiteral("worker_id"), QStringLiteral("employer"), QStringLiteral("post"), QStringLiteral("naf"),
                      QStringLiteral("start_date"), QStringLiteral("end_date")},
                     {e.workerId, e.employer.trimmed(), e.post.trimmed(), nullableText(e.naf), e.start.toString(Qt::ISODate), nullableDate(e.end)});
}

Status RecordStore::updateWorkHistory(security::Session& s, const WorkHistoryEntry& e)
{
    if (Status st = checkWorkHistory(e); !st)
        return st;
    if (Status st = requireWorker(s, e.workerId); !st)
        return st;
    if (Status st = require(s, Action::Write, e.workerId, Part::Exposures); !st)
        return st;
    QSqlQuery u(s.db().sql());
    u.prepare(QStringLiteral("UPDATE dmst_work_history SET employer = ?, post = ?, naf = ?, start_date = ?, end_date = ?, row_version = row_version + 1, "
                             "hlc = ?, updated_by = ? WHERE id = ? AND worker_id = ? AND deleted = 0"));
    u.addBindValue(e.employer.trimmed());
    u.addBindValue(e.post.trimmed());
    u.addBindValue(nullableText(e.naf));
    u.addBindValue(e.start.toString(Qt::ISODate));
    u.addBindValue(nullableDate(e.end));
    u.addBindValue(s.nextHlc());
    u.addBindValue(s.account().id);
    u.addBindValue(e.id);
    u.addBindValue(e.workerId);
    if (!u.exec())
        return sqlFailure(u);
    if (u.numRowsAffected() != 1)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This line is not in the work history")};
    return {};
}

Result<QList<WorkHistoryEntry>> RecordStore::workHistory(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Exposures); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, employer, post, naf, start_date, end_date FROM dmst_work_history WHERE worker_id = ? AND deleted = 0 "
                             "ORDER BY start_date DESC, id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<WorkHistoryEntry> out;
    while (q.next())
        out << WorkHistoryEntry{q.value(0).toString(), workerId, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                dateOf(q.value(4)), dateOf(q.value(5))};
    return out;
}

Result<QString> RecordStore::addExposure(security::Session& s, const Exposure& e)
{
    if (Status st = checkExposure(e); !st)
        return st.error();
    if (Status st = requireWorker(s, e.workerId); !st)
        return st.error();
    if (Status st = require(s, Action::Write, e.workerId, Part::Exposures); !st)
        return st.error();
    auto code = thesaurus::ThesaurusStore::find(s, QStringLiteral("exposure"), e.code);
    if (!code)
        return code.error();
    if (!code.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown exposure code: %1").arg(e.code)};
    const thesaurus::Code& c = *code.value();
    const QString factor = c.attributes.value(QStringLiteral("l4161_factor")).toString();
    const QString regime = retentionRegimeOf(c.flags, c.attributes.value(QStringLiteral("sir_risk")).toString());
    return insertRow(s, QStringLiteral("dmst_exposures"),
                     {QStringLiteral("worker_id"), QStringLiteral("work_history_id"), QStringLiteral("exposure_code"), QStringLiteral("l4161_factor"),
                      QStringLiteral("retention_regime"), QStringLiteral("intensity"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                      QStringLiteral("prevention"), QStringLiteral("source")},
                     {e.workerId, nullableText(e.workHistoryId), e.code, nullableText(factor), nullableText(regime), intensityCode(e.intensity),
                      e.start.toString(Qt::ISODate), nullableDate(e.end), e.prevention, exposureSourceCode(e.source)});
}

Status RecordStore::updateExposure(security::Session& s, const Exposure& e)
{
    if (Status st = checkExposure(e); !st)
        return st;
    if (Status st = requireWorker(s, e.workerId); !st)
        return st;
    if (Status st = require(s, Action::Write, e.workerId, Part::Exposures); !st)
        return st;
    auto code = thesaurus::ThesaurusStore::find(s, QStringLiteral("exposure"), e.code);
    if (!code)
        return code.error();
    if (!code.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown exposure code: %1").arg(e.code)};
    const thesaurus::Code& c = *code.value();
    QSqlQuery u(s.db().sql());
    u.prepare(QStringLiteral("UPDATE dmst_exposures SET exposure_code = ?, l4161_factor = ?, retention_regime = ?, intensity = ?, start_date = ?, "
                             "end_date = ?, prevention = ?, source = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE id = ? AND worker_id = ? AND deleted = 0"));
    u.addBindValue(e.code);
    u.addBindValue(nullableText(c.attributes.value(QStringLiteral("l4161_factor")).toString()));
    u.addBindValue(nullableText(retentionRegimeOf(c.flags, c.attributes.value(QStringLiteral("sir_risk")).toString())));
    u.addBindValue(intensityCode(e.intensity));
    u.addBindValue(e.start.toString(Qt::ISODate));
    u.addBindValue(nullableDate(e.end));
    u.addBindValue(e.prevention);
    u.addBindValue(exposureSourceCode(e.source));
    u.addBindValue(s.nextHlc());
    u.addBindValue(s.account().id);
    u.addBindValue(e.id);
    u.addBindValue(e.workerId);
    if (!u.exec())
        return sqlFailure(u);
    if (u.numRowsAffected() != 1)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This exposure is not in the record")};
    return {};
}

Result<QList<Exposure>> RecordStore::exposures(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Exposures); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.setForwardOnly(true);
    // The label from the thesaurus in force (or retired: a code used here is never deleted).
    q.prepare(QStringLiteral("SELECT e.id, e.work_history_id, e.exposure_code, coalesce(c.label_fr, ''), e.l4161_factor, e.retention_regime, "
                             "e.intensity, e.start_date, e.end_date, e.prevention, coalesce(f.label_fr, e.l4161_factor, ''), e.source FROM dmst_exposures e "
                             "LEFT JOIN code_systems cs ON cs.system = 'exposure' "
                             "LEFT JOIN codes c ON c.system_id = cs.id AND c.code = e.exposure_code "
                             "LEFT JOIN code_systems fs ON fs.system = 'l4161_factor' "
                             "LEFT JOIN codes f ON f.system_id = fs.id AND f.code = e.l4161_factor "
                             "WHERE e.worker_id = ? AND e.deleted = 0 ORDER BY e.start_date DESC, e.id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<Exposure> out;
    while (q.next()) {
        Exposure e;
        e.id = q.value(0).toString();
        e.workerId = workerId;
        e.workHistoryId = q.value(1).toString();
        e.code = q.value(2).toString();
        e.label = q.value(3).toString();
        e.l4161Factor = q.value(4).toString();
        e.retentionRegime = q.value(5).toString();
        e.intensity = intensityFromCode(q.value(6).toString()).value_or(Intensity::Unknown);
        e.start = dateOf(q.value(7));
        e.end = dateOf(q.value(8));
        e.prevention = q.value(9).toString();
        e.l4161Label = q.value(10).toString();
        e.source = exposureSourceFromCode(q.value(11).toString()).value_or(ExposureSource::Physician);
        out << e;
    }
    return out;
}

Result<QString> RecordStore::addCorrespondence(security::Session& s, const Correspondence& c)
{
    if (Status st = checkCorrespondence(c); !st)
        return st.error();
    if (Status st = requireWorker(s, c.workerId); !st)
        return st.error();
    if (Status st = require(s, Action::Write, c.workerId, Part::Correspondence); !st)
        return st.error();
    const bool pdf = !c.attachment.isEmpty();
    // The PDF stays in the (encrypted) database, never in a file beside it.
    QVariant bytes = pdf ? QVariant(c.attachment) : QVariant(QMetaType(QMetaType::QByteArray));
    return insertRow(s, QStringLiteral("dmst_correspondence"),
                     {QStringLiteral("worker_id"), QStringLiteral("direction"), QStringLiteral("correspondent"), QStringLiteral("dated"),
                      QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("recorded_by"), QStringLiteral("attachment_name"),
                      QStringLiteral("attachment_sha256"), QStringLiteral("attachment")},
                     {c.workerId, c.received ? QStringLiteral("received") : QStringLiteral("sent"), c.correspondent.trimmed(),
                      c.dated.toString(Qt::ISODate), c.subject.trimmed(), c.body, s.account().id,
                      pdf ? QVariant(c.attachmentName.isEmpty() ? QStringLiteral("courrier.pdf") : c.attachmentName) : nullText(),
                      pdf ? QVariant(QString::fromLatin1(QCryptographicHash::hash(c.attachment, QCryptographicHash::Sha256).toHex())) : nullText(),
                      bytes});
}

Result<QList<Correspondence>> RecordStore::correspondence(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Correspondence); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, direction, correspondent, dated, subject, body, coalesce(attachment_name, ''), attachment IS NOT NULL "
                             "FROM dmst_correspondence WHERE worker_id = ? AND deleted = 0 ORDER BY dated DESC, id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<Correspondence> out;
    while (q.next()) {
        Correspondence c{q.value(0).toString(), workerId, q.value(1).toString() == QLatin1String("received"), q.value(2).toString(),
                         dateOf(q.value(3)), q.value(4).toString(), q.value(5).toString()};
        c.attachmentName = q.value(6).toString();
        c.hasAttachment = q.value(7).toInt() == 1;
        out << c;
    }
    return out;
}

Result<QByteArray> RecordStore::correspondencePdf(security::Session& s, const QString& correspondenceId)
{
    QSqlQuery w(s.db().sql());
    w.prepare(QStringLiteral("SELECT worker_id FROM dmst_correspondence WHERE id = ? AND deleted = 0"));
    w.addBindValue(correspondenceId);
    if (!w.exec())
        return sqlFailure(w);
    if (!w.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown letter: %1").arg(correspondenceId)};
    const QString workerId = w.value(0).toString();
    w.finish();
    if (Status st = require(s, Action::Read, workerId, Part::Correspondence); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT attachment, coalesce(attachment_sha256, '') FROM dmst_correspondence WHERE id = ?"));
    q.addBindValue(correspondenceId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    if (q.value(0).isNull())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This letter has no attached PDF")};
    const QByteArray bytes = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != q.value(1).toString())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::dmst", "The attached PDF does not match its fingerprint: it was damaged")};
    return bytes;
}

Result<QString> RecordStore::recordRightsInformation(security::Session& s, const RightsInformation& i)
{
    if (!i.informedOn.isValid() || i.informedOn > s.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The date of the information is missing or in the future")};
    if (Status st = requireWorker(s, i.workerId); !st)
        return st.error();
    if (Status st = require(s, Action::Write, i.workerId, Part::Rights); !st)
        return st.error();
    return insertRow(s, QStringLiteral("dmst_rights_information"),
                     {QStringLiteral("worker_id"), QStringLiteral("informed_on"), QStringLiteral("means"), QStringLiteral("occasion"),
                      QStringLiteral("recorded_by")},
                     {i.workerId, i.informedOn.toString(Qt::ISODate), informationMeansCode(i.means),
                      i.atTransfer ? QStringLiteral("transfer") : QStringLiteral("creation"), s.account().id});
}

Result<QList<RightsInformation>> RecordStore::rightsInformation(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Rights); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT id, informed_on, means, occasion, recorded_by FROM dmst_rights_information "
                             "WHERE worker_id = ? AND deleted = 0 ORDER BY informed_on, id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<RightsInformation> out;
    while (q.next())
        out << RightsInformation{q.value(0).toString(), workerId, dateOf(q.value(1)),
                                 informationMeansFromCode(q.value(2).toString()).value_or(InformationMeans::Paper),
                                 q.value(3).toString() == QLatin1String("transfer"), q.value(4).toString()};
    return out;
}

Result<bool> RecordStore::rightsInformed(security::Session& s, const QString& workerId)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM dmst_rights_information WHERE worker_id = ? AND deleted = 0"));
    q.addBindValue(workerId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return q.value(0).toInt() > 0;
}

Result<QString> RecordStore::recordConsent(security::Session& s, const Consent& c)
{
    if (!c.givenOn.isValid() || c.givenOn > s.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The date is missing or in the future")};
    if (Status st = requireWorker(s, c.workerId); !st)
        return st.error();
    if (Status st = require(s, Action::Write, c.workerId, Part::Consents); !st)
        return st.error();
    storage::Transaction tx(s.db());
    if (!tx.active())
        return tx.beginError();
    QVariant oppositionId = nullText();
    if (c.kind == ConsentKind::OppositionTeam) {
        auto opp = insertRow(s, QStringLiteral("oppositions"),
                             {QStringLiteral("worker_id"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")},
                             {c.workerId, s.account().id, nowText(s)});
        if (!opp)
            return opp.error();
        oppositionId = opp.value();
    }
    auto id = insertRow(s, QStringLiteral("dmst_consents"),
                        {QStringLiteral("worker_id"), QStringLiteral("kind"), QStringLiteral("given_on"), QStringLiteral("opposition_id"),
                         QStringLiteral("recorded_by")},
                        {c.workerId, consentKindCode(c.kind), c.givenOn.toString(Qt::ISODate), oppositionId, s.account().id});
    if (!id)
        return id.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}

Status RecordStore::withdrawConsent(security::Session& s, const QString& consentId, const QDate& on)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT worker_id, opposition_id, withdrawn_on FROM dmst_consents WHERE id = ? AND deleted = 0"));
    q.addBindValue(consentId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown consent or opposition: %1").arg(consentId));
    const QString workerId = q.value(0).toString();
    const QString oppositionId = q.value(1).toString();
    if (!q.value(2).isNull())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Already withdrawn"));
    if (!on.isValid() || on > s.clock().today())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The date is missing or in the future"));
    // The worker's word is recorded by whoever may write part 7°; a physician, when he objected to the
    // others: they no longer reach the record at all.
    if (Status st = require(s, Action::Write, workerId, Part::Consents); !st)
        return st;
    storage::Transaction tx(s.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery u(s.db().sql());
    u.prepare(QStringLiteral("UPDATE dmst_consents SET withdrawn_on = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"));
    u.addBindValue(on.toString(Qt::ISODate));
    u.addBindValue(s.nextHlc());
    u.addBindValue(s.account().id);
    u.addBindValue(consentId);
    if (Status st = exec(u); !st)
        return st;
    if (!oppositionId.isEmpty()) {
        QSqlQuery o(s.db().sql());
        o.prepare(QStringLiteral("UPDATE oppositions SET withdrawn_at = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"));
        o.addBindValue(nowText(s));
        o.addBindValue(s.nextHlc());
        o.addBindValue(s.account().id);
        o.addBindValue(oppositionId);
        if (Status st = exec(o); !st)
            return st;
    }
    return tx.commit();
}

Result<QList<Consent>> RecordStore::consents(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Consents); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT id, kind, given_on, withdrawn_on, recorded_by FROM dmst_consents WHERE worker_id = ? AND deleted = 0 "
                             "ORDER BY given_on, id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<Consent> out;
    while (q.next())
        out << Consent{q.value(0).toString(), workerId, consentKindFromCode(q.value(1).toString()).value_or(ConsentKind::TelehealthConsent),
                       dateOf(q.value(2)), dateOf(q.value(3)), q.value(4).toString()};
    return out;
}

Result<QList<RecordStore::AccessEvent>> RecordStore::accessHistory(security::Session& s, const QString& workerId, int limit)
{
    if (Status st = require(s, Action::Read, workerId, Part::Identity); !st)
        return st.error();
    if (s.account().role != security::Role::Physician)
        return refused(s, QStringLiteral("read"), workerId, Part::Identity, QStringLiteral("access_history"),
                       QCoreApplication::translate("vigie::dmst", "Access refused: the record's access history is shown to the physician"));
    QSqlQuery q(s.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, account, role, action, part, outcome FROM _audit WHERE worker_id = ? ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(workerId);
    q.addBindValue(qBound(1, limit, 5000));
    if (!q.exec())
        return sqlFailure(q);
    QList<AccessEvent> out;
    while (q.next())
        out << AccessEvent{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(),
                           q.value(5).toString() == QLatin1String("denied")};
    return out;
}

} // namespace vigie::dmst
