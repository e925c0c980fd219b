#include "ui/ModuleRegistry.h"

#include "security/Session.h"

namespace vigie::ui {

void ModuleRegistry::add(ModuleEntry entry)
{
    m_entries.append(std::move(entry));
}

void ModuleRegistry::addSearchProvider(SearchProvider provider)
{
    m_providers.append(std::move(provider));
}

bool ModuleRegistry::allowed(security::Role role, const QList<security::Module>& permissions)
{
    for (security::Module m : permissions)
        if (security::AccessPolicy::canUseModule(role, m).allowed)
            return true;
    return false;
}

QList<ModuleEntry> ModuleRegistry::entriesFor(security::Role role) const
{
    QList<ModuleEntry> out;
    for (const ModuleEntry& e : m_entries)
        if (allowed(role, e.permissions) && (!e.shownTo || e.shownTo(role)))
            out.append(e);
    return out;
}

QList<ModuleEntry> ModuleRegistry::entriesFor(security::Session& session) const
{
    QList<ModuleEntry> out;
    for (const ModuleEntry& e : entriesFor(session.account().role))
        if (!e.shownToSession || e.shownToSession(session))
            out.append(e);
    return out;
}

QList<SearchProvider> ModuleRegistry::searchProvidersFor(security::Role role) const
{
    QList<SearchProvider> out;
    for (const SearchProvider& p : m_providers)
        if (allowed(role, p.permissions))
            out.append(p);
    return out;
}

} // namespace vigie::ui
