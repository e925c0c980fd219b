#include "companysheet/SheetVersion.h"

#include "companysheet/SheetContent.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vigie::companysheet {

QString versionHash(const QString& prevHash, const QString& establishmentId, int number, const QString& authorId,
                    const QString& validatedAt, const QByteArray& content)
{
    const QJsonArray record{prevHash, establishmentId, number, authorId, validatedAt, QString::fromUtf8(content)};
    const QByteArray bytes = QJsonDocument(record).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ChainCheck verifyChain(QList<StoredVersion> versions)
{
    std::sort(versions.begin(), versions.end(), [](const StoredVersion& a, const StoredVersion& b) { return a.number < b.number; });
    ChainCheck check;
    check.versions = int(versions.size());
    QString previous = GenesisHash;
    const auto broken = [&](int number, const QString& reason) {
        check.intact = false;
        check.firstBroken = number;
        check.reason = reason;
        return check;
    };
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const StoredVersion& v = versions.at(i);
        const int expected = int(i) + 1;
        if (v.number != expected)
            return broken(expected, QCoreApplication::translate("vigie::companysheet", "version %1 is missing").arg(expected));
        if (v.prevHash != previous)
            return broken(v.number, QCoreApplication::translate("vigie::companysheet",
                                                                "version %1 does not follow the previous version's hash")
                                        .arg(v.number));
        if (versionHash(v.prevHash, v.establishmentId, v.number, v.authorId, v.validatedAt, v.content) != v.hash)
            return broken(v.number, QCoreApplication::translate("vigie::companysheet",
                                                                "version %1 was altered: its content, author or date no "
                                                                "longer match its hash")
                                        .arg(v.number));
        auto parsed = SheetContent::fromJson(v.content);
        if (!parsed || parsed.value().canonicalJson() != v.content)
            return broken(v.number, QCoreApplication::translate("vigie::companysheet",
                                                                "version %1 holds content that is not a valid company sheet")
                                        .arg(v.number));
        previous = v.hash;
    }
    return check;
}

} // namespace vigie::companysheet
