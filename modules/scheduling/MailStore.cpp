#include "scheduling/MailStore.h"

#include "scheduling/AppointmentStore.h"
#include "scheduling/StoreSupport.h"
#include "security/PolicyStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie::scheduling::MailStore {
using namespace detail;

namespace {
core::Error invalid(const QString& m) { return core::Error{core::ErrorCode::Invalid, m}; }

bool plausibleAddress(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}
} // namespace

core::Status setSettings(security::Session& session, const SmtpSettings& s)
{
    if (auto r = security::PolicyStore::requireModule(session, security::Module::Administration); !r)
        return r;
    if (s.host.trimmed().isEmpty() || s.port < 1 || s.port > 65535)
        return invalid(QCoreApplication::translate("vigie::scheduling", "Invalid mail server: %1:%2").arg(s.host).arg(s.port));
    if (!plausibleAddress(s.sender))
        return invalid(QCoreApplication::translate("vigie::scheduling", "Invalid e-mail address: %1").arg(s.sender));
    if (s.username.isEmpty() != s.password.isEmpty())
        return invalid(QCoreApplication::translate("vigie::scheduling", "The mail server's user name and password go together"));
    if (!s.username.isEmpty() && s.security == SmtpSecurity::None)
        // AUTH over a plain connection would send the password in clear on the network.
        return invalid(QCoreApplication::translate("vigie::scheduling", "Authentication needs an encrypted connection (starttls or tls)"));
    if (s.reminderDays < 1 || s.reminderDays > 14)
        return invalid(QCoreApplication::translate("vigie::scheduling", "The reminder goes 1 to 14 days before the visit"));
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    if (auto r = exec(q, QStringLiteral("UPDATE mail_settings SET deleted = 1, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE deleted = 0"),
                      {session.nextHlc(), session.account().id});
        !r)
        return r;
    if (auto r = exec(q, QStringLiteral("INSERT INTO mail_settings(id, host, port, sender, reminder_days, security, username, hlc, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {session.newId(), s.host.trimmed(), s.port, s.sender, s.reminderDays, codeOf(s.security), textOrNull(s.username),
                       session.nextHlc(), session.account().id});
        !r)
        return r;
    // The password stays on this workstation: a local-only table, never in the outbox (migration 0014).
    if (auto r = s.password.isEmpty()
                     ? exec(q, QStringLiteral("DELETE FROM local_mail_secret"))
                     : exec(q, QStringLiteral("INSERT INTO local_mail_secret(singleton, password) VALUES (1, ?) "
                                              "ON CONFLICT(singleton) DO UPDATE SET password = excluded.password"),
                            {s.password});
        !r)
        return r;
    if (auto r = audited(session, QStringLiteral("write"), QStringLiteral("mail_settings"), QStringLiteral("host=%1 security=%2").arg(s.host, codeOf(s.security))); !r)
        return r;
    return tx.commit();
}

core::Result<std::optional<SmtpSettings>> settings(security::Session& session)
{
    const security::Role role = session.account().role;
    if (!security::AccessPolicy::canUseModule(role, security::Module::Planning).allowed &&
        !security::AccessPolicy::canUseModule(role, security::Module::Administration).allowed)
        return refused(session, QStringLiteral("read"), QStringLiteral("mail_settings"),
                       QCoreApplication::translate("vigie::scheduling", "Access refused: your role does not give access to planning"));
    // The password goes only to the sessions that send mail (Planning); the administrator, who sets
    // it, does not read it back.
    const bool sends = security::AccessPolicy::canUseModule(role, security::Module::Planning).allowed;
    QSqlQuery q(session.db().sql());
    if (auto r = exec(q, QStringLiteral("SELECT host, port, sender, reminder_days, security, COALESCE(username, ''), "
                                        "CASE WHEN ? THEN COALESCE((SELECT password FROM local_mail_secret WHERE singleton = 1), '') "
                                        "ELSE '' END FROM mail_settings WHERE deleted = 0 LIMIT 1"),
                      {sends ? 1 : 0});
        !r)
        return r.error();
    if (!q.next())
        return std::optional<SmtpSettings>();
    return std::optional<SmtpSettings>(SmtpSettings{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt(),
                                                    smtpSecurityFromCode(q.value(4).toString()).value_or(SmtpSecurity::None),
                                                    q.value(5).toString(), q.value(6).toString()});
}

core::Status setWorkerEmail(security::Session& session, const QString& workerId, const QString& email)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    if (!email.isEmpty() && !plausibleAddress(email))
        return invalid(QCoreApplication::translate("vigie::scheduling", "Invalid e-mail address: %1").arg(email));
    QVariantList values{workerId};
    for (const QString& t : teams.value())
        values << t;
    QSqlQuery q(session.db().sql());
    if (auto r = exec(q, QStringLiteral("SELECT 1 FROM employments e JOIN team_establishments te ON te.establishment_id = e.establishment_id "
                                        "AND te.deleted = 0 WHERE e.worker_id = ? AND e.deleted = 0 AND te.team_id IN (%1) LIMIT 1")
                                 .arg(placeholders(teams.value().size())),
                      values);
        !r)
        return r;
    if (!q.next())
        return refused(session, QStringLiteral("write"), QStringLiteral("worker.email"),
                       QCoreApplication::translate("vigie::scheduling", "Access refused: the worker %1 has no post in your teams' establishments")
                           .arg(workerId));
    if (auto r = exec(q, QStringLiteral("UPDATE workers SET email = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"),
                      {textOrNull(email), session.nextHlc(), session.account().id, workerId});
        !r)
        return r;
    return audited(session, QStringLiteral("write"), QStringLiteral("worker.email"), {}, workerId);
}

core::Result<QList<MailCandidate>> candidates(security::Session& session, QDate today, int reminderDays)
{
    // Convocations go out for any future appointment: look a year ahead.
    auto list = AppointmentStore::between(session, today, today.addDays(std::max(366, reminderDays)));
    if (!list)
        return list.error();
    QList<MailCandidate> out;
    QSqlQuery q(session.db().sql());
    for (const Appointment& a : list.value()) {
        if (auto r = exec(q, QStringLiteral("SELECT COALESCE(w.email, ''), a.mailed_at IS NOT NULL, a.reminded_at IS NOT NULL FROM appointments a "
                                            "JOIN workers w ON w.id = a.worker_id WHERE a.id = ?"),
                          {a.id});
            !r)
            return r.error();
        if (q.next())
            out << MailCandidate{a, q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool()};
    }
    return out;
}

core::Status markSent(security::Session& session, const QString& appointmentId, bool reminder)
{
    if (auto r = requirePlanning(session); !r)
        return r;
    QSqlQuery q(session.db().sql());
    const QString column = reminder ? QStringLiteral("reminded_at") : QStringLiteral("mailed_at");
    if (auto r = exec(q, QStringLiteral("UPDATE appointments SET %1 = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?").arg(column),
                      {session.clock().nowUtc().toString(Qt::ISODateWithMs), session.nextHlc(), session.account().id, appointmentId});
        !r)
        return r;
    return audited(session, QStringLiteral("write"), QStringLiteral("appointment.mail"),
                   QStringLiteral("appointment=%1 %2").arg(appointmentId, reminder ? QStringLiteral("reminder") : QStringLiteral("convocation")));
}

} // namespace vigie::scheduling::MailStore
