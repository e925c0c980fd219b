#pragma once
// Validated versions of a company sheet and their hash chain. Pure domain.
//
// A version is immutable (architecture.md "Data": signed documents): number (1, 2, ... per
// establishment), author, validation date-time, content (canonical JSON, SheetContent.h). Its hash is
//     SHA-256 of the UTF-8 canonical JSON array
//     [prev_hash, establishment_id, number, author_id, validated_at, content]
// (a JSON array, so that no choice of separator can make two records hash alike), where prev_hash is
// the hash of the version numbered one less, or 64 zeros for version 1. Editing the content, the
// author or the date of a version, deleting one or swapping two breaks the chain at that version.

#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie::companysheet {

inline const QString GenesisHash = QString(64, QLatin1Char('0'));

// A version as stored (what the hash covers, plus its stored hashes).
struct StoredVersion {
    QString id;
    QString establishmentId;
    int number = 0;
    QString authorId;
    QString validatedAt; // ISO 8601 UTC, as stored
    QByteArray content;  // canonical JSON, as stored
    QString prevHash;
    QString hash;
};

QString versionHash(const QString& prevHash, const QString& establishmentId, int number, const QString& authorId,
                    const QString& validatedAt, const QByteArray& content);

struct ChainCheck {
    bool intact = true;
    int versions = 0;
    int firstBroken = 0; // number of the first version whose link is broken (0 when intact)
    QString reason;      // translated
};

// Checks the versions of ONE establishment, given in any order: numbers 1..n without gap, each
// prev_hash equal to the previous version's hash, each hash equal to the one recomputed, each
// content the canonical form of itself.
ChainCheck verifyChain(QList<StoredVersion> versions);

} // namespace vigie::companysheet
