#pragma once
// What the follow-up screens read besides DemandStore and AppointmentStore (issue 6 part 6): the
// establishments of the account's teams, the member companies it follows, and one company's view of
// its current workers' follow-up — what the service sends the employer.
//
// Medical secrecy: the company view holds dates, kinds of visit and the follow-up category, never a
// medical content. It also leaves out the visits the employer need not know of: a pre-return visit
// (R4624-29: the employer is told only if the worker agrees) and a visit on request (R4624-34: the
// worker may ask without telling the employer).
//
// Rights: the Planning module, and only the establishments of the account's teams; another company
// is refused and audited. Each read of a company's view is audited (identifiers only).

#include "core/Result.h"
#include "scheduling/Category.h"
#include "scheduling/FollowUp.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::scheduling {

struct TeamEstablishment {
    QString teamId;
    QString teamName;
    QString establishmentId;
    QString establishmentName;
    QString city;
};

struct Company {
    QString id;
    QString siren;
    QString name;
    QStringList establishmentIds; // those of the account's teams only
};

struct WorkerFollowUp {
    QString workerId;
    QString workerName;       // "DUPONT Marie"
    QString establishmentName;
    Category category = Category::Si; // in force (the physician's decision, else the computed one); the highest of his current posts
    std::optional<QDate> lastVisit;
    std::optional<VisitKind> lastVisitKind;
    std::optional<NextDeadline> next;
    WorkerState state = WorkerState::UpToDate;
    std::optional<QDate> nextAppointment;
    std::optional<VisitKind> nextAppointmentKind;
};

struct CompanyFollowUp {
    Company company;
    QDate today;
    QDate horizon;
    QList<WorkerFollowUp> workers; // by name
    int upToDatePercent() const;
    int count(WorkerState state) const;
};

namespace FollowUpStore {

// The establishments in charge of `teamIds` (which the caller got from AgendaStore::teamsToPlan), by
// team name then establishment name.
core::Result<QList<TeamEstablishment>> teamEstablishments(security::Session& session, const QStringList& teamIds);

// The member companies with at least one establishment in the account's teams, by name.
core::Result<QList<Company>> companies(security::Session& session);

// One company, by its id or its SIREN. ErrorCode::Invalid when there is none; Denied (audited) when
// none of its establishments is in the account's teams.
core::Result<Company> company(security::Session& session, const QString& idOrSiren);

// Every worker with an employment current on `today` in the company's establishments (of the
// account's teams): category, last visit, next statutory deadline (rules of Rules.h as DemandStore
// reads them), state against `horizon`, next appointment. Audited.
core::Result<CompanyFollowUp> companyFollowUp(security::Session& session, const QString& idOrSiren, QDate today, QDate horizon);

} // namespace FollowUpStore
} // namespace vigie::scheduling
