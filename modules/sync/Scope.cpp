#include "sync/Scope.h"

#include <QHash>

namespace vigie::sync {

RowScope scopeOf(const QString& table, const QJsonObject& row)
{
    // The record's tables and the part of R4624-45-4 each one holds (modules/dmst/migrations).
    static const QHash<QString, int> parts{
        {QStringLiteral("dmst_records"), 1},          {QStringLiteral("dmst_identity_checks"), 1},
        {QStringLiteral("dmst_work_history"), 2},     {QStringLiteral("dmst_exposures"), 2},
        {QStringLiteral("dmst_consultations"), 3},    {QStringLiteral("dmst_personal_notes"), 3},
        {QStringLiteral("dmst_long_term_conditions"), 3}, // an ALD noted in part 3° (migration 0021)
        {QStringLiteral("dmst_correspondence"), 4},   {QStringLiteral("dmst_documents"), 5},
        {QStringLiteral("dmst_rights_information"), 6}, {QStringLiteral("dmst_access_requests"), 6},
        {QStringLiteral("dmst_consents"), 7},         {QStringLiteral("oppositions"), 7},
    };
    RowScope s;
    const QString worker = table == QLatin1String("workers") ? row.value(QStringLiteral("id")).toString()
                                                              : row.value(QStringLiteral("worker_id")).toString();
    if (auto it = parts.constFind(table); it != parts.constEnd()) {
        s.kind = RowScope::Kind::RecordPart;
        s.part = it.value();
        s.workerId = worker;
        return s;
    }
    if (!worker.isEmpty()) {
        s.kind = RowScope::Kind::Worker;
        s.workerId = worker;
    }
    return s;
}

std::optional<SharedWriteRule> sharedWriteRule(const QString& table)
{
    using security::Module;
    static const QList<Module> admin{Module::Administration};
    static const QList<Module> membership{Module::Membership, Module::Administration};
    static const QList<Module> planning{Module::Planning};
    static const QList<Module> sheets{Module::CompanySheets};
    static const QHash<QString, SharedWriteRule> rules{
        // Accounts, roles and teams: the administrator's, judged on the server's own record of the
        // pushing account's role, so that no one promotes oneself from a desktop.
        {QStringLiteral("accounts"), {admin, false}},
        {QStringLiteral("teams"), {admin, false}},
        {QStringLiteral("team_members"), {admin, false}},
        {QStringLiteral("team_establishments"), {admin, false}},
        // The service's settings, edited by the administrator.
        {QStringLiteral("service_identity"), {admin, false}},
        {QStringLiteral("contribution_years"), {admin, false}},
        {QStringLiteral("price_list"), {admin, false}},
        {QStringLiteral("mail_settings"), {admin, false}},
        {QStringLiteral("companysheet_settings"), {admin, false}},
        // Members, their establishments, forms, invoices and workforce declarations.
        {QStringLiteral("enterprises"), {membership, false}},
        {QStringLiteral("establishments"), {membership, false}},
        {QStringLiteral("establishment_contacts"), {membership, false}},
        {QStringLiteral("establishment_status_history"), {membership, false}},
        {QStringLiteral("membership_forms"), {membership, false}},
        {QStringLiteral("membership_form_risks"), {membership, false}},
        {QStringLiteral("invoices"), {membership, false}},
        {QStringLiteral("invoice_lines"), {membership, false}},
        {QStringLiteral("invoice_payments"), {membership, false}},
        {QStringLiteral("service_orders"), {membership, false}},
        {QStringLiteral("workforce_declarations"), {membership, false}},
        // The exposures of an employment (declared with the workforce, reviewed by the team): the worker
        // is reached through the employment, so the row carries no worker_id.
        {QStringLiteral("employment_exposures"), {{Module::Membership, Module::Planning, Module::Records}, false}},
        // The job-retention cell's meetings (a date and who chaired; the cases are worker data).
        {QStringLiteral("pdp_cell_meetings"), {{Module::Pdp}, false}},
        // The delays of the job-retention reviews (a setting of the service).
        {QStringLiteral("pdp_settings"), {admin, false}},
        // The renewal delays and the primary-prevention interval (settings of the service, issue 19).
        {QStringLiteral("renewal_settings"), {admin, false}},
        {QStringLiteral("prevention_settings"), {admin, false}},
        // Agendas and the planning's settings.
        {QStringLiteral("agenda_places"), {planning, false}},
        {QStringLiteral("agenda_hours"), {planning, false}},
        {QStringLiteral("agenda_absences"), {planning, false}},
        {QStringLiteral("agenda_limits"), {planning, false}},
        {QStringLiteral("slot_lengths"), {planning, false}},
        {QStringLiteral("team_protocols"), {planning, false}},
        // Company sheets and workplace actions.
        {QStringLiteral("companysheet_drafts"), {sheets, false}},
        {QStringLiteral("companysheet_versions"), {sheets, false}},
        {QStringLiteral("companysheet_sendings"), {sheets, false}},
        {QStringLiteral("workplace_actions"), {sheets, false}},
        {QStringLiteral("workplace_action_professionals"), {sheets, false}},
        {QStringLiteral("workplace_action_reports"), {sheets, false}},
        // Employers' requests for workplace actions (ActionRequestStore: the company-sheet roles).
        {QStringLiteral("workplace_action_requests"), {sheets, false}},
        // Members' satisfaction answers (SurveyStore: the director and the administrator).
        {QStringLiteral("satisfaction_answers"), {{Module::Reports, Module::Administration}, false}},
        // A physician's delegation of parts 1° and 2°: hers only.
        {QStringLiteral("delegations"), {{Module::Records}, true}},
        // Identity merges (the workers are in kept_worker_id and merged_worker_id, not worker_id).
        {QStringLiteral("worker_merges"), {planning, false}},
    };
    if (auto it = rules.constFind(table); it != rules.constEnd())
        return it.value();
    return std::nullopt;
}

} // namespace vigie::sync
