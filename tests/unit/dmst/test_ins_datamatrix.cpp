// The INS DataMatrix (INS-05): its content as the ANS format sets it (header IS01, S1–S7, <GS> after
// a variable field shorter than its maximum), worked examples; then the symbol on a signed document,
// rendered from the PDF with pdftoppm and read back with dmtxread (Debian's dmtx-utils): the decoded
// bytes are the expected content, on a visit document and on the worker's copy of his record. A
// worker whose identity is not qualified gets no symbol.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/ExportStore.h"
#include "dmst/InsDataMatrix.h"
#include "dmst/RecordStore.h"
#include "dmst/print/DmstPrinter.h"
#include "membership/print/DataMatrix.h"

#include <QDir>
#include <QStandardPaths>

using namespace vigie;
using namespace vigie::dmst;

namespace {
QString tool(const char* name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

const InsTraits Marie{QStringLiteral("QUAL"), QStringLiteral("275035935012345"), QStringLiteral("1.2.250.1.213.1.4.8"),
                      QStringLiteral("Marie Anne"), QStringLiteral("Lefèvre"), QStringLiteral("F"), QDate(1975, 3, 12), QStringLiteral("59350")};
// The test worker wrk-1 of DmstTestSupport.h, encoded by hand from the format.
const QByteArray MarieContent = QByteArrayLiteral("IS010000000000000000000000"
                                                  "S1275035935012345"
                                                  "S21.2.250.1.213.1.4.8\x1d"
                                                  "S3MARIE ANNE\x1d"
                                                  "S4LEFEVRE\x1d"
                                                  "S5F"
                                                  "S612-03-1975"
                                                  "S759350");

// The closed consultation and the signed attestation of a worker; returns the PDF's path.
QString signedAttestationPdf(security::Session& s, const QString& workerId, const QString& dir)
{
    (void)RecordStore::recordRightsInformation(s, RightsInformation{{}, workerId, s.clock().today(), InformationMeans::Paper, false, {}});
    Consultation c;
    c.workerId = workerId;
    c.kind = QStringLiteral("VIP");
    c.visitDate = s.clock().today();
    c.arrival = QTime(9, 0);
    c.conclusion = QStringLiteral("Suivi habituel.");
    c.id = ConsultationStore::startDraft(s, c).value();
    REQUIRE(ConsultationStore::close(s, c.id));
    DocumentRequest r;
    r.kind = DocumentKind::Attestation;
    r.consultationId = c.id;
    auto doc = DocumentStore::draft(s, r);
    REQUIRE(doc);
    REQUIRE(DocumentStore::sign(s, doc.value()));
    auto printed = DocumentStore::forPrinting(s, doc.value());
    REQUIRE(printed);
    const QString pdf = dir + QStringLiteral("/attestation-") + workerId + QStringLiteral(".pdf");
    REQUIRE(printDocumentPdf(printed.value(), pdf));
    return pdf;
}

// What dmtxread finds on the PDF's first page rendered at `dpi`.
QByteArray decodedFromPdf(const QString& pdf, int dpi)
{
    const QString png = pdf + QStringLiteral("-page");
    const auto render = test::run(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                                     QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png});
    REQUIRE(render.exitCode == 0);
    // -N1: the first symbol found; -m: give up after 20 s on a page without any.
    const auto read = test::run(tool("dmtxread"), {QStringLiteral("-N1"), QStringLiteral("-m"), QStringLiteral("20000"), png + QStringLiteral(".png")});
    return read.out;
}
} // namespace

TEST_CASE("the INS DataMatrix content follows the ANS format: worked examples")
{
    auto content = insDataMatrixContent(Marie);
    REQUIRE(content);
    CHECK(content.value() == MarieContent);

    // A 20-character OID reaches its maximum: no <GS> after it. No birthplace: no S7.
    InsTraits t = Marie;
    t.oid = QStringLiteral("1.2.250.1.213.1.4.10");
    t.birthPlaceCog.clear();
    t.birthFirstNames = QStringLiteral("Zoé-Œlle d'Arc");
    t.birthName = QStringLiteral("Çelik  Müller");
    t.sex = QStringLiteral("M");
    content = insDataMatrixContent(t);
    REQUIRE(content);
    CHECK(content.value() == QByteArrayLiteral("IS010000000000000000000000S1275035935012345S21.2.250.1.213.1.4.10"
                                               "S3ZOE-OELLE D'ARC\x1dS4CELIK MULLER\x1dS5MS612-03-1975"));

    // Corsica: 2A/2B in the matricule and the birthplace.
    t = Marie;
    t.matricule = QStringLiteral("275032A00412345");
    t.birthPlaceCog = QStringLiteral("2A004");
    REQUIRE(insDataMatrixContent(t));
    CHECK(insDataMatrixContent(t).value().endsWith("S72A004"));

    // INS-05 and what the format cannot carry: refused, naming the value.
    struct Refusal {
        const char* what;
        InsTraits traits;
        const char* named;
    };
    InsTraits prov = Marie;
    prov.insStatus = QStringLiteral("VALI");
    InsTraits shortMatricule = Marie;
    shortMatricule.matricule = QStringLiteral("27503593501");
    InsTraits undetermined = Marie;
    undetermined.sex = QStringLiteral("I");
    InsTraits badOid = Marie;
    badOid.oid = QStringLiteral("NIR");
    InsTraits badName = Marie;
    badName.birthName = QStringLiteral("Lefèvre 2");
    for (const Refusal& r : {Refusal{"not qualified", prov, "VALI"}, Refusal{"short matricule", shortMatricule, "27503593501"},
                             Refusal{"undetermined sex", undetermined, "I"}, Refusal{"OID", badOid, "NIR"},
                             Refusal{"digits in a name", badName, "Lefèvre 2"}}) {
        INFO(r.what);
        auto refused = insDataMatrixContent(r.traits);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::Invalid);
        CHECK(refused.error().message.contains(QString::fromUtf8(r.named)));
    }
}

TEST_CASE("the symbol finder pattern has a solid left column and bottom row and alternating top row and right column")
{
    auto modules = membership::dataMatrixModules(MarieContent);
    REQUIRE(modules);
    const auto& m = modules.value();
    const int n = int(m.size());
    REQUIRE(n >= 10);
    REQUIRE(int(m.first().size()) == n); // square
    for (int i = 0; i < n; ++i) {
        CHECK(m[i][0]);          // left: solid
        CHECK(m[n - 1][i]);      // bottom: solid
        CHECK(m[0][i] == (i % 2 == 0));          // top: dark, light, dark...
        CHECK(m[i][n - 1] == ((n - 1 - i) % 2 == 0)); // right: from the bottom up
    }
}

TEST_CASE("the INS DataMatrix printed on a signed document decodes to the INS content and only for a qualified identity")
{
    REQUIRE_FALSE(tool("pdftoppm").isEmpty());
    REQUIRE_FALSE(tool("dmtxread").isEmpty());
    test::DmstDb db;
    QTemporaryDir dir;
    auto medecin = db.session(QStringLiteral("medecin"));
    const QString qualified = signedAttestationPdf(*medecin, test::WorkerId, dir.path());
    // As a scanner reads a printed page (200 dpi) and a lower-resolution one (100 dpi).
    CHECK(decodedFromPdf(qualified, 200) == MarieContent);
    CHECK(decodedFromPdf(qualified, 100) == MarieContent);
    const QString screens = qEnvironmentVariable("VIGIE_SCREEN_DIR");
    if (!screens.isEmpty()) {
        QDir().mkpath(screens);
        (void)test::run(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-singlefile"), qualified,
                                           screens + QStringLiteral("/dmst-attestation-ins-datamatrix")});
    }

    // The worker's copy of his record carries it too.
    auto snapshot = ExportStore::snapshot(*medecin, test::WorkerId);
    REQUIRE(snapshot);
    const QString copy = dir.filePath(QStringLiteral("record-copy.pdf"));
    REQUIRE(printRecordPdf(snapshot.value(), {QDate(2026, 11, 24), QDate(2026, 12, 2), medecin->clock().nowUtc()}, copy));
    CHECK(decodedFromPdf(copy, 150) == MarieContent);

    // wrk-2's identity is provisional (PROV): the INS is neither printed nor encoded.
    auto other = db.session(QStringLiteral("medecin2"));
    const QString provisional = signedAttestationPdf(*other, test::OtherWorkerId, dir.path());
    CHECK(decodedFromPdf(provisional, 100).isEmpty());
}
