// The demo looks like a service at work (issue 19 item 7), per seed, on a pinned day: its counts, an
// agenda in use for every professional (the past month done, missed or cancelled; today; the next four
// weeks planned or confirmed), and a history that follows the rules — a few percent of the active
// employments overdue, by months, not since 2002.
#include "CliFixture.h"
#include "catch_qt.h"

#include "core/Clock.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"
#include "prevention/WorkplaceAction.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
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

TEST_CASE("the demo, per seed: its counts, every agenda in use around today, a few percent overdue")
{
    const QDate today(2026, 6, 1); // a Monday
    for (int seed : {3, 11}) {
        DYNAMIC_SECTION("seed " << seed)
        {
            test::Cli cli;
            const QString db = cli.file(QStringLiteral("demo.db"));
            const auto made = cli.demo(db, 400, seed, today.toString(Qt::ISODate));
            INFO(made.err.toStdString());
            REQUIRE(made.exitCode == 0);
            core::ManualClock clock(QDateTime(today, QTime(8, 0), Qt::UTC)); // the demo's own instant
            auto signedIn = security::signIn(db, QStringLiteral("planif"), QString::fromLatin1(test::DemoPassword), clock);
            REQUIRE(signedIn);
            security::Session& s = *signedIn.value();

            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM workers WHERE deleted = 0")) == 400);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM establishments WHERE deleted = 0")) == 20);
            // One territory, as a real service: every establishment in the Rhône or a neighbouring department (one
            // region), the centre and the mobile unit in the Rhône, a company site only for its own establishment's workers.
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM establishments WHERE deleted = 0 AND substr(commune_insee, 1, 2) "
                                           "NOT IN ('69', '01', '38', '42')")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM agenda_places WHERE deleted = 0 AND kind IN ('centre', 'mobile_unit') "
                                           "AND address NOT LIKE '%, 69___ %'")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM appointments a JOIN agenda_places p ON p.id = a.place_id WHERE a.deleted = 0 "
                                           "AND p.kind = 'company_site' AND p.establishment_id <> a.establishment_id")) == 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM appointments WHERE deleted = 0")) > 50);
            // Every employment that started before the window has its hiring visit.
            CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM visits WHERE deleted = 0 AND status = 'done'")) > 400);

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

            // A few percent overdue among the active employments of the teams (both), none for years.
            int overdue = 0, longOverdue = 0;
            for (const QString& login : {QStringLiteral("planif"), QStringLiteral("medecin2")}) {
                auto other = security::signIn(db, login, QString::fromLatin1(test::DemoPassword), clock);
                REQUIRE(other);
                auto toPlan = visitsToPlan(*other.value());
                REQUIRE(toPlan);
                for (const Demand& d : toPlan.value()) {
                    overdue += d.latest < today ? 1 : 0;
                    longOverdue += d.latest < today.addYears(-2) ? 1 : 0;
                }
            }
            const qint64 active = scalar(s, QStringLiteral("SELECT count(*) FROM employments e WHERE e.deleted = 0 AND "
                                                           "(e.end_date IS NULL OR e.end_date >= ?) AND e.establishment_id IN "
                                                           "(SELECT establishment_id FROM team_establishments WHERE deleted = 0)"),
                                         {today.toString(Qt::ISODate)});
            REQUIRE(active > 100);
            const double share = double(overdue) / double(active);
            INFO("overdue " << overdue << " of " << active << " active employments; more than two years late: " << longOverdue);
            CHECK(share >= 0.005);
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

            CHECK(share <= 0.08);
            CHECK(longOverdue <= overdue / 10);
        }
    }
}
