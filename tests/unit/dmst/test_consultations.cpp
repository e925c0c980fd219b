// Consultations (part 3°): autosaved drafts, closing (only once the worker was informed of his rights,
// R4624-45-6), immutability of closed entries in the store and in SQL, corrections that supersede,
// personal notes visible to their author only; the BMI and the plausibility checks.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/RecordStore.h"

using namespace vigie;
using namespace vigie::dmst;

namespace {
Consultation draftFor(security::Session& s)
{
    Consultation c;
    c.workerId = test::WorkerId;
    c.kind = QStringLiteral("EMA_RENEWAL");
    c.reason = QStringLiteral("Visite périodique SIR");
    c.visitDate = s.clock().today();
    c.arrival = QTime(9, 5);
    c.departure = QTime(9, 40);
    return c;
}

void informRights(security::Session& s)
{
    REQUIRE(RecordStore::recordRightsInformation(s, RightsInformation{{}, test::WorkerId, s.clock().today(), InformationMeans::Paper, false, {}}));
}
} // namespace

TEST_CASE("BMI from weight and height, with its class")
{
    struct Row {
        double kg;
        double cm;
        double bmi;
        const char* cls;
    };
    const Row rows[] = {{70, 175, 22.9, "normal"}, {50, 180, 15.4, "underweight"}, {85, 175, 27.8, "overweight"}, {110, 170, 38.1, "obesity"}};
    for (const Row& r : rows) {
        INFO(r.kg << " kg " << r.cm << " cm");
        const auto bmi = bodyMassIndex(r.kg, r.cm);
        REQUIRE(bmi);
        CHECK(*bmi == Approx(r.bmi));
    }
    CHECK_FALSE(bodyMassIndex(std::nullopt, 170.0));
    CHECK_FALSE(bodyMassIndex(70.0, std::nullopt));
}

TEST_CASE("implausible measures are refused with the value named")
{
    Consultation c;
    c.heightCm = 1750;
    auto st = checkMeasures(c);
    REQUIRE_FALSE(st);
    CHECK(st.error().message.contains(QStringLiteral("1750")));
    c = {};
    c.systolic = 80;
    c.diastolic = 120;
    CHECK_FALSE(checkMeasures(c));
    c = {};
    c.arrival = QTime(10, 0);
    c.departure = QTime(9, 0);
    CHECK_FALSE(checkMeasures(c));
    c = {};
    c.weightKg = 72.5;
    c.heightCm = 168;
    c.systolic = 128;
    c.diastolic = 82;
    CHECK(checkMeasures(c));
}

TEST_CASE("every autosave is kept, and the first visit cannot be closed before the rights information")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("infirmier"));
    Consultation c = draftFor(*s);
    c.kind = QStringLiteral("VIP");
    auto id = ConsultationStore::startDraft(*s, c);
    REQUIRE(id);
    c.id = id.value();
    for (const QString& word : {QStringLiteral("Douleurs"), QStringLiteral(" lombaires"), QStringLiteral(" depuis mars.")}) {
        c.interview += word;
        REQUIRE(ConsultationStore::saveDraft(*s, c));
    }
    c.weightKg = 72.5;
    c.heightCm = 168;
    REQUIRE(ConsultationStore::saveDraft(*s, c));
    auto loaded = ConsultationStore::load(*s, c.id);
    REQUIRE(loaded);
    CHECK(loaded.value().interview == QStringLiteral("Douleurs lombaires depuis mars."));
    CHECK(loaded.value().revision == 5);
    CHECK(ConsultationStore::openDraft(*s, test::WorkerId).valueOr({}) == c.id);

    c.conclusion = QStringLiteral("Pas de contre-indication.");
    REQUIRE(ConsultationStore::saveDraft(*s, c));
    auto refused = ConsultationStore::close(*s, c.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("R4624-45-6")));
    informRights(*s);
    REQUIRE(ConsultationStore::close(*s, c.id));
    CHECK(ConsultationStore::load(*s, c.id).value().closed);
}

TEST_CASE("a closed consultation cannot be changed, by the store or in SQL, only superseded by a correction")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    informRights(*s);
    Consultation c = draftFor(*s);
    c.id = ConsultationStore::startDraft(*s, c).value();
    c.conclusion = QStringLiteral("Apte.");
    c.systolic = 150;
    c.diastolic = 95;
    REQUIRE(ConsultationStore::saveDraft(*s, c));
    REQUIRE(ConsultationStore::close(*s, c.id));

    c.conclusion = QStringLiteral("Changed afterwards");
    auto st = ConsultationStore::saveDraft(*s, c);
    REQUIRE_FALSE(st);
    CHECK(st.error().code == core::ErrorCode::Invalid);
    CHECK_FALSE(ConsultationStore::close(*s, c.id));
    // Behind the application's back: the triggers refuse too.
    CHECK_FALSE(test::execSql(*s, QStringLiteral("UPDATE dmst_consultations SET conclusion = 'x' WHERE id = ?"), {c.id}));
    CHECK_FALSE(test::execSql(*s, QStringLiteral("UPDATE dmst_consultations SET status = 'draft' WHERE id = ?"), {c.id}));
    CHECK_FALSE(test::execSql(*s, QStringLiteral("DELETE FROM dmst_consultations WHERE id = ?"), {c.id}));
    CHECK(test::valueOf(*s, QStringLiteral("SELECT conclusion FROM dmst_consultations WHERE id = ?"), {c.id}).toString() == QStringLiteral("Apte."));

    auto correction = ConsultationStore::correct(*s, c.id);
    REQUIRE(correction);
    Consultation fixed = ConsultationStore::load(*s, correction.value()).value();
    CHECK(fixed.supersedes == c.id);
    CHECK_FALSE(fixed.closed);
    CHECK(fixed.systolic == 150);
    fixed.systolic = 135;
    fixed.diastolic = 85;
    REQUIRE(ConsultationStore::saveDraft(*s, fixed));
    REQUIRE(ConsultationStore::close(*s, fixed.id));
    CHECK(ConsultationStore::load(*s, c.id).value().supersededBy == fixed.id);
    CHECK(ConsultationStore::load(*s, c.id).value().systolic == 150); // the original stays as it was
    auto again = ConsultationStore::correct(*s, c.id);
    REQUIRE_FALSE(again); // correct the latest version, not the superseded one
    auto list = ConsultationStore::list(*s, test::WorkerId);
    REQUIRE(list);
    CHECK(list.value().size() == 2);
}

TEST_CASE("personal notes are seen by their author only and written by physicians only")
{
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    auto collab = db.session(QStringLiteral("collab"));
    auto nurse = db.session(QStringLiteral("infirmier"));
    REQUIRE(ConsultationStore::addPersonalNote(*medecin, test::WorkerId, {}, QStringLiteral("Impression : conflit avec le chef d'équipe")));
    REQUIRE(ConsultationStore::addPersonalNote(*collab, test::WorkerId, {}, QStringLiteral("Note du collaborateur")));
    CHECK(ConsultationStore::personalNotes(*medecin, test::WorkerId).value().size() == 1);
    CHECK(ConsultationStore::personalNotes(*medecin, test::WorkerId).value().first().body.startsWith(QStringLiteral("Impression")));
    CHECK(ConsultationStore::personalNotes(*collab, test::WorkerId).value().first().body == QStringLiteral("Note du collaborateur"));
    CHECK(ConsultationStore::personalNotes(*nurse, test::WorkerId).value().isEmpty());
    const qint64 before = test::auditRows(*nurse, QStringLiteral("denied"), 3, QStringLiteral("infirmier"));
    auto refused = ConsultationStore::addPersonalNote(*nurse, test::WorkerId, {}, QStringLiteral("x"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::auditRows(*nurse, QStringLiteral("denied"), 3, QStringLiteral("infirmier")) == before + 1);
}

TEST_CASE("INS status: qualified needs a recorded identity check and the INSi matricule")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("infirmier"));
    // wrk-2 has no matricule: RECUP and QUAL are refused, VALI needs a check first.
    CHECK_FALSE(RecordStore::setInsStatus(*s, test::OtherWorkerId, QStringLiteral("QUAL"))); // other team: refused anyway
    auto m = db.session(QStringLiteral("medecin"));
    REQUIRE(test::execSql(*m, QStringLiteral("UPDATE workers SET ins_status = 'RECUP' WHERE id = ?"), {test::WorkerId}));
    auto st = RecordStore::setInsStatus(*s, test::WorkerId, QStringLiteral("QUAL"));
    REQUIRE_FALSE(st);
    CHECK(st.error().message.contains(QStringLiteral("QUAL")));
    REQUIRE(RecordStore::recordIdentityCheck(*s, IdentityCheck{{}, test::WorkerId, IdentityDocument::IdCard, s->clock().today(), {}}));
    REQUIRE(RecordStore::setInsStatus(*s, test::WorkerId, QStringLiteral("QUAL")));
    CHECK(test::valueOf(*s, QStringLiteral("SELECT ins_status || ' ' || identity_doc_type FROM workers WHERE id = ?"), {test::WorkerId}).toString() ==
          QStringLiteral("QUAL id_card"));
    REQUIRE(test::execSql(*m, QStringLiteral("UPDATE workers SET ins_attributes = 'DOUT' WHERE id = ?"), {test::WorkerId}));
    CHECK_FALSE(RecordStore::setInsStatus(*s, test::WorkerId, QStringLiteral("VALI")));
    CHECK(RecordStore::setInsStatus(*s, test::WorkerId, QStringLiteral("PROV")));
}

TEST_CASE("exposures take their L4161-1 factor and retention regime from the thesaurus")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    Exposure e;
    e.workerId = test::WorkerId;
    e.code = QStringLiteral("CHIM.CMR.BENZENE");
    e.intensity = Intensity::High;
    e.start = QDate(1998, 1, 1);
    e.end = QDate(2004, 12, 31);
    REQUIRE(RecordStore::addExposure(*s, e));
    e.code = QStringLiteral("PHYS.RI.CAT_A");
    e.end = {};
    REQUIRE(RecordStore::addExposure(*s, e));
    e.code = QStringLiteral("NOPE.CODE");
    auto bad = RecordStore::addExposure(*s, e);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("NOPE.CODE")));
    auto list = RecordStore::exposures(*s, test::WorkerId);
    REQUIRE(list);
    REQUIRE(list.value().size() == 2);
    for (const Exposure& x : list.value()) {
        INFO(x.code.toStdString());
        if (x.code == QLatin1String("CHIM.CMR.BENZENE")) {
            CHECK(x.retentionRegime == QStringLiteral("R4412-55"));
            CHECK(x.l4161Factor == QStringLiteral("CHEMICAL_AGENTS"));
            CHECK(x.label == QStringLiteral("Benzène"));
        } else {
            CHECK(x.retentionRegime == QStringLiteral("R4451-83"));
        }
    }
}
