// Issue 18, the legal defects first: documents meant for the employer keep the secret (an attestation
// and an avis d'aptitude carry no word of the consultation's conclusion nor of its health problems —
// a marker word read back with pdftotext), the avis are structured as the 2025 models (fit, fit with
// adjustments, unfit; the post; the next visit), an avis d'aptitude follows any visit of a SIR worker by
// the physician but a pre-return one; what a role may do is offered (RoleOffers) and the stores refuse
// and audit the rest (a nurse and the EMA, a nurse and an avis); autosave keeps every valid field when
// another is implausible; a draft document is deleted by its author only.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "Translations.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"
#include "dmst/RoleOffers.h"
#include "dmst/print/DmstPrinter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace vigie;
using namespace vigie::dmst;
using security::Role;

namespace {
const QString Marker = QStringLiteral("Zorglubite");

QString pdfText(const QString& pdf)
{
    const auto r = test::run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QString text = QString::fromUtf8(r.out);
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" "));
}

// A closed consultation whose conclusion and health problems hold the marker word.
QString secretConsultation(security::Session& s, const QString& kind, const QString& worker = test::WorkerId)
{
    (void)RecordStore::recordRightsInformation(s, RightsInformation{{}, worker, s.clock().today(), InformationMeans::Paper, false, {}});
    Consultation c;
    c.workerId = worker;
    c.kind = kind;
    c.visitDate = QDate(2026, 11, 20);
    c.arrival = QTime(8, 45);
    c.departure = QTime(9, 20);
    c.problems = Marker + QStringLiteral(" chronique du poignet");
    c.problemCodes = {QStringLiteral("MUSCULOSKELETAL")};
    c.conclusion = QStringLiteral("Syndrome ") + Marker + QStringLiteral(", revoir dans un an.");
    auto id = ConsultationStore::startDraft(s, c);
    REQUIRE(id);
    REQUIRE(ConsultationStore::close(s, id.value()));
    return id.value();
}

QString signedPdf(security::Session& s, const DocumentRequest& r, const QString& path)
{
    auto id = DocumentStore::draft(s, r);
    REQUIRE(id);
    REQUIRE(DocumentStore::sign(s, id.value()));
    auto printed = DocumentStore::forPrinting(s, id.value());
    REQUIRE(printed);
    REQUIRE(printDocumentPdf(printed.value(), path));
    return pdfText(path);
}
} // namespace

TEST_CASE("a signed attestation and an avis d'aptitude carry no word of the conclusion nor of the health problems")
{
    REQUIRE(i18n::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    auto nurse = db.session(QStringLiteral("infirmier"));
    QTemporaryDir dir;

    // The attestation, drafted by the nurse with the conclusion typed in (as the old screen pre-filled it).
    DocumentRequest att;
    att.kind = DocumentKind::Attestation;
    att.consultationId = secretConsultation(*nurse, QStringLiteral("VIP"));
    att.conclusion = QStringLiteral("Syndrome ") + Marker;
    att.healthIssues = Marker;
    att.nextVisitOn = QDate(2031, 11, 20);
    const QString attestation = signedPdf(*nurse, att, dir.filePath(QStringLiteral("attestation.pdf")));
    INFO(attestation.toStdString());
    CHECK(attestation.contains(QStringLiteral("Attestation de suivi")));
    CHECK(attestation.contains(QStringLiteral("LEFÈVRE")));
    CHECK(attestation.contains(QStringLiteral("20/11/2031")));
    CHECK_FALSE(attestation.contains(Marker, Qt::CaseInsensitive));
    CHECK_FALSE(attestation.contains(QStringLiteral("poignet")));
    CHECK_FALSE(attestation.contains(QStringLiteral("Syndrome")));
    // Not kept in the document either: the stored content has no conclusion.
    CHECK(DocumentStore::list(*nurse, test::WorkerId).value().first().content.conclusion.isEmpty());

    // The avis d'aptitude: the structured decision, the post, the next visit — no free text.
    DocumentRequest avis;
    avis.kind = DocumentKind::Aptitude;
    avis.consultationId = secretConsultation(*medecin, QStringLiteral("EMA_RENEWAL"));
    avis.conclusion = Marker;
    avis.fitness = QStringLiteral("fit_adjusted");
    avis.nextVisitOn = QDate(2028, 11, 20);
    const QString aptitude = signedPdf(*medecin, avis, dir.filePath(QStringLiteral("aptitude.pdf")));
    INFO(aptitude.toStdString());
    CHECK(aptitude.contains(QStringLiteral("Avis d'aptitude")));
    CHECK(aptitude.contains(QStringLiteral("☒ Apte au poste avec les mesures d'aménagement proposées (L4624-3)")));
    CHECK(aptitude.contains(QStringLiteral("☐ Apte au poste")));
    CHECK(aptitude.contains(QStringLiteral("Soudeuse")));
    CHECK(aptitude.contains(QStringLiteral("20/11/2028")));
    CHECK(aptitude.contains(QStringLiteral("conseil de prud'hommes")));
    CHECK_FALSE(aptitude.contains(Marker, Qt::CaseInsensitive));

    // The avis d'inaptitude states "unfit" for the post, with the R4624-42 mentions.
    DocumentRequest unfit;
    unfit.kind = DocumentKind::Inaptitude;
    unfit.consultationId = avis.consultationId;
    unfit.conclusion = QStringLiteral("Pourrait occuper un poste administratif.");
    unfit.postStudyOn = QDate(2026, 11, 10);
    unfit.conditionsStudyOn = QDate(2026, 11, 12);
    unfit.employerExchangeOn = QDate(2026, 11, 18);
    const QString inaptitude = signedPdf(*medecin, unfit, dir.filePath(QStringLiteral("inaptitude.pdf")));
    CHECK(inaptitude.contains(QStringLiteral("Inapte au poste : Soudeuse")));
    CHECK(inaptitude.contains(QStringLiteral("18/11/2026")));

    // The prevention order is the worker's: it prints its conclusion and the service's contact.
    DocumentRequest order;
    order.kind = DocumentKind::PreventionOrder;
    order.consultationId = avis.consultationId;
    order.risks = QStringLiteral("Fumées de soudage");
    order.advice = QStringLiteral("Masque à adduction d'air");
    order.conclusion = QStringLiteral("Revoir le médecin traitant pour le poignet.");
    const QString prevention = signedPdf(*medecin, order, dir.filePath(QStringLiteral("ordonnance.pdf")));
    CHECK(prevention.contains(QStringLiteral("Revoir le médecin traitant pour le poignet.")));
    CHECK(prevention.contains(QStringLiteral("Santé Travail Nord")));
    CHECK(prevention.contains(QStringLiteral("10 place du Théâtre")));
    CHECK(prevention.contains(QStringLiteral("03 20 00 00 00")));
}

TEST_CASE("an avis d'aptitude needs its decision, a SIR worker and a physician's visit, never after a pre-return visit")
{
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    auto nurse = db.session(QStringLiteral("infirmier"));
    DocumentRequest r;
    r.kind = DocumentKind::Aptitude;
    r.consultationId = secretConsultation(*medecin, QStringLiteral("RETURN"));
    auto noDecision = DocumentStore::draft(*medecin, r);
    REQUIRE(noDecision);
    auto refused = DocumentStore::sign(*medecin, noDecision.value());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Invalid);
    r.fitness = QStringLiteral("unfit"); // not a decision of an avis d'aptitude: dropped
    REQUIRE(DocumentStore::update(*medecin, noDecision.value(), r));
    CHECK_FALSE(DocumentStore::sign(*medecin, noDecision.value()));
    r.fitness = QStringLiteral("fit");
    REQUIRE(DocumentStore::update(*medecin, noDecision.value(), r));
    CHECK(DocumentStore::sign(*medecin, noDecision.value()));

    r.consultationId = secretConsultation(*medecin, QStringLiteral("PRE_RETURN"));
    CHECK_FALSE(DocumentStore::draft(*medecin, r));
    // A visit done by the nurse (the intermediate SIR visit is hers): no avis follows it.
    r.consultationId = secretConsultation(*nurse, QStringLiteral("SIR_INTERMEDIATE"));
    auto afterNurse = DocumentStore::draft(*medecin, r);
    REQUIRE_FALSE(afterNurse);
    CHECK(afterNurse.error().message.contains(QStringLiteral("R4623-14")));
    // A worker under simple follow-up (SI) gets an attestation, not an avis d'aptitude.
    auto other = db.session(QStringLiteral("medecin2"));
    r.consultationId = secretConsultation(*other, QStringLiteral("VIP"), test::OtherWorkerId);
    auto notSir = DocumentStore::draft(*other, r);
    REQUIRE_FALSE(notSir);
    CHECK(notSir.error().message.contains(QStringLiteral("SIR")));
}

TEST_CASE("what each role is offered: visit kinds and documents")
{
    struct Row {
        Role role;
        bool ema;
        bool vip;
        QList<DocumentKind> documents;
    };
    const QList<Row> rows{
        {Role::Physician, true, true, {DocumentKind::Attestation, DocumentKind::Aptitude, DocumentKind::Inaptitude, DocumentKind::Adjustment, DocumentKind::PreventionOrder}},
        {Role::CollaboratorPhysician, true, true, {DocumentKind::Attestation, DocumentKind::Aptitude, DocumentKind::Inaptitude, DocumentKind::Adjustment, DocumentKind::PreventionOrder}},
        {Role::Intern, true, true, {DocumentKind::Attestation, DocumentKind::Aptitude, DocumentKind::Inaptitude, DocumentKind::Adjustment, DocumentKind::PreventionOrder}},
        {Role::Nurse, false, true, {DocumentKind::Attestation, DocumentKind::PreventionOrder}},
        {Role::Iprp, false, false, {}},
        {Role::Asst, false, false, {}},
        {Role::Planner, false, false, {}},
        {Role::Admin, false, false, {}},
    };
    for (const Row& r : rows) {
        INFO(security::roleCode(r.role).toStdString());
        CHECK(mayPerformVisit(r.role, QStringLiteral("MT")) == r.ema);
        CHECK(mayPerformVisit(r.role, QStringLiteral("HEALTH_PRO")) == r.vip);
        CHECK(offeredDocuments(r.role) == r.documents);
    }
}

TEST_CASE("the store refuses a nurse's EMA and avis, and audits the refusals")
{
    test::DmstDb db;
    auto nurse = db.session(QStringLiteral("infirmier"));
    for (const char* kind : {"EMA", "EMA_RENEWAL", "POST_EXPOSURE"}) {
        INFO(kind);
        Consultation c;
        c.workerId = test::WorkerId;
        c.kind = QString::fromLatin1(kind);
        c.visitDate = nurse->clock().today();
        const qint64 before = test::auditRows(*nurse, QStringLiteral("denied"), Part::Health, QStringLiteral("infirmier"));
        auto id = ConsultationStore::startDraft(*nurse, c);
        REQUIRE_FALSE(id);
        CHECK(id.error().code == core::ErrorCode::Denied);
        CHECK(test::auditRows(*nurse, QStringLiteral("denied"), Part::Health, QStringLiteral("infirmier")) == before + 1);
    }
    // Nor by changing the kind of her VIP draft.
    Consultation c;
    c.workerId = test::WorkerId;
    c.kind = QStringLiteral("VIP");
    c.visitDate = nurse->clock().today();
    auto id = ConsultationStore::startDraft(*nurse, c);
    REQUIRE(id);
    c.id = id.value();
    c.kind = QStringLiteral("EMA");
    CHECK_FALSE(ConsultationStore::saveDraft(*nurse, c));
    CHECK(ConsultationStore::load(*nurse, c.id).value().kind == QStringLiteral("VIP"));
}

TEST_CASE("autosave keeps every valid field when another is implausible, the times are checked at closing")
{
    struct Row {
        const char* field;
        std::optional<double> weight;
        std::optional<int> systolic;
        std::optional<int> diastolic;
    };
    // Table of the checks by field.
    const QList<Row> rows{{"weight", 900.0, 120, 80}, {"systolic", 70.0, 300, 80}, {"diastolic", 70.0, 120, 20}, {"diastolic", 70.0, 120, 130}};
    for (const Row& r : rows) {
        Consultation c;
        c.weightKg = r.weight;
        c.systolic = r.systolic;
        c.diastolic = r.diastolic;
        const auto issues = fieldIssues(c);
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().field == QString::fromLatin1(r.field));
        Consultation kept = c;
        (void)dropImplausible(kept);
        CHECK(fieldIssues(kept).isEmpty());
    }

    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    (void)RecordStore::recordRightsInformation(*s, RightsInformation{{}, test::WorkerId, s->clock().today(), InformationMeans::Paper, false, {}});
    Consultation c;
    c.workerId = test::WorkerId;
    c.kind = QStringLiteral("EMA_RENEWAL");
    c.visitDate = s->clock().today();
    c.arrival = QTime(10, 0);
    c.id = ConsultationStore::startDraft(*s, c).value();
    c.interview = QStringLiteral("Céphalées matinales.");
    c.weightKg = 81;
    c.systolic = 300;
    c.diastolic = 95;
    c.problemCodes = {QStringLiteral("CARDIOVASCULAR"), QStringLiteral("HEARING")};
    REQUIRE(ConsultationStore::saveDraft(*s, c));
    Consultation saved = ConsultationStore::load(*s, c.id).value();
    CHECK(saved.interview == QStringLiteral("Céphalées matinales."));
    CHECK(saved.weightKg == 81);
    CHECK(saved.diastolic == 95);
    CHECK_FALSE(saved.systolic);
    CHECK(saved.problemCodes == QStringList{QStringLiteral("CARDIOVASCULAR"), QStringLiteral("HEARING")});

    // A departure before the arrival is kept in the draft, and refused at closing with its message.
    c.systolic = 150;
    c.departure = QTime(9, 30);
    c.conclusion = QStringLiteral("Revoir la tension.");
    REQUIRE(ConsultationStore::saveDraft(*s, c));
    CHECK(ConsultationStore::load(*s, c.id).value().departure == QTime(9, 30));
    auto closing = ConsultationStore::close(*s, c.id);
    REQUIRE_FALSE(closing);
    CHECK(closing.error().message.contains(QStringLiteral("09:30")));
    c.departure = QTime(10, 30);
    REQUIRE(ConsultationStore::saveDraft(*s, c));
    CHECK(ConsultationStore::close(*s, c.id));
}

TEST_CASE("a draft document is deleted by its author only, a signed one never")
{
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    auto collab = db.session(QStringLiteral("collab"));
    DocumentRequest r;
    r.kind = DocumentKind::Attestation;
    r.consultationId = secretConsultation(*medecin, QStringLiteral("VIP"));
    auto draft = DocumentStore::draft(*medecin, r);
    REQUIRE(draft);
    const qint64 before = test::auditRows(*collab, QStringLiteral("denied"), Part::Documents, QStringLiteral("collab"));
    auto refused = DocumentStore::removeDraft(*collab, draft.value());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::auditRows(*collab, QStringLiteral("denied"), Part::Documents, QStringLiteral("collab")) == before + 1);
    REQUIRE(DocumentStore::removeDraft(*medecin, draft.value()));
    CHECK(DocumentStore::list(*medecin, test::WorkerId).value().isEmpty());
    auto kept = DocumentStore::draft(*medecin, r);
    REQUIRE(DocumentStore::sign(*medecin, kept.value()));
    CHECK_FALSE(DocumentStore::removeDraft(*medecin, kept.value()));
    CHECK(DocumentStore::list(*medecin, test::WorkerId).value().size() == 1);
}
