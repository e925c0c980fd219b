// The record's documents for scripts that reprint them (issue 18 item 8, cli-contract.md "Medical
// record documents"):
//   dmst document list --worker ID   one line per document of part 5° the user may read,
//                                    ID<TAB>KIND<TAB>STATUS<TAB>YYYY-MM-DD
//   dmst document print --id ID --out FILE.pdf   the signed document as printed for its recipient
// Both under the access policy of the screen (DocumentStore: reading part 5°, printing with the right
// that issues the document), refusals exit 3 and are audited; the print is audited as "print".
#include "Commands.h"

#include "dmst/DocumentStore.h"
#include "dmst/print/DmstPrinter.h"
#include "membership/print/DocumentPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;

namespace {
QString kindWord(dmst::DocumentKind k)
{
    switch (k) {
    case dmst::DocumentKind::Attestation: return QStringLiteral("ATTESTATION");
    case dmst::DocumentKind::Aptitude: return QStringLiteral("AVIS_APTITUDE");
    case dmst::DocumentKind::Inaptitude: return QStringLiteral("AVIS_INAPTITUDE");
    case dmst::DocumentKind::Adjustment: return QStringLiteral("ADJUSTMENT_PROPOSAL");
    case dmst::DocumentKind::PreventionOrder: return QStringLiteral("PREVENTION_ORDER");
    }
    return {};
}
} // namespace

int runDmstDocumentList(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--worker")});
    if (!parsed)
        return cli.fail(parsed.error());
    const QString usage = QCoreApplication::translate("vigie::cli", "Usage: vigie-cli dmst document list --worker ID");
    auto worker = parsed.value().required(QStringLiteral("--worker"));
    if (!worker || !parsed.value().positional().isEmpty())
        return cli.usage(usage);
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto docs = dmst::DocumentStore::list(*session.value(), worker.value());
    if (!docs)
        return cli.fail(docs.error());
    for (const dmst::StoredDocument& d : docs.value()) {
        const QString status = !d.supersededBy.isEmpty() ? QStringLiteral("superseded")
                               : d.signedDocument        ? QStringLiteral("signed")
                                                         : QStringLiteral("draft");
        cli.out(QStringList{d.id, kindWord(d.kind), status, d.issuedOn.toString(Qt::ISODate)}.join(QLatin1Char('\t')));
    }
    return Success;
}

int runDmstDocumentPrint(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--id"), QStringLiteral("--out")});
    if (!parsed)
        return cli.fail(parsed.error());
    const QString usage = QCoreApplication::translate("vigie::cli", "Usage: vigie-cli dmst document print --id ID --out FILE.pdf");
    auto id = parsed.value().required(QStringLiteral("--id"));
    auto out = parsed.value().required(QStringLiteral("--out"));
    if (!id || !out || !parsed.value().positional().isEmpty())
        return cli.usage(usage);
    if (!membership::canPrintDocuments())
        return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "This vigie-cli cannot write PDF files: it was started "
                                                                                            "without the graphical runtime (QGuiApplication)")});
    if (!QFileInfo(out.value()).absoluteDir().exists())
        return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "The folder of %1 does not exist").arg(out.value())});
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto doc = dmst::DocumentStore::forPrinting(*session.value(), id.value());
    if (!doc)
        return cli.fail(doc.error());
    if (core::Status st = dmst::printDocumentPdf(doc.value(), out.value()); !st)
        return cli.fail(st.error());
    cli.out(out.value());
    return Success;
}

} // namespace vigie::cli
