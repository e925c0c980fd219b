#pragma once
// Workplace actions in the database (0010). Rights: the company-sheet module (the multidisciplinary
// team's work at establishments; PolicyStore::requireModule(CompanySheets)) and the establishment in
// reach (EstablishmentStore). Recording, reading a report and counting are audited; refusals too.

#include "core/Result.h"
#include "prevention/WorkplaceAction.h"
#include "security/Session.h"

#include <QList>
#include <QPair>

#include <optional>

namespace vigie::prevention {

struct ActionSummary {
    QString id;
    ActionKind kind = ActionKind::PostStudy;
    QDate date;
    QString title;
    int participants = 0;
    QString participantNames;
    QString notes;
    QStringList professionals; // display names
    int sheetVersion = 0;
    QString reportFileName;    // empty: no report
    qint64 reportSize = 0;
    QString code;              // workplace_action thesaurus code
    int namedParticipants = 0; // workers named as participants
};

namespace ActionStore {
// Records the action (and its report, if any) in one transaction; returns its id. The professionals
// are logins of accounts that use company sheets; the sheet version must exist for the establishment.
core::Result<QString> record(security::Session& session, const WorkplaceAction& action,
                             const std::optional<ReportFile>& report = std::nullopt);
// The establishment's actions, latest first.
core::Result<QList<ActionSummary>> list(security::Session& session, const QString& establishmentId);
// The report attached to an action; ErrorCode::Invalid when none.
core::Result<ReportFile> report(security::Session& session, const QString& actionId);
// Actions dated within [from, to] at the establishments in the user's reach, by kind (every kind
// listed, in allKinds() order): what the indicators publish (reports::publish applies small-cell rules).
core::Result<QList<QPair<QString, qint64>>> countsByKind(security::Session& session, const QDate& from, const QDate& to);
} // namespace ActionStore

} // namespace vigie::prevention
