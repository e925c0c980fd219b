#include "storage/SecretKey.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>

namespace vigie::storage {
namespace {
unsigned char* allocate()
{
    if (sodium_init() < 0)
        std::abort(); // no CSPRNG: nothing secure can be done
    auto* p = static_cast<unsigned char*>(sodium_malloc(SecretKey::Size));
    if (!p)
        std::abort();
    sodium_memzero(p, SecretKey::Size);
    return p;
}
} // namespace

SecretKey::SecretKey() : m_bytes(allocate()) {}

SecretKey SecretKey::random()
{
    SecretKey k;
    randombytes_buf(k.m_bytes, Size);
    return k;
}

SecretKey SecretKey::fromHex(const QString& hex, bool* ok)
{
    SecretKey k;
    const QByteArray in = hex.trimmed().toLatin1();
    size_t len = 0;
    const bool good = in.size() == 2 * Size &&
                      sodium_hex2bin(k.m_bytes, Size, in.constData(), size_t(in.size()), nullptr, &len, nullptr) == 0 &&
                      len == size_t(Size);
    if (!good)
        sodium_memzero(k.m_bytes, Size);
    if (ok)
        *ok = good;
    return k;
}

SecretKey::~SecretKey() { sodium_free(m_bytes); }

SecretKey::SecretKey(const SecretKey& other) : m_bytes(allocate()) { std::memcpy(m_bytes, other.m_bytes, Size); }

SecretKey& SecretKey::operator=(const SecretKey& other)
{
    if (this != &other)
        std::memcpy(m_bytes, other.m_bytes, Size);
    return *this;
}

QString SecretKey::toHex() const
{
    char out[2 * Size + 1];
    sodium_bin2hex(out, sizeof out, m_bytes, Size);
    QString s = QString::fromLatin1(out, 2 * Size);
    sodium_memzero(out, sizeof out);
    return s;
}

bool SecretKey::operator==(const SecretKey& other) const { return sodium_memcmp(m_bytes, other.m_bytes, Size) == 0; }

} // namespace vigie::storage
