// The medical record's command (issue 7): dmst export --worker ID --format pdf|fhir --out FILE
// [--requested-on YYYY-MM-DD]. The worker's request is recorded with its legal due date (8 days, two
// months for data older than five years), the whole record (never personal notes) is written under
// the access policy — the Export right on every part, refusals audited, exit 3 — and the request is
// marked fulfilled. stdout: FILE<TAB>requested YYYY-MM-DD<TAB>due YYYY-MM-DD.
#include "Commands.h"

#include "dmst/ExportStore.h"
#include "dmst/print/DmstPrinter.h"
#include "membership/print/DocumentPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;

int runDmstExport(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--worker"), QStringLiteral("--format"), QStringLiteral("--out"),
                                            QStringLiteral("--requested-on")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    const QString usage = QCoreApplication::translate(
        "vigie::cli", "Usage: vigie-cli dmst export --worker ID --format pdf|fhir --out FILE [--requested-on YYYY-MM-DD]");
    if (!a.positional().isEmpty())
        return cli.usage(usage);
    auto worker = a.required(QStringLiteral("--worker"));
    auto format = a.required(QStringLiteral("--format"));
    auto out = a.required(QStringLiteral("--out"));
    if (!worker || !format || !out)
        return cli.usage(usage);
    if (format.value() != QLatin1String("pdf") && format.value() != QLatin1String("fhir"))
        return cli.usage(QCoreApplication::translate("vigie::cli", "Unknown format \"%1\" (pdf or fhir)").arg(format.value()));
    QDate requestedOn = cli.clock().today();
    if (a.has(QStringLiteral("--requested-on"))) {
        requestedOn = QDate::fromString(a.value(QStringLiteral("--requested-on")), Qt::ISODate);
        if (!requestedOn.isValid())
            return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD expected)")
                                 .arg(QStringLiteral("--requested-on"), a.value(QStringLiteral("--requested-on"))));
    }
    if (format.value() == QLatin1String("pdf") && !membership::canPrintDocuments())
        return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "This vigie-cli cannot write PDF files: it was started "
                                                                                            "without the graphical runtime (QGuiApplication)")});
    if (!QFileInfo(out.value()).absoluteDir().exists())
        return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "The folder of %1 does not exist").arg(out.value())});

    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    security::Session& s = *session.value();
    auto request = dmst::ExportStore::recordRequest(s, worker.value(), requestedOn);
    if (!request)
        return cli.fail(request.error());
    auto snapshot = dmst::ExportStore::snapshot(s, worker.value());
    if (!snapshot)
        return cli.fail(snapshot.error());
    const dmst::ExportRequestInfo info{requestedOn, request.value().dueOn, s.clock().nowUtc()};
    if (format.value() == QLatin1String("pdf")) {
        if (core::Status st = dmst::printRecordPdf(snapshot.value(), info, out.value()); !st)
            return cli.fail(st.error());
    } else {
        QSaveFile f(out.value());
        if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || f.write(QJsonDocument(dmst::fhirBundle(snapshot.value(), info)).toJson()) < 0 || !f.commit())
            return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "Unable to write %1").arg(out.value())});
    }
    if (core::Status st = dmst::ExportStore::markFulfilled(s, request.value().id, format.value()); !st)
        return cli.fail(st.error());
    cli.out(QStringList{out.value(), requestedOn.toString(Qt::ISODate), request.value().dueOn.toString(Qt::ISODate)}.join(QLatin1Char('\t')));
    return Success;
}

} // namespace vigie::cli
