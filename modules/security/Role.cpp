#include "security/Role.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace vigie::security {
namespace {
struct RoleInfo {
    Role role;
    const char* code;
    const char* title;
};
constexpr std::array<RoleInfo, 10> Roles{{
    {Role::Physician, "physician", QT_TRANSLATE_NOOP("vigie::security", "Occupational physician")},
    {Role::CollaboratorPhysician, "collaborator_physician",
     QT_TRANSLATE_NOOP("vigie::security", "Collaborator physician")},
    {Role::Intern, "intern", QT_TRANSLATE_NOOP("vigie::security", "Occupational medicine intern")},
    {Role::Nurse, "nurse", QT_TRANSLATE_NOOP("vigie::security", "Occupational health nurse")},
    {Role::Iprp, "iprp", QT_TRANSLATE_NOOP("vigie::security", "Occupational risk prevention specialist (IPRP)")},
    {Role::Asst, "asst", QT_TRANSLATE_NOOP("vigie::security", "Occupational health assistant")},
    {Role::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("vigie::security", "Social worker")},
    {Role::Planner, "planner", QT_TRANSLATE_NOOP("vigie::security", "Planning assistant")},
    {Role::Director, "director", QT_TRANSLATE_NOOP("vigie::security", "Director")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("vigie::security", "Administrator")},
}};
} // namespace

QString roleCode(Role role)
{
    for (const RoleInfo& r : Roles)
        if (r.role == role)
            return QString::fromLatin1(r.code);
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (const RoleInfo& r : Roles)
        if (code == QLatin1String(r.code))
            return r.role;
    return std::nullopt;
}

QStringList allRoleCodes()
{
    QStringList out;
    for (const RoleInfo& r : Roles)
        out << QString::fromLatin1(r.code);
    return out;
}

QString roleTitle(Role role)
{
    for (const RoleInfo& r : Roles)
        if (r.role == role)
            return QCoreApplication::translate("vigie::security", r.title);
    return {};
}

bool isHealthProfessional(Role role)
{
    return role == Role::Physician || role == Role::CollaboratorPhysician || role == Role::Intern ||
           role == Role::Nurse;
}

} // namespace vigie::security
