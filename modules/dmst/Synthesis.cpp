#include "dmst/Synthesis.h"

#include "dmst/ExportStore.h"
#include "dmst/RecordStore.h"
#include "pdp/PdpStore.h"
#include "pdp/WorkerDue.h"
#include "scheduling/DemandStore.h"
#include "security/AccessPolicy.h"
#include "security/PdpPolicy.h"
#include "thesaurus/ThesaurusStore.h"
#include "workforce/EmploymentStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::dmst {
using core::ErrorCode;
using core::Result;
using security::Action;

namespace {
QString day(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

// A refusal of the policy (audited by the store) leaves the section out and says why; any other
// failure is the caller's.
template<class T>
bool keep(const Result<T>& r, RecordSynthesis& out, std::optional<core::Error>& failure)
{
    if (r)
        return true;
    if (r.error().code == ErrorCode::Denied) {
        if (!out.refusals.contains(r.error().message))
            out.refusals << r.error().message;
    } else if (!failure) {
        failure = r.error();
    }
    return false;
}

QString visitKindLabel(security::Session& s, const QString& code)
{
    if (auto found = thesaurus::ThesaurusStore::find(s, QStringLiteral("visit_kind"), code); found && found.value())
        return found.value()->labelFr;
    return code;
}
} // namespace

QString alertKindCode(AlertKind k)
{
    switch (k) {
    case AlertKind::Sir: return QStringLiteral("sir");
    case AlertKind::Rqth: return QStringLiteral("rqth");
    case AlertKind::InvalidityPension: return QStringLiteral("invalidity");
    case AlertKind::Opposition: return QStringLiteral("opposition");
    case AlertKind::AccessRequest: return QStringLiteral("access_request");
    case AlertKind::Ins: return QStringLiteral("ins");
    }
    return {};
}

Result<RecordSynthesis> SynthesisStore::of(security::Session& s, const QString& workerId)
{
    const security::Role role = s.account().role;
    const QDate today = s.clock().today();
    const auto reads = [role](int part) { return security::AccessPolicy::matrixAllows(role, part, Action::Read); };
    RecordSynthesis out;
    std::optional<core::Error> failure;

    // 1° The identity: without it, no record is shown at all.
    auto identity = RecordStore::identity(s, workerId);
    if (!identity)
        return identity.error();
    out.identity = identity.value();
    if (identity.value().insStatus != QLatin1String("QUAL"))
        out.alerts << SynthesisAlert{AlertKind::Ins, QCoreApplication::translate("vigie::dmst", "Identity not qualified (INS status %1): check an identity document").arg(identity.value().insStatus)};
    // The worker's situations declared by the employer (medico-administrative data of 1°).
    if (auto situation = scheduling::DemandStore::situationOf(s, workerId); situation) {
        if (situation.value().has(scheduling::Flag::Rqth))
            out.alerts << SynthesisAlert{AlertKind::Rqth, QCoreApplication::translate("vigie::dmst", "RQTH: recognised disabled worker (SIA follow-up)")};
        if (situation.value().has(scheduling::Flag::InvalidityPension))
            out.alerts << SynthesisAlert{AlertKind::InvalidityPension, QCoreApplication::translate("vigie::dmst", "Invalidity pension (SIA follow-up)")};
    }

    // 2° Posts with their follow-up category, exposures.
    if (reads(Part::Exposures)) {
        auto employments = workforce::EmploymentStore::ofWorker(s, workerId);
        if (keep(employments, out, failure)) {
            QList<SynthesisPost> posts;
            for (const workforce::EmploymentFollowUp& e : employments.value()) {
                const QDate end = QDate::fromString(e.end, Qt::ISODate);
                if (end.isValid() && end < today)
                    continue;
                SynthesisPost p;
                p.establishment = e.establishmentName;
                p.post = e.postTitle;
                p.start = QDate::fromString(e.start, Qt::ISODate);
                p.category = scheduling::codeOf(e.effective);
                p.decided = e.override.has_value();
                p.reason = p.decided && !e.overrideReason.isEmpty() ? e.overrideReason : e.reason;
                posts << p;
                if (e.effective == scheduling::Category::Sir)
                    out.alerts << SynthesisAlert{AlertKind::Sir, p.reason.isEmpty() ? QCoreApplication::translate("vigie::dmst", "Reinforced follow-up (SIR): %1").arg(p.post)
                                                                                      : QCoreApplication::translate("vigie::dmst", "Reinforced follow-up (SIR): %1 — %2").arg(p.post, p.reason)};
            }
            out.posts = posts;
        }
        auto exposures = RecordStore::exposures(s, workerId);
        if (keep(exposures, out, failure)) {
            QList<Exposure> list = exposures.value();
            // Current ones first (no end, or an end not passed), each group latest start first.
            std::stable_sort(list.begin(), list.end(), [&today](const Exposure& a, const Exposure& b) {
                const bool ca = !a.end.isValid() || a.end >= today;
                const bool cb = !b.end.isValid() || b.end >= today;
                return ca && !cb;
            });
            out.exposures = list;
        }
    }

    // The next visits the follow-up rules find due (they read the stoppages: the PDP policy).
    if (security::AccessPolicy::pdpAllows(role, security::PdpItem::Stoppage, Action::Read)) {
        auto due = pdp::WorkerDue::of(s, workerId, today);
        if (keep(due, out, failure)) {
            QList<scheduling::DueVisit> list = due.value();
            std::stable_sort(list.begin(), list.end(), [](const scheduling::DueVisit& a, const scheduling::DueVisit& b) { return a.latest < b.latest; });
            QList<SynthesisDue> next;
            for (const scheduling::DueVisit& d : list) {
                if (next.size() >= NextDue)
                    break;
                const QString code = scheduling::codeOf(d.kind);
                next << SynthesisDue{code, visitKindLabel(s, code), d.earliest.value_or(QDate()), d.latest, d.overdue,
                                     d.performer == scheduling::Performer::Mt, scheduling::basisText(d.basis)};
            }
            out.due = next;
        }
    }

    // 3° The last conclusions (closed consultations, corrections in force).
    if (reads(Part::Health)) {
        auto list = ConsultationStore::list(s, workerId);
        if (keep(list, out, failure)) {
            QList<ConsultationSummary> last;
            for (const ConsultationSummary& c : list.value())
                if (c.closed && c.supersededBy.isEmpty() && last.size() < LastConclusions) {
                    last << c;
                    last.last().kind = visitKindLabel(s, c.kind); // for people: the label, not the code
                }
            out.conclusions = last;
        }
    }

    // 5° The last documents (those not superseded by a correction).
    if (reads(Part::Documents)) {
        auto list = DocumentStore::list(s, workerId);
        if (keep(list, out, failure)) {
            QList<StoredDocument> last;
            for (const StoredDocument& d : list.value())
                if (d.supersededBy.isEmpty() && last.size() < LastDocuments)
                    last << d;
            out.documents = last;
        }
    }

    // 6° A request for the record not yet answered.
    if (reads(Part::Rights)) {
        auto requests = ExportStore::requests(s, workerId);
        if (keep(requests, out, failure))
            for (const AccessRequest& r : requests.value()) {
                const RequestState state = requestState(r.dueOn, r.fulfilledOn, today);
                if (state == RequestState::Pending)
                    out.alerts << SynthesisAlert{AlertKind::AccessRequest, QCoreApplication::translate("vigie::dmst", "Request for the record of %1: to answer by %2").arg(day(r.requestedOn), day(r.dueOn))};
                else if (state == RequestState::Overdue)
                    out.alerts << SynthesisAlert{AlertKind::AccessRequest, QCoreApplication::translate("vigie::dmst", "Request for the record of %1: overdue since %2").arg(day(r.requestedOn), day(r.dueOn))};
            }
    }

    // 7° Oppositions in force.
    if (reads(Part::Consents)) {
        auto consents = RecordStore::consents(s, workerId);
        if (keep(consents, out, failure))
            for (const Consent& c : consents.value())
                if (c.kind != ConsentKind::TelehealthConsent && !c.withdrawnOn.isValid())
                    out.alerts << SynthesisAlert{AlertKind::Opposition, QCoreApplication::translate("vigie::dmst", "%1 since %2").arg(consentKindText(c.kind), day(c.givenOn))};
    }

    // An open job-retention case.
    if (security::AccessPolicy::pdpAllows(role, security::PdpItem::Case, Action::Read)) {
        auto cases = pdp::PdpStore::cases(s, true);
        if (keep(cases, out, failure)) {
            std::optional<SynthesisPdp> open;
            for (const pdp::CaseSummary& c : cases.value())
                if (c.workerId == workerId && !c.closed)
                    open = SynthesisPdp{c.opened, c.inCharge, c.nextReview.value_or(QDate())};
            out.pdp.emplace(open);
        }
    }

    if (failure)
        return *failure;
    return out;
}

} // namespace vigie::dmst
