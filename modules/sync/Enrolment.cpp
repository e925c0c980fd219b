#include "sync/Enrolment.h"

#include "security/Session.h"
#include "security/SignIn.h"
#include "storage/AuditTrail.h"
#include "sync/SyncClient.h"
#include "sync/Transport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;
using core::Status;

core::Result<QString> presentedFingerprint(const QString& url)
{
    HttpsTransport probe(url, {});
    return probe.fetchFingerprint();
}

core::Result<Enrolment> enrolDevice(const EnrolRequest& r, const core::Clock& clock, Transport* given)
{
    HttpsTransport https(r.url, r.pinnedFingerprint);
    Transport& transport = given ? *given : static_cast<Transport&>(https);
    auto answer = transport.call(QString::fromLatin1(EnrollPath), QJsonObject{{QStringLiteral("login"), r.login},
                                                                              {QStringLiteral("password"), r.password},
                                                                              {QStringLiteral("device_name"), r.deviceName}});
    if (!answer)
        return answer.error();
    const Enrolment enrolment = Enrolment::fromJson(answer.value());
    if (!QFileInfo::exists(r.databasePath)) {
        if (Status s = SyncClient::createDevice(r.databasePath, enrolment, r.password, clock, r.url, r.pinnedFingerprint); !s)
            return s.error();
        return enrolment;
    }
    auto session = security::signIn(r.databasePath, r.login, r.password, clock);
    if (!session)
        return session.error();
    if (!SyncClient::state(session.value()->db(), QStringLiteral("device_id")).isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "The database %1 is already enrolled").arg(r.databasePath)};
    if (Status s = SyncClient::saveEnrolment(session.value()->db(), r.url, r.pinnedFingerprint, enrolment); !s)
        return s.error();
    if (Status s = session.value()->audit(storage::AuditEvent{{}, {}, QStringLiteral("sync.enroll"), QStringLiteral("device:") + enrolment.deviceId, {}, 0,
                                                               QStringLiteral("success"), QStringLiteral("server=") + r.url});
        !s)
        return s.error();
    return enrolment;
}

} // namespace vigie::sync
