#pragma once
// Differences between two contents of a company sheet (any two versions, or a draft and its base),
// by section and field, and the merge of two concurrent edits by section (sync-design.md §4.2 class C:
// different sections merge automatically; the same section changed on both sides waits for a
// person). Pure domain.

#include "companysheet/SheetContent.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigie::companysheet {

struct FieldChange {
    QString section;
    QString field;
    QJsonValue before; // Null: the field was empty
    QJsonValue after;  // Null: the field is now empty
    QStringList details; // exposures: one line per exposure added, removed or changed (translated)
};

struct SectionChanges {
    QString section;
    QList<FieldChange> fields;
};

// In plan order (sections, then fields); only what differs.
QList<SectionChanges> diff(const SheetContent& before, const SheetContent& after);
// The keys of the sections that differ.
QStringList changedSections(const SheetContent& before, const SheetContent& after);

enum class Side { Ours, Theirs };

struct MergeResult {
    SheetContent merged;     // sections changed on one side only taken from that side; conflicting ones
                             // left as on `theirs` until a person chooses
    QStringList fromOurs;    // sections taken from `ours`
    QStringList fromTheirs;  // sections taken from `theirs`
    QStringList conflicts;   // sections changed on both sides, differently
    bool clean() const { return conflicts.isEmpty(); }
};

// `base`: the content both sides started from; `ours`: this draft; `theirs`: the version validated
// meanwhile. A section changed identically on both sides is no conflict.
MergeResult mergeBySection(const SheetContent& base, const SheetContent& ours, const SheetContent& theirs);

// The merge with a person's choice for each conflicting section; ErrorCode::Invalid when a conflict
// has no choice.
core::Result<SheetContent> resolve(const MergeResult& merge, const SheetContent& ours, const SheetContent& theirs,
                                   const QMap<QString, Side>& choices);

} // namespace vigie::companysheet
