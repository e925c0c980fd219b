#pragma once
// Writes the engine's answer in the JSON shape of rules-contract.md ("Output"):
//   {"today": ..., "due": [{"worker", "employment", "kind", "earliest", "latest", "performer",
//   "overdue", "basis"}, ...]}
// with the keys in that order, indented by 2 spaces, `employment` and `earliest` as JSON null when
// absent. The entries are written in the order given (sort them with sortDue first).

#include "scheduling/DueVisit.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace vigie::scheduling {

// UTF-8, without a final newline.
QByteArray dueToJson(QDate today, const QList<DueVisit>& due);

// A JSON string literal, quotes included (control characters escaped, the rest as UTF-8).
QByteArray jsonString(const QString& text);

} // namespace vigie::scheduling
