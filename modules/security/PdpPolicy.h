#pragma once
// The job-retention (PDP) part of the access policy (security-requirements.md §6, issue 17): what each
// role may read and write of work stoppages and PDP cases, cell by cell. A PDP case holds no clinical
// content: the record's parts 3°–5° stay under AccessPolicy::can (the social worker holds no letter
// there, so an adjustment proposal's text, the state of health and the correspondence are refused to
// her and audited); she sees that a step took place, when and by whom.
//
// Besides the role, a worker must be in reach: a team of the account is in charge of one of the
// worker's establishments (teams as in RecordResource). Pure code.

#include "security/AccessPolicy.h"

namespace vigie::security {

enum class PdpItem {
    Stoppage,       // work stoppages (cause, dates)
    Case,           // open a case, read its summary (origin, dates, status, professional in charge)
    MedicalStep,    // pre-return and return visits, adjustment proposals (the fact and date, not the text)
    CellStep,       // liaison meeting, essai encadré, CRPE, referral to a partner
    SocialFollowUp, // the social worker's follow-up and its 3- and 6-month reviews
    Outcome,        // closing with the outcome, the one-year review
    CellMeeting,    // the PDP cell's meeting list, minutes and PDF
};

QString pdpItemCode(PdpItem item); // stoppage, case, medical_step, ...
QList<PdpItem> allPdpItems();

namespace AccessPolicy {
// The role × item × action table (Read, Write; Export for the cell's PDF and the employer's summary).
bool pdpAllows(Role role, PdpItem item, Action action);
// The table, then the team scope: `workerTeams` are the teams in charge of the worker (empty list:
// no worker concerned, e.g. the cell's meeting list).
Decision canPdp(const Subject& subject, PdpItem item, Action action, const QStringList& workerTeams, bool concernsWorker);
} // namespace AccessPolicy

} // namespace vigie::security
