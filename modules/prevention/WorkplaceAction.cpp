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

namespace {
struct CodeRow {
    const char* code;
    ActionKind family;
    const char* title;
};
const CodeRow codeRows[] = {
    {"COMPANY_SHEET", ActionKind::Advice, QT_TRANSLATE_NOOP("vigie::prevention", "Company sheet (creation or update)")},
    {"POST_STUDY", ActionKind::PostStudy, QT_TRANSLATE_NOOP("vigie::prevention", "Workstation study")},
    {"WORK_CONDITIONS_STUDY", ActionKind::PostStudy, QT_TRANSLATE_NOOP("vigie::prevention", "Study of working conditions")},
    {"MEASUREMENT", ActionKind::Measurement, QT_TRANSLATE_NOOP("vigie::prevention", "Measurements (noise, ambient conditions, air, vibration)")},
    {"CHEMICAL_RISK_ASSESSMENT", ActionKind::Measurement, QT_TRANSLATE_NOOP("vigie::prevention", "Chemical risk assessment")},
    {"ERGONOMIC_STUDY", ActionKind::PostStudy, QT_TRANSLATE_NOOP("vigie::prevention", "Ergonomic study (musculoskeletal disorders)")},
    {"PSYCHOSOCIAL_STUDY", ActionKind::PostStudy, QT_TRANSLATE_NOOP("vigie::prevention", "Psychosocial risk assessment")},
    {"DUERP_SUPPORT", ActionKind::Advice, QT_TRANSLATE_NOOP("vigie::prevention", "Support with risk assessment and the DUERP")},
    {"ADVICE", ActionKind::Advice, QT_TRANSLATE_NOOP("vigie::prevention", "Advice to the employer or staff representatives")},
    {"AWARENESS", ActionKind::Awareness, QT_TRANSLATE_NOOP("vigie::prevention", "Awareness or information session")},
    {"CSE_MEETING", ActionKind::CseMeeting, QT_TRANSLATE_NOOP("vigie::prevention", "Attending the CSE or its health and safety committee")},
    {"ACCIDENT_INVESTIGATION", ActionKind::Advice, QT_TRANSLATE_NOOP("vigie::prevention", "Investigation after a work accident or occupational disease")},
    {"PREVENTION_PROJECT", ActionKind::Advice, QT_TRANSLATE_NOOP("vigie::prevention", "Support for a prevention or workplace-design project")},
    {"FIRST_AID_ORGANISATION", ActionKind::Awareness, QT_TRANSLATE_NOOP("vigie::prevention", "First-aid organisation and training")},
    {"AFP_SEASONAL", ActionKind::Awareness, QT_TRANSLATE_NOOP("vigie::prevention", "Training and prevention session for seasonal workers")},
    {"PDP_COLLECTIVE", ActionKind::Workshop, QT_TRANSLATE_NOOP("vigie::prevention", "Collective job-retention action")},
    {"VACCINATION_CAMPAIGN", ActionKind::Workshop, QT_TRANSLATE_NOOP("vigie::prevention", "Vaccination or screening campaign")},
};
} // namespace

QStringList actionCodes()
{
    QStringList out;
    for (const CodeRow& r : codeRows)
        out << QString::fromLatin1(r.code);
    return out;
}

bool isActionCode(const QString& code)
{
    for (const CodeRow& r : codeRows)
        if (code == QLatin1String(r.code))
            return true;
    return false;
}

QString actionCodeTitle(const QString& code)
{
    for (const CodeRow& r : codeRows)
        if (code == QLatin1String(r.code))
            return QCoreApplication::translate("vigie::prevention", r.title);
    return code;
}

ActionKind familyOf(const QString& code)
{
    for (const CodeRow& r : codeRows)
        if (code == QLatin1String(r.code))
            return r.family;
    return ActionKind::Advice;
}

QString codeOfKind(ActionKind kind)
{
    switch (kind) {
    case ActionKind::PostStudy: return QStringLiteral("POST_STUDY");
    case ActionKind::Measurement: return QStringLiteral("MEASUREMENT");
    case ActionKind::Awareness: return QStringLiteral("AWARENESS");
    case ActionKind::Advice: return QStringLiteral("ADVICE");
    case ActionKind::Workshop: return QStringLiteral("AWARENESS"); // a workshop is a collective information session
    case ActionKind::CseMeeting: return QStringLiteral("CSE_MEETING");
    }
    return {};
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
    if (!isActionCode(a.effectiveCode()))
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "Unknown workplace action code %1").arg(a.code));
    if (a.participantWorkers.size() > a.participants)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "%1 workers named for %2 participants")
                                .arg(a.participantWorkers.size())
                                .arg(a.participants));
    if (a.professionals.isEmpty())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "Name the professional(s) who led the action"));
    return {};
}

} // namespace vigie::prevention
