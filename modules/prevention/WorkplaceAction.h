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

// The codes of the workplace_action thesaurus (2026.1, thesaurus/lists/workplace_action.csv), in its
// order: what an action is recorded as since issue 16. Each belongs to one of the six kinds above
// (its family, kept in the `kind` column for older readers).
QStringList actionCodes();
bool isActionCode(const QString& code);
QString actionCodeTitle(const QString& code); // translated
ActionKind familyOf(const QString& code);     // unknown codes: Advice
QString codeOfKind(ActionKind kind);          // POST_STUDY, MEASUREMENT, AWARENESS, ADVICE, AWARENESS (workshop), CSE_MEETING

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
    QString code;                   // workplace_action thesaurus code; empty: codeOfKind(kind)
    QStringList participantWorkers; // ids of the workers who took part, when known (named participants)
    QString effectiveCode() const { return code.isEmpty() ? codeOfKind(kind) : code; }
};

// A title, a date not in the future, participants ≥ 0 and at least as many as the named workers, at
// least one professional, a code of the thesaurus.
core::Status validateAction(const WorkplaceAction& action, const QDate& today);

} // namespace vigie::prevention
