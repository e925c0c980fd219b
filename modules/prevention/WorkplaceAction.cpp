#include "prevention/WorkplaceAction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace vigie::prevention {
using core::ErrorCode;
using core::Status;

QString kindCode(ActionKind kind)
{
    switch (kind) {
    case ActionKind::PostStudy: return QStringLiteral("post_study");
    case ActionKind::Measurement: return QStringLiteral("measurement");
    case ActionKind::Awareness: return QStringLiteral("awareness");
    case ActionKind::Advice: return QStringLiteral("advice");
    case ActionKind::Workshop: return QStringLiteral("workshop");
    case ActionKind::CseMeeting: return QStringLiteral("cse_meeting");
    }
    return {};
}

std::optional<ActionKind> kindFromCode(const QString& code)
{
    for (ActionKind k : allKinds())
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

QString kindTitle(ActionKind kind)
{
    switch (kind) {
    case ActionKind::PostStudy: return QCoreApplication::translate("vigie::prevention", "Post study");
    case ActionKind::Measurement: return QCoreApplication::translate("vigie::prevention", "Measurement");
    case ActionKind::Awareness: return QCoreApplication::translate("vigie::prevention", "Awareness session");
    case ActionKind::Advice: return QCoreApplication::translate("vigie::prevention", "Advice");
    case ActionKind::Workshop: return QCoreApplication::translate("vigie::prevention", "Workshop");
    case ActionKind::CseMeeting: return QCoreApplication::translate("vigie::prevention", "CSE meeting attended");
    }
    return {};
}

QList<ActionKind> allKinds()
{
    return {ActionKind::PostStudy, ActionKind::Measurement, ActionKind::Awareness, ActionKind::Advice, ActionKind::Workshop,
            ActionKind::CseMeeting};
}

core::Result<ReportFile> reportOf(const QString& fileName, const QByteArray& content)
{
    const QString name = QFileInfo(fileName).fileName();
    if (content.isEmpty())
        return core::Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "The report %1 is empty").arg(name)};
    if (content.size() > MaxReportBytes)
        return core::Error{ErrorCode::Invalid,
                           QCoreApplication::translate("vigie::prevention", "The report %1 is larger than %2 MiB")
                               .arg(name)
                               .arg(MaxReportBytes / (1024 * 1024))};
    const QString suffix = QFileInfo(name).suffix().toLower();
    QString type = QStringLiteral("application/octet-stream");
    if (suffix == QLatin1String("pdf"))
        type = QStringLiteral("application/pdf");
    else if (suffix == QLatin1String("odt"))
        type = QStringLiteral("application/vnd.oasis.opendocument.text");
    else if (suffix == QLatin1String("docx"))
        type = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    else if (suffix == QLatin1String("txt"))
        type = QStringLiteral("text/plain");
    else if (suffix == QLatin1String("png"))
        type = QStringLiteral("image/png");
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        type = QStringLiteral("image/jpeg");
    return ReportFile{name, type, content,
                      QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())};
}

Status validateAction(const WorkplaceAction& a, const QDate& today)
{
    if (a.title.trimmed().isEmpty())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "A workplace action needs a title"));
    if (!a.date.isValid() || a.date > today)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "The date of a workplace action must be a past day (%1 given)")
                                .arg(a.date.isValid() ? a.date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—")));
    if (a.participants < 0 || a.participants > 100000)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "Invalid number of participants: %1").arg(a.participants));
    if (a.professionals.isEmpty())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "Name the professional(s) who led the action"));
    return {};
}

} // namespace vigie::prevention
