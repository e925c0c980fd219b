#pragma once
// Record ids: UUIDv7 (RFC 9562). The leading timestamp makes ids sort by creation time, which keeps
// B-tree inserts at the right edge and lets replicas merge without a central sequence.

#include <QString>

namespace vigie::core {

class Clock;

// Lowercase canonical text "xxxxxxxx-xxxx-7xxx-yxxx-xxxxxxxxxxxx". Within one process the ids are
// strictly increasing, even for many ids in the same millisecond (see Uuid.cpp). Thread-safe.
QString newUuidV7(const Clock& clock);

// The Unix time in milliseconds stored in a UUIDv7, or -1 if `uuid` is not a UUIDv7.
qint64 uuidV7Timestamp(const QString& uuid);

// True for the 36-character canonical text of any UUID (any version, either letter case).
bool isUuid(const QString& uuid);

} // namespace vigie::core
