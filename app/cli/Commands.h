#pragma once
// Each command of cli-contract.md: takes the context and the arguments after the command words,
// returns the exit code.

#include "Cli.h"

namespace vigie::cli {

int runInit(Cli& cli, const QStringList& args);
int runDemo(Cli& cli, const QStringList& args);
int runKeyShow(Cli& cli, const QStringList& args);
int runAuditVerify(Cli& cli, const QStringList& args);

int runUserAdd(Cli& cli, const QStringList& args);
int runUserList(Cli& cli, const QStringList& args);
int runUserPasswd(Cli& cli, const QStringList& args);

int runValidate(Cli& cli, const QStringList& args);
int runHolidays(Cli& cli, const QStringList& args);
int runValidateNaf(Cli& cli, const QStringList& args);
int runThesaurusList(Cli& cli, const QStringList& args);
int runThesaurusSearch(Cli& cli, const QStringList& args);
int runThesaurusImport(Cli& cli, const QStringList& args);

int runEstablishmentList(Cli& cli, const QStringList& args);
int runWorkerFind(Cli& cli, const QStringList& args);

int runRulesDue(Cli& cli, const QStringList& args);

} // namespace vigie::cli

namespace vigie::cli {
int runDeclarationImport(Cli& cli, const QStringList& args); // WorkforceCommands.cpp
} // namespace vigie::cli

namespace vigie::cli {
// MembershipCommands.cpp (issue 5)
int runEstablishmentShow(Cli& cli, const QStringList& args);
int runInvoiceRun(Cli& cli, const QStringList& args);
int runInvoiceList(Cli& cli, const QStringList& args);
int runInvoicePrint(Cli& cli, const QStringList& args);
int runInvoicePay(Cli& cli, const QStringList& args);
int runContributionSet(Cli& cli, const QStringList& args);
int runServiceSet(Cli& cli, const QStringList& args);
int runPriceSet(Cli& cli, const QStringList& args);
int runOrderAdd(Cli& cli, const QStringList& args);
} // namespace vigie::cli

namespace vigie::cli {
// PlanCommands.cpp, ConvocationCommands.cpp (issue 6)
int runPlan(Cli& cli, const QStringList& args);
int runConvocationsPrint(Cli& cli, const QStringList& args);
int runConvocationsSend(Cli& cli, const QStringList& args);
int runMailSet(Cli& cli, const QStringList& args);
int runAppointmentStatus(Cli& cli, const QStringList& args);
// CompanySheetCommands.cpp (issue 8)
int runCompanySheetValidate(Cli& cli, const QStringList& args);
int runCompanySheetShow(Cli& cli, const QStringList& args);
int runCompanySheetHistory(Cli& cli, const QStringList& args);
int runCompanySheetDiff(Cli& cli, const QStringList& args);
int runCompanySheetSend(Cli& cli, const QStringList& args);
int runCompanySheetVerify(Cli& cli, const QStringList& args);
int runCompanySheetPrint(Cli& cli, const QStringList& args);
int runCompanySheetDue(Cli& cli, const QStringList& args);
int runCompanySheetSettings(Cli& cli, const QStringList& args);
int runDmstExport(Cli& cli, const QStringList& args); // DmstCommands.cpp (issue 7)
int runWorkerEmail(Cli& cli, const QStringList& args);
int runProtocolSet(Cli& cli, const QStringList& args);
int runProtocolShow(Cli& cli, const QStringList& args);
int runProtocolWithdraw(Cli& cli, const QStringList& args);
// ActionCommands.cpp (issue 8 part 5)
int runActionAdd(Cli& cli, const QStringList& args);
int runActionList(Cli& cli, const QStringList& args);
// DmstDocumentCommands.cpp (issue 18)
int runDmstDocumentList(Cli& cli, const QStringList& args);
int runDmstDocumentPrint(Cli& cli, const QStringList& args);
} // namespace vigie::cli

namespace vigie::cli {
// IdentityCommands.cpp (issue 13 item 1)
int runWorkerMerge(Cli& cli, const QStringList& args);
int runWorkerUnmerge(Cli& cli, const QStringList& args);
} // namespace vigie::cli

namespace vigie::cli {
// BackupCommands.cpp (issue 20 item 4)
int runBackup(Cli& cli, const QStringList& args);
int runRestore(Cli& cli, const QStringList& args);
// SyncCommands.cpp (issue 14)
int runSyncEnroll(Cli& cli, const QStringList& args);
int runSyncNow(Cli& cli, const QStringList& args);
int runSyncStatus(Cli& cli, const QStringList& args);
} // namespace vigie::cli

namespace vigie::cli {
// AccountCommands.cpp (issue 13): the account life cycle and the key rotation.
int runUserDisable(Cli& cli, const QStringList& args);
int runUserEnable(Cli& cli, const QStringList& args);
int runUserRole(Cli& cli, const QStringList& args);
int runKeyRotate(Cli& cli, const QStringList& args);
// PdpCommands.cpp (issue 17)
int runAbsenceAdd(Cli& cli, const QStringList& args);
int runAbsenceEnd(Cli& cli, const QStringList& args);
int runAbsenceList(Cli& cli, const QStringList& args);
int runAbsenceImport(Cli& cli, const QStringList& args);
int runWorkerDue(Cli& cli, const QStringList& args);
int runPdpOpen(Cli& cli, const QStringList& args);
int runPdpStep(Cli& cli, const QStringList& args);
int runPdpSocialStart(Cli& cli, const QStringList& args);
int runPdpReview(Cli& cli, const QStringList& args);
int runPdpClose(Cli& cli, const QStringList& args);
int runPdpDue(Cli& cli, const QStringList& args);
int runPdpMeeting(Cli& cli, const QStringList& args);
int runPdpAgenda(Cli& cli, const QStringList& args);
int runPdpSummary(Cli& cli, const QStringList& args);
int runPdpSettings(Cli& cli, const QStringList& args);
int runReportIndicators(Cli& cli, const QStringList& args); // ReportCommands.cpp (issue 16)
int runSatisfactionImport(Cli& cli, const QStringList& args);
int runReportActivity(Cli& cli, const QStringList& args);
int runReportCompany(Cli& cli, const QStringList& args);
int runReportBarometer(Cli& cli, const QStringList& args);
} // namespace vigie::cli
