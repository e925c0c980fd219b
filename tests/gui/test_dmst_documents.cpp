// The record page's documents (part 5°) and access requests, offscreen, as the professionals use them
// with the keyboard: the physician drafts an avis d'aptitude (Ctrl+D, pre-filled from the
// consultation), saves it (Ctrl+S), previews it (Enter), signs it (Ctrl+Shift+S), saves it as a PDF
// through the save dialog (Ctrl+Shift+P; the test answers the dialog) and corrects it (Ctrl+R); a
// nurse's signature of an avis is refused with the message on screen and audited, while she signs an
// attestation; the physician records access requests (Ctrl+Shift+R) whose due date and state show —
// overdue in red and in words — and fulfils one as FHIR (Ctrl+Shift+J). Screens and the PDF's first
// page are saved into VIGIE_SCREEN_DIR for a human to look at.
#include "../unit/dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "Translations.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"
#include "dmst/ui/AccessRequestsPanel.h"
#include "dmst/ui/DocumentEditor.h"
#include "dmst/ui/DocumentsPanel.h"
#include "dmst/ui/RecordPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace vigie;
using namespace vigie::dmst;

namespace {
QString screenDir()
{
    QString dir = qEnvironmentVariable("VIGIE_SCREEN_DIR");
#ifdef VIGIE_SCREEN_DIR_DEFAULT
    if (dir.isEmpty())
        dir = QStringLiteral(VIGIE_SCREEN_DIR_DEFAULT);
#endif
    return dir;
}

void keep(QWidget* w, const QString& name)
{
    const QString dir = screenDir();
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // pending layout requests: the screen as the user sees it
    CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QString tool(const char* name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

// A closed consultation of `kind` for the test worker, by the physician (rights information first).
QString closedConsultation(security::Session& s, const QString& kind, const QString& conclusion)
{
    (void)RecordStore::recordRightsInformation(s, RightsInformation{{}, test::WorkerId, s.clock().today(), InformationMeans::Paper, false, {}});
    Consultation c;
    c.workerId = test::WorkerId;
    c.establishmentId = QStringLiteral("est-a");
    c.kind = kind;
    c.visitDate = s.clock().today();
    c.arrival = QTime(8, 30);
    c.departure = QTime(9, 0);
    c.conclusion = conclusion;
    auto id = ConsultationStore::startDraft(s, c);
    REQUIRE(id);
    REQUIRE(ConsultationStore::close(s, id.value()));
    return id.value();
}

QString cell(QTableWidget* t, int row, int col) { return t->item(row, col) ? t->item(row, col)->text() : QString(); }

// The editor the shortcut opened, once the event loop showed it.
DocumentEditor* openedEditor(RecordPage& page)
{
    QTest::qWait(50);
    return page.documents()->editor();
}

// A dialog closed: the window manager gives the focus back to the page (the offscreen platform needs
// to be told), so that the page's shortcuts reach it again.
void backToPage(RecordPage& page)
{
    QTest::qWait(50);
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
}
} // namespace

TEST_CASE("a physician drafts then signs then saves as PDF and corrects an avis d'aptitude with the keyboard")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    closedConsultation(*session, QStringLiteral("EMA"), QStringLiteral("Apte au poste de soudeuse, port du masque FFP3."));
    RecordPage page(*session);
    QStringList questions;
    page.setConfirmer([&questions](const QString& q) {
        questions << q;
        return true;
    });
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openWorker(test::WorkerId));
    QTest::keyClick(&page, Qt::Key_3, Qt::AltModifier);
    CHECK(page.tabs()->currentWidget() == page.documents());

    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    DocumentEditor* editor = openedEditor(page);
    REQUIRE(editor);
    editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(QStringLiteral("aptitude")));
    // An avis d'aptitude goes to the employer: no free text, the structured decision and the next visit.
    CHECK_FALSE(editor->conclusionEdit()->isVisible());
    REQUIRE(editor->fitnessBox()->isVisible());
    editor->fitnessBox()->setFocus();
    QTest::keyClick(editor->fitnessBox(), Qt::Key_Down);
    CHECK(editor->fitnessBox()->currentData().toString() == QStringLiteral("fit_adjusted"));
    QTest::keyClicks(editor->nextVisitEdit(), QStringLiteral("24/11/2028"));
    keep(editor, QStringLiteral("dmst-document-editor"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    backToPage(page);
    CHECK_FALSE(page.documents()->editor());
    QTableWidget* table = page.documents()->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(cell(table, 0, 1) == QStringLiteral("Avis d'aptitude"));
    CHECK(cell(table, 0, 2) == QStringLiteral("brouillon"));

    // Enter previews the selected document.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTest::qWait(50);
    REQUIRE(page.documents()->preview());
    keep(page.documents()->preview(), QStringLiteral("dmst-document-preview"));
    page.documents()->preview()->close();
    backToPage(page);

    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(questions.size() == 1); // signing asks for confirmation
    CHECK(cell(table, 0, 2) == QStringLiteral("signé"));
    CHECK(cell(table, 0, 3) == QStringLiteral("Dr Claire Fontaine"));
    CHECK(page.documents()->statusText().contains(QStringLiteral("Signé")));

    // Saved as PDF through the save dialog, which the test answers.
    QTemporaryDir dir;
    QString suggested;
    const QString pdf = dir.filePath(QStringLiteral("avis.pdf"));
    page.documents()->setPathChooser([&](const QString& s) {
        suggested = s;
        return pdf;
    });
    QTest::keyClick(&page, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(suggested.endsWith(QStringLiteral("avis-d-aptitude-lefevre-2026-11-24.pdf")));
    REQUIRE(QFile::exists(pdf));
    REQUIRE_FALSE(tool("pdftotext").isEmpty());
    const auto text = test::run(tool("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("Apte au poste avec les mesures")));
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("24/11/2028")));
    CHECK_FALSE(QString::fromUtf8(text.out).contains(QStringLiteral("FFP3")));
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("Dr Claire Fontaine")));
    if (!screenDir().isEmpty() && !tool("pdftoppm").isEmpty())
        (void)test::run(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-singlefile"), pdf,
                                           screenDir() + QStringLiteral("/dmst-avis-aptitude-page1")});
    CHECK(test::auditRows(*session, QStringLiteral("allowed"), Part::Documents, QStringLiteral("medecin")) > 0);

    // Corrected: a new draft supersedes the signed avis once signed.
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
    editor = openedEditor(page);
    REQUIRE(editor);
    CHECK_FALSE(editor->kindBox()->isEnabled());
    CHECK(editor->fitnessBox()->currentData().toString() == QStringLiteral("fit_adjusted"));
    editor->fitnessBox()->setFocus();
    QTest::keyClick(editor->fitnessBox(), Qt::Key_Up);
    CHECK(editor->fitnessBox()->currentData().toString() == QStringLiteral("fit"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    backToPage(page);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(table->rowCount() == 2);
    QStringList states{cell(table, 0, 2), cell(table, 1, 2)};
    states.sort();
    CHECK(states == QStringList{QStringLiteral("remplacé par une correction"), QStringLiteral("signé (correction)")});
    keep(&page, QStringLiteral("dmst-record-documents"));
}

TEST_CASE("a nurse is not offered the signature of an avis, the store still refuses it, and she signs an attestation")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    const QString consultation = closedConsultation(*medecin, QStringLiteral("EMA"), QStringLiteral("Apte."));
    DocumentRequest avis;
    avis.kind = DocumentKind::Aptitude;
    avis.consultationId = consultation;
    avis.fitness = QStringLiteral("fit");
    auto avisId = DocumentStore::draft(*medecin, avis);
    REQUIRE(avisId);

    auto nurse = db.session(QStringLiteral("infirmier"));
    RecordPage page(*nurse);
    page.setConfirmer([](const QString&) { return true; });
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openWorker(test::WorkerId));
    QTest::keyClick(&page, Qt::Key_3, Qt::AltModifier);
    REQUIRE(page.documents()->select(avisId.value()));
    const qint64 refusalsBefore = test::auditRows(*nurse, QStringLiteral("denied"), Part::Documents, QStringLiteral("infirmier"));
    // Issue 18 item 5: not offered rather than refused afterwards. The Sign button is disabled on the
    // physician's avis and its shortcut does nothing: no question, no refusal, the avis unsigned.
    QPushButton* sign = nullptr;
    for (QPushButton* b : page.documents()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Signer"))
            sign = b;
    REQUIRE(sign);
    CHECK_FALSE(sign->isEnabled());
    const QString before = page.documents()->statusText();
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page.documents()->statusText() == before);
    CHECK(test::auditRows(*nurse, QStringLiteral("denied"), Part::Documents, QStringLiteral("infirmier")) == refusalsBefore);
    auto still = DocumentStore::load(*nurse, avisId.value());
    REQUIRE(still);
    CHECK_FALSE(still.value().signedDocument);
    keep(&page, QStringLiteral("dmst-nurse-refused-avis"));
    // Asked anyway (a script, another screen), the store refuses and audits it.
    const core::Status refused = DocumentStore::sign(*nurse, avisId.value());
    REQUIRE_FALSE(bool(refused));
    CHECK(refused.error().message.contains(QStringLiteral("signer la partie 5")));
    CHECK(test::auditRows(*nurse, QStringLiteral("denied"), Part::Documents, QStringLiteral("infirmier")) == refusalsBefore + 1);

    // An attestation is hers to sign.
    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    DocumentEditor* editor = openedEditor(page);
    REQUIRE(editor);
    // A nurse is offered the attestation and the prevention order, never an avis.
    QStringList offered;
    for (int i = 0; i < editor->kindBox()->count(); ++i)
        offered << editor->kindBox()->itemData(i).toString();
    CHECK(offered == QStringList{QStringLiteral("attestation"), QStringLiteral("prevention_order")});
    editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(QStringLiteral("attestation")));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    backToPage(page);
    REQUIRE_FALSE(page.documents()->selectedId().isEmpty());
    const QString attestation = page.documents()->selectedId();
    CHECK(attestation != avisId.value());
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    auto signedAttestation = DocumentStore::load(*nurse, attestation);
    REQUIRE(signedAttestation);
    CHECK(signedAttestation.value().signedDocument);
    CHECK(signedAttestation.value().kind == DocumentKind::Attestation);
}

TEST_CASE("the physician records access requests and sees their due date and state then fulfils one as FHIR")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    RecordPage page(*session);
    page.setConfirmer([](const QString&) { return true; });
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openWorker(test::WorkerId));
    QTest::keyClick(&page, Qt::Key_9, Qt::AltModifier);
    AccessRequestsPanel* requests = page.accessRequests();
    REQUIRE(page.tabs()->currentWidget() == requests);
    // Today's date is proposed: a request received today is due in 8 days (nothing older than 5 years).
    CHECK(requests->dateEdit()->text() == QStringLiteral("24/11/2026"));
    requests->requesterBox()->setCurrentIndex(requests->requesterBox()->findData(QStringLiteral("physician")));
    requests->nameEdit()->insert(QStringLiteral("Dr Martin, médecin traitant")); // QTest types ASCII only
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTableWidget* table = requests->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(cell(table, 0, 1) == QStringLiteral("02/12/2026"));
    CHECK(cell(table, 0, 2) == QStringLiteral("en cours : 8 jours restants"));
    CHECK(cell(table, 0, 3).contains(QStringLiteral("Dr Martin")));

    // A request received on 1 November was due on 9 November: overdue, in red and in words.
    requests->dateEdit()->setText(QStringLiteral("01/11/2026"));
    requests->requesterBox()->setCurrentIndex(0);
    requests->scopeEdit()->insert(QStringLiteral("Examens complémentaires"));
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(table->rowCount() == 2);
    const int late = cell(table, 0, 0) == QStringLiteral("01/11/2026") ? 0 : 1;
    CHECK(cell(table, late, 1) == QStringLiteral("09/11/2026"));
    CHECK(cell(table, late, 2) == QStringLiteral("EN RETARD de 15 jours"));
    CHECK(table->item(late, 2)->foreground().color() == QColor(0xb4, 0x23, 0x18));
    CHECK(table->item(1 - late, 2)->foreground().color() != QColor(0xb4, 0x23, 0x18));
    keep(&page, QStringLiteral("dmst-access-requests"));

    // A wrong date is named.
    requests->dateEdit()->setText(QStringLiteral("31/02/2026"));
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(requests->statusText().contains(QStringLiteral("31/02/2026")));
    CHECK(table->rowCount() == 2);

    // Fulfilled as FHIR into the file the save dialog gives.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("dossier.json"));
    requests->setPathChooser([&](const QString&, const QString& format) {
        CHECK(format == QStringLiteral("fhir"));
        return json;
    });
    table->selectRow(late);
    QTest::keyClick(&page, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QFile f(json);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    const int fulfilled = cell(table, 0, 0) == QStringLiteral("01/11/2026") ? 0 : 1;
    CHECK(cell(table, fulfilled, 2) == QStringLiteral("honorée en retard le 24/11/2026 (FHIR)"));
    CHECK(test::valueOf(*session, QStringLiteral("SELECT format FROM dmst_access_requests WHERE requested_on = '2026-11-01'")).toString() ==
          QStringLiteral("fhir"));
}

TEST_CASE("the editor names a wrong R4624-42 date and keeps annexe 4 measures and pre-fills the risks of a prevention order")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    Exposure benzene;
    benzene.workerId = test::WorkerId;
    benzene.code = QStringLiteral("CHIM.CMR.BENZENE");
    benzene.intensity = Intensity::Medium;
    benzene.start = QDate(2015, 9, 1);
    REQUIRE(RecordStore::addExposure(*session, benzene));
    closedConsultation(*session, QStringLiteral("RETURN"), QStringLiteral("Inapte au poste."));
    RecordPage page(*session);
    page.setConfirmer([](const QString&) { return true; });
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openWorker(test::WorkerId));
    QTest::keyClick(&page, Qt::Key_3, Qt::AltModifier);

    // Avis d'inaptitude: a date that does not exist is named, the dialog stays open with what was typed.
    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    DocumentEditor* editor = openedEditor(page);
    REQUIRE(editor);
    editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(QStringLiteral("inaptitude")));
    CHECK(editor->dateEdit(QStringLiteral("postStudy"))->isVisibleTo(editor));
    CHECK_FALSE(editor->measureList()->isVisibleTo(editor));
    editor->dateEdit(QStringLiteral("postStudy"))->setText(QStringLiteral("10/11/2026"));
    editor->dateEdit(QStringLiteral("conditionsStudy"))->setText(QStringLiteral("12/11/2026"));
    editor->dateEdit(QStringLiteral("employerExchange"))->setText(QStringLiteral("31/11/2026"));
    keep(editor, QStringLiteral("dmst-document-editor-inaptitude"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(page.documents()->editor());
    CHECK(editor->messageText() == QStringLiteral("Échange avec l’employeur : « 31/11/2026 » n’est pas une date (jj/mm/aaaa)"));
    editor->dateEdit(QStringLiteral("employerExchange"))->setText(QStringLiteral("13/11/2026"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    backToPage(page);
    const QString inaptitude = page.documents()->selectedId();
    auto drafted = DocumentStore::load(*session, inaptitude);
    REQUIRE(drafted);
    CHECK(drafted.value().kind == DocumentKind::Inaptitude);
    CHECK(drafted.value().content.postStudyOn == QDate(2026, 11, 10));
    CHECK(drafted.value().content.employerExchangeOn == QDate(2026, 11, 13));
    CHECK(drafted.value().content.conclusion == QStringLiteral("Inapte au poste."));

    // Annexe 4: measures chosen from the thesaurus; editing the draft finds them again.
    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    editor = openedEditor(page);
    REQUIRE(editor);
    editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(QStringLiteral("adjustment")));
    editor->addMeasure(QStringLiteral("RESTRICTION.LOADS"));
    editor->addMeasure(QStringLiteral("TIME.TELEWORK"));
    editor->addMeasure(QStringLiteral("TIME.TELEWORK")); // once only
    CHECK(editor->measureList()->count() == 2);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    backToPage(page);
    const QString proposal = page.documents()->selectedId();
    auto adjustment = DocumentStore::load(*session, proposal);
    REQUIRE(adjustment);
    CHECK(adjustment.value().content.measureLabels ==
          QStringList{QStringLiteral("Limitation du port de charges (poids à préciser)"), QStringLiteral("Télétravail (nombre de jours à préciser)")});
    QTest::keyClick(&page, Qt::Key_E, Qt::ControlModifier);
    editor = openedEditor(page);
    REQUIRE(editor);
    CHECK(editor->measureList()->count() == 2);
    editor->reject();
    backToPage(page);

    // Prevention order: the post's risks come from the exposures of part 2°.
    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    editor = openedEditor(page);
    REQUIRE(editor);
    editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(QStringLiteral("prevention_order")));
    CHECK(editor->risksEdit()->toPlainText().contains(QStringLiteral("Benzène")));
    editor->adviceEdit()->setPlainText(QStringLiteral("Port des gants et du masque ; lavage des mains."));
    keep(editor, QStringLiteral("dmst-document-editor-prevention"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    backToPage(page);
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    auto order = DocumentStore::load(*session, page.documents()->selectedId());
    REQUIRE(order);
    CHECK(order.value().kind == DocumentKind::PreventionOrder);
    CHECK(order.value().signedDocument);
    CHECK(page.documents()->table()->rowCount() == 3);
}
