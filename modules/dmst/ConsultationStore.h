#pragma once
// Consultations (part 3° of the record) and the physicians' personal notes, in the database.
//
// Autosave: the screen calls saveDraft() on every change; each call is its own committed write (no
// long transaction), so a crash or a lock loses nothing already saved. Its trail is paced: one audit
// record per draft per minute of typing, one outbox row per draft per 10 s (the next captured write,
// or the close, carries the whole row); see _dmst_draft_pace (0019). A closed consultation is
// immutable — the store refuses, and triggers of 0011_dmst.sql refuse whatever the program — and
// correct() opens a new draft, a copy that supersedes it once closed.
//
// Personal notes (RBAC-06): the physicians' own "subjective" notes, apart from the record: read and
// written by their author only (a physician, collaborator physician or intern), never exported.
// Every call asks the access policy for part 3° (audited, refusals too).

#include "core/Result.h"
#include "dmst/Consultation.h"
#include "security/Session.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>

namespace vigie::dmst {

struct ConsultationSummary {
    QString id;
    QDate visitDate;
    QString kind;
    bool closed = false;
    QString professionalName;
    QString conclusion;
    QString supersedes;
    QString supersededBy;
};

struct PersonalNote {
    QString id;
    QString workerId;
    QString consultationId;
    QString writtenAt;
    QString body;
};

namespace ConsultationStore {
// A new draft for `c.workerId` (its record is created if needed: write on 1° too). Returns its id.
core::Result<QString> startDraft(security::Session& session, const Consultation& c);
// Saves the whole draft `c` (c.id). ErrorCode::Invalid when it is closed or implausible.
core::Status saveDraft(security::Session& session, const Consultation& c);
// Closes the draft: checkClosable (incl. the R4624-45-6 information), then immutable.
core::Status close(security::Session& session, const QString& consultationId);
// A new draft correcting the closed consultation; returns its id. One correction per consultation.
core::Result<QString> correct(security::Session& session, const QString& closedId);
core::Result<Consultation> load(security::Session& session, const QString& consultationId);
// The worker's consultations, latest first.
core::Result<QList<ConsultationSummary>> list(security::Session& session, const QString& workerId);
// The open draft of this account for the worker, if any (resume after a crash or a lock).
core::Result<QString> openDraft(security::Session& session, const QString& workerId);
// "Ma journée": the signed-in professional's own consultations started from these appointments —
// appointment id → closed (true) or draft (false). No health content is read.
core::Result<QHash<QString, bool>> ownByAppointment(security::Session& session, const QStringList& appointmentIds);

core::Result<QString> addPersonalNote(security::Session& session, const QString& workerId, const QString& consultationId,
                                      const QString& body);
// The signed-in author's own notes on the worker; other authors' notes are never returned.
core::Result<QList<PersonalNote>> personalNotes(security::Session& session, const QString& workerId);
} // namespace ConsultationStore

} // namespace vigie::dmst
