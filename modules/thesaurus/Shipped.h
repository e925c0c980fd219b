#pragma once
// The code systems shipped with Vigie: thesaurus/systems.csv and the files it names, embedded as Qt
// resources under :/thesaurus. ThesaurusStore loads them into a database at its first opening and
// upgrades them in place when the shipped version of a system changes.

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigie::thesaurus {

// What is recorded about a code system besides its codes.
struct SystemMeta {
    QString system;
    QString version;
    QString origin;      // shipped or imported
    QString titleFr;
    QString titleEn;
    QString source;
    QString licence;
    QString attribution;
};

struct ShippedSystem {
    SystemMeta meta;
    QString file; // path relative to thesaurus/
};

namespace Shipped {
// The manifest, read once. Empty only if the resources are missing (a build error).
const QList<ShippedSystem>& systems();
const ShippedSystem* find(const QString& system);
// The bytes of a shipped system's file.
core::Result<QByteArray> fileOf(const ShippedSystem& system);
} // namespace Shipped

} // namespace vigie::thesaurus
