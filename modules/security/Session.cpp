#include "security/Session.h"

#include "core/Uuid.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"

namespace vigie::security {

namespace {
QString nodeIdOf(storage::Database& db)
{
    const QString node = db.meta(QStringLiteral("node_id"));
    return node.isEmpty() ? QStringLiteral("local") : node;
}
} // namespace

Session::Session(std::unique_ptr<storage::Database> db, storage::SecretKey key, Account account,
                 const core::Clock& clock)
    : m_db(std::move(db)), m_key(std::move(key)), m_account(std::move(account)), m_clock(clock),
      m_signedInAt(clock.nowUtc()), m_hlc(clock, nodeIdOf(*m_db))
{
}

Session::~Session() = default;

void Session::attachAuditSeal(const storage::SecretKey& sealKey, bool expectSeal)
{
    m_sealer.reset();
    m_sealer = std::make_unique<storage::AuditSealer>(*m_db, sealKey, expectSeal);
}

QString Session::keyRingPath() const { return storage::KeyRing::pathFor(m_db->path()); }

QString Session::nextHlc() { return m_hlc.now().toString(); }

QString Session::newId() const { return core::newUuidV7(m_clock); }

core::Status Session::audit(storage::AuditEvent event)
{
    event.account = m_account.login;
    event.role = roleCode(m_account.role);
    return storage::AuditTrail::append(*m_db, event, m_clock);
}

} // namespace vigie::security
