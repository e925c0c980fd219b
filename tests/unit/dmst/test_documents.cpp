// Visit documents (part 5°) as the 2025 models set them: who signs what (a nurse issues attestations,
// never an avis — refused and audited), immutability of signed documents (store and SQL) and
// corrections that supersede, the avis d'aptitude for SIR examinations only, the avis d'inaptitude's
// R4624-42 mentions with the company-sheet date (from companysheet_versions when that table exists)
// and the means and delay of appeal — read back from the PDF with pdftotext, in French. The first
// page of each PDF is rendered into VIGIE_SCREEN_DIR for a human to look at.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "Translations.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"
#include "dmst/print/DmstPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace vigie;
using namespace vigie::dmst;

namespace {

QString tool(const char* name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

void french()
{
    static const bool installed = i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    REQUIRE(installed);
}

QString pdfText(const QString& pdf)
{
    const auto r = test::run(tool("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QString text = QString::fromUtf8(r.out);
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0xFB01), QStringLiteral("fi")); // the layout's ligatures, as pdftotext reads them
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" "));
}

void keepScreen(const QString& pdf, const QString& name)
{
    const QString dir = qEnvironmentVariable("VIGIE_SCREEN_DIR");
    if (dir.isEmpty() || tool("pdftoppm").isEmpty())
        return;
    QDir().mkpath(dir);
    (void)test::run(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"), QStringLiteral("1"),
                                       QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, dir + QLatin1Char('/') + name});
}

// A closed consultation of `kind` on the worker, by the physician.
QString consultation(security::Session& s, const QString& kind)
{
    (void)RecordStore::recordRightsInformation(s, RightsInformation{{}, test::WorkerId, s.clock().today(), InformationMeans::Paper, false, {}});
    Consultation c;
    c.workerId = test::WorkerId;
    c.establishmentId = QStringLiteral("est-a");
    c.kind = kind;
    c.visitDate = QDate(2026, 11, 20);
    c.arrival = QTime(8, 45);
    c.departure = QTime(9, 20);
    c.conclusion = QStringLiteral("Voir document remis.");
    auto id = ConsultationStore::startDraft(s, c);
    REQUIRE(id);
    REQUIRE(ConsultationStore::close(s, id.value()));
    return id.value();
}

DocumentRequest inaptitude(const QString& consultationId)
{
    DocumentRequest r;
    r.kind = DocumentKind::Inaptitude;
    r.consultationId = consultationId;
    r.conclusion = QStringLiteral("Inapte au poste de soudeuse. Pourrait occuper un poste sans exposition aux fumées de soudage.");
    r.postStudyOn = QDate(2026, 11, 10);
    r.conditionsStudyOn = QDate(2026, 11, 12);
    r.employerExchangeOn = QDate(2026, 11, 18);
    return r;
}

} // namespace

TEST_CASE("a nurse issues an attestation but never drafts nor signs an avis, and the refusals are audited")
{
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    auto nurse = db.session(QStringLiteral("infirmier"));
    const QString visit = consultation(*medecin, QStringLiteral("EMA_RENEWAL"));

    DocumentRequest att;
    att.kind = DocumentKind::Attestation;
    att.consultationId = visit;
    auto attestation = DocumentStore::draft(*nurse, att);
    REQUIRE(attestation);
    REQUIRE(DocumentStore::sign(*nurse, attestation.value()));

    for (DocumentKind kind : {DocumentKind::Inaptitude, DocumentKind::Aptitude, DocumentKind::Adjustment}) {
        INFO(documentKindCode(kind).toStdString());
        DocumentRequest r = inaptitude(visit);
        r.kind = kind;
        r.fitness = QStringLiteral("fit");
        r.measureCodes = {QStringLiteral("RESTRICTION.LOADS")};
        const qint64 beforeDraft = test::auditRows(*nurse, QStringLiteral("denied"), 5, QStringLiteral("infirmier"));
        auto refusedDraft = DocumentStore::draft(*nurse, r); // not even drafted by the nurse
        REQUIRE_FALSE(refusedDraft);
        CHECK(refusedDraft.error().code == core::ErrorCode::Denied);
        CHECK(test::auditRows(*nurse, QStringLiteral("denied"), 5, QStringLiteral("infirmier")) == beforeDraft + 1);
        auto avis = DocumentStore::draft(*medecin, r);
        REQUIRE(avis);
        const qint64 before = test::auditRows(*nurse, QStringLiteral("denied"), 5, QStringLiteral("infirmier"));
        auto st = DocumentStore::sign(*nurse, avis.value()); // only the physician signs it
        REQUIRE_FALSE(st);
        CHECK(st.error().code == core::ErrorCode::Denied);
        CHECK(test::auditRows(*nurse, QStringLiteral("denied"), 5, QStringLiteral("infirmier")) == before + 1);
        CHECK(test::valueOf(*nurse, QStringLiteral("SELECT action FROM _audit ORDER BY seq DESC LIMIT 1")).toString() == QStringLiteral("sign"));
        CHECK(DocumentStore::load(*medecin, avis.value()).value().signedDocument == false);
        REQUIRE(DocumentStore::sign(*medecin, avis.value()));
    }
}

TEST_CASE("an avis d'aptitude follows any physician's visit of a SIR worker but a pre-return one, and no document a pre-return visit")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    DocumentRequest r;
    r.kind = DocumentKind::Aptitude;
    r.fitness = QStringLiteral("fit");
    for (const char* kind : {"EMA", "EMA_RENEWAL", "RETURN", "ON_REQUEST", "SIR_INTERMEDIATE", "VIP"}) {
        INFO(kind);
        r.consultationId = consultation(*s, QString::fromLatin1(kind));
        CHECK(DocumentStore::draft(*s, r));
    }
    r.consultationId = consultation(*s, QStringLiteral("PRE_RETURN"));
    CHECK_FALSE(DocumentStore::draft(*s, r));
    r.kind = DocumentKind::Attestation;
    r.consultationId = consultation(*s, QStringLiteral("PRE_RETURN"));
    CHECK_FALSE(DocumentStore::draft(*s, r));
}

TEST_CASE("a signed document is immutable, in the store and in SQL, and a correction supersedes it")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    auto id = DocumentStore::draft(*s, inaptitude(consultation(*s, QStringLiteral("RETURN"))));
    REQUIRE(id);
    REQUIRE(DocumentStore::sign(*s, id.value()));
    CHECK_FALSE(DocumentStore::sign(*s, id.value()));
    CHECK_FALSE(test::execSql(*s, QStringLiteral("UPDATE dmst_documents SET html = 'x' WHERE id = ?"), {id.value()}));
    CHECK_FALSE(test::execSql(*s, QStringLiteral("DELETE FROM dmst_documents WHERE id = ?"), {id.value()}));
    const QString signedHtml = DocumentStore::load(*s, id.value()).value().html;
    CHECK(signedHtml.contains(QStringLiteral("soudeuse")));

    DocumentRequest change = inaptitude({});
    change.conclusion = QStringLiteral("Inapte au poste de soudeuse ; apte à un poste administratif.");
    change.exemptHarmful = false;
    auto correction = DocumentStore::correct(*s, id.value(), change);
    REQUIRE(correction);
    REQUIRE(DocumentStore::sign(*s, correction.value()));
    const StoredDocument old = DocumentStore::load(*s, id.value()).value();
    CHECK(old.supersededBy == correction.value());
    CHECK(old.html == signedHtml);
    const StoredDocument fixed = DocumentStore::load(*s, correction.value()).value();
    CHECK(fixed.supersedes == id.value());
    CHECK(fixed.content.supersedesIssuedOn == old.issuedOn);
    CHECK_FALSE(DocumentStore::correct(*s, id.value(), change)); // correct the latest version only
}

TEST_CASE("the avis d'inaptitude carries the R4624-42 mentions and the appeal, read back from the PDF")
{
    french();
    REQUIRE_FALSE(tool("pdftotext").isEmpty());
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    const QString visit = consultation(*s, QStringLiteral("RETURN"));

    // Without the company-sheet module's table: "no company sheet on record".
    DocumentRequest r = inaptitude(visit);
    r.secondVisitOn = QDate(2026, 11, 27);
    r.secondArrival = QTime(14, 0);
    r.secondDeparture = QTime(14, 30);
    r.exemptNoRedeployment = true;
    auto first = DocumentStore::draft(*s, r);
    REQUIRE(first);
    REQUIRE(DocumentStore::sign(*s, first.value()));
    QTemporaryDir dir;
    const QString pdf1 = dir.filePath(QStringLiteral("inaptitude-1.pdf"));
    auto printed = DocumentStore::forPrinting(*s, first.value());
    REQUIRE(printed);
    REQUIRE(printDocumentPdf(printed.value(), pdf1));
    const QString text = pdfText(pdf1);
    INFO(text.toStdString());
    for (const char* mention : {"SERVICE DE PRÉVENTION ET DE SANTÉ AU TRAVAIL", "Avis d'inaptitude", "L4624-4", "Santé Travail Nord",
                                "Atelier Test", "Dr Claire Fontaine", "LEFÈVRE", "Marie Anne", "12/03/1975", "275035935012345", "Lille (59350)",
                                "Soudeuse", "20/11/2026", "08h45", "09h20", "Visite de reprise", "R4624-31", "10/11/2026", "12/11/2026",
                                "18/11/2026", "27/11/2026", "14h00", "aucune fiche d'entreprise", "reclassement", "conseil de prud'hommes",
                                "quinze jours", "L4624-7", "R4624-45"})
        CHECK(text.contains(QString::fromUtf8(mention)));
    keepScreen(pdf1, QStringLiteral("dmst-inaptitude"));
    CHECK(test::valueOf(*s, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'print' AND part = 5")).toInt() == 1);

    // Once the company-sheet module's table exists (after its merge), its latest validated version's date.
    REQUIRE(s->db().execScript(QStringLiteral(
        "CREATE TABLE companysheet_versions (id TEXT PRIMARY KEY, establishment_id TEXT, validated_at TEXT, deleted INTEGER NOT NULL DEFAULT 0);"
        "INSERT INTO companysheet_versions VALUES ('v1', 'est-a', '2024-05-02T10:00:00Z', 0), ('v2', 'est-a', '2025-09-15T08:30:00Z', 0),"
        "('v3', 'est-a', '2026-01-03T08:30:00Z', 1), ('v4', 'est-b', '2026-02-01T08:30:00Z', 0);")));
    auto second = DocumentStore::draft(*s, inaptitude(visit));
    REQUIRE(second);
    REQUIRE(DocumentStore::sign(*s, second.value()));
    const QString pdf2 = dir.filePath(QStringLiteral("inaptitude-2.pdf"));
    REQUIRE(printDocumentPdf(DocumentStore::forPrinting(*s, second.value()).value(), pdf2));
    const QString text2 = pdfText(pdf2);
    CHECK(text2.contains(QStringLiteral("15/09/2025")));
    CHECK_FALSE(text2.contains(QStringLiteral("aucune fiche d'entreprise")));
}

TEST_CASE("the attestation, the annexe 4 proposal and the prevention order print what their models need")
{
    french();
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    const QString visit = consultation(*s, QStringLiteral("EMA_RENEWAL"));
    QTemporaryDir dir;
    struct Case {
        DocumentKind kind;
        const char* screen;
        QStringList expected;
        QStringList absent;
    };
    DocumentRequest base;
    base.consultationId = visit;
    const QList<Case> cases{
        {DocumentKind::Attestation, "dmst-attestation",
         {QStringLiteral("Attestation de suivi"), QStringLiteral("L4624-1"), QStringLiteral("275035935012345"), QStringLiteral("Suivi individuel renforcé")},
         {QStringLiteral("prud'hommes")}},
        {DocumentKind::Adjustment, "dmst-annexe4",
         {QStringLiteral("Proposition de mesures"), QStringLiteral("L4624-3"), QStringLiteral("Limitation du port de charges"),
          QStringLiteral("conseil de prud'hommes")},
         {}},
        {DocumentKind::PreventionOrder, "dmst-ordonnance",
         {QStringLiteral("Ordonnance de prévention"), QStringLiteral("Fumées de soudage"), QStringLiteral("masque à adduction d'air"),
          QStringLiteral("03 20 00 00 00")},
         {}},
    };
    for (const Case& c : cases) {
        INFO(c.screen);
        DocumentRequest r = base;
        r.kind = c.kind;
        r.measureCodes = {QStringLiteral("RESTRICTION.LOADS"), QStringLiteral("TIME.BREAKS")};
        r.risks = QStringLiteral("Fumées de soudage, bruit, rayonnements optiques.");
        r.advice = QStringLiteral("Porter le masque à adduction d'air ; protections auditives moulées.");
        r.healthIssues = QStringLiteral("Asthme professionnel, surdité.");
        auto id = DocumentStore::draft(*s, r);
        REQUIRE(id);
        REQUIRE(DocumentStore::sign(*s, id.value()));
        const QString pdf = dir.filePath(QString::fromLatin1(c.screen) + QStringLiteral(".pdf"));
        REQUIRE(printDocumentPdf(DocumentStore::forPrinting(*s, id.value()).value(), pdf));
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        for (const QString& e : c.expected)
            CHECK(text.contains(e));
        for (const QString& a : c.absent)
            CHECK_FALSE(text.contains(a));
        keepScreen(pdf, QString::fromLatin1(c.screen));
    }
    // Kept in part 5°.
    CHECK(DocumentStore::list(*s, test::WorkerId).value().size() == 3);
}
