#pragma once
// The content of the INS DataMatrix printed on health documents (security-requirements.md INS-05:
// only for a qualified identity). Pure code: the text to encode; the symbol is the printer's.
//
// Followed: the ANS format « INS — Format datamatrix » (v2.2 of 26/09/2023) as two independent
// public implementations apply it (OpenXtrem Mediboard's CPatientINSNIR and a PHP
// "InsiDatamatrixPayload" citing that document §3 and §5) — the ANS document itself was not
// available to confirm it word for word:
//   header   "IS" (marker) + "01" (version) + 22 reserved "0"               26 characters
//   S1       matricule INS (NIR or NIA with its key)                          fixed 15
//   S2       OID of the matricule (1.2.250.1.213.1.4.8 NIR, ...4.9 NIA, ...)  up to 20
//   S3       birth first names, the whole list, space-separated              up to 100
//   S4       birth name                                                       up to 100
//   S5       sex, F or M                                                      fixed 1
//   S6       birth date, DD-MM-YYYY                                           fixed 10
//   S7       birthplace, INSEE code (COG) of the commune or 99xxx country     fixed 5, optional
// A variable-length field shorter than its maximum is closed by <GS> (ASCII 29); fixed-length fields
// are not. Names follow the INSi lexical profile: capitals without diacritics, space, hyphen, apostrophe.

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace vigie::dmst {

struct InsTraits {
    QString insStatus;       // only QUAL gets a DataMatrix
    QString matricule;
    QString oid;
    QString birthFirstNames;
    QString birthName;
    QString sex;             // F, M (an undetermined sex cannot be encoded)
    QDate birthDate;
    QString birthPlaceCog;   // optional
};

// "Lefèvre" → "LEFEVRE", "Zoé-Œlle" → "ZOE-OELLE": the INSi lexical profile.
QString insiName(const QString& name);

// The bytes to encode. ErrorCode::Invalid, naming the value, when the identity is not qualified or a
// trait cannot be encoded (the caller then prints no symbol, INS-05).
core::Result<QByteArray> insDataMatrixContent(const InsTraits& traits);

} // namespace vigie::dmst
