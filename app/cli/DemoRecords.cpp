#include "DemoRecords.h"

#include "core/Clock.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"
#include "scheduling/AppointmentStore.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <random>

namespace vigie::cli {
using core::Error;
using core::Result;
using core::Status;

namespace {

constexpr int PastDays = 31; // the appointments' month (DemoAppointments.cpp), with a day to spare

// What the demo needs to know of the worker seen (read-only selection, as the other demo parts do).
struct Seen {
    QString postTitle;
    QString followUp; // SI, SIA, SIR
    QDate employedSince;
    QString naf;
    QString enterprise;
    QString insStatus;
    QString insAttributes;
    QStringList sirExposures;
    QDate lastVisit;     // the latest visit done before the window, from the history
    QString lastVisitKind;
};

Result<Seen> seen(security::Session& s, const scheduling::Appointment& a, const QDate& before)
{
    Seen out;
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT e.id, e.post_title, coalesce(e.follow_up, 'SI'), e.start_date, coalesce(es.naf, ''), en.name, "
                             "coalesce(w.ins_status, 'PROV'), coalesce(w.ins_attributes, '') FROM employments e "
                             "JOIN establishments es ON es.id = e.establishment_id JOIN enterprises en ON en.id = es.enterprise_id "
                             "JOIN workers w ON w.id = e.worker_id WHERE e.worker_id = ? AND e.deleted = 0 "
                             "ORDER BY (e.id = ?) DESC, e.start_date DESC LIMIT 1"));
    q.addBindValue(a.workerId);
    q.addBindValue(a.employmentId);
    if (!q.exec())
        return Error{core::ErrorCode::Storage, storage::sqlErrorText(q)};
    if (!q.next())
        return out;
    const QString employmentId = q.value(0).toString();
    out.postTitle = q.value(1).toString();
    out.followUp = q.value(2).toString();
    out.employedSince = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    out.naf = q.value(4).toString();
    out.enterprise = q.value(5).toString();
    out.insStatus = q.value(6).toString();
    out.insAttributes = q.value(7).toString();
    QSqlQuery x(s.db().sql());
    x.prepare(QStringLiteral("SELECT exposure_code FROM employment_exposures WHERE employment_id = ? AND deleted = 0 ORDER BY exposure_code"));
    x.addBindValue(employmentId);
    if (!x.exec())
        return Error{core::ErrorCode::Storage, storage::sqlErrorText(x)};
    while (x.next())
        out.sirExposures << x.value(0).toString();
    QSqlQuery v(s.db().sql());
    v.prepare(QStringLiteral("SELECT visit_date, kind FROM visits WHERE worker_id = ? AND deleted = 0 AND status = 'done' AND visit_date < ? "
                             "ORDER BY visit_date DESC LIMIT 1"));
    v.addBindValue(a.workerId);
    v.addBindValue(before.toString(Qt::ISODate));
    if (!v.exec())
        return Error{core::ErrorCode::Storage, storage::sqlErrorText(v)};
    if (v.next()) {
        out.lastVisit = QDate::fromString(v.value(0).toString(), Qt::ISODate);
        out.lastVisitKind = v.value(1).toString();
    }
    return out;
}

// Exposures of the sector (NAF division), with the prevention in place.
struct SectorExposure {
    const char* code;
    dmst::Intensity intensity;
    const char* prevention;
};
QList<SectorExposure> sectorExposures(const QString& naf)
{
    using dmst::Intensity;
    const int division = naf.left(2).toInt();
    if (division <= 3)
        return {{"BIOM.MANUTENTION", Intensity::Medium, "Aides à la manutention partielles"},
                {"PHYS.UV_SOLAIRE", Intensity::Medium, "Chapeau, pauses à l'ombre l'été"}};
    if (division >= 10 && division <= 33)
        return {{"PHYS.BRUIT.80", Intensity::Medium, "Bouchons moulés portés ; capotage des presses"},
                {"BIOM.REPETITIF", Intensity::Medium, "Rotation des postes toutes les deux heures"}};
    if (division >= 41 && division <= 43)
        return {{"BIOM.MANUTENTION", Intensity::High, "Lève-charges sur les chantiers importants"},
                {"BIOM.POSTURES.GENOUX", Intensity::Medium, "Genouillères fournies"},
                {"PHYS.VIBRATIONS_CE", Intensity::Low, "Sièges suspendus"}};
    if (division >= 45 && division <= 47)
        return {{"BIOM.MANUTENTION", Intensity::Medium, "Transpalettes électriques"},
                {"BIOM.STATION_DEBOUT", Intensity::Medium, "Tapis anti-fatigue en caisse"}};
    if (division >= 49 && division <= 53)
        return {{"PHYS.VIBRATIONS_CE", Intensity::Medium, "Véhicules récents, sièges suspendus"},
                {"BIOM.MANUTENTION", Intensity::Medium, "Hayons élévateurs"}};
    if (division >= 55 && division <= 56)
        return {{"BIOM.STATION_DEBOUT", Intensity::High, "Pauses organisées"}, {"PHYS.CHALEUR", Intensity::Medium, "Hotte et ventilation en cuisine"}};
    if (division >= 86 && division <= 88)
        return {{"BIOM.MANUTENTION", Intensity::High, "Lève-personnes et draps de glisse"},
                {"PSY.EXIGENCES_EMOTIONNELLES", Intensity::Medium, "Groupes de parole mensuels"}};
    return {{"BIOM.ECRAN", Intensity::Medium, "Écrans réglables, pauses visuelles"}, {"PSY.INTENSITE", Intensity::Low, "Entretiens annuels de charge"}};
}

const char* const FormerEmployers[] = {"Boulangerie Martin", "Transports Rhodaniens", "Supermarché du Centre", "Mairie de Bron",
                                       "Intérim Rhône Emploi", "Garage des Brotteaux", "Clinique du Parc", "Menuiserie Perrin"};
const char* const FormerPosts[] = {"Vendeur", "Préparateur de commandes", "Agent d'entretien", "Employé administratif",
                                   "Manutentionnaire", "Serveur", "Aide-soignant", "Chauffeur-livreur"};
const char* const Interviews[] = {
    "Se sent bien à son poste. Pas d'arrêt de travail depuis la dernière visite. Sommeil correct.",
    "Quelques douleurs lombaires en fin de semaine, soulagées par le repos. Pas de traitement en cours.",
    "Nouvelle organisation de l'équipe depuis six mois, charge de travail jugée soutenue mais tenable.",
    "Aucune plainte. Pratique une activité sportive régulière. Vaccinations à jour selon le salarié.",
    "Gêne auditive ponctuelle après les journées en atelier. Porte ses protections la plupart du temps.",
    "Fatigue visuelle en fin de journée sur écran. Pas d'autre plainte.",
};
const char* const Conclusions[] = {
    "Pas de contre-indication médicale au poste. Suivi habituel.",
    "Pas de contre-indication au poste. Conseils d'hygiène posturale donnés.",
    "Compatible avec le poste. Rappel du port des protections auditives.",
    "Pas de contre-indication. Revoir à la demande en cas de gêne persistante.",
};

QDateTime parisInstant(const QDate& day, int minutes)
{
    static const QTimeZone paris("Europe/Paris");
    return QDateTime(day, QTime(minutes / 60, minutes % 60), paris).toUTC();
}

class Filler {
public:
    Filler(security::Session& s, core::ManualClock& clock, std::mt19937_64& rng, DemoRecordCounts& counts)
        : m_s(s), m_clock(clock), m_rng(rng), m_counts(counts)
    {
    }

    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    // The record as a professional completes it at the worker's first visit.
    Status firstVisit(const QString& workerId, const Seen& w, const QDate& day)
    {
        const int roll = between(0, 99);
        dmst::IdentityCheck check;
        check.workerId = workerId;
        check.document = roll < 70 ? dmst::IdentityDocument::IdCard : roll < 90 ? dmst::IdentityDocument::Passport : dmst::IdentityDocument::ResidencePermit;
        check.checkedOn = day;
        if (auto r = dmst::RecordStore::recordIdentityCheck(m_s, check); !r)
            return r.error();
        ++m_counts.identityChecks;
        // What the check allows (RNIV): a provisional identity becomes validated, a recovered one qualified.
        const bool doubtful = w.insAttributes.contains(QLatin1String("DOUT")) || w.insAttributes.contains(QLatin1String("FICT"));
        if (!doubtful && (w.insStatus == QLatin1String("PROV") || w.insStatus == QLatin1String("RECUP")))
            if (Status st = dmst::RecordStore::setInsStatus(m_s, workerId, w.insStatus == QLatin1String("PROV") ? QStringLiteral("VALI") : QStringLiteral("QUAL"));
                !st)
                return st;
        if (auto informed = dmst::RecordStore::rightsInformed(m_s, workerId); !informed)
            return informed.error();
        else if (!informed.value())
            if (auto r = dmst::RecordStore::recordRightsInformation(m_s, dmst::RightsInformation{{}, workerId, day, dmst::InformationMeans::Paper, false, {}});
                !r)
                return r.error();
        // 2°: the former job, the current post and its exposures (the declared SIR ones included).
        dmst::WorkHistoryEntry former;
        former.workerId = workerId;
        former.employer = QString::fromUtf8(FormerEmployers[between(0, int(std::size(FormerEmployers)) - 1)]);
        former.post = QString::fromUtf8(FormerPosts[between(0, int(std::size(FormerPosts)) - 1)]);
        const QDate since = w.employedSince.isValid() ? w.employedSince : day.addYears(-1);
        former.end = since.addDays(-between(20, 200));
        former.start = former.end.addDays(-between(300, 3000));
        if (auto r = dmst::RecordStore::addWorkHistory(m_s, former); !r)
            return r.error();
        dmst::WorkHistoryEntry current;
        current.workerId = workerId;
        current.employer = w.enterprise;
        current.post = w.postTitle.isEmpty() ? QStringLiteral("Employé") : w.postTitle;
        current.naf = w.naf;
        current.start = since;
        auto currentId = dmst::RecordStore::addWorkHistory(m_s, current);
        if (!currentId)
            return currentId.error();
        m_counts.workHistory += 2;
        QList<SectorExposure> exposures = sectorExposures(w.naf);
        if (between(0, 2) == 0)
            exposures.removeLast();
        QList<std::pair<QString, SectorExposure>> all;
        for (const QString& code : w.sirExposures)
            all.append({code, SectorExposure{nullptr, dmst::Intensity::High, "Protections collectives et individuelles ; suivi individuel renforcé"}});
        for (const SectorExposure& e : std::as_const(exposures))
            all.append({QLatin1String(e.code), e});
        for (const auto& [code, e] : std::as_const(all)) {
            dmst::Exposure x;
            x.workerId = workerId;
            x.workHistoryId = currentId.value();
            x.code = code;
            x.intensity = e.intensity;
            x.start = since;
            x.prevention = QString::fromUtf8(e.prevention);
            if (auto r = dmst::RecordStore::addExposure(m_s, x); !r)
                return r.error();
            ++m_counts.exposures;
        }
        // 7°: consents and oppositions as workers give them (never the opposition to the team's access,
        // which would close the record to the team that fills it).
        const int c = between(0, 99);
        if (c < 35 || c >= 95) {
            const dmst::ConsentKind kind = c < 35 ? dmst::ConsentKind::TelehealthConsent
                                           : c < 98 ? dmst::ConsentKind::OppositionDmp
                                                    : dmst::ConsentKind::OppositionOtherServices;
            if (auto r = dmst::RecordStore::recordConsent(m_s, dmst::Consent{{}, workerId, kind, day, {}, {}}); !r)
                return r.error();
            ++m_counts.consents;
        }
        // 4°: a letter now and then, received from the attending doctor or sent to a specialist.
        const int l = between(0, 99);
        if (l < 25) {
            dmst::Correspondence letter;
            letter.workerId = workerId;
            letter.received = l < 15;
            letter.correspondent = letter.received ? QStringLiteral("Dr Bernard Aubry, médecin traitant") : QStringLiteral("Dr Anne Vidal, rhumatologue");
            letter.dated = letter.received ? day.addDays(-between(5, 40)) : day;
            letter.subject = letter.received ? QStringLiteral("Courrier du médecin traitant : antécédents et traitement en cours")
                                             : QStringLiteral("Demande d'avis spécialisé : douleurs lombaires au poste");
            letter.body = letter.received ? QStringLiteral("Cher confrère, je vous adresse mon patient pour sa visite. Lombalgies traitées en 2024, "
                                                           "kinésithérapie terminée. Aucun traitement au long cours.")
                                          : QStringLiteral("Chère consœur, merci de bien vouloir recevoir ce salarié pour un avis sur des "
                                                           "lombalgies récidivantes ; les contraintes du poste sont jointes.");
            if (auto r = dmst::RecordStore::addCorrespondence(m_s, letter); !r)
                return r.error();
            ++m_counts.letters;
        }
        return {};
    }

    // A consultation closed at `end`, with its signed documents.
    Status consultation(const QString& workerId, const Seen& w, const QString& kind, const QString& establishmentId,
                        const QString& appointmentId, const QDate& day, int start, int end, bool inaptitude)
    {
        m_clock.set(parisInstant(day, start));
        dmst::Consultation c;
        c.workerId = workerId;
        c.appointmentId = appointmentId;
        c.establishmentId = establishmentId;
        c.kind = kind;
        c.reason = w.postTitle.isEmpty() ? kind : QStringLiteral("Poste : %1").arg(w.postTitle);
        c.visitDate = day;
        c.arrival = QTime(start / 60, start % 60);
        c.departure = QTime(end / 60, end % 60);
        c.interview = QString::fromUtf8(Interviews[between(0, int(std::size(Interviews)) - 1)]);
        c.heightCm = between(155, 192);
        const double bmi = 19.0 + between(0, 110) / 10.0;
        c.weightKg = std::round(bmi * (*c.heightCm / 100.0) * (*c.heightCm / 100.0));
        c.systolic = between(108, 146);
        c.diastolic = between(64, 92);
        c.vision = between(0, 4) == 0 ? QStringLiteral("OD 8/10, OG 9/10 sans correction") : QStringLiteral("OD 10/10, OG 10/10");
        c.hearing = w.naf.left(2).toInt() >= 10 && w.naf.left(2).toInt() <= 33 && between(0, 3) == 0
                        ? QStringLiteral("Encoche à 4 kHz bilatérale, légère")
                        : QStringLiteral("Audition normale");
        c.urine = QStringLiteral("Bandelette urinaire normale");
        c.examination = QStringLiteral("Examen clinique sans particularité.");
        const bool adjust = inaptitude || between(0, 99) < 8;
        if (adjust) {
            c.problems = inaptitude ? QStringLiteral("Lombosciatique chronique, port de charges impossible")
                                    : QStringLiteral("Lombalgies récidivantes");
            c.examination = QStringLiteral("Raideur lombaire, Lasègue négatif.");
        }
        // Who signs an avis or a proposal here: the médecin du travail, and the collaborator physician under
        // the team's written protocol (the demo's intern has none: attestations and prevention orders only).
        const bool physician = m_s.account().role == security::Role::Physician || m_s.account().role == security::Role::CollaboratorPhysician;
        if (!physician && between(0, 9) == 0) {
            c.orientation = dmst::Orientation::Physician;
            c.orientationNote = QStringLiteral("À revoir par le médecin du travail (tension artérielle à contrôler)");
        }
        c.conclusion = inaptitude ? QStringLiteral("Inaptitude au poste à prévoir après étude de poste.")
                       : adjust   ? QStringLiteral("Aménagement du poste proposé à l'employeur.")
                                  : QString::fromUtf8(Conclusions[between(0, int(std::size(Conclusions)) - 1)]);
        auto id = dmst::ConsultationStore::startDraft(m_s, c);
        if (!id)
            return id.error();
        m_clock.set(parisInstant(day, end));
        if (Status st = dmst::ConsultationStore::close(m_s, id.value()); !st)
            return st;
        ++m_counts.consultations;

        // The documents handed out at the end of the visit; an avis d'aptitude when the record shows a post
        // under reinforced follow-up at this employer on that day (as DocumentStore reads it).
        QSqlQuery q(m_s.db().sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM employments WHERE worker_id = ? AND establishment_id = ? AND deleted = 0 "
                                 "AND follow_up = 'SIR' AND (end_date IS NULL OR end_date >= ?)"));
        q.addBindValue(workerId);
        q.addBindValue(establishmentId);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            return Status::fail(core::ErrorCode::Storage, storage::sqlErrorText(q));
        const bool sir = q.value(0).toInt() > 0;
        QList<dmst::DocumentRequest> docs;
        dmst::DocumentRequest base;
        base.consultationId = id.value();
        if (inaptitude) {
            dmst::DocumentRequest r = base;
            r.kind = dmst::DocumentKind::Inaptitude;
            r.fitness = dmst::fitnessCode(dmst::Fitness::Unfit);
            r.postStudyOn = day.addDays(-12);
            r.conditionsStudyOn = day.addDays(-12);
            r.employerExchangeOn = day.addDays(-5);
            r.conclusion = QStringLiteral("Inapte au poste de manutentionnaire. Pourrait occuper un poste sans port de charges supérieur à 5 kg, "
                                          "sans posture penchée prolongée, de type administratif ou de contrôle.");
            docs << r;
        } else if (kind != QLatin1String("PRE_RETURN")) {
            dmst::DocumentRequest r = base;
            if (sir && physician) {
                r.kind = dmst::DocumentKind::Aptitude;
                r.fitness = dmst::fitnessCode(adjust ? dmst::Fitness::FitWithAdjustments : dmst::Fitness::Fit);
                r.nextVisitOn = day.addYears(2);
            } else {
                r.kind = dmst::DocumentKind::Attestation;
                r.nextVisitOn = day.addYears(w.followUp == QLatin1String("SI") ? 5 : w.followUp == QLatin1String("SIA") ? 3 : 2);
            }
            docs << r;
        }
        if (adjust && physician && !inaptitude) {
            dmst::DocumentRequest r = base;
            r.kind = dmst::DocumentKind::Adjustment;
            r.measureCodes = between(0, 1) ? QStringList{QStringLiteral("RESTRICTION.LOADS"), QStringLiteral("POST.ERGONOMIC")}
                                           : QStringList{QStringLiteral("RESTRICTION.POSTURES"), QStringLiteral("POST.TECHNICAL_AID")};
            r.conclusion = QStringLiteral("Port de charges limité à 10 kg pendant trois mois ; poste à aménager pour éviter les flexions "
                                          "répétées du tronc.");
            docs << r;
        }
        if (between(0, 99) < 12) {
            dmst::DocumentRequest r = base;
            r.kind = dmst::DocumentKind::PreventionOrder;
            r.risks = QStringLiteral("Port de charges et postures contraignantes au poste ; travail en horaires décalés.");
            r.advice = QStringLiteral("Utiliser les aides à la manutention ; échauffement avant la prise de poste ; "
                                      "préserver un sommeil de 7 heures après les postes de nuit.");
            r.healthIssues = adjust ? QStringLiteral("Lombalgies : reprendre contact en cas de récidive.") : QString();
            r.contact = QStringLiteral("Service de prévention et de santé au travail, 04 72 00 00 00");
            docs << r;
        }
        for (const dmst::DocumentRequest& r : std::as_const(docs)) {
            auto doc = dmst::DocumentStore::draft(m_s, r);
            if (!doc)
                return doc.error();
            if (Status st = dmst::DocumentStore::sign(m_s, doc.value()); !st)
                return st;
            ++m_counts.documents;
        }
        return {};
    }

private:
    security::Session& m_s;
    core::ManualClock& m_clock;
    std::mt19937_64& m_rng;
    DemoRecordCounts& m_counts;
};

// Visits only the médecin du travail performs (R4623-14 II).
bool physicianOnly(const QString& kind)
{
    return kind == QLatin1String("EMA") || kind == QLatin1String("EMA_RENEWAL") || kind == QLatin1String("POST_EXPOSURE");
}

} // namespace

Result<DemoRecordCounts> populateDemoRecords(const QString& databasePath, const QString& password, const core::Clock& clock, quint64 seed,
                                             const std::function<void(const QString&)>& progress)
{
    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Medical records: consultations and signed documents…"));
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + 23);
    DemoRecordCounts counts;
    const QDate today = clock.today();
    const QDateTime now = clock.nowUtc();
    QSet<QString> furnished;
    for (const QString& login : {QStringLiteral("medecin"), QStringLiteral("medecin2"), QStringLiteral("collaborateur"), QStringLiteral("interne"),
                                 QStringLiteral("infirmier")}) {
        core::ManualClock at(now);
        auto signedIn = security::signIn(databasePath, login, password, at);
        if (!signedIn)
            return signedIn.error();
        security::Session& s = *signedIn.value();
        // Thousands of small committed writes into a database being created: without a disk flush at each
        // commit (a crash during `demo` leaves a database to delete and make again anyway).
        if (QSqlQuery fast(s.db().sql()); !fast.exec(QStringLiteral("PRAGMA synchronous = OFF")))
            return Error{core::ErrorCode::Storage, storage::sqlErrorText(fast)};
        auto appointments = scheduling::AppointmentStore::between(s, today.addDays(-PastDays), today);
        if (!appointments)
            return appointments.error();
        Filler fill(s, at, rng, counts);
        const bool physician = s.account().role == security::Role::Physician;
        // The workers who opposed access by the team's other professionals (DemoService.cpp records
        // two): only a physician fills their records, so the demo's trail holds no refusal.
        QSet<QString> opposed;
        if (!physician) {
            QSqlQuery o(s.db().sql());
            if (!o.exec(QStringLiteral("SELECT DISTINCT worker_id FROM oppositions")))
                return Error{core::ErrorCode::Storage, storage::sqlErrorText(o)};
            while (o.next())
                opposed.insert(o.value(0).toString());
        }
        bool inaptitudeGiven = false;
        for (const scheduling::Appointment& a : appointments.value()) {
            if (a.professionalId != s.account().id || a.status != scheduling::AppointmentStatus::Done || opposed.contains(a.workerId))
                continue;
            auto w = seen(s, a, today.addDays(-PastDays));
            if (!w)
                return w.error();
            const QString kind = scheduling::codeOf(a.kind);
            if (!furnished.contains(a.workerId)) {
                furnished.insert(a.workerId);
                // For half of them, the record's earlier consultation, from the history's last visit, when this
                // professional may have done it (the others' records start at this visit: keeps the demo fast).
                const bool earlier = fill.between(0, 1) == 0 && w.value().lastVisit.isValid() && w.value().lastVisit > a.day.addYears(-6);
                const QDate first = earlier ? w.value().lastVisit : a.day;
                at.set(parisInstant(first, a.start));
                if (Status st = fill.firstVisit(a.workerId, w.value(), first); !st)
                    return st.error();
                if (first < a.day && (!physicianOnly(w.value().lastVisitKind) || physician))
                    if (Status st = fill.consultation(a.workerId, w.value(), w.value().lastVisitKind, a.establishmentId, {}, first, a.start, a.end, false);
                        !st)
                        return st.error();
            }
            // One avis d'inaptitude per physician, after a return-to-work or on-request visit.
            const bool inaptitude = physician && !inaptitudeGiven && w.value().followUp != QLatin1String("SIR") &&
                                    (a.kind == scheduling::VisitKind::Return || a.kind == scheduling::VisitKind::OnRequest);
            inaptitudeGiven = inaptitudeGiven || inaptitude;
            if (Status st = fill.consultation(a.workerId, w.value(), kind, a.establishmentId, a.id, a.day, a.start, a.end, inaptitude); !st)
                return st.error();
        }
    }
    return counts;
}

} // namespace vigie::cli
