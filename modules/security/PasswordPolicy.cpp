#include "security/PasswordPolicy.h"

#include "core/TextFold.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace vigie::security {
using core::ErrorCode;
using core::Status;

namespace {

const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> s;
        QFile f(QStringLiteral(":/security/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray& line : f.readAll().split('\n'))
                if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                    s.insert(QString::fromUtf8(line.trimmed()).toLower());
        return s;
    }();
    return list;
}
} // namespace

bool PasswordPolicy::isCommon(const QString& password) { return commonPasswords().contains(password.toLower()); }

Status PasswordPolicy::check(const QString& password, const QString& login, const QString& displayName)
{
    const qsizetype length = password.toUcs4().size(); // characters, not UTF-16 units
    if (length < MinLength)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::security",
                                                        "The password is too short (%1 characters): at least %n are required",
                                                        nullptr, MinLength)
                                .arg(length));
    if (length > MaxLength)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The password is too long: at most %1 characters").arg(MaxLength));
    const QString folded = core::foldForSearch(password).remove(QLatin1Char(' '));
    const QString foldedLogin = core::foldForSearch(login).remove(QLatin1Char(' '));
    if (!foldedLogin.isEmpty() && folded.contains(foldedLogin))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The password must not contain the login"));
    const QString foldedName = core::foldForSearch(displayName).remove(QLatin1Char(' '));
    if (!foldedName.isEmpty() && folded.contains(foldedName))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The password must not contain the person's name"));
    if (isCommon(password))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "This password is in the list of common passwords: choose another"));
    return {};
}

} // namespace vigie::security
