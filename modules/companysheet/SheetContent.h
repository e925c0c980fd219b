#pragma once
// The content of a company sheet: for each section of the plan (SheetPlan.h), the values of its
// fields. Pure domain.
//
// Values by field kind: Text and Paragraph → JSON string; Count → JSON integer ≥ 0; YesNo → JSON
// boolean; Date → "YYYY-MM-DD"; Exposures → JSON array of objects
//     {"code": "PHYS.BRUIT", "label": "Bruit", "cdi": 3, "cdd": 1, "interim": 0, "other": 0,
//      "measures": "Casques fournis"}
// (workers exposed by contract type; `measures`: prevention in place and advised, optional).
//
// Canonical form (what is stored and hashed): an object of sections, each an object of fields; empty
// values (blank text, empty list) left out, text trimmed, exposures sorted by code with their counts
// always present; keys sorted, no white space (QJsonDocument::Compact of QJsonObject, whose keys are
// sorted). The same content therefore always gives the same bytes.

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace vigie::companysheet {

struct ExposureEntry {
    QString code;   // exposure thesaurus code
    QString label;  // its label when entered
    int cdi = 0;
    int cdd = 0;
    int interim = 0;
    int other = 0;  // apprentices, trainees, other contracts
    QString measures;

    int total() const { return cdi + cdd + interim + other; }
    bool operator==(const ExposureEntry&) const = default;
};

class SheetContent
{
public:
    SheetContent() = default;

    // Parses stored or imported JSON; unknown sections or fields, or a value of the wrong kind, are
    // refused (ErrorCode::Invalid) so that nothing outside the plan is ever validated.
    static core::Result<SheetContent> fromJson(const QByteArray& json);
    static core::Result<SheetContent> fromObject(const QJsonObject& object);

    QByteArray canonicalJson() const;
    QJsonObject toObject() const { return m_sections; }

    QJsonValue value(const QString& section, const QString& field) const;
    QString text(const QString& section, const QString& field) const;
    // Sets a value (normalised; an empty value removes the field). ErrorCode::Invalid for a field
    // outside the plan or a value of the wrong kind.
    core::Status set(const QString& section, const QString& field, const QJsonValue& value);
    // Sets from text as typed (a count "12", oui/non, a date YYYY-MM-DD or DD/MM/YYYY).
    core::Status setText(const QString& section, const QString& field, const QString& text);

    QJsonObject sectionObject(const QString& section) const { return m_sections.value(section).toObject(); }
    void setSection(const QString& section, const QJsonObject& fields);
    bool isEmpty() const { return m_sections.isEmpty(); }

    QList<ExposureEntry> exposures() const;
    void setExposures(const QList<ExposureEntry>& entries);

    bool operator==(const SheetContent& other) const { return m_sections == other.m_sections; }

private:
    QJsonObject m_sections;
};

// Normalises one value for its field (see above); Null when the value is empty; an error when it
// does not fit the field's kind.
core::Result<QJsonValue> normalisedValue(const QString& section, const QString& field, const QJsonValue& value);

// A value as a person reads it: counts as numbers, oui/non, dates DD/MM/YYYY, exposures one per line.
QString displayValue(const QString& section, const QString& field, const QJsonValue& value);

QList<ExposureEntry> exposuresFromJson(const QJsonValue& value);
QJsonValue exposuresToJson(QList<ExposureEntry> entries);

// "Bruit (PHYS.BRUIT): 3 CDI, 1 CDD, 0 intérim, 0 autre — Casques fournis"
QString exposureLine(const ExposureEntry& entry);

} // namespace vigie::companysheet
