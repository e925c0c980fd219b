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
