// The whole record on screen (issue 18 items 3 and 4), offscreen and with the keyboard: the record opens
// on its synthesis (alerts, identity and INS, posts and category, exposures, due visits, conclusions,
// documents, PDP); every section is reached with Alt+digit and its title is whole; the delegated IPRP's
// synthesis holds no word of the health parts; work history, correspondence (with its PDF) and consents
// are listed, added and opened with the keys, a refusal is shown and audited; the consultation form is
// not cut at 1366×768. Screens at 1366×768 and 1920×1080 into VIGIE_SCREEN_DIR.
#include "../unit/dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "Translations.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/ExportStore.h"
#include "dmst/RecordStore.h"
#include "dmst/ui/ConsentsPanel.h"
#include "dmst/ui/ConsultationForm.h"
#include "dmst/ui/CorrespondencePanel.h"
#include "dmst/ui/PartsPanel.h"
#include "dmst/ui/RecordPage.h"
#include "dmst/ui/SynthesisPanel.h"
#include "dmst/ui/WorkHistoryPanel.h"
#include "pdp/PdpStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>

#include <algorithm>

using namespace vigie;
using namespace vigie::dmst;

namespace {
const QString Marker = QStringLiteral("ZORGLUBIEN");

void keepScreen(QWidget* w, const QString& name)
{
    QString dir = qEnvironmentVariable("VIGIE_SCREEN_DIR");
#ifdef VIGIE_SCREEN_DIR_DEFAULT
    if (dir.isEmpty())
        dir = QStringLiteral(VIGIE_SCREEN_DIR_DEFAULT);
#endif
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    const QSize size = w->size();
    w->resize(1920, 1080);
    QTest::qWait(50);
    CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-1920.png")));
    w->resize(size);
    QTest::qWait(50);
}

// A record with something in every section: exposures current and past, a closed consultation whose
// conclusion holds the marker, a signed attestation, an opposition to the DMP, a pending access
// request, an open PDP case, the RQTH.
void fill(test::DmstDb& db)
{
    auto s = db.session(QStringLiteral("medecin"));
    REQUIRE(test::execSql(*s, QStringLiteral("UPDATE workers SET follow_up_flags = 'RQTH' WHERE id = ?"), {test::WorkerId}));
    Exposure e;
    e.workerId = test::WorkerId;
    e.code = QStringLiteral("CHIM.CMR.BENZENE");
    e.intensity = Intensity::High;
    e.start = QDate(2015, 9, 1);
    REQUIRE(RecordStore::addExposure(*s, e));
    e.code = QStringLiteral("PHYS.BRUIT");
    e.intensity = Intensity::Medium;
    e.start = QDate(2008, 3, 1);
    e.end = QDate(2014, 12, 31);
    REQUIRE(RecordStore::addExposure(*s, e));
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

QStringList visibleSections(RecordPage& page)
{
    QStringList out;
    for (int i = 0; i < page.sections()->count(); ++i)
        if (!page.sections()->item(i)->isHidden())
            out << page.sections()->item(i)->text();
    return out;
}

// Nothing of a panel is cut: every button and every field shown at least as wide as it asks.
void checkNotCut(QWidget* panel)
{
    for (QWidget* w : panel->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(qobject_cast<QPushButton*>(w) || qobject_cast<QLineEdit*>(w)))
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QLineEdit*>(w)->parentWidget() != panel)
            continue; // a combo box's or a spin box's own editor
        INFO(w->metaObject()->className() << " " << (qobject_cast<QPushButton*>(w) ? qobject_cast<QPushButton*>(w)->text().toStdString() : qobject_cast<QLineEdit*>(w)->placeholderText().toStdString()));
        CHECK(w->width() >= std::min(w->sizeHint().width(), w->maximumWidth()));
        CHECK(w->mapTo(panel, QPoint(w->width(), 0)).x() <= panel->width());
    }
}

// No column title cut: in every table shown under `root`, each visible column at least as wide as its
// title asks (the header's own size hint: text, margins, sort arrow).
void checkHeadersWhole(QWidget* root)
{
    for (QTableView* t : root->findChildren<QTableView*>()) {
        if (!t->isVisible() || t->horizontalHeader()->isHidden())
            continue;
        QHeaderView* h = t->horizontalHeader();
        for (int c = 0; c < h->count(); ++c) {
            if (h->isSectionHidden(c))
                continue;
            INFO(t->model()->headerData(c, Qt::Horizontal).toString().toStdString() << " (" << h->sectionSize(c) << " px)");
            CHECK(h->sectionSize(c) >= h->sectionSizeHint(c));
        }
    }
}

// Every field, one-line label and button shown under `root` is at least as wide as it asks and
// ends inside `frame`. Returns how many were looked at.
int checkFieldsWhole(QWidget* root, QWidget* frame)
{
    int fields = 0;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const auto* label = qobject_cast<QLabel*>(w);
        const bool field = qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                           qobject_cast<QAbstractButton*>(w) || (label && !label->wordWrap() && !label->text().isEmpty()) ||
                           (qobject_cast<QLineEdit*>(w) && !qobject_cast<QComboBox*>(w->parentWidget()) &&
                            !qobject_cast<QAbstractSpinBox*>(w->parentWidget()));
        if (!field || !w->isVisible() || qobject_cast<QAbstractItemView*>(w->parentWidget()) ||
            qobject_cast<QAbstractItemView*>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            continue;
        ++fields;
        INFO(w->metaObject()->className() << " '" << (label ? label->text().toStdString() : w->accessibleName().toStdString()) << "' width "
                                          << w->width() << " at x " << w->mapTo(frame, QPoint(0, 0)).x() << " in " << frame->width());
        CHECK(w->width() >= std::min(w->minimumSizeHint().width(), w->maximumWidth()));
        CHECK(w->mapTo(frame, QPoint(w->width(), 0)).x() <= frame->width());
    }
    return fields;
}

void showPage(RecordPage& page)
{
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
}
} // namespace

TEST_CASE("the record opens on its synthesis, every section is one Alt+digit away with its title whole")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    fill(db);
    auto session = db.session(QStringLiteral("medecin"));
    RecordPage page(*session);
    page.setConfirmer([](const QString&) { return true; });
    showPage(page);
    REQUIRE(page.openWorker(test::WorkerId));
    REQUIRE(page.tabs()->currentWidget() == page.synthesis());
    const QString text = page.synthesis()->text();
    for (const QString& expected : {QStringLiteral("Alertes"), QStringLiteral("RQTH"), QStringLiteral("SIR"), QStringLiteral("Identité qualifiée"),
                                    QStringLiteral("Soudeuse"), QStringLiteral("Atelier Nord"), QStringLiteral("enzène"), QStringLiteral("Bruit"),
                                    QStringLiteral("Prochaines visites"), Marker, QStringLiteral("Attestation"), QStringLiteral("PDP"),
                                    QStringLiteral("DMP"), QStringLiteral("accès au dossier")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    keepScreen(&page, QStringLiteral("clinday-synthesis"));

    // The physician's ten sections, each reached with its key, each title whole in the list.
    const QStringList sections = visibleSections(page);
    CHECK(sections.size() == 10);
    QListWidget* list = page.sections();
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->isHidden())
            continue;
        INFO(item->text().toStdString());
        CHECK(list->visualItemRect(item).width() >= list->fontMetrics().horizontalAdvance(item->text()));
        CHECK(list->viewport()->width() >= list->fontMetrics().horizontalAdvance(item->text()));
        QTest::keyClick(&page, Qt::Key(Qt::Key_0 + (i + 1) % 10), Qt::AltModifier);
        CHECK(page.tabs()->currentIndex() == i);
        CHECK(list->currentRow() == i);
    }
    QTest::keyClick(&page, Qt::Key_1, Qt::AltModifier);
    CHECK(page.tabs()->currentWidget() == page.synthesis());
}

TEST_CASE("a delegated IPRP's record shows parts 1° and 2° only, no word of the health parts, without refusals")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    fill(db);
    auto iprp = db.session(QStringLiteral("iprp"));
    RecordPage page(*iprp);
    showPage(page);
    REQUIRE(page.openWorker(test::WorkerId));
    CHECK(page.tabs()->currentWidget() == page.synthesis());
    const QString text = page.synthesis()->text();
    CHECK(text.contains(QStringLiteral("Soudeuse")));
    CHECK(text.contains(QStringLiteral("enzène")));
    CHECK_FALSE(text.contains(Marker));
    CHECK_FALSE(text.contains(QStringLiteral("Attestation")));
    CHECK_FALSE(text.contains(QStringLiteral("DMP")));
    CHECK_FALSE(text.contains(QStringLiteral("PDP")));
    const QStringList sections = visibleSections(page);
    CHECK(sections.contains(QStringLiteral("Parcours professionnel")));
    CHECK_FALSE(sections.contains(QStringLiteral("Correspondances")));
    CHECK_FALSE(sections.contains(QStringLiteral("Consentements et oppositions")));
    CHECK_FALSE(sections.contains(QStringLiteral("Documents")));
    CHECK(test::valueOf(*iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE account = 'iprp' AND outcome = 'denied'")).toInt() == 0);
    keepScreen(&page, QStringLiteral("clinday-synthesis-iprp"));
}

TEST_CASE("work history, correspondence with its PDF and consents are listed, added and opened with the keyboard")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    RecordPage page(*session);
    showPage(page);
    REQUIRE(page.openWorker(test::WorkerId));

    // 2° Work history: Alt+5, the fields in Tab order, Enter adds.
    QTest::keyClick(&page, Qt::Key_5, Qt::AltModifier);
    WorkHistoryPanel* work = page.workHistory();
    REQUIRE(page.tabs()->currentWidget() == work);
    work->employerEdit()->setFocus();
    QTest::keyClicks(work->employerEdit(), QStringLiteral("Chaudronnerie Dupuis"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Soudeuse"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("25.62a"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("01/02/2009"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("31/08/2015"));
    CHECK(work->toEdit()->text() == QStringLiteral("31/08/2015"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    INFO(work->statusText().toStdString());
    REQUIRE(work->table()->rowCount() == 1);
    CHECK(work->table()->item(0, WorkHistoryPanel::Employer)->text() == QStringLiteral("Chaudronnerie Dupuis"));
    CHECK(work->table()->item(0, WorkHistoryPanel::Naf)->text() == QStringLiteral("25.62A"));
    CHECK(work->table()->item(0, WorkHistoryPanel::To)->text() == QStringLiteral("31/08/2015"));
    work->table()->setFocus();
    work->table()->setCurrentCell(0, 0);
    QTest::keyClick(work->table(), Qt::Key_Return);
    CHECK(work->detailText().contains(QStringLiteral("25.62A")));
    // Enter opened the line in the fields too: the end date corrected in place, Enter saves it.
    REQUIRE_FALSE(work->editedId().isEmpty());
    CHECK(QApplication::focusWidget() == work->employerEdit());
    CHECK(work->postEdit()->text() == QStringLiteral("Soudeuse"));
    work->toEdit()->setFocus();
    QTest::keyClick(work->toEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(work->toEdit(), QStringLiteral("30/09/2015"));
    QTest::keyClick(work->toEdit(), Qt::Key_Return);
    INFO(work->statusText().toStdString());
    CHECK(work->editedId().isEmpty());
    REQUIRE(work->table()->rowCount() == 1); // corrected, not added
    CHECK(work->table()->item(0, WorkHistoryPanel::To)->text() == QStringLiteral("30/09/2015"));
    CHECK(work->statusText().contains(QStringLiteral("corrigé")));
    CHECK(test::valueOf(*session, QStringLiteral("SELECT end_date || ' ' || row_version FROM dmst_work_history WHERE worker_id = ?"), {test::WorkerId})
              .toString() == QStringLiteral("2015-09-30 2"));
    // Open it again, then Escape: back to adding, the fields empty.
    work->table()->setFocus();
    work->table()->setCurrentCell(0, 0);
    QTest::keyClick(work->table(), Qt::Key_Return);
    REQUIRE_FALSE(work->editedId().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(work->editedId().isEmpty());
    CHECK(work->employerEdit()->text().isEmpty());
    // A missing start date is said, nothing is added.
    QTest::keyClicks(work->employerEdit(), QStringLiteral("Garage"));
    QTest::keyClicks(work->postEdit(), QStringLiteral("Mecanicienne"));
    QTest::keyClick(work->postEdit(), Qt::Key_Return);
    CHECK(work->table()->rowCount() == 1);
    CHECK(work->statusText().contains(QStringLiteral("date")));
    checkNotCut(work);
    keepScreen(&page, QStringLiteral("clinday-work-history"));

    // 4° Correspondence with its PDF.
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("bilan-cardio.pdf"));
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% bilan du cardiologue\n%%EOF\n");
    {
        QFile f(pdfPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(pdf) == pdf.size());
    }
    QTest::keyClick(&page, Qt::Key_6, Qt::AltModifier);
    CorrespondencePanel* letters = page.correspondence();
    REQUIRE(page.tabs()->currentWidget() == letters);
    letters->correspondentEdit()->setFocus();
    QTest::keyClicks(letters->correspondentEdit(), QStringLiteral("Dr Martin, cardiologue"));
    letters->dateEdit()->selectAll();
    QTest::keyClicks(letters->dateEdit(), QStringLiteral("03/11/2026"));
    QTest::keyClicks(letters->subjectEdit(), QStringLiteral("Bilan d'effort"));
    QTest::keyClicks(letters->bodyEdit(), QStringLiteral("Epreuve d'effort normale, pas de contre-indication."));
    QTest::keyClicks(letters->pdfEdit(), pdfPath);
    QTest::keyClick(letters->pdfEdit(), Qt::Key_Return);
    INFO(letters->statusText().toStdString());
    REQUIRE(letters->table()->rowCount() == 1);
    CHECK(letters->table()->item(0, CorrespondencePanel::Pdf)->text() == QStringLiteral("bilan-cardio.pdf"));
    CHECK(letters->table()->item(0, CorrespondencePanel::Direction)->text() == QStringLiteral("reçu"));
    letters->table()->setFocus();
    letters->table()->setCurrentCell(0, 0);
    QTest::keyClick(letters->table(), Qt::Key_Return);
    CHECK(letters->reader()->toPlainText().contains(QStringLiteral("Epreuve d'effort normale")));
    const QString copy = dir.filePath(QStringLiteral("copie.pdf"));
    REQUIRE(letters->savePdf(copy));
    QFile back(copy);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(back.readAll() == pdf);
    checkNotCut(letters);
    keepScreen(&page, QStringLiteral("clinday-correspondence"));

    // 7° An opposition to the team's access, then withdrawn with Ctrl+Shift+W.
    QTest::keyClick(&page, Qt::Key_7, Qt::AltModifier);
    ConsentsPanel* consents = page.consents();
    REQUIRE(page.tabs()->currentWidget() == consents);
    consents->kindBox()->setFocus();
    QTest::keyClick(consents->kindBox(), Qt::Key_Down);
    CHECK(consents->kindBox()->currentData().toString() == QStringLiteral("opposition_team"));
    consents->dateEdit()->setFocus();
    QTest::keyClick(consents->dateEdit(), Qt::Key_Return);
    INFO(consents->statusText().toStdString());
    REQUIRE(consents->table()->rowCount() == 1);
    CHECK(consents->table()->item(0, ConsentsPanel::Withdrawn)->text() == QStringLiteral("en vigueur"));
    CHECK(test::valueOf(*session, QStringLiteral("SELECT count(*) FROM oppositions WHERE worker_id = ? AND withdrawn_at IS NULL"), {test::WorkerId}).toInt() == 1);
    CHECK(page.synthesis()->text().contains(QStringLiteral("L4624-8")));
    checkNotCut(consents);
    keepScreen(&page, QStringLiteral("clinday-consents"));
    consents->table()->setFocus();
    consents->table()->setCurrentCell(0, 0);
    QTest::keyClick(&page, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(consents->table()->item(0, ConsentsPanel::Withdrawn)->text() == QStringLiteral("24/11/2026"));
    CHECK(test::valueOf(*session, QStringLiteral("SELECT count(*) FROM oppositions WHERE worker_id = ? AND withdrawn_at IS NULL"), {test::WorkerId}).toInt() == 0);
    CHECK(test::auditRows(*session, QStringLiteral("allowed"), Part::Consents, QStringLiteral("medecin")) >= 2);
}

TEST_CASE("a refusal on a part panel is shown and audited: the nurse's letter after the worker's opposition")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto nurse = db.session(QStringLiteral("infirmier"));
    RecordPage page(*nurse);
    showPage(page);
    REQUIRE(page.openWorker(test::WorkerId));
    // Meanwhile the worker objects, recorded by the physician: the nurse's next write is refused.
    auto physician = db.session(QStringLiteral("medecin"));
    REQUIRE(RecordStore::recordConsent(*physician, Consent{{}, test::WorkerId, ConsentKind::OppositionTeam, QDate(2026, 11, 24), {}, {}}));
    QTest::keyClick(&page, Qt::Key_6, Qt::AltModifier);
    CorrespondencePanel* letters = page.correspondence();
    REQUIRE(page.tabs()->currentWidget() == letters);
    QTest::keyClicks(letters->correspondentEdit(), QStringLiteral("Dr Martin"));
    QTest::keyClicks(letters->subjectEdit(), QStringLiteral("Avis specialise"));
    QTest::keyClick(letters->subjectEdit(), Qt::Key_Return);
    CHECK(letters->table()->rowCount() == 0);
    CHECK(letters->statusText().contains(QStringLiteral("opposé")));
    CHECK(test::auditRows(*nurse, QStringLiteral("denied"), Part::Correspondence, QStringLiteral("infirmier")) == 1);
}

TEST_CASE("the consultation form is not cut horizontally at 1366x768")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    (void)RecordStore::recordRightsInformation(*session, RightsInformation{{}, test::WorkerId, session->clock().today(), InformationMeans::Paper, false, {}});
    RecordPage page(*session);
    page.setConfirmer([](const QString&) { return true; });
    showPage(page);
    REQUIRE(page.openWorker(test::WorkerId));
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    REQUIRE_FALSE(page.consultationId().isEmpty());
    QTest::qWait(50);
    auto* scroll = qobject_cast<QScrollArea*>(page.form()->parentWidget()->parentWidget());
    REQUIRE(scroll);
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    CHECK(page.form()->width() <= scroll->viewport()->width());
    CHECK(page.form()->minimumSizeHint().width() <= scroll->viewport()->width());
    // The page fits the screen: no part of it is pushed off to the right.
    CHECK(page.minimumSizeHint().width() <= 1366);
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (!b->isVisible())
            continue;
        INFO(b->text().toStdString());
        CHECK(b->width() >= b->sizeHint().width());
        CHECK(b->mapTo(&page, QPoint(b->width(), 0)).x() <= page.width());
    }
    keepScreen(&page, QStringLiteral("clinday-consultation-form"));

    // In the main window the navigation takes about 210 pixels of the 1366: the page is narrower there,
    // and every field of the form must still be whole, with no horizontal scroll bar.
    for (int width : {1366 - 230, 1366}) {
        INFO("page width " << width);
        CHECK(page.minimumSizeHint().width() <= width);
        page.resize(width, 768);
        QTest::qWait(50);
        CHECK(page.width() == width);
        CHECK(scroll->horizontalScrollBar()->maximum() == 0);
        CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
        QWidget* viewport = scroll->viewport();
        CHECK(checkFieldsWhole(page.form(), viewport) >= 15);
        // The departure time, cut before: whole, with its label, as wide as it asks.
        QTimeEdit* departure = nullptr;
        for (QTimeEdit* t : page.form()->findChildren<QTimeEdit*>())
            if (!departure || t->mapTo(page.form(), QPoint(0, 0)).x() > departure->mapTo(page.form(), QPoint(0, 0)).x())
                departure = t;
        REQUIRE(departure);
        CHECK(departure->width() >= departure->sizeHint().width());
        CHECK(departure->mapTo(viewport, QPoint(departure->width(), 0)).x() <= viewport->width());
        // The record's sections beside the form: each one's fields whole too.
        for (int i = 0; i < page.tabs()->count(); ++i) {
            if (!page.tabs()->isTabVisible(i))
                continue;
            QTest::keyClick(&page, Qt::Key(Qt::Key_0 + (i + 1) % 10), Qt::AltModifier);
            QTest::qWait(20);
            INFO("section " << page.tabs()->tabText(i).toStdString());
            (void)checkFieldsWhole(page.tabs()->widget(i), page.tabs());
        }
        QTest::keyClick(&page, Qt::Key_1, Qt::AltModifier);
        if (width < 1366) {
            QTest::qWait(50);
            CHECK(page.grab().save(QDir(qEnvironmentVariable("VIGIE_SCREEN_DIR", QStringLiteral(VIGIE_SCREEN_DIR_DEFAULT)))
                                       .filePath(QStringLiteral("clinday-consultation-form-in-window.png"))));
        }
    }
}

// The exposures of part 2° in the narrow panel: every title and every cell whole at the page's
// default widths ("Facteur L4161-1" was cut), the table scrolling sideways instead; and no column
// title cut in any section of the record at 1366×768.
TEST_CASE("the exposures table scrolls sideways rather than cutting a column or its title, and no section cuts a column title")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    fill(db);
    auto session = db.session(QStringLiteral("medecin"));
    RecordPage page(*session);
    page.setConfirmer([](const QString&) { return true; });
    showPage(page);
    REQUIRE(page.openWorker(test::WorkerId));
    const int partsIndex = page.tabs()->indexOf(page.parts());
    REQUIRE(partsIndex >= 0);
    QTest::keyClick(&page, Qt::Key(Qt::Key_0 + (partsIndex + 1) % 10), Qt::AltModifier);
    REQUIRE(page.tabs()->currentWidget() == page.parts());
    QTest::qWait(50);
    QTableWidget* exposures = page.parts()->exposures();
    REQUIRE(exposures->rowCount() == 2);
    QHeaderView* header = exposures->horizontalHeader();
    int factor = -1, total = 0;
    for (int c = 0; c < exposures->columnCount(); ++c) {
        if (exposures->horizontalHeaderItem(c)->text() == QStringLiteral("Facteur L4161-1"))
            factor = c;
        INFO(exposures->horizontalHeaderItem(c)->text().toStdString());
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
        CHECK(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(exposures->horizontalHeaderItem(c)->text()));
        for (int r = 0; r < exposures->rowCount(); ++r) // every cell whole too
            CHECK(header->sectionSize(c) >= exposures->fontMetrics().horizontalAdvance(exposures->item(r, c)->text()));
        total += header->sectionSize(c);
    }
    CHECK(factor == 1);
    CHECK_FALSE(exposures->item(0, 1)->text().isEmpty()); // the benzene's L4161-1 factor
    // Wider than the panel: the table scrolls, and the last column (the end date) is reached with it.
    if (total > exposures->viewport()->width()) {
        CHECK(exposures->horizontalScrollBar()->maximum() > 0);
        exposures->setFocus();
        exposures->setCurrentCell(0, exposures->columnCount() - 1);
        exposures->scrollTo(exposures->currentIndex());
        const QRect last = exposures->visualRect(exposures->currentIndex());
        CHECK(last.left() >= 0);
        CHECK(last.right() <= exposures->viewport()->width() + 1);
    }
    keepScreen(&page, QStringLiteral("clinday-exposures-scroll"));

    // Every section of the physician's record: no column title cut at 1366×768.
    for (int i = 0; i < page.tabs()->count(); ++i) {
        if (!page.tabs()->isTabVisible(i))
            continue;
        QTest::keyClick(&page, Qt::Key(Qt::Key_0 + (i + 1) % 10), Qt::AltModifier);
        QTest::qWait(20);
        INFO("section " << page.tabs()->tabText(i).toStdString());
        checkHeadersWhole(page.tabs()->widget(i));
    }
}
