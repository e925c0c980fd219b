#pragma once
// Re-keying an open database (PRAGMA rekey): every page is re-encrypted with the new key, the cipher
// settings stay as they are. Done in rollback-journal mode (the WAL is checkpointed and emptied
// first), then the WAL is turned back on. Nobody else may have the file open meanwhile.

#include "core/Result.h"

namespace vigie::storage {

class Database;
class SecretKey;

core::Status rekey(Database& db, const SecretKey& newKey);

} // namespace vigie::storage
