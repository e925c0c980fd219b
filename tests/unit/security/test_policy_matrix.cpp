// The whole matrix role × part × action, against an expectation written independently from
// security-requirements.md §6.2 (plain rules, not the engine's letter table), plus delegations,
// oppositions and team scope.
#include "catch_qt.h"

#include "security/AccessPolicy.h"

using namespace vigie::security;

namespace {
enum class Expect { Yes, WithProtocol, WithDelegation, No };

// §6.2, read row by row.
Expect expected(Role role, int part, Action action)
{
    const bool read = action == Action::Read, write = action == Action::Write, sign = action == Action::Sign,
               exportAct = action == Action::Export;
    switch (role) {
    case Role::Physician: // RW everywhere, sole signer of avis (5°), exports
        if (sign)
            return part == 5 ? Expect::Yes : Expect::No;
        return Expect::Yes;
    case Role::CollaboratorPhysician: // RW (opp.); 5° per written protocol; export per protocol; 6°/7° RW
        if (sign)
            return part == 5 ? Expect::WithProtocol : Expect::No;
        if (exportAct)
            return part <= 5 ? Expect::WithProtocol : Expect::No;
        return Expect::Yes;
    case Role::Intern: // RW (opp.); no final avis unless protocol; no export
        if (sign)
            return part == 5 ? Expect::WithProtocol : Expect::No;
        if (exportAct)
            return Expect::No;
        return Expect::Yes;
    case Role::Nurse: // RW (opp.); on 5° writes the attestation de suivi, never signs an avis; no export
        if (sign || exportAct)
            return Expect::No;
        return Expect::Yes;
    case Role::Iprp: // 1°, 2° RW if delegated
        return (part == 1 || part == 2) && (read || write) ? Expect::WithDelegation : Expect::No;
    case Role::Asst: // 1°, 2° RW if delegated; 6° R
        if ((part == 1 || part == 2) && (read || write))
            return Expect::WithDelegation;
        return part == 6 && read ? Expect::WithDelegation : Expect::No;
    case Role::SocialWorker:
    case Role::Planner:
    case Role::Director:
    case Role::Admin:
        return Expect::No; // no DMST access at all
    }
    return Expect::No;
}

const QList<Role> AllRoles{Role::Physician, Role::CollaboratorPhysician, Role::Intern, Role::Nurse, Role::Iprp,
                           Role::Asst,      Role::SocialWorker,          Role::Planner, Role::Director, Role::Admin};
const QList<Action> AllActions{Action::Read, Action::Write, Action::Sign, Action::Export};
const QDate Today(2026, 11, 23);

Subject subjectFor(Role role, bool protocol, bool delegated)
{
    Subject s;
    s.accountId = QStringLiteral("acc");
    s.role = role;
    s.teamIds = {QStringLiteral("team-a")};
    if (protocol)
        s.protocolTeamIds = {QStringLiteral("team-a")};
    if (delegated)
        s.delegations = {Delegation{QStringLiteral("d1"), QStringLiteral("doc"), QStringLiteral("acc"),
                                    QStringLiteral("team-a"), Today.addDays(-10), Today.addDays(10), false}};
    return s;
}

RecordResource recordOf(int part, bool opposition = false)
{
    return RecordResource{QStringLiteral("w1"), part, {QStringLiteral("team-a")}, opposition};
}
} // namespace

TEST_CASE("every role × part × action follows §6.2")
{
    int checked = 0;
    for (Role role : AllRoles) {
        for (int part = 1; part <= 7; ++part) {
            for (Action action : AllActions) {
                INFO(roleCode(role).toStdString() << " part " << part << " " << actionCode(action).toStdString());
                const Expect e = expected(role, part, action);
                const bool bare = AccessPolicy::can(subjectFor(role, false, false), action, recordOf(part), Today).allowed;
                const bool withProtocol = AccessPolicy::can(subjectFor(role, true, false), action, recordOf(part), Today).allowed;
                const bool withDelegation = AccessPolicy::can(subjectFor(role, false, true), action, recordOf(part), Today).allowed;
                switch (e) {
                case Expect::Yes:
                    CHECK(bare);
                    break;
                case Expect::WithProtocol:
                    CHECK_FALSE(bare);
                    CHECK(withProtocol);
                    break;
                case Expect::WithDelegation:
                    CHECK_FALSE(bare);
                    CHECK(withDelegation);
                    break;
                case Expect::No:
                    CHECK_FALSE(bare);
                    CHECK_FALSE(withProtocol);
                    CHECK_FALSE(withDelegation);
                    break;
                }
                ++checked;
            }
        }
    }
    CHECK(checked == 10 * 7 * 4);
}

TEST_CASE("delegation: only live, only for the delegating team, revocation is immediate")
{
    Subject iprp = subjectFor(Role::Iprp, false, true);
    const RecordResource part1 = recordOf(1);
    CHECK(AccessPolicy::can(iprp, Action::Read, part1, Today).allowed);
    CHECK(AccessPolicy::can(iprp, Action::Read, part1, Today.addDays(-10)).allowed);  // first day
    CHECK(AccessPolicy::can(iprp, Action::Read, part1, Today.addDays(10)).allowed);   // last day
    CHECK_FALSE(AccessPolicy::can(iprp, Action::Read, part1, Today.addDays(-11)).allowed);
    const Decision after = AccessPolicy::can(iprp, Action::Read, part1, Today.addDays(11));
    CHECK_FALSE(after.allowed);
    CHECK(after.reason == Decision::Reason::NoDelegation);

    // Another team's worker is out of the delegation's scope.
    CHECK_FALSE(AccessPolicy::can(iprp, Action::Read, RecordResource{QStringLiteral("w2"), 1, {QStringLiteral("team-b")}, false}, Today).allowed);
    // A delegation granted to someone else does not count.
    Subject other = iprp;
    other.accountId = QStringLiteral("someone-else");
    CHECK_FALSE(AccessPolicy::can(other, Action::Read, part1, Today).allowed);

    iprp.delegations[0].revoked = true;
    CHECK_FALSE(AccessPolicy::can(iprp, Action::Read, part1, Today).allowed);
    // Even delegated, never beyond parts 1°–2°.
    CHECK_FALSE(AccessPolicy::can(subjectFor(Role::Iprp, false, true), Action::Read, recordOf(3), Today).allowed);
}

TEST_CASE("opposition: every professional but the physician is refused, and the message reveals no health content")
{
    for (Role role : AllRoles) {
        for (int part = 1; part <= 7; ++part) {
            const Decision d = AccessPolicy::can(subjectFor(role, true, true), Action::Read, recordOf(part, true), Today);
            INFO(roleCode(role).toStdString() << " part " << part);
            if (role == Role::Physician) {
                CHECK(d.allowed);
            } else {
                CHECK_FALSE(d.allowed);
                if (expected(role, part, Action::Read) != Expect::No) {
                    CHECK(d.reason == Decision::Reason::Opposition);
                    CHECK_FALSE(d.message.isEmpty());
                }
            }
        }
    }
}

TEST_CASE("team scope: a professional reaches only the workers of its team's establishments")
{
    const RecordResource elsewhere{QStringLiteral("w9"), 3, {QStringLiteral("team-b")}, false};
    for (Role role : {Role::Physician, Role::CollaboratorPhysician, Role::Intern, Role::Nurse}) {
        const Decision d = AccessPolicy::can(subjectFor(role, true, false), Action::Read, elsewhere, Today);
        CHECK_FALSE(d.allowed);
        CHECK(d.reason == Decision::Reason::TeamScope);
    }
    // A worker with no team in charge (no current employment in an assigned establishment) is nobody's.
    const RecordResource orphan{QStringLiteral("w0"), 1, {}, false};
    CHECK_FALSE(AccessPolicy::can(subjectFor(Role::Physician, false, false), Action::Read, orphan, Today).allowed);
}

TEST_CASE("module permissions by role")
{
    using M = Module;
    const QList<QPair<Role, QList<M>>> table{
        {Role::Physician, {M::Records, M::Planning, M::Membership, M::CompanySheets, M::Pdp, M::Reports}},
        {Role::CollaboratorPhysician, {M::Records, M::Planning, M::CompanySheets, M::Pdp}},
        {Role::Intern, {M::Records, M::Planning, M::CompanySheets}},
        {Role::Nurse, {M::Records, M::Planning, M::CompanySheets, M::Pdp}},
        {Role::Iprp, {M::Records, M::Membership, M::CompanySheets}},
        {Role::Asst, {M::Records, M::Planning, M::Membership, M::CompanySheets}},
        {Role::SocialWorker, {M::Pdp}},
        {Role::Planner, {M::Planning, M::Membership}},
        {Role::Director, {M::Reports}},
        {Role::Admin, {M::Administration}},
    };
    for (const auto& [role, modules] : table) {
        INFO(roleCode(role).toStdString());
        CHECK(AccessPolicy::modulesFor(role) == modules);
    }
}

TEST_CASE("written protocols are per team: a protocol in team A gives no protocol right in team B (issue 13 item 2)")
{
    for (Role role : {Role::CollaboratorPhysician, Role::Intern}) {
        INFO(roleCode(role).toStdString());
        Subject s = subjectFor(role, false, false);
        s.teamIds = {QStringLiteral("team-a"), QStringLiteral("team-b")};
        s.protocolTeamIds = {QStringLiteral("team-a")};
        const RecordResource inA{QStringLiteral("w1"), 5, {QStringLiteral("team-a")}, false};
        const RecordResource inB{QStringLiteral("w2"), 5, {QStringLiteral("team-b")}, false};
        const RecordResource inBoth{QStringLiteral("w3"), 5, {QStringLiteral("team-b"), QStringLiteral("team-a")}, false};
        CHECK(AccessPolicy::can(s, Action::Sign, inA, Today).allowed);
        const Decision b = AccessPolicy::can(s, Action::Sign, inB, Today);
        CHECK_FALSE(b.allowed);
        CHECK(b.reason == Decision::Reason::RoleMatrix); // refused for the protocol, not for the team scope
        CHECK(AccessPolicy::can(s, Action::Sign, inBoth, Today).allowed);
        // What needs no protocol stays open in both teams.
        CHECK(AccessPolicy::can(s, Action::Read, inB, Today).allowed);
    }
}
