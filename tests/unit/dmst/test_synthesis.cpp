// The record's synthesis (issue 18 item 3) through the stores and the access policy: the physician
// sees every section and every alert (SIR post, RQTH, opposition, pending access request, open PDP
// case); the delegated IPRP sees identity, posts and exposures and nothing of parts 3° to 7° — not a
// word of the conclusion — without a single refusal to audit; a nurse under the worker's opposition,
// or of another team, gets no synthesis and the refusal is audited. Correspondence keeps its PDF.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/ExportStore.h"
#include "dmst/RecordStore.h"
#include "dmst/Synthesis.h"
#include "pdp/PdpStore.h"


using namespace vigie;
using namespace vigie::dmst;

namespace {
const QString Marker = QStringLiteral("ZORGLUBIEN");

bool hasAlert(const RecordSynthesis& s, AlertKind kind)
{
    for (const SynthesisAlert& a : s.alerts)
        if (a.kind == kind)
            return true;
    return false;
}

// Everything the synthesis shows, as text, to look for a word in it.
QString allText(const RecordSynthesis& s)
{
    QStringList out;
    for (const SynthesisAlert& a : s.alerts)
        out << a.text;
    if (s.conclusions)
        for (const ConsultationSummary& c : *s.conclusions)
            out << c.conclusion;
    if (s.posts)
        for (const SynthesisPost& p : *s.posts)
            out << p.post << p.reason;
    if (s.exposures)
        for (const Exposure& e : *s.exposures)
            out << e.label;
    return out.join(QLatin1Char('\n'));
}

void fill(test::DmstDb& db)
{
    auto s = db.session(QStringLiteral("medecin"));
    REQUIRE(test::execSql(*s, QStringLiteral("UPDATE workers SET follow_up_flags = 'RQTH' WHERE id = ?"), {test::WorkerId}));
    Exposure current;
    current.workerId = test::WorkerId;
    current.code = QStringLiteral("CHIM.CMR.BENZENE");
    current.intensity = Intensity::High;
    current.start = QDate(2015, 9, 1);
    REQUIRE(RecordStore::addExposure(*s, current));
    Exposure past = current;
    past.code = QStringLiteral("PHYS.BRUIT");
    past.start = QDate(2010, 1, 1);
    past.end = QDate(2014, 12, 31);
    REQUIRE(RecordStore::addExposure(*s, past));
    REQUIRE(RecordStore::recordRightsInformation(*s, RightsInformation{{}, test::WorkerId, s->clock().today(), InformationMeans::Paper, false, {}}));
    Consultation c;
    c.workerId = test::WorkerId;
    c.establishmentId = QStringLiteral("est-a");
    c.kind = QStringLiteral("EMA_RENEWAL");
    c.visitDate = QDate(2026, 11, 20);
    c.arrival = QTime(8, 45);
    c.departure = QTime(9, 20);
    c.conclusion = QStringLiteral("Revoir dans six mois, tendinite %1.").arg(Marker);
    auto id = ConsultationStore::startDraft(*s, c);
    REQUIRE(id);
    REQUIRE(ConsultationStore::close(*s, id.value()));
    DocumentRequest att;
    att.kind = DocumentKind::Attestation;
    att.consultationId = id.value();
    auto doc = DocumentStore::draft(*s, att);
    REQUIRE(doc);
    REQUIRE(DocumentStore::sign(*s, doc.value()));
    REQUIRE(RecordStore::recordConsent(*s, Consent{{}, test::WorkerId, ConsentKind::OppositionDmp, QDate(2026, 10, 1), {}, {}}));
    REQUIRE(ExportStore::recordRequest(*s, test::WorkerId, QDate(2026, 11, 23)));
    REQUIRE(pdp::PdpStore::open(*s, test::WorkerId, pdp::Origin::Service, QDate(2026, 11, 2)));
}
} // namespace

TEST_CASE("the physician's synthesis holds every section and the alerts, current exposures first")
{
    test::DmstDb db;
    fill(db);
    auto s = db.session(QStringLiteral("medecin"));
    auto r = SynthesisStore::of(*s, test::WorkerId);
    REQUIRE(r);
    const RecordSynthesis& syn = r.value();
    REQUIRE(syn.identity);
    CHECK(syn.identity->insStatus == QStringLiteral("QUAL"));
    REQUIRE(syn.posts);
    REQUIRE(syn.posts->size() == 1);
    CHECK(syn.posts->first().post == QStringLiteral("Soudeuse"));
    CHECK(syn.posts->first().establishment == QStringLiteral("Atelier Nord"));
    CHECK(syn.posts->first().category == QStringLiteral("SIR"));
    REQUIRE(syn.exposures);
    REQUIRE(syn.exposures->size() == 2);
    CHECK(syn.exposures->at(0).code == QStringLiteral("CHIM.CMR.BENZENE")); // current first
    CHECK_FALSE(syn.exposures->at(0).end.isValid());
    CHECK(syn.exposures->at(1).end == QDate(2014, 12, 31));
    CHECK(syn.exposures->at(1).l4161Factor == QStringLiteral("NOISE")); // noise: an L4161-1 factor
    CHECK_FALSE(syn.exposures->at(1).l4161Label.isEmpty());
    REQUIRE(syn.due);
    CHECK_FALSE(syn.due->isEmpty()); // a SIR post: the EMA renewal and the intermediate visit
    for (const SynthesisDue& d : *syn.due)
        CHECK(d.latest.isValid());
    REQUIRE(syn.conclusions);
    REQUIRE(syn.conclusions->size() == 1);
    CHECK(syn.conclusions->first().conclusion.contains(Marker));
    REQUIRE(syn.documents);
    REQUIRE(syn.documents->size() == 1);
    CHECK(syn.documents->first().kind == DocumentKind::Attestation);
    REQUIRE(syn.pdp);
    REQUIRE(syn.pdp->has_value());
    CHECK((*syn.pdp)->opened == QDate(2026, 11, 2));
    CHECK(hasAlert(syn, AlertKind::Sir));
    CHECK(hasAlert(syn, AlertKind::Rqth));
    CHECK(hasAlert(syn, AlertKind::Opposition));
    CHECK(hasAlert(syn, AlertKind::AccessRequest));
    CHECK_FALSE(hasAlert(syn, AlertKind::Ins)); // qualified
    CHECK(syn.refusals.isEmpty());
}

TEST_CASE("a delegated IPRP's synthesis has parts 1° and 2° only, no word of the conclusion, and no refusal to audit")
{
    test::DmstDb db;
    fill(db);
    auto iprp = db.session(QStringLiteral("iprp"));
    auto r = SynthesisStore::of(*iprp, test::WorkerId);
    REQUIRE(r);
    const RecordSynthesis& syn = r.value();
    CHECK(syn.identity);
    CHECK(syn.posts);
    CHECK(syn.exposures);
    CHECK_FALSE(syn.conclusions);
    CHECK_FALSE(syn.documents);
    CHECK_FALSE(syn.due);
    CHECK_FALSE(syn.pdp);
    CHECK_FALSE(hasAlert(syn, AlertKind::Opposition));
    CHECK_FALSE(hasAlert(syn, AlertKind::AccessRequest));
    CHECK_FALSE(allText(syn).contains(Marker));
    CHECK(test::valueOf(*iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE account = 'iprp' AND outcome = 'denied'")).toInt() == 0);
    CHECK(test::auditRows(*iprp, QStringLiteral("allowed"), Part::Exposures, QStringLiteral("iprp")) > 0);

    // The nurse reads the health parts: she sees the conclusion and the documents.
    auto nurse = db.session(QStringLiteral("infirmier"));
    auto n = SynthesisStore::of(*nurse, test::WorkerId);
    REQUIRE(n);
    REQUIRE(n.value().conclusions);
    CHECK(n.value().conclusions->first().conclusion.contains(Marker));
    CHECK(n.value().documents);
}

TEST_CASE("no synthesis for a nurse the worker objected to, nor for another team's physician, and the refusals are audited")
{
    test::DmstDb db;
    fill(db);
    auto s = db.session(QStringLiteral("medecin"));
    REQUIRE(RecordStore::recordConsent(*s, Consent{{}, test::WorkerId, ConsentKind::OppositionTeam, QDate(2026, 11, 24), {}, {}}));
    auto nurse = db.session(QStringLiteral("infirmier"));
    auto refused = SynthesisStore::of(*nurse, test::WorkerId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK_FALSE(refused.error().message.contains(Marker));
    CHECK(test::auditRows(*nurse, QStringLiteral("denied"), Part::Identity, QStringLiteral("infirmier")) == 1);
    // The physician keeps the record, and sees the opposition among the alerts.
    auto own = SynthesisStore::of(*s, test::WorkerId);
    REQUIRE(own);
    CHECK(hasAlert(own.value(), AlertKind::Opposition));

    auto other = db.session(QStringLiteral("medecin2"));
    auto otherTeam = SynthesisStore::of(*other, test::WorkerId);
    REQUIRE_FALSE(otherTeam);
    CHECK(otherTeam.error().code == core::ErrorCode::Denied);
    CHECK(test::auditRows(*other, QStringLiteral("denied"), Part::Identity, QStringLiteral("medecin2")) == 1);
}

TEST_CASE("a letter keeps its PDF in the database with its fingerprint, and the IPRP is refused it, audited")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% lettre du cardiologue\n%%EOF\n");
    Correspondence c{{}, test::WorkerId, true, QStringLiteral("Dr Martin, cardiologue"), QDate(2026, 11, 3), QStringLiteral("Bilan d'effort"),
                     QStringLiteral("Epreuve d'effort normale.")};
    c.attachment = pdf;
    c.attachmentName = QStringLiteral("bilan.pdf");
    auto id = RecordStore::addCorrespondence(*s, c);
    REQUIRE(id);
    auto list = RecordStore::correspondence(*s, test::WorkerId);
    REQUIRE(list);
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().first().hasAttachment);
    CHECK(list.value().first().attachmentName == QStringLiteral("bilan.pdf"));
    CHECK(list.value().first().attachment.isEmpty()); // not read with the list
    auto back = RecordStore::correspondencePdf(*s, id.value());
    REQUIRE(back);
    CHECK(back.value() == pdf);

    Correspondence notPdf = c;
    notPdf.attachment = QByteArrayLiteral("MZ\x90\x00");
    notPdf.attachmentName = QStringLiteral("virus.exe");
    auto refusedFile = RecordStore::addCorrespondence(*s, notPdf);
    REQUIRE_FALSE(refusedFile);
    CHECK(refusedFile.error().code == core::ErrorCode::Invalid);

    auto iprp = db.session(QStringLiteral("iprp"));
    auto refused = RecordStore::correspondencePdf(*iprp, id.value());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::auditRows(*iprp, QStringLiteral("denied"), Part::Correspondence, QStringLiteral("iprp")) == 1);
}

TEST_CASE("the fixture's welder, SIR by her declared CMR exposure with an EMA in 2025, has no visit overdue")
{
    // Issue 18: the synthesis showed a "VIP overdue since 2015" for this worker because the fixture
    // gave her an SIR post without the exposure the rules read, and no visit since her hiring.
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    auto r = SynthesisStore::of(*s, test::WorkerId);
    REQUIRE(r);
    REQUIRE(r.value().due);
    QStringList due;
    for (const SynthesisDue& d : *r.value().due) {
        CHECK_FALSE(d.overdue);
        due << d.kind + u'@' + d.latest.toString(Qt::ISODate);
    }
    CHECK(due.join(u' ') == QStringLiteral("SIR_INTERMEDIATE@2027-06-10 EMA_RENEWAL@2029-06-10"));
}
