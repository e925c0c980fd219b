#pragma once
// Workplace actions (actions en milieu de travail, issue 8 part 5): what the multidisciplinary team
// does at a member's establishment besides the company sheet. Pure domain: the kinds, the value type
// and its checks.

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::prevention {

enum class ActionKind { PostStudy, Measurement, Awareness, Advice, Workshop, CseMeeting };
QString kindCode(ActionKind kind);   // post_study, measurement, awareness, advice, workshop, cse_meeting
std::optional<ActionKind> kindFromCode(const QString& code);
QString kindTitle(ActionKind kind);  // translated
QList<ActionKind> allKinds();

struct ReportFile {
    QString fileName;   // as attached, without folder
    QString mediaType;  // application/pdf, ...
    QByteArray content;
    QString sha256;     // hex, computed by reportOf
};
inline constexpr qint64 MaxReportBytes = 10 * 1024 * 1024;

// A report from a file's name and bytes: media type from the extension, SHA-256 of the content.
// ErrorCode::Invalid when empty or larger than MaxReportBytes.
core::Result<ReportFile> reportOf(const QString& fileName, const QByteArray& content);

struct WorkplaceAction {
    QString id;              // empty until recorded
    QString establishmentId;
    ActionKind kind = ActionKind::PostStudy;
    QDate date;
    QString title;
    int participants = 0;    // people of the company who took part
    QString participantNames;
    QString notes;
    QStringList professionals;      // logins of the professionals who led it (at least one)
    int sheetVersion = 0;           // the company sheet version it fed (0: none)
};

// A title, a date not in the future, participants ≥ 0, at least one professional.
core::Status validateAction(const WorkplaceAction& action, const QDate& today);

} // namespace vigie::prevention
