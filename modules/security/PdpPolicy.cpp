#include "security/PdpPolicy.h"

#include <QCoreApplication>

#include <array>

namespace vigie::security {
namespace {

// One row per role, one cell per item: R read, W write, E print/export.
struct PdpRow {
    Role role;
    std::array<const char*, 7> items;
};
constexpr std::array<PdpRow, 10> Table{{
    //                               stoppage case    medical cell    social  outcome meeting
    {Role::Physician,             {{"RW",    "RW",   "RW",   "RW",   "RW",   "RW",   "RWE"}}},
    {Role::CollaboratorPhysician, {{"RW",    "RW",   "RW",   "RW",   "R",    "RW",   "RWE"}}},
    {Role::Intern,                {{"R",     "",     "",     "",     "",     "",     ""}}},
    {Role::Nurse,                 {{"RW",    "RW",   "RW",   "RW",   "R",    "RW",   "RWE"}}},
    {Role::Iprp,                  {{"",      "",     "",     "",     "",     "",     ""}}},
    {Role::Asst,                  {{"RW",    "",     "",     "",     "",     "",     ""}}},
    {Role::SocialWorker,          {{"R",     "RW",   "R",    "RW",   "RW",   "RW",   "RWE"}}},
    {Role::Planner,               {{"RW",    "",     "",     "",     "",     "",     ""}}},
    {Role::Director,              {{"",      "",     "",     "",     "",     "",     ""}}},
    {Role::Admin,                 {{"",      "",     "",     "",     "",     "",     ""}}},
}};

char letterOf(Action a)
{
    switch (a) {
    case Action::Read: return 'R';
    case Action::Write: return 'W';
    case Action::Sign: return 'S';
    case Action::Export: return 'E';
    }
    return '?';
}

QString itemPhrase(PdpItem item)
{
    switch (item) {
    case PdpItem::Stoppage: return QCoreApplication::translate("vigie::security", "work stoppages");
    case PdpItem::Case: return QCoreApplication::translate("vigie::security", "job-retention cases");
    case PdpItem::MedicalStep: return QCoreApplication::translate("vigie::security", "the visits and proposals of a job-retention case");
    case PdpItem::CellStep: return QCoreApplication::translate("vigie::security", "the steps of a job-retention case");
    case PdpItem::SocialFollowUp: return QCoreApplication::translate("vigie::security", "the social follow-up");
    case PdpItem::Outcome: return QCoreApplication::translate("vigie::security", "the outcome of a job-retention case");
    case PdpItem::CellMeeting: return QCoreApplication::translate("vigie::security", "the job-retention cell's meetings");
    }
    return {};
}
} // namespace

QString pdpItemCode(PdpItem item)
{
    switch (item) {
    case PdpItem::Stoppage: return QStringLiteral("stoppage");
    case PdpItem::Case: return QStringLiteral("case");
    case PdpItem::MedicalStep: return QStringLiteral("medical_step");
    case PdpItem::CellStep: return QStringLiteral("cell_step");
    case PdpItem::SocialFollowUp: return QStringLiteral("social_followup");
    case PdpItem::Outcome: return QStringLiteral("outcome");
    case PdpItem::CellMeeting: return QStringLiteral("cell_meeting");
    }
    return {};
}

QList<PdpItem> allPdpItems()
{
    return {PdpItem::Stoppage, PdpItem::Case, PdpItem::MedicalStep, PdpItem::CellStep, PdpItem::SocialFollowUp, PdpItem::Outcome,
            PdpItem::CellMeeting};
}

bool AccessPolicy::pdpAllows(Role role, PdpItem item, Action action)
{
    for (const PdpRow& row : Table)
        if (row.role == role)
            for (const char* c = row.items[size_t(item)]; *c; ++c)
                if (*c == letterOf(action))
                    return true;
    return false;
}

Decision AccessPolicy::canPdp(const Subject& subject, PdpItem item, Action action, const QStringList& workerTeams, bool concernsWorker)
{
    if (!pdpAllows(subject.role, item, action))
        return Decision{false, Decision::Reason::RoleMatrix,
                        QCoreApplication::translate("vigie::security", "Access refused: your role (%1) does not allow you to %2 %3")
                            .arg(roleTitle(subject.role),
                                 action == Action::Read    ? QCoreApplication::translate("vigie::security", "read")
                                 : action == Action::Write ? QCoreApplication::translate("vigie::security", "write")
                                                           : QCoreApplication::translate("vigie::security", "print or export"),
                                 itemPhrase(item))};
    if (concernsWorker) {
        bool shared = false;
        for (const QString& t : subject.teamIds)
            shared = shared || workerTeams.contains(t);
        if (!shared)
            return Decision{false, Decision::Reason::TeamScope,
                            QCoreApplication::translate("vigie::security", "Access refused: this worker is not followed by your team")};
    }
    return Decision{true, Decision::Reason::Allowed, {}};
}

} // namespace vigie::security
