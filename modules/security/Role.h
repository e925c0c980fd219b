#pragma once
// The role codes of glossary.md, used by the access policy and `vigie-cli user add --role`.

#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::security {

enum class Role {
    Physician,
    CollaboratorPhysician,
    Intern,
    Nurse,
    Iprp,
    Asst,
    SocialWorker,
    Planner,
    Director,
    Admin,
};

QString roleCode(Role role);                          // "physician", ...
std::optional<Role> roleFromCode(const QString& code);
QStringList allRoleCodes();
QString roleTitle(Role role);                         // translated title, e.g. "Médecin du travail"
// Health professionals carry an RPPS number (physicians, interns, nurses).
bool isHealthProfessional(Role role);

} // namespace vigie::security
