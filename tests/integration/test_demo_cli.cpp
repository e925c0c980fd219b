// The demo looks like a service at work (issue 19 item 7), per seed, on a pinned day: its counts, an
// agenda in use for every professional (the past month done, missed or cancelled; today; the next four
// weeks planned or confirmed), and a history that follows the rules — each team's follow-up a few
// percent overdue, by months, not since 2002 — and a territory: each worker convoked to the centre
// nearest her workplace (1,600 workers: with few overdue and each worker seen only near her workplace,
// a 400-worker demo leaves team A's four professionals in Lyon too few visits to book).
#include "CliFixture.h"
#include "catch_qt.h"

#include "core/Clock.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"
#include "prevention/WorkplaceAction.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/FollowUpRows.h"
#include "scheduling/FollowUpStore.h"
#include "scheduling/Territory.h"
#include "scheduling/ToPlan.h"
#include "security/Session.h"
#include "security/SignIn.h"

#include <QSqlQuery>

#include <map>

using namespace vigie;
using namespace vigie::scheduling;

namespace {

qint64 scalar(security::Session& s, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(s.db().sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the demo, per seed: its counts, every agenda in use around today, its records and actions")
{
    const QDate today(2026, 6, 1); // a Monday
    for (int seed : {3, 11}) {
        DYNAMIC_SECTION("seed " << seed)
        {
            test::Cli cli;
            const QString db = cli.file(QStringLiteral("demo.db"));
            const auto made = cli.demo(db, 1600, seed, today.toString(Qt::ISODate));
            INFO(made.err.toStdString());
            REQUIRE(made.exitCode == 0);
            core::ManualClock clock(QDateTime(today, QTime(8, 0), Qt::UTC)); // the demo's own instant
            auto signedIn = security::signIn(db, QStringLiteral("planif"), QString::fromLatin1(test::DemoPassword), clock);
            REQUIRE(signedIn);
            security::Session& s = *signedIn.value();

            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM workers WHERE deleted = 0")) == 1600);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM establishments WHERE deleted = 0")) == 20);
            // One territory, as a real service: every establishment in the Rhône or a neighbouring department (one
            // region), centres in Lyon, Grenoble, Saint-Étienne and Bourg-en-Bresse and the mobile unit in the same
            // départements, a company site only for its own establishment's workers.
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM establishments WHERE deleted = 0 AND substr(commune_insee, 1, 2) "
                                           "NOT IN ('69', '01', '38', '42')")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM agenda_places WHERE deleted = 0 AND kind IN ('centre', 'mobile_unit') "
                                           "AND address NOT LIKE '%, 69___ %' AND address NOT LIKE '%, 38___ %' AND address NOT LIKE '%, 42___ %' "
                                           "AND address NOT LIKE '%, 01___ %'")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(DISTINCT substr(address, instr(address, ', ') + 2, 2)) FROM agenda_places "
                                           "WHERE deleted = 0 AND kind = 'centre'")) == 4);
            // Each worker convoked to the centre or mobile unit nearest her workplace (Territory.h): none farther
            // than the nearest of the service's.
            {
                QSqlQuery q(s.db().sql());
                REQUIRE(q.exec(QStringLiteral("SELECT address FROM agenda_places WHERE deleted = 0 AND kind IN ('centre', 'mobile_unit')")));
                QStringList codes;
                while (q.next())
                    codes << postalCodeInAddress(q.value(0).toString());
                REQUIRE(codes.size() == 5);
                REQUIRE(q.exec(QStringLiteral("SELECT p.address, e.postal_code FROM appointments a JOIN agenda_places p ON p.id = a.place_id "
                                              "JOIN establishments e ON e.id = a.establishment_id WHERE a.deleted = 0 AND p.kind IN ('centre', 'mobile_unit')")));
                int convoked = 0, farther = 0, outsideLyon = 0;
                while (q.next()) {
                    const QString workplace = q.value(1).toString();
                    Nearness nearest = Nearness::Elsewhere;
                    for (const QString& code : std::as_const(codes))
                        nearest = std::min(nearest, nearness(code, workplace));
                    const QString at = postalCodeInAddress(q.value(0).toString());
                    farther += nearness(at, workplace) > nearest ? 1 : 0;
                    outsideLyon += departementOfPostalCode(at) != QLatin1String("69") ? 1 : 0;
                    ++convoked;
                }
                INFO(convoked << " convoked to a centre, " << outsideLyon << " outside the Rhône");
                CHECK(convoked > 50);
                CHECK(farther == 0);
                CHECK(outsideLyon > 5);
            }
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM appointments a JOIN agenda_places p ON p.id = a.place_id WHERE a.deleted = 0 "
                                           "AND p.kind = 'company_site' AND p.establishment_id <> a.establishment_id")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM appointments WHERE deleted = 0")) > 50);
            // Every employment that started before the window has its hiring visit.
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM visits WHERE deleted = 0 AND status = 'done'")) > 1600);

            // Every professional's agenda in use: team A's as its planner sees them, team B's as Dr Garnier
            // does (team B has no planner of its own).
            int professionals = 0, onToday = 0, pastStillPlanned = 0;
            for (const QString& login : {QStringLiteral("planif"), QStringLiteral("medecin2")}) {
                INFO(login.toStdString());
                auto other = security::signIn(db, login, QString::fromLatin1(test::DemoPassword), clock);
                REQUIRE(other);
                security::Session& p = *other.value();
                auto teams = AgendaStore::teamsToPlan(p);
                REQUIRE(teams);
                REQUIRE(teams.value().size() == 1);
                auto agendas = AgendaStore::load(p, teams.value(), today, today);
                REQUIRE(agendas);
                auto appointments = AppointmentStore::between(p, today.addDays(-30), today.addDays(28));
                REQUIRE(appointments);
                std::map<QString, std::pair<int, int>> perPro; // past (then done or missed), to come
                for (const Appointment& a : appointments.value()) {
                    auto& [past, coming] = perPro[a.professionalId];
                    if (a.day < today) {
                        ++past;
                        pastStillPlanned += a.status == AppointmentStatus::Planned || a.status == AppointmentStatus::Confirmed ? 1 : 0;
                    } else {
                        ++coming;
                    }
                    onToday += a.day == today ? 1 : 0;
                }
                for (const Professional& pro : agendas.value().professionals) {
                    INFO(pro.name.toStdString());
                    CHECK(perPro[pro.id].first >= 3);  // the past month
                    CHECK(perPro[pro.id].second >= 3); // the next four weeks
                }
                professionals += int(agendas.value().professionals.size());
            }
            // Team A: Dr Fontaine, the collaborator physician, the intern, the nurse; team B: Dr Garnier.
            CHECK(professionals == 5);
            CHECK(onToday > 0);
            CHECK(pastStillPlanned == 0);
            const qint64 done = scalar(s, QStringLiteral("SELECT count(*) FROM appointments WHERE deleted = 0 AND status = 'done'"));
            CHECK(done >= 20);

            // The records of the workers seen (issue 19 item 7): every appointment done in the past month, today's
            // morning included, has its closed consultation by the professional of the appointment, with its signed
            // documents; the worker's record has the identity check, the information on rights, the work history
            // and exposures; letters and consents for some.
            const QString window = today.addDays(-31).toString(Qt::ISODate);
            const qint64 doneAppointments = scalar(s, QStringLiteral("SELECT count(*) FROM appointments WHERE deleted = 0 AND status = 'done' AND day >= ?"), {window});
            INFO("done appointments " << doneAppointments);
            REQUIRE(doneAppointments >= 20);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM appointments a WHERE a.deleted = 0 AND a.status = 'done' AND a.day >= ? AND NOT EXISTS "
                                           "(SELECT 1 FROM dmst_consultations c WHERE c.appointment_id = a.id AND c.status = 'closed' "
                                           "AND c.professional_id = a.professional_id AND c.visit_date = a.day)"), {window}) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM dmst_consultations WHERE status <> 'closed'")) == 0);
            const qint64 consultations = scalar(s, QStringLiteral("SELECT count(*) FROM dmst_consultations WHERE deleted = 0"));
            CHECK(consultations > doneAppointments); // the earlier consultation of the history, for many
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM dmst_documents WHERE deleted = 0 AND (status <> 'signed' OR html IS NULL "
                                           "OR html = '' OR signed_by IS NULL)")) == 0);
            for (const char* kind : {"attestation", "aptitude", "inaptitude", "adjustment", "prevention_order"}) {
                INFO(kind);
                CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM dmst_documents WHERE deleted = 0 AND kind = ?"), {QString::fromLatin1(kind)}) >= 1);
            }
            // Every consultation but those after a pre-return visit has an attestation or an avis.
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM dmst_consultations c WHERE c.kind <> 'PRE_RETURN' AND NOT EXISTS (SELECT 1 FROM "
                                           "dmst_documents d WHERE d.consultation_id = c.id AND d.kind IN ('attestation', 'aptitude', 'inaptitude'))")) == 0);
            // A nurse signs no avis nor proposal (RBAC-04).
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM dmst_documents d JOIN accounts a ON a.id = d.signed_by WHERE a.role = 'nurse' "
                                           "AND d.kind NOT IN ('attestation', 'prevention_order')")) == 0);
            for (const char* table : {"dmst_identity_checks", "dmst_rights_information"}) {
                INFO(table);
                CHECK(scalar(s, QStringLiteral("SELECT count(DISTINCT c.worker_id) FROM dmst_consultations c WHERE NOT EXISTS (SELECT 1 FROM %1 t "
                                               "WHERE t.worker_id = c.worker_id)").arg(QLatin1String(table)))
                      == 0);
            }
            CHECK(scalar(s, QStringLiteral("SELECT count(DISTINCT c.worker_id) FROM dmst_consultations c WHERE (SELECT count(*) FROM dmst_work_history h "
                                           "WHERE h.worker_id = c.worker_id) < 2 OR NOT EXISTS (SELECT 1 FROM dmst_exposures x WHERE x.worker_id = c.worker_id)")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM dmst_correspondence")) > 0);
            // Done as each professional may: not one refusal of the access policy in the demo's trail.
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied'")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM dmst_consents")) > 0);
            // As a physician sees it: a record of the team with its documents, signed and rendered as signed.
            {
                auto doctor = security::signIn(db, QStringLiteral("medecin"), QString::fromLatin1(test::DemoPassword), clock);
                REQUIRE(doctor);
                QSqlQuery q(s.db().sql());
                REQUIRE(q.exec(QStringLiteral("SELECT c.worker_id FROM dmst_consultations c JOIN accounts a ON a.id = c.professional_id "
                                              "WHERE a.login = 'medecin' ORDER BY c.id LIMIT 1")));
                REQUIRE(q.next());
                const QString worker = q.value(0).toString();
                auto documents = dmst::DocumentStore::list(*doctor.value(), worker);
                REQUIRE(documents);
                REQUIRE(!documents.value().isEmpty());
                for (const dmst::StoredDocument& d : documents.value()) {
                    CHECK(d.signedDocument);
                    CHECK(d.html.contains(d.content.signerName));
                    CHECK(d.html.contains(d.content.birthName.toHtmlEscaped(), Qt::CaseInsensitive));
                }
                auto theirs = dmst::ConsultationStore::list(*doctor.value(), worker);
                REQUIRE(theirs);
                CHECK(!theirs.value().isEmpty());
                auto history = dmst::RecordStore::workHistory(*doctor.value(), worker);
                REQUIRE(history);
                CHECK(history.value().size() >= 2);
            }

            // Workplace actions of every kind of the thesaurus, each with its report.
            for (const QString& code : prevention::actionCodes()) {
                INFO(code.toStdString());
                CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM workplace_actions WHERE deleted = 0 AND code = ?"), {code}) >= 1);
            }
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM workplace_action_reports WHERE deleted = 0")) >= 10);

        }
    }
}

// The share of overdue visits per team, as the team follow-up page counts them (FollowUpRows.h, its
// default horizon of three months), on demos big enough for each team to hold hundreds of visits: a few
// percent, none overdue for more than the generator's months (DemoHistory.h: 180 days), and a
// history still imperfect (some overdue). A 50,000-worker demo once showed 180 overdue of 656.
TEST_CASE("the demo, per seed: each team's follow-up a few percent overdue, by months only")
{
    const QDate today(2026, 3, 10);
    for (int seed : {1, 5}) {
        DYNAMIC_SECTION("seed " << seed)
        {
            test::Cli cli;
            const QString db = cli.file(QStringLiteral("demo.db"));
            const auto made = cli.demo(db, 8000, seed, today.toString(Qt::ISODate));
            INFO(made.err.toStdString());
            REQUIRE(made.exitCode == 0);
            core::ManualClock clock(QDateTime(today, QTime(8, 0), Qt::UTC));
            int teamsSeen = 0;
            for (const QString& login : {QStringLiteral("planif"), QStringLiteral("medecin2")}) {
                auto in = security::signIn(db, login, QString::fromLatin1(test::DemoPassword), clock);
                REQUIRE(in);
                security::Session& s = *in.value();
                auto teams = AgendaStore::teamsToPlan(s);
                REQUIRE(teams);
                for (const QString& team : teams.value()) {
                    auto rows = followUpRows(s, {team}, today.addMonths(3));
                    REQUIRE(rows);
                    auto establishments = FollowUpStore::teamEstablishments(s, {team});
                    REQUIRE(establishments);
                    QStringList ids;
                    for (const TeamEstablishment& e : establishments.value())
                        ids << e.establishmentId;
                    const EstablishmentCounts counts = scopeCounts(rows.value(), ids);
                    qint64 latestOverdueDays = 0;
                    for (const DueRow& r : rows.value())
                        if (r.state == DueState::Overdue && ids.contains(r.establishmentId))
                            latestOverdueDays = std::max(latestOverdueDays, r.deadline.daysTo(today));
                    const int all = counts.overdue + counts.due + counts.planned;
                    WARN("seed " << seed << ", " << login.toStdString() << "'s team: " << counts.overdue << " overdue of " << all
                                 << " visits (" << overdueShare(counts) * 100 << " %), the oldest " << latestOverdueDays << " days late");
                    CHECK(all >= 50);
                    CHECK(counts.overdue >= 1);           // a real service is never perfectly on time
                    CHECK(overdueShare(counts) <= 0.06);   // a few percent
                    CHECK(latestOverdueDays <= 200);       // months, not years
                    ++teamsSeen;
                }
            }
            CHECK(teamsSeen == 2);
        }
    }
}
