#include "security/AccessPolicy.h"

#include <QCoreApplication>

#include <array>

namespace vigie::security {
namespace {

// The matrix of security-requirements.md §6.2, one row per role, one cell per DMST part 1°–7°.
// Letters: R read, W write, S sign (avis), E print/export. Lower case: only under a written protocol
// (collaborator physician, intern). Delegated roles (IPRP, ASST) hold their letters only through a
// live delegation (see needsDelegation).
struct MatrixRow {
    Role role;
    std::array<const char*, 7> parts;
};
constexpr std::array<MatrixRow, 10> Matrix{{
    //                               1°      2°      3°      4°      5°      6°     7°
    {Role::Physician,             {{"RWE", "RWE", "RWE", "RWE", "RWSE", "RWE", "RWE"}}},
    {Role::CollaboratorPhysician, {{"RWe", "RWe", "RWe", "RWe", "RWse", "RW",  "RW"}}},
    {Role::Intern,                {{"RW",  "RW",  "RW",  "RW",  "RWs",  "RW",  "RW"}}},
    {Role::Nurse,                 {{"RW",  "RW",  "RW",  "RW",  "RW",   "RW",  "RW"}}}, // W on 5° = attestation de suivi
    {Role::Iprp,                  {{"RW",  "RW",  "",    "",    "",     "",    ""}}},
    {Role::Asst,                  {{"RW",  "RW",  "",    "",    "",     "R",   ""}}},
    {Role::SocialWorker,          {{"",    "",    "",    "",    "",     "",    ""}}},
    {Role::Planner,               {{"",    "",    "",    "",    "",     "",    ""}}},
    {Role::Director,              {{"",    "",    "",    "",    "",     "",    ""}}},
    {Role::Admin,                 {{"",    "",    "",    "",    "",     "",    ""}}},
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

const char* cell(Role role, int part)
{
    if (part < FirstPart || part > LastPart)
        return "";
    for (const MatrixRow& row : Matrix)
        if (row.role == role)
            return row.parts[size_t(part - 1)];
    return "";
}

// Module permissions by role (issue 3): directors see aggregates only, the administrator manages
// accounts and keys and sees no health data.
struct ModuleRow {
    Module module;
    std::initializer_list<Role> roles;
};
const std::array<ModuleRow, 7>& moduleTable()
{
    static const std::array<ModuleRow, 7> table{{
        {Module::Records, {Role::Physician, Role::CollaboratorPhysician, Role::Intern, Role::Nurse, Role::Iprp, Role::Asst}},
        {Module::Planning, {Role::Physician, Role::CollaboratorPhysician, Role::Intern, Role::Nurse, Role::Asst, Role::Planner}},
        {Module::Membership, {Role::Physician, Role::Iprp, Role::Asst, Role::Planner}},
        {Module::CompanySheets, {Role::Physician, Role::CollaboratorPhysician, Role::Intern, Role::Nurse, Role::Iprp, Role::Asst}},
        {Module::Pdp, {Role::Physician, Role::CollaboratorPhysician, Role::Nurse, Role::SocialWorker}},
        {Module::Reports, {Role::Physician, Role::Director}},
        {Module::Administration, {Role::Admin}},
    }};
    return table;
}

// The action as a verb for messages (actionCode() is the audit trail's untranslated code).
QString actionPhrase(Action action)
{
    switch (action) {
    case Action::Read: return QCoreApplication::translate("vigie::security", "read");
    case Action::Write: return QCoreApplication::translate("vigie::security", "write");
    case Action::Sign: return QCoreApplication::translate("vigie::security", "sign");
    case Action::Export: return QCoreApplication::translate("vigie::security", "print or export");
    }
    return {};
}

Decision deny(Decision::Reason reason, const QString& message) { return Decision{false, reason, message}; }
} // namespace

QString actionCode(Action action)
{
    switch (action) {
    case Action::Read: return QStringLiteral("read");
    case Action::Write: return QStringLiteral("write");
    case Action::Sign: return QStringLiteral("sign");
    case Action::Export: return QStringLiteral("export");
    }
    return {};
}

QString moduleCode(Module module)
{
    switch (module) {
    case Module::Records: return QStringLiteral("records");
    case Module::Planning: return QStringLiteral("planning");
    case Module::Membership: return QStringLiteral("membership");
    case Module::CompanySheets: return QStringLiteral("companysheets");
    case Module::Pdp: return QStringLiteral("pdp");
    case Module::Reports: return QStringLiteral("reports");
    case Module::Administration: return QStringLiteral("administration");
    }
    return {};
}

QList<Module> allModules()
{
    return {Module::Records, Module::Planning, Module::Membership, Module::CompanySheets,
            Module::Pdp,     Module::Reports,  Module::Administration};
}

bool AccessPolicy::matrixAllows(Role role, int part, Action action)
{
    const char letter = letterOf(action);
    for (const char* c = cell(role, part); *c; ++c)
        if (*c == letter || *c == letter - 'A' + 'a')
            return true;
    return false;
}

bool AccessPolicy::needsProtocol(Role role, int part, Action action)
{
    const char lower = char(letterOf(action) - 'A' + 'a');
    for (const char* c = cell(role, part); *c; ++c)
        if (*c == lower)
            return true;
    return false;
}

bool AccessPolicy::needsDelegation(Role role) { return role == Role::Iprp || role == Role::Asst; }

bool AccessPolicy::subjectToOpposition(Role role) { return role != Role::Physician; }

Decision AccessPolicy::can(const Subject& subject, Action action, const RecordResource& resource, const QDate& today)
{
    // 1. The role may never do this on this part: the law decides, nothing else is checked.
    if (!matrixAllows(subject.role, resource.part, action))
        return deny(Decision::Reason::RoleMatrix,
                    QCoreApplication::translate("vigie::security",
                                                "Access refused: your role (%1) does not allow you to %2 part %3° of "
                                                "the medical record")
                        .arg(roleTitle(subject.role), actionPhrase(action))
                        .arg(resource.part));
    // 2. Opposition (L4624-8): every professional but the physician is refused the whole record.
    if (resource.opposition && subjectToOpposition(subject.role))
        return deny(Decision::Reason::Opposition,
                    QCoreApplication::translate("vigie::security", "Access refused: this worker has objected to access to their record by professionals "
                       "other than the occupational physician"));
    // 3. Team scope: only the workers of the establishments assigned to one's team.
    const auto sharesTeam = [&](const QStringList& teams) {
        for (const QString& t : teams)
            if (resource.teamIds.contains(t))
                return true;
        return false;
    };
    if (needsDelegation(subject.role)) {
        // 4. IPRP and assistants: only through a live delegation from a physician of the worker's team.
        for (const Delegation& d : subject.delegations)
            if (d.delegateId == subject.accountId && d.liveOn(today) && resource.teamIds.contains(d.teamId))
                return Decision{true, Decision::Reason::Allowed, {}};
        return deny(Decision::Reason::NoDelegation,
                    QCoreApplication::translate("vigie::security", "Access refused: no current delegation from the worker's occupational physician"));
    }
    if (!sharesTeam(subject.teamIds))
        return deny(Decision::Reason::TeamScope,
                    QCoreApplication::translate("vigie::security", "Access refused: this worker is not followed by your team"));
    // 5. Acts reserved to a written protocol (collaborator physician, intern), in a team of the worker
    //    where the protocol was given.
    if (needsProtocol(subject.role, resource.part, action) && !sharesTeam(subject.protocolTeamIds))
        return deny(Decision::Reason::RoleMatrix,
                    QCoreApplication::translate("vigie::security", "Access refused: this act requires a written protocol with the occupational physician"));
    return Decision{true, Decision::Reason::Allowed, {}};
}

Decision AccessPolicy::canUseModule(Role role, Module module)
{
    for (const ModuleRow& row : moduleTable())
        if (row.module == module)
            for (Role r : row.roles)
                if (r == role)
                    return Decision{true, Decision::Reason::Allowed, {}};
    return deny(Decision::Reason::NoModule,
                QCoreApplication::translate("vigie::security", "Access refused: your role (%1) does not use this module").arg(roleTitle(role)));
}

QList<Module> AccessPolicy::modulesFor(Role role)
{
    QList<Module> out;
    for (Module m : allModules())
        if (canUseModule(role, m))
            out << m;
    return out;
}

} // namespace vigie::security
