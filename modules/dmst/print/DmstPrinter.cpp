#include "dmst/print/DmstPrinter.h"

#include "membership/print/DocumentPrinter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QFile>
#include <QSaveFile>

namespace vigie::dmst {

core::Status printDocumentPdf(const membership::PrintableDocument& document, const QString& path)
{
    return membership::printPdf(document, path);
}

core::Status printRecordPdf(const RecordSnapshot& snapshot, const ExportRequestInfo& request, const QString& path)
{
    return membership::printPdf(recordDocument(snapshot, request), path);
}

core::Status writeRecordCopy(const RecordSnapshot& snapshot, const ExportRequestInfo& request, const QString& format, const QString& path)
{
    if (format == QLatin1String("pdf"))
        return printRecordPdf(snapshot, request, path);
    if (format != QLatin1String("fhir"))
        return core::Status::fail(core::ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown format \"%1\" (pdf or fhir)").arg(format));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || f.write(QJsonDocument(fhirBundle(snapshot, request)).toJson()) < 0 || !f.commit())
        return core::Status::fail(core::ErrorCode::Storage, QCoreApplication::translate("vigie::dmst", "Unable to write %1").arg(path));
    return {};
}

} // namespace vigie::dmst
