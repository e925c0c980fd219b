#pragma once
// 32 bytes of key material in memory that libsodium locks (no swap) and wipes on destruction.

#include <QByteArray>
#include <QString>

namespace vigie::storage {

class SecretKey
{
public:
    static constexpr int Size = 32;
    SecretKey();                      // zero key
    static SecretKey random();        // from libsodium's CSPRNG
    static SecretKey fromHex(const QString& hex, bool* ok = nullptr);
    ~SecretKey();
    SecretKey(const SecretKey& other);
    SecretKey& operator=(const SecretKey& other);

    unsigned char* data() { return m_bytes; }
    const unsigned char* data() const { return m_bytes; }
    QString toHex() const;            // 64 lowercase hex characters
    bool operator==(const SecretKey& other) const;

private:
    unsigned char* m_bytes = nullptr; // sodium_malloc'ed, guarded pages
};

} // namespace vigie::storage
