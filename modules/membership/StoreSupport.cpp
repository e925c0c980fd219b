#include "membership/StoreSupport.h"

#include "security/PolicyStore.h"

#include <QCoreApplication>

namespace vigie::membership::detail {

core::Status requireMembership(security::Session& session)
{
    return security::PolicyStore::requireModule(session, security::Module::Membership);
}

core::Status requireAdministration(security::Session& session)
{
    return security::PolicyStore::requireModule(session, security::Module::Administration);
}

core::Status requireMembershipOrAdministration(security::Session& session, const QString& action, const QString& resource)
{
    const security::Role role = session.account().role;
    if (security::AccessPolicy::canUseModule(role, security::Module::Membership).allowed ||
        security::AccessPolicy::canUseModule(role, security::Module::Administration).allowed)
        return {};
    return refused(session, action, resource,
                   QCoreApplication::translate("vigie::membership", "Access refused: your role does not give access to membership and invoicing"),
                   QStringLiteral("module"));
}

} // namespace vigie::membership::detail
