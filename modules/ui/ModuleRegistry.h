#pragma once
// The module registry (architecture.md "The desktop application is assembled from a module
// registry"): each business module's ui library registers its pages — id, translated title, icon, the
// module permissions any of which shows it, and a factory — and the search providers of the global
// search (Ctrl+K). The main window builds its navigation from entriesFor(role) and hard-codes no module.
//
// Which entries a role sees is decided by security::AccessPolicy::canUseModule, the same table the
// stores enforce, so a page is never shown to a role whose store would refuse it.

#include "core/Result.h"
#include "security/AccessPolicy.h"
#include "ui/IdentityBanner.h"

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QWidget;

namespace vigie::security {
class Session;
}

namespace vigie::ui {

// One result of the global search.
struct SearchHit {
    QString kind;   // what opens it: "worker", "establishment", ...
    QString id;
    QString text;   // main line, e.g. "DUPONT Marie"
    QString detail; // second column, e.g. "12/03/1980 · Female · Qualified identity"
    std::optional<IdentityTraits> identity; // a person: shown in the identity banner when selected (INS-07)
    QVariant payload; // the provider's own value, read back by the page that opens the hit
};

// Implemented by the pages the main window hosts (besides QWidget).
class ModulePage
{
public:
    virtual ~ModulePage() = default;
    // SESS-01: the session locks — forget every personal datum on screen (names, search texts, rows).
    virtual void clearPersonalData() {}
    // Opens a global-search hit of a kind listed in the entry's `opens`. False when not handled.
    virtual bool openHit(const SearchHit& hit)
    {
        (void)hit;
        return false;
    }
};

struct ModuleEntry {
    QString id;                            // stable, e.g. "workers"
    QString title;                         // translated, e.g. "Workers"
    QIcon icon;
    QList<security::Module> permissions;   // any of them shows the entry
    std::function<QWidget*(security::Session&, QWidget* parent)> factory; // the page (a ModulePage)
    QStringList opens;                     // SearchHit kinds this page opens
    std::function<bool(security::Role)> shownTo; // when set, only the roles it accepts see the entry
    // When set, only the sessions it accepts see the entry (e.g. a delegated role with a live
    // delegation): a page whose store would refuse everything to this account is not in its menu.
    std::function<bool(security::Session&)> shownToSession;
};

struct SearchProvider {
    QString id;                            // e.g. "workers"
    QString groupTitle;                    // translated group header, e.g. "Workers"
    QList<security::Module> permissions;   // any of them lets the role search here
    // At most `limit` hits for `text`. An error is shown in the group, except ErrorCode::Denied/Invalid.
    std::function<core::Result<QList<SearchHit>>(security::Session&, const QString& text, int limit)> search;
};

class ModuleRegistry
{
public:
    void add(ModuleEntry entry);
    void addSearchProvider(SearchProvider provider);

    const QList<ModuleEntry>& entries() const { return m_entries; }
    // Entries whose permissions include a module the role may use, in registration order.
    QList<ModuleEntry> entriesFor(security::Role role) const;
    // The same, then each entry's shownToSession for this account: what the main window lists.
    QList<ModuleEntry> entriesFor(security::Session& session) const;
    QList<SearchProvider> searchProvidersFor(security::Role role) const;
    // True when the role may use at least one of `permissions` (AccessPolicy::canUseModule).
    static bool allowed(security::Role role, const QList<security::Module>& permissions);

private:
    QList<ModuleEntry> m_entries;
    QList<SearchProvider> m_providers;
};

} // namespace vigie::ui
