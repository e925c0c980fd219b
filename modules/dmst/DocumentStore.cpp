#include "dmst/DocumentStore.h"

#include "dmst/Record.h"
#include "dmst/RoleOffers.h"
#include "dmst/StoreSupport.h"
#include "security/Role.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vigie::dmst {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Action;
using namespace detail;

namespace {

Error unknown(const QString& id)
{
    return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown document: %1").arg(id)};
}

const QString DocumentColumns = QStringLiteral(
    "d.id, d.worker_id, d.consultation_id, d.kind, d.status, d.issued_on, d.fields, d.html, d.signed_at, d.signed_by, d.supersedes, "
    "(SELECT n.id FROM dmst_documents n WHERE n.supersedes = d.id AND n.deleted = 0)");

StoredDocument fromRow(const QSqlQuery& q)
{
    StoredDocument d;
    d.id = q.value(0).toString();
    d.workerId = q.value(1).toString();
    d.consultationId = q.value(2).toString();
    d.kind = documentKindFromCode(q.value(3).toString()).value_or(DocumentKind::Attestation);
    d.signedDocument = q.value(4).toString() == QLatin1String("signed");
    d.issuedOn = dateOf(q.value(5));
    d.content = DocumentContent::fromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
    d.html = q.value(7).toString();
    d.signedAt = q.value(8).toString();
    d.signedBy = q.value(9).toString();
    d.supersedes = q.value(10).toString();
    d.supersededBy = q.value(11).toString();
    return d;
}

Result<std::optional<StoredDocument>> readRow(security::Session& s, const QString& id)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT ") + DocumentColumns + QStringLiteral(" FROM dmst_documents d WHERE d.id = ? AND d.deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<StoredDocument>();
    return std::optional<StoredDocument>(fromRow(q));
}

QString insNature(const QString& oid)
{
    if (oid == QLatin1String("1.2.250.1.213.1.4.9"))
        return QStringLiteral("NIA");
    if (oid == QLatin1String("1.2.250.1.213.1.4.10") || oid == QLatin1String("1.2.250.1.213.1.4.11"))
        return QCoreApplication::translate("vigie::dmst", "NIR (test or demo identity)");
    return QStringLiteral("NIR");
}

// Everything the model prints that the record already knows.
Result<DocumentContent> gather(security::Session& s, const QString& consultationId, QString* workerId, QString* visitKind,
                               bool* byPhysician = nullptr)
{
    DocumentContent c;
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT c.worker_id, c.establishment_id, c.kind, c.visit_date, c.arrival_time, c.departure_time, "
                             "w.birth_name, w.birth_first_names, coalesce(w.used_name, ''), w.birth_date, w.sex, w.ins_status, "
                             "coalesce(w.ins_matricule, ''), coalesce(w.ins_oid, ''), coalesce(w.birth_place_cog, ''), "
                             "(SELECT a.role FROM accounts a WHERE a.id = c.professional_id) "
                             "FROM dmst_consultations c JOIN workers w ON w.id = c.worker_id WHERE c.id = ? AND c.deleted = 0"));
    q.addBindValue(consultationId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown consultation: %1").arg(consultationId)};
    *workerId = q.value(0).toString();
    QString establishmentId = q.value(1).toString();
    *visitKind = q.value(2).toString();
    c.visitKind = *visitKind;
    if (byPhysician)
        *byPhysician = performsAsPhysician(security::roleFromCode(q.value(15).toString()).value_or(security::Role::Nurse));
    c.visitDate = dateOf(q.value(3));
    c.arrival = timeOf(q.value(4));
    c.departure = timeOf(q.value(5));
    c.birthName = q.value(6).toString();
    c.birthFirstNames = q.value(7).toString();
    c.usedName = q.value(8).toString();
    c.birthDate = dateOf(q.value(9));
    c.sex = q.value(10).toString();
    // INS-05: the matricule goes out only with a qualified identity.
    if (q.value(11).toString() == QLatin1String("QUAL") && !q.value(12).toString().isEmpty()) {
        c.insMatricule = q.value(12).toString();
        c.insNature = insNature(q.value(13).toString());
        c.insOid = q.value(13).toString();
    }
    const QString cog = q.value(14).toString();
    c.birthPlace = cog;
    c.birthPlaceCog = cog;
    if (!cog.isEmpty()) {
        if (auto commune = thesaurus::ThesaurusStore::find(s, QStringLiteral("commune"), cog); commune && commune.value())
            c.birthPlace = QStringLiteral("%1 (%2)").arg(commune.value()->labelFr, cog);
    }
    if (auto kind = thesaurus::ThesaurusStore::find(s, QStringLiteral("visit_kind"), *visitKind); kind && kind.value()) {
        c.visitKindLabel = kind.value()->labelFr;
        c.visitBasis = kind.value()->attributes.value(QStringLiteral("basis")).toString();
    } else {
        c.visitKindLabel = *visitKind;
    }

    // The employer: the consultation's establishment, else the worker's current employment.
    QSqlQuery e(s.db().sql());
    e.prepare(QStringLiteral("SELECT establishment_id, post_title, follow_up, start_date FROM employments WHERE worker_id = ? AND deleted = 0 "
                             "AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date DESC"));
    e.addBindValue(*workerId);
    e.addBindValue(c.visitDate.toString(Qt::ISODate));
    if (!e.exec())
        return sqlFailure(e);
    while (e.next()) {
        if (establishmentId.isEmpty())
            establishmentId = e.value(0).toString();
        if (e.value(0).toString() != establishmentId)
            continue;
        if (c.posts.size() < 3 && !c.posts.contains(e.value(1).toString()))
            c.posts << e.value(1).toString();
        if (e.value(2).toString() == QLatin1String("SIR")) {
            const QDate since = dateOf(e.value(3));
            if (!c.sir || since < c.sirSince)
                c.sirSince = since;
            c.sir = true;
        }
    }
    if (!establishmentId.isEmpty()) {
        QSqlQuery est(s.db().sql());
        est.prepare(QStringLiteral("SELECT en.name, es.name, coalesce(es.address, ''), coalesce(es.postal_code, ''), coalesce(es.city, ''), es.siret, "
                                   "(SELECT a.display_name FROM team_establishments te JOIN teams t ON t.id = te.team_id AND t.deleted = 0 "
                                   " JOIN accounts a ON a.id = t.physician_id WHERE te.establishment_id = es.id AND te.deleted = 0 LIMIT 1) "
                                   "FROM establishments es JOIN enterprises en ON en.id = es.enterprise_id WHERE es.id = ?"));
        est.addBindValue(establishmentId);
        if (!est.exec())
            return sqlFailure(est);
        if (est.next()) {
            c.enterpriseName = est.value(0).toString();
            c.establishmentName = est.value(1).toString();
            c.establishmentAddress = QStringList{est.value(2).toString(), (est.value(3).toString() + QLatin1Char(' ') + est.value(4).toString()).trimmed()}
                                         .filter(QRegularExpression(QStringLiteral("\\S")))
                                         .join(QStringLiteral(", "));
            c.siret = est.value(5).toString();
            c.referentPhysician = est.value(6).toString();
        }
        auto sheet = DocumentStore::companySheetUpdatedOn(s, establishmentId);
        if (!sheet)
            return sheet.error();
        c.companySheetUpdatedOn = sheet.value();
    }
    // Individual measures in force: the first signed proposal (annexe 4) not superseded.
    QSqlQuery m(s.db().sql());
    m.prepare(QStringLiteral("SELECT min(issued_on) FROM dmst_documents d WHERE worker_id = ? AND kind = 'adjustment' AND status = 'signed' "
                             "AND deleted = 0"));
    m.addBindValue(*workerId);
    if (!m.exec() || !m.next())
        return sqlFailure(m);
    if (!m.value(0).isNull()) {
        c.measures = true;
        c.measuresSince = dateOf(m.value(0));
    }
    QSqlQuery svc(s.db().sql());
    if (!svc.exec(QStringLiteral("SELECT name, street, postal_code, city, phone, email FROM service_identity WHERE deleted = 0 LIMIT 1")))
        return sqlFailure(svc);
    if (svc.next()) {
        c.serviceName = svc.value(0).toString();
        c.serviceAddress = QStringLiteral("%1, %2 %3").arg(svc.value(1).toString(), svc.value(2).toString(), svc.value(3).toString());
        c.serviceContact = QStringList{svc.value(4).toString(), svc.value(5).toString()}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" · "));
    }
    return c;
}

// What the professional decided, on top of what the record gave; what `kind` must not carry is dropped.
Status applyRequest(security::Session& s, DocumentKind kind, const DocumentRequest& r, DocumentContent& c)
{
    c.conclusion = r.conclusion;
    c.fitness = r.fitness;
    c.nextVisitOn = r.nextVisitOn;
    c.postStudyOn = r.postStudyOn;
    c.conditionsStudyOn = r.conditionsStudyOn;
    c.employerExchangeOn = r.employerExchangeOn;
    c.secondVisitOn = r.secondVisitOn;
    c.secondArrival = r.secondArrival;
    c.secondDeparture = r.secondDeparture;
    c.exemptHarmful = r.exemptHarmful;
    c.exemptNoRedeployment = r.exemptNoRedeployment;
    c.risks = r.risks;
    c.advice = r.advice;
    c.healthIssues = r.healthIssues;
    c.contact = r.contact;
    c.measureLabels.clear();
    for (const QString& code : r.measureCodes) {
        auto found = thesaurus::ThesaurusStore::find(s, QStringLiteral("adjustment"), code);
        if (!found)
            return found.error();
        if (!found.value())
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown adjustment measure: %1").arg(code));
        c.measureLabels << found.value()->labelFr;
    }
    c = withoutUndueContent(kind, c);
    return {};
}

Result<QString> insertDraft(security::Session& s, const QString& workerId, const QString& consultationId, DocumentKind kind,
                            const DocumentContent& content, const QString& supersedes)
{
    const QString id = s.newId();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("INSERT INTO dmst_documents(id, worker_id, consultation_id, kind, issued_on, fields, supersedes, hlc, updated_by, "
                             "drafted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(workerId);
    q.addBindValue(nullableText(consultationId));
    q.addBindValue(documentKindCode(kind));
    q.addBindValue(s.clock().today().toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(nullableText(supersedes));
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(s.account().id);
    if (!q.exec())
        return sqlFailure(q);
    return id;
}

} // namespace

Result<QDate> DocumentStore::companySheetUpdatedOn(security::Session& s, const QString& establishmentId)
{
    QSqlQuery t(s.db().sql());
    if (!t.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'companysheet_versions'")) || !t.next())
        return sqlFailure(t);
    if (t.value(0).toInt() == 0)
        return QDate();
    // The contract with the company-sheet module (issue of the fiche d'entreprise).
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT max(validated_at) FROM companysheet_versions WHERE establishment_id = ? AND deleted = 0"));
    q.addBindValue(establishmentId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
}

Result<QString> DocumentStore::draft(security::Session& s, const DocumentRequest& r)
{
    QString workerId;
    QString visitKind;
    bool byPhysician = false;
    auto content = gather(s, r.consultationId, &workerId, &visitKind, &byPhysician);
    if (!content)
        return content.error();
    // An avis or a proposal is not even drafted by a role that may not sign it (a nurse): refused and
    // audited by the policy, as the screens never offer it.
    if (Status st = require(s, signingAction(r.kind), workerId, Part::Documents); !st)
        return st.error();
    if (Status st = checkIssuable(r.kind, visitKind, content.value().sir, byPhysician); !st)
        return st.error();
    if (Status st = applyRequest(s, r.kind, r, content.value()); !st)
        return st.error();
    return insertDraft(s, workerId, r.consultationId, r.kind, content.value(), {});
}

Status DocumentStore::update(security::Session& s, const QString& id, const DocumentRequest& changes)
{
    auto row = readRow(s, id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(id);
    StoredDocument d = *row.value();
    if (Status st = require(s, Action::Write, d.workerId, Part::Documents); !st)
        return st;
    if (d.signedDocument)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This document is already signed: issue a correction"));
    if (Status st = applyRequest(s, d.kind, changes, d.content); !st)
        return st;
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("UPDATE dmst_documents SET fields = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE id = ? AND status = 'draft'"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(d.content.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(id);
    return exec(q);
}

Status DocumentStore::sign(security::Session& s, const QString& id)
{
    auto row = readRow(s, id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(id);
    StoredDocument d = *row.value();
    // The policy decides who signs what: Sign (avis, proposals) is the physician's; a nurse is
    // refused here, and the refusal is audited by PolicyStore.
    if (Status st = require(s, signingAction(d.kind), d.workerId, Part::Documents); !st)
        return st;
    if (d.signedDocument)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This document is already signed: issue a correction"));
    if (Status st = checkComplete(d.kind, d.content); !st)
        return st;
    d.content.signerName = s.account().displayName;
    d.content.signerTitle = security::roleTitle(s.account().role);
    d.content.issuedOn = s.clock().today();
    const membership::PrintableDocument printed = printable(d.kind, d.content, id);
    // The signature and its audit record are one transaction; a signature that changed no row
    // (signed meanwhile) is an error, never a silent success (issue 13 item 5).
    storage::Transaction tx(s.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("UPDATE dmst_documents SET status = 'signed', issued_on = ?, fields = ?, html = ?, signed_at = ?, signed_by = ?, "
                             "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ? AND status = 'draft'"));
    q.addBindValue(d.content.issuedOn.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(d.content.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(printed.html);
    q.addBindValue(nowText(s));
    q.addBindValue(s.account().id);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(id);
    if (Status st = exec(q); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This document is already signed: issue a correction"));
    if (Status st = audited(s, QStringLiteral("sign"), d.workerId, Part::Documents, QStringLiteral("document=%1").arg(id)); !st)
        return st;
    return tx.commit();
}

Result<QString> DocumentStore::correct(security::Session& s, const QString& signedId, const DocumentRequest& changes)
{
    auto row = readRow(s, signedId);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(signedId);
    const StoredDocument& old = *row.value();
    if (Status st = require(s, Action::Write, old.workerId, Part::Documents); !st)
        return st.error();
    if (!old.signedDocument)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "A draft is edited, not corrected")};
    if (!old.supersededBy.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This document was already corrected: correct the latest version")};
    DocumentContent content = old.content;
    if (Status st = applyRequest(s, old.kind, changes, content); !st)
        return st.error();
    content.supersedesIssuedOn = old.issuedOn;
    content.signerName.clear();
    content.signerTitle.clear();
    auto id = insertDraft(s, old.workerId, old.consultationId, old.kind, content, signedId);
    if (id)
        if (Status a = audited(s, QStringLiteral("correct"), old.workerId, Part::Documents, QStringLiteral("document=%1").arg(signedId)); !a)
            return a.error();
    return id;
}

Status DocumentStore::removeDraft(security::Session& s, const QString& id)
{
    auto row = readRow(s, id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(id);
    const StoredDocument& d = *row.value();
    if (Status st = require(s, Action::Write, d.workerId, Part::Documents); !st)
        return st;
    if (d.signedDocument)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "A signed document is never deleted: correct it"));
    QSqlQuery author(s.db().sql());
    author.prepare(QStringLiteral("SELECT coalesce(drafted_by, updated_by) FROM dmst_documents WHERE id = ?"));
    author.addBindValue(id);
    if (!author.exec() || !author.next())
        return sqlFailure(author);
    // The author: who drafted it (migration 0040; an older draft: its last writer).
    if (author.value(0).toString() != s.account().id)
        return refused(s, QStringLiteral("delete"), d.workerId, Part::Documents, QStringLiteral("not the author"),
                       QCoreApplication::translate("vigie::dmst", "Only the author of a draft may delete it"));
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("UPDATE dmst_documents SET deleted = 1, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE id = ? AND status = 'draft'"));
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(id);
    if (Status st = exec(q); !st)
        return st;
    return audited(s, QStringLiteral("delete"), d.workerId, Part::Documents, QStringLiteral("document=%1").arg(id));
}

Result<StoredDocument> DocumentStore::load(security::Session& s, const QString& id)
{
    auto row = readRow(s, id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(id);
    if (Status st = require(s, Action::Read, row.value()->workerId, Part::Documents); !st)
        return st.error();
    return *row.value();
}

Result<QList<StoredDocument>> DocumentStore::list(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Documents); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + DocumentColumns +
              QStringLiteral(" FROM dmst_documents d WHERE d.worker_id = ? AND d.deleted = 0 ORDER BY d.issued_on DESC, d.id DESC"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<StoredDocument> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<membership::PrintableDocument> DocumentStore::forPrinting(security::Session& s, const QString& id)
{
    auto row = readRow(s, id);
    if (!row)
        return row.error();
    if (!row.value())
        return unknown(id);
    const StoredDocument& d = *row.value();
    if (Status st = require(s, signingAction(d.kind), d.workerId, Part::Documents); !st)
        return st.error();
    if (!d.signedDocument)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Only a signed document is printed")};
    membership::PrintableDocument printed = printable(d.kind, d.content, d.id);
    printed.html = d.html; // exactly the text signed
    if (Status st = audited(s, QStringLiteral("print"), d.workerId, Part::Documents, QStringLiteral("document=%1").arg(d.id)); !st)
        return st.error();
    return printed;
}

} // namespace vigie::dmst
