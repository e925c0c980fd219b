// user add | list | passwd | disable | enable | role, key rotate
#include <QCoreApplication>
#include "Commands.h"

#include "security/AccountStore.h"

namespace vigie::cli {
using core::Error;
using core::ErrorCode;

int runUserAdd(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--login"), QStringLiteral("--role"), QStringLiteral("--name"),
                                            QStringLiteral("--rpps"), QStringLiteral("--password-file")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto login = a.required(QStringLiteral("--login"));
    auto roleText = a.required(QStringLiteral("--role"));
    auto name = a.required(QStringLiteral("--name"));
    auto passwordFile = a.required(QStringLiteral("--password-file"));
    for (const auto* r : {&login, &roleText, &name, &passwordFile})
        if (!*r)
            return cli.fail(r->error());
    const auto role = security::roleFromCode(roleText.value());
    if (!role)
        return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "Unknown role \"%1\"; roles: %2")
                                                      .arg(roleText.value(),
                                                           security::allRoleCodes().join(QStringLiteral(", ")))});
    auto password = cli.readPassword(passwordFile.value(), {});
    if (!password)
        return cli.fail(password.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto created = security::AccountStore::create(
        *session.value(),
        security::NewAccount{login.value(), name.value(), *role, a.value(QStringLiteral("--rpps"))}, password.value());
    if (!created)
        return cli.fail(created.error());
    cli.out(created.value().id);
    return Success;
}

int runUserList(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {});
    if (!parsed)
        return cli.fail(parsed.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto accounts = security::AccountStore::list(*session.value());
    if (!accounts)
        return cli.fail(accounts.error());
    for (const security::Account& acc : accounts.value())
        cli.out(QStringList{acc.login, security::roleCode(acc.role), acc.displayName,
                            acc.active ? QStringLiteral("active") : QStringLiteral("disabled")}
                    .join(QLatin1Char('\t')));
    return Success;
}

int runUserPasswd(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--login"), QStringLiteral("--password-file")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto login = a.required(QStringLiteral("--login"));
    if (!login)
        return cli.fail(login.error());
    auto password = cli.readPassword(a.value(QStringLiteral("--password-file")),
                                     QCoreApplication::translate("vigie::cli", "New password for %1: ").arg(login.value()));
    if (!password)
        return cli.fail(password.error());
    auto session = cli.signIn(/*allowTemporaryPassword=*/true);
    if (!session)
        return cli.fail(session.error());
    if (session.value()->mustChangePassword() && login.value() != session.value()->account().login)
        return cli.fail(Error{ErrorCode::AuthFailed,
                              QCoreApplication::translate("vigie::cli", "The password of %1 was set by an administrator: choose your own first "
                                                                        "with: vigie-cli --user %1 user passwd --login %1")
                                  .arg(session.value()->account().login)});
    if (core::Status s = security::AccountStore::changePassword(*session.value(), login.value(), password.value()); !s)
        return cli.fail(s.error());
    return Success;
}

namespace {
// `user disable|enable|role`: --login L, and what each needs besides.
core::Result<QString> loginOption(const CommandArgs& a) { return a.required(QStringLiteral("--login")); }
} // namespace

int runUserDisable(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--login")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto login = loginOption(parsed.value());
    if (!login)
        return cli.fail(login.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = security::AccountStore::disable(*session.value(), login.value()); !s)
        return cli.fail(s.error());
    cli.err(QCoreApplication::translate("vigie::cli", "Account %1 disabled; its password no longer opens the database").arg(login.value()));
    return Success;
}

int runUserEnable(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--login")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto login = loginOption(parsed.value());
    if (!login)
        return cli.fail(login.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto password = security::AccountStore::enable(*session.value(), login.value());
    if (!password)
        return cli.fail(password.error());
    // The temporary password, once, on standard output: the person replaces it at first sign-in.
    cli.out(password.value());
    cli.err(QCoreApplication::translate("vigie::cli", "Account %1 enabled with the temporary password above; it must be "
                                                      "replaced at the first sign-in")
                .arg(login.value()));
    return Success;
}

int runUserRole(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--login"), QStringLiteral("--role")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto login = loginOption(parsed.value());
    auto roleText = parsed.value().required(QStringLiteral("--role"));
    if (!login || !roleText)
        return cli.fail(!login ? login.error() : roleText.error());
    const auto role = security::roleFromCode(roleText.value());
    if (!role)
        return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "Unknown role \"%1\"; roles: %2")
                                                      .arg(roleText.value(),
                                                           security::allRoleCodes().join(QStringLiteral(", ")))});
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = security::AccountStore::changeRole(*session.value(), login.value(), *role); !s)
        return cli.fail(s.error());
    return Success;
}

int runKeyRotate(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {});
    if (!parsed)
        return cli.fail(parsed.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = security::AccountStore::rotateKey(*session.value()); !s)
        return cli.fail(s.error());
    cli.err(QCoreApplication::translate("vigie::cli", "The database key was replaced; every account keeps its password"));
    return Success;
}

} // namespace vigie::cli
