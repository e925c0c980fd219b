// validate nir | siren | siret VALUE
#include <QCoreApplication>
#include "Commands.h"

#include "core/Nir.h"
#include "core/Siret.h"

namespace vigie::cli {

int runValidate(Cli& cli, const QStringList& args)
{
    if (args.size() != 2)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli validate nir|siren|siret|naf VALUE"));
    const QString& kind = args.at(0);
    const QString& value = args.at(1);
    core::Status result;
    if (kind == QLatin1String("nir"))
        result = core::validateNir(value);
    else if (kind == QLatin1String("siren"))
        result = core::validateSiren(value);
    else if (kind == QLatin1String("siret"))
        result = core::validateSiret(value);
    else
        return cli.usage(QCoreApplication::translate("vigie::cli", "Unknown kind \"%1\": nir, siren or siret").arg(kind));
    if (!result)
        return cli.fail(result.error());
    cli.out(QStringLiteral("valid"));
    return Success;
}

} // namespace vigie::cli
