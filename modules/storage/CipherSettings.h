#pragma once
// The cipher settings of every Vigie database, set explicitly after keying (stack.md §4): the
// SQLCipher 4 defaults, written down so that a library upgrade can never change the file format.
// `vigie-cli key show` prints the same lines so a standard SQLCipher 4 shell can open the file.

#include <QByteArrayList>

namespace vigie::storage::CipherSettings {

inline QByteArrayList pragmas()
{
    return {
        "PRAGMA cipher_page_size = 4096",
        "PRAGMA kdf_iter = 256000",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
        "PRAGMA cipher_plaintext_header_size = 0",
    };
}

} // namespace vigie::storage::CipherSettings
