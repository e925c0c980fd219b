#pragma once
// A consultation (part 3° of the record): the visit's kind and reason, interview, examination
// (weight, height → BMI, blood pressure, vision, hearing, urine test), complementary exams and their
// results, orientation, conclusion. A draft is saved on every change; once closed it is immutable and
// a correction is a new consultation that supersedes it. Pure code.

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace vigie::dmst {

enum class Orientation { None, Physician, Care, Team };
QString orientationCode(Orientation o); // none, physician, care, team
std::optional<Orientation> orientationFromCode(const QString& code);
QString orientationText(Orientation o);  // translated

struct Consultation {
    QString id;
    QString workerId;
    QString visitId;          // the scheduled visit, if any
    QString appointmentId;    // the appointment it was started from ("Ma journée"), if any
    QString establishmentId;  // the employer the visit is for
    QString kind;             // visit_kind code (VIP, EMA, RETURN, ...)
    QString reason;
    bool closed = false;
    QDate visitDate;
    QTime arrival;
    QTime departure;
    QString professionalId;
    QString professionalName; // read
    QString interview;
    std::optional<double> weightKg;
    std::optional<double> heightCm;
    std::optional<int> systolic;
    std::optional<int> diastolic;
    QString vision;
    QString hearing;
    QString urine;
    QString examination;
    QString problems;         // health problems found, one per line (free text)
    QStringList problemCodes; // the same, coded with the health_problem list (groups)
    QString examsPrescribed;
    QString examsResults;
    Orientation orientation = Orientation::None;
    QString orientationNote;
    QString conclusion;
    QString supersedes;       // the closed consultation this one corrects
    QString supersededBy;     // read: the correction that replaced this one
    QString savedAt;
    int revision = 0;
    QString closedAt;
    QString closedBy;
};

// Body-mass index, kg/m², one decimal; nullopt without both measures.
std::optional<double> bodyMassIndex(const std::optional<double>& weightKg, const std::optional<double>& heightCm);
QString bmiClass(double bmi); // translated WHO class: underweight, normal, overweight, obesity

// Plausible values only (a typo such as 1750 cm is refused with its value named). A draft may be
// incomplete; these checks apply to what is filled in.
core::Status checkMeasures(const Consultation& c);

// One implausible field: `field` is weight, height, systolic, diastolic or departure; the message
// names the value (translated).
struct FieldIssue {
    QString field;
    QString message;
};
// Every implausible field, in the form's order (checkMeasures reports the first).
QList<FieldIssue> fieldIssues(const Consultation& c);
// The draft as autosave keeps it (issue 18 item 7): the implausible measures are left out (empty), every
// other field is kept — a departure before the arrival too, refused only at closing. Returns the issues.
QList<FieldIssue> dropImplausible(Consultation& c);
// Before closing: the kind, the date and a conclusion are required, and the worker must have been
// informed of his rights (R4624-45-6) — `rightsInformed` is whether part 6° records it.
core::Status checkClosable(const Consultation& c, bool rightsInformed);

} // namespace vigie::dmst
