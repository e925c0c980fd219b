// Issue 13 item 1: an identity merge carries the whole person. The duplicate has a closed consultation,
// a signed document, an exposure and an appointment; after the merge the kept worker's record and FHIR
// export show them; the unmerge puts back exactly the previous state (every row of every table that
// refers to either worker, compared column by column). The list of references comes from the schema:
// a table added later that refers to a worker moves without anyone editing the merge, and no table of
// the schema refers to a worker without a foreign key (which the derivation would miss).
#include "../dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/ExportStore.h"
#include "dmst/RecordExport.h"
#include "dmst/RecordStore.h"
#include "workforce/IdentityStore.h"
#include "workforce/WorkerReferences.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

using namespace vigie;
using namespace vigie::dmst;

namespace {
const QString Kept = test::WorkerId;
const QString Duplicate = QStringLiteral("wrk-dup");
const QString Marker = QStringLiteral("MARQUEURDOUBLON");

// The same person entered twice in team A's establishment (an accent missing, another first name order).
void addDuplicate(security::Session& s)
{
    const QString script = QStringLiteral(
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, ins_status, birth_name_fold, hlc, updated_by) "
        "VALUES ('wrk-dup', 'Lefevre', 'Marie', 'Marie', '1975-03-12', 'F', 'PROV', 'lefevre', '0', 'test');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, follow_up, hlc, updated_by) VALUES "
        "('emp-dup', 'wrk-dup', 'est-a', 'Soudeuse', 'CDI', '2024-01-02', 'SIR', '0', 'test');"
        "INSERT INTO agenda_places(id, kind, name, hlc, updated_by) VALUES ('place-1', 'centre', 'Centre de Lille', '0', 'test');"
        "INSERT INTO appointments(id, worker_id, employment_id, establishment_id, kind, performer, due_by, basis, professional_id, place_id, "
        "day, start_time, end_time, booked_on, booked_by, hlc, updated_by) VALUES ('apt-dup', 'wrk-dup', 'emp-dup', 'est-a', 'EMA_RENEWAL', "
        "'MT', '2026-12-31', 'R4624-28', 'acc-medecin', 'place-1', '2026-12-03', '09:00', '09:30', '2026-11-20', 'acc-medecin', '0', 'test');");
    if (auto r = s.db().execScript(script); !r)
        FAIL(r.error().message.toStdString());
}

// Every row of every table that refers to one of `workers`, without the columns a move stamps.
QMap<QString, QString> footprint(security::Session& s, const QStringList& workers)
{
    QMap<QString, QString> out;
    auto refs = workforce::WorkerReferences::all(s.db().sql());
    REQUIRE(refs);
    for (const workforce::WorkerReference& r : refs.value()) {
        if (workforce::WorkerReferences::keptInPlace().contains(r.table + QLatin1Char('.') + r.column))
            continue; // the merge ledger records the merge and its undo: it is meant to change
        QSqlQuery q(s.db().sql());
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" IN ('%3') ORDER BY id").arg(r.table, r.column, workers.join(QStringLiteral("','")))));
        while (q.next()) {
            QStringList cells;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i)
                if (rec.fieldName(i) != QLatin1String("row_version") && rec.fieldName(i) != QLatin1String("hlc") &&
                    rec.fieldName(i) != QLatin1String("updated_by"))
                    cells << rec.fieldName(i) + QLatin1Char('=') + (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out.insert(r.key() + QLatin1Char(':') + q.value(QStringLiteral("id")).toString(), cells.join(QLatin1Char('|')));
        }
    }
    return out;
}

QString scalar(security::Session& s, const QString& sql)
{
    QSqlQuery q(s.db().sql());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error %1>").arg(q.lastError().text());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("a merge carries the duplicate's whole record to the kept worker, and the unmerge restores it exactly")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    addDuplicate(*s);

    Consultation c;
    c.workerId = Duplicate;
    c.kind = QStringLiteral("EMA_RENEWAL");
    c.visitDate = QDate(2026, 11, 20);
    c.arrival = QTime(8, 45);
    c.conclusion = QStringLiteral("Conclusion %1").arg(Marker);
    REQUIRE(RecordStore::recordRightsInformation(*s, RightsInformation{{}, Duplicate, QDate(2026, 11, 20), InformationMeans::Paper, false, {}}));
    c.id = ConsultationStore::startDraft(*s, c).value();
    REQUIRE(ConsultationStore::close(*s, c.id));
    DocumentRequest r;
    r.kind = DocumentKind::Aptitude;
    r.consultationId = c.id;
    r.fitness = QStringLiteral("fit");
    auto doc = DocumentStore::draft(*s, r);
    REQUIRE(doc);
    REQUIRE(DocumentStore::sign(*s, doc.value()));
    Exposure e;
    e.workerId = Duplicate;
    e.code = QStringLiteral("CHIM.AMIANTE");
    e.start = QDate(2024, 1, 2);
    auto exposure = RecordStore::addExposure(*s, e);
    REQUIRE(exposure);

    const QMap<QString, QString> before = footprint(*s, {Kept, Duplicate});
    const QString signedHtml = scalar(*s, QStringLiteral("SELECT html FROM dmst_documents WHERE id = '%1'").arg(doc.value()));

    auto merged = workforce::IdentityStore::merge(*s, Kept, Duplicate, QStringLiteral("Pièce d'identité vue : même personne"));
    REQUIRE(merged);

    // The kept worker's record holds everything now: consultations, documents, exposures, appointments.
    auto consultations = ConsultationStore::list(*s, Kept);
    REQUIRE(consultations);
    bool found = false;
    for (const auto& summary : consultations.value())
        found = found || summary.id == c.id;
    CHECK(found);
    auto docs = DocumentStore::list(*s, Kept);
    REQUIRE(docs);
    found = false;
    for (const auto& d : docs.value())
        found = found || d.id == doc.value();
    CHECK(found);
    auto exposures = RecordStore::exposures(*s, Kept);
    REQUIRE(exposures);
    found = false;
    for (const auto& x : exposures.value())
        found = found || x.id == exposure.value();
    CHECK(found);
    CHECK(scalar(*s, QStringLiteral("SELECT worker_id FROM appointments WHERE id = 'apt-dup'")) == Kept);
    CHECK(scalar(*s, QStringLiteral("SELECT worker_id FROM employments WHERE id = 'emp-dup'")) == Kept);
    CHECK(scalar(*s, QStringLiteral("SELECT count(*) FROM dmst_consultations WHERE worker_id = '%1'").arg(Duplicate)) == QStringLiteral("0"));
    // The signed document's content is unchanged byte for byte: only its link moved.
    CHECK(scalar(*s, QStringLiteral("SELECT html FROM dmst_documents WHERE id = '%1'").arg(doc.value())) == signedHtml);
    auto snap = ExportStore::snapshot(*s, Kept);
    REQUIRE(snap);
    const QByteArray fhir = QJsonDocument(fhirBundle(snap.value(), {})).toJson();
    CHECK(fhir.contains(Marker.toUtf8()));
    CHECK(fhir.contains("CHIM.AMIANTE"));
    CHECK(fhir.contains(signedHtml.toUtf8().toBase64())); // the signed document, as signed

    // A closed consultation still refuses any change outside a merge.
    QSqlQuery tamper(s->db().sql());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE dmst_consultations SET worker_id = '%1' WHERE id = '%2'").arg(Duplicate, c.id)));

    REQUIRE(workforce::IdentityStore::undoMerge(*s, merged.value()));
    CHECK(footprint(*s, {Kept, Duplicate}) == before);
    CHECK(scalar(*s, QStringLiteral("SELECT coalesce(merged_into, '') FROM workers WHERE id = '%1'").arg(Duplicate)).isEmpty());
    CHECK(scalar(*s, QStringLiteral("SELECT count(*) FROM _audit WHERE action IN ('merge', 'merge.undo') AND worker_id IN ('%1', '%2')").arg(Kept, Duplicate)) ==
          QStringLiteral("4"));
}

TEST_CASE("the part 1° record of both: the kept record's empty fields are filled, and emptied again by the unmerge")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    addDuplicate(*s);
    REQUIRE(s->db().execScript(QStringLiteral(
        "INSERT INTO dmst_records(id, worker_id, created_on, created_by, attending_doctor, hlc, updated_by) VALUES "
        "('rec-kept', 'wrk-1', '2020-01-01', 'acc-medecin', 'Dr Martin', '0', 'test'), "
        "('rec-dup', 'wrk-dup', '2024-01-02', 'acc-medecin', 'Dr Autre', '0', 'test');"
        "UPDATE dmst_records SET health_insurance = 'CPAM Lille' WHERE id = 'rec-dup';")));
    const QMap<QString, QString> before = footprint(*s, {Kept, Duplicate});
    auto merged = workforce::IdentityStore::merge(*s, Kept, Duplicate, QStringLiteral("même personne"));
    REQUIRE(merged);
    CHECK(scalar(*s, QStringLiteral("SELECT health_insurance FROM dmst_records WHERE id = 'rec-kept'")) == QStringLiteral("CPAM Lille"));
    CHECK(scalar(*s, QStringLiteral("SELECT attending_doctor FROM dmst_records WHERE id = 'rec-kept'")) == QStringLiteral("Dr Martin"));
    REQUIRE(workforce::IdentityStore::undoMerge(*s, merged.value()));
    CHECK(footprint(*s, {Kept, Duplicate}) == before);
}

TEST_CASE("a table added later that refers to a worker moves with a merge, with no change to the merge")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    addDuplicate(*s);
    REQUIRE(s->db().execScript(QStringLiteral(
        "CREATE TABLE later_part (id TEXT PRIMARY KEY, worker_id TEXT NOT NULL REFERENCES workers(id), note TEXT, "
        "row_version INTEGER NOT NULL DEFAULT 1, hlc TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);"
        "INSERT INTO later_part(id, worker_id, note, hlc, updated_by) VALUES ('lp-1', 'wrk-dup', 'x', '0', 'test');")));
    auto merged = workforce::IdentityStore::merge(*s, Kept, Duplicate, QStringLiteral("même personne"));
    REQUIRE(merged);
    CHECK(scalar(*s, QStringLiteral("SELECT worker_id FROM later_part WHERE id = 'lp-1'")) == Kept);
    auto record = workforce::IdentityStore::findMerge(*s, merged.value());
    REQUIRE(record);
    CHECK(record.value().moved.value(QStringLiteral("later_part")) == QStringList{QStringLiteral("lp-1")});
    REQUIRE(workforce::IdentityStore::undoMerge(*s, merged.value()));
    CHECK(scalar(*s, QStringLiteral("SELECT worker_id FROM later_part WHERE id = 'lp-1'")) == Duplicate);
}

TEST_CASE("no table of the schema refers to a worker without a foreign key, and every reference is moved or kept for a reason")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    auto refs = workforce::WorkerReferences::all(s->db().sql());
    REQUIRE(refs);
    QSet<QString> declared;
    for (const auto& r : refs.value())
        declared.insert(r.table + QLatin1Char('.') + r.column);
    // The medical record's tables and the appointments are among the derived references.
    for (const char* t : {"dmst_consultations.worker_id", "dmst_documents.worker_id", "dmst_exposures.worker_id", "dmst_work_history.worker_id",
                          "dmst_correspondence.worker_id", "dmst_consents.worker_id", "dmst_rights_information.worker_id",
                          "dmst_identity_checks.worker_id", "dmst_access_requests.worker_id", "dmst_personal_notes.worker_id",
                          "appointments.worker_id", "employments.worker_id", "visits.worker_id", "absences.worker_id",
                          "oppositions.worker_id", "visit_requests.worker_id"})
        CHECK(declared.contains(QString::fromLatin1(t)));
    for (auto it = workforce::WorkerReferences::keptInPlace().cbegin(); it != workforce::WorkerReferences::keptInPlace().cend(); ++it)
        CHECK(declared.contains(it.key())); // no stale exception
    // A column that names a worker but is no foreign key would escape the merge: none may exist.
    QSqlQuery q(s->db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' "
                                  "AND m.name NOT LIKE '\\_%' ESCAPE '\\' AND m.name NOT LIKE 'sqlite%' AND (p.name LIKE '%worker\\_id' ESCAPE '\\' OR p.name = 'worker')")));
    while (q.next()) {
        const QString column = q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
        INFO(column.toStdString());
        CHECK(declared.contains(column));
    }
}
