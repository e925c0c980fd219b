// Every part of the record × every role, through the stores (security-requirements.md §6.2, R4624-45-5):
// the expected rights are written out from the regulation's table, not read from AccessPolicy, and
// every refusal must leave a "denied" audit record on that part, for that account and worker.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"

using namespace vigie;
using namespace vigie::dmst;

namespace {

// R / W per part 1°..7° (security-requirements.md §6.2; IPRP and assistant through their delegation).
struct Expected {
    const char* login;
    const char* read;  // '1' allowed, '0' refused, one character per part
    const char* write;
};
const Expected Table[] = {
    {"medecin", "1111111", "1111111"},
    {"collab", "1111111", "1111111"},
    {"interne", "1111111", "1111111"},
    {"infirmier", "1111111", "1111111"},
    {"iprp", "1100000", "1100000"},
    {"asst", "1100010", "1100000"},  // 6°: read only (§6.2 "R (6°)")
    {"social", "0000000", "0000000"},
    {"planif", "0000000", "0000000"},
    {"directeur", "0000000", "0000000"},
    {"admin", "0000000", "0000000"},
    {"medecin2", "0000000", "0000000"}, // a physician of another team: team scope
};

core::Status readPart(security::Session& s, int part)
{
    switch (part) {
    case 1: { auto r = RecordStore::header(s, test::WorkerId); return r ? core::Status() : core::Status(r.error()); }
    case 2: { auto r = RecordStore::workHistory(s, test::WorkerId); return r ? core::Status() : core::Status(r.error()); }
    case 3: { auto r = ConsultationStore::list(s, test::WorkerId); return r ? core::Status() : core::Status(r.error()); }
    case 4: { auto r = RecordStore::correspondence(s, test::WorkerId); return r ? core::Status() : core::Status(r.error()); }
    case 5: { auto r = DocumentStore::list(s, test::WorkerId); return r ? core::Status() : core::Status(r.error()); }
    case 6: { auto r = RecordStore::rightsInformation(s, test::WorkerId); return r ? core::Status() : core::Status(r.error()); }
    case 7: { auto r = RecordStore::consents(s, test::WorkerId); return r ? core::Status() : core::Status(r.error()); }
    }
    return core::Status::fail(core::ErrorCode::Usage, QStringLiteral("part"));
}

core::Status writePart(security::Session& s, int part, const QString& consultationId)
{
    const QDate today = s.clock().today();
    switch (part) {
    case 1: {
        RecordHeader h;
        h.workerId = test::WorkerId;
        h.attendingDoctor = QStringLiteral("Dr Martin");
        return RecordStore::saveHeader(s, h);
    }
    case 2: {
        auto r = RecordStore::addWorkHistory(s, WorkHistoryEntry{{}, test::WorkerId, QStringLiteral("Chantiers Dupont"), QStringLiteral("Soudeur"),
                                                                 QStringLiteral("25.62A"), QDate(2001, 1, 1), QDate(2010, 6, 30)});
        return r ? core::Status() : core::Status(r.error());
    }
    case 3: {
        Consultation c;
        c.workerId = test::WorkerId;
        c.kind = QStringLiteral("VIP");
        c.visitDate = today;
        auto r = ConsultationStore::startDraft(s, c);
        return r ? core::Status() : core::Status(r.error());
    }
    case 4: {
        auto r = RecordStore::addCorrespondence(s, Correspondence{{}, test::WorkerId, true, QStringLiteral("Dr Martin"), today,
                                                                  QStringLiteral("Compte rendu"), QStringLiteral("…")});
        return r ? core::Status() : core::Status(r.error());
    }
    case 5: {
        DocumentRequest d;
        d.kind = DocumentKind::Attestation;
        d.consultationId = consultationId;
        auto r = DocumentStore::draft(s, d);
        return r ? core::Status() : core::Status(r.error());
    }
    case 6: {
        auto r = RecordStore::recordRightsInformation(s, RightsInformation{{}, test::WorkerId, today, InformationMeans::Paper, false, {}});
        return r ? core::Status() : core::Status(r.error());
    }
    case 7: {
        auto r = RecordStore::recordConsent(s, Consent{{}, test::WorkerId, ConsentKind::TelehealthConsent, today, {}, {}});
        return r ? core::Status() : core::Status(r.error());
    }
    }
    return core::Status::fail(core::ErrorCode::Usage, QStringLiteral("part"));
}

QString physiciansConsultation(test::DmstDb& db)
{
    auto s = db.session(QStringLiteral("medecin"));
    Consultation c;
    c.workerId = test::WorkerId;
    c.kind = QStringLiteral("VIP");
    c.visitDate = s->clock().today();
    return ConsultationStore::startDraft(*s, c).valueOr(QString());
}

} // namespace

TEST_CASE("every part of the record for every role, as the regulation's table says, refusals audited")
{
    for (const Expected& e : Table) {
        test::DmstDb db;
        const QString consultation = physiciansConsultation(db);
        REQUIRE_FALSE(consultation.isEmpty());
        const QString login = QString::fromLatin1(e.login);
        auto s = db.session(login);
        for (int part = 1; part <= 7; ++part) {
            for (const bool writing : {false, true}) {
                INFO(e.login << " part " << part << (writing ? " write" : " read"));
                const bool expected = (writing ? e.write : e.read)[part - 1] == '1';
                const qint64 deniedBefore = test::auditRows(*s, QStringLiteral("denied"), part, login);
                const qint64 allowedBefore = test::auditRows(*s, QStringLiteral("allowed"), part, login);
                const core::Status st = writing ? writePart(*s, part, consultation) : readPart(*s, part);
                CHECK(bool(st) == expected);
                if (expected) {
                    CHECK(test::auditRows(*s, QStringLiteral("allowed"), part, login) > allowedBefore);
                    CHECK(test::auditRows(*s, QStringLiteral("denied"), part, login) == deniedBefore);
                } else {
                    CHECK(st.error().code == core::ErrorCode::Denied);
                    CHECK(test::auditRows(*s, QStringLiteral("denied"), part, login) == deniedBefore + 1);
                }
            }
        }
    }
}

TEST_CASE("a recorded opposition shuts out everyone but the physician, and its withdrawal lets them back")
{
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    auto nurse = db.session(QStringLiteral("infirmier"));
    REQUIRE(RecordStore::consents(*nurse, test::WorkerId));
    auto opposition = RecordStore::recordConsent(*medecin, Consent{{}, test::WorkerId, ConsentKind::OppositionTeam, medecin->clock().today(), {}, {}});
    REQUIRE(opposition);
    for (int part = 1; part <= 7; ++part) {
        INFO("part " << part);
        const qint64 before = test::auditRows(*nurse, QStringLiteral("denied"), part, QStringLiteral("infirmier"));
        CHECK_FALSE(readPart(*nurse, part));
        CHECK(test::auditRows(*nurse, QStringLiteral("denied"), part, QStringLiteral("infirmier")) == before + 1);
        CHECK(readPart(*medecin, part));
    }
    CHECK(test::valueOf(*medecin, QStringLiteral("SELECT detail FROM _audit WHERE account = 'infirmier' ORDER BY seq DESC LIMIT 1"))
              .toString() == QStringLiteral("reason=opposition"));
    REQUIRE(RecordStore::withdrawConsent(*medecin, opposition.value(), medecin->clock().today()));
    CHECK(readPart(*nurse, 3));
}

TEST_CASE("a revoked delegation takes the IPRP out of parts 1 and 2 at the next request")
{
    test::DmstDb db;
    auto iprp = db.session(QStringLiteral("iprp"));
    REQUIRE(readPart(*iprp, 2));
    REQUIRE(test::execSql(*iprp, QStringLiteral("UPDATE delegations SET revoked_at = '2026-11-24T09:00:00Z' WHERE id = 'del-iprp'")));
    const core::Status st = readPart(*iprp, 2);
    REQUIRE_FALSE(st);
    CHECK(st.error().code == core::ErrorCode::Denied);
    CHECK(test::valueOf(*iprp, QStringLiteral("SELECT detail FROM _audit WHERE account = 'iprp' ORDER BY seq DESC LIMIT 1")).toString() ==
          QStringLiteral("reason=delegation"));
}

TEST_CASE("part 2° corrected in place: a work-history line and an exposure with its source, under the policy, audited")
{
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    WorkHistoryEntry line{{}, test::WorkerId, QStringLiteral("Forges du Nord"), QStringLiteral("Soudeur"), QStringLiteral("25.62A"),
                          QDate(2001, 3, 1), QDate(2009, 6, 30)};
    auto lineId = RecordStore::addWorkHistory(*medecin, line);
    REQUIRE(lineId);
    Exposure e;
    e.workerId = test::WorkerId;
    e.code = QStringLiteral("PHYS.BRUIT");
    e.intensity = Intensity::Medium;
    e.start = QDate(2001, 3, 1);
    auto exposureId = RecordStore::addExposure(*medecin, e);
    REQUIRE(exposureId);
    // A new exposure is the physician's observation unless said otherwise; the column says so.
    CHECK(test::valueOf(*medecin, QStringLiteral("SELECT source FROM dmst_exposures WHERE id = ?"), {exposureId.value()}).toString() ==
          QStringLiteral("physician"));

    // The physician corrects both: the past post's dates and NAF, the exposure's code, period and source.
    line.id = lineId.value();
    line.naf = QStringLiteral("25.50A");
    line.end = QDate(2010, 1, 31);
    REQUIRE(RecordStore::updateWorkHistory(*medecin, line));
    e.id = exposureId.value();
    e.code = QStringLiteral("CHIM.CMR.BENZENE");
    e.end = QDate(2009, 6, 30);
    e.source = ExposureSource::Company;
    REQUIRE(RecordStore::updateExposure(*medecin, e));
    auto history = RecordStore::workHistory(*medecin, test::WorkerId);
    REQUIRE(history);
    REQUIRE(history.value().size() == 1);
    CHECK(history.value().first().naf == QStringLiteral("25.50A"));
    CHECK(history.value().first().end == QDate(2010, 1, 31));
    auto exposures = RecordStore::exposures(*medecin, test::WorkerId);
    REQUIRE(exposures);
    REQUIRE(exposures.value().size() == 1);
    const Exposure& read = exposures.value().first();
    CHECK(read.code == QStringLiteral("CHIM.CMR.BENZENE"));
    CHECK(read.source == ExposureSource::Company);
    CHECK(read.end == QDate(2009, 6, 30));
    CHECK(read.retentionRegime == QStringLiteral("R4412-55")); // taken again from the new code (a CMR agent)
    CHECK(test::valueOf(*medecin, QStringLiteral("SELECT row_version FROM dmst_exposures WHERE id = ?"), {e.id}).toInt() == 2);
    CHECK(test::valueOf(*medecin, QStringLiteral("SELECT row_version FROM dmst_work_history WHERE id = ?"), {line.id}).toInt() == 2);

    // A wrong period, another worker's row, an unknown row: refused, nothing changed.
    Exposure backwards = e;
    backwards.end = QDate(2000, 1, 1);
    CHECK_FALSE(RecordStore::updateExposure(*medecin, backwards));
    Exposure elsewhere = e;
    elsewhere.workerId = test::OtherWorkerId;
    CHECK_FALSE(RecordStore::updateExposure(*medecin, elsewhere)); // team B: the policy refuses first
    WorkHistoryEntry unknown = line;
    unknown.id = QStringLiteral("no-such-line");
    auto missing = RecordStore::updateWorkHistory(*medecin, unknown);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == core::ErrorCode::Invalid);

    // Roles that may not write part 2°: refused and audited, the rows unchanged.
    for (const char* login : {"social", "planif", "medecin2"}) {
        auto other = db.session(QString::fromLatin1(login));
        const qint64 before = test::auditRows(*other, QStringLiteral("denied"), Part::Exposures, QString::fromLatin1(login));
        Exposure tampered = e;
        tampered.source = ExposureSource::Physician;
        auto refused = RecordStore::updateExposure(*other, tampered);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::Denied);
        WorkHistoryEntry changed = line;
        changed.post = QStringLiteral("Chaudronnier");
        auto refusedLine = RecordStore::updateWorkHistory(*other, changed);
        REQUIRE_FALSE(refusedLine);
        CHECK(refusedLine.error().code == core::ErrorCode::Denied);
        CHECK(test::auditRows(*other, QStringLiteral("denied"), Part::Exposures, QString::fromLatin1(login)) == before + 2);
    }
    CHECK(test::valueOf(*medecin, QStringLiteral("SELECT source FROM dmst_exposures WHERE id = ?"), {e.id}).toString() == QStringLiteral("company"));
    CHECK(test::valueOf(*medecin, QStringLiteral("SELECT post FROM dmst_work_history WHERE id = ?"), {line.id}).toString() == QStringLiteral("Soudeur"));
}
