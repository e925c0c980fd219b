#pragma once
// Answers to the satisfaction questions asked at membership (offer §3.1; indicators
// SATISFACTION_MEMBERSHIP_INTERFACE and SATISFACTION_MEMBERSHIP_INFORMATION): typed in, or imported
// from a CSV of answers. Pure domain: the value type and the CSV reader.
//
// CSV (UTF-8, ';' or ',' separated, header required, columns in any order):
//   question;answered_on;score[;siret]
//   membership_interface;2026-03-14;4;73282932000074
// question: membership_interface or membership_information; answered_on: YYYY-MM-DD or DD/MM/YYYY;
// score: 1 to 5; siret: optional (the answering establishment, 14 digits).

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::reports {

struct SatisfactionAnswer {
    QString question; // membership_interface, membership_information
    QDate answeredOn;
    int score = 0;    // 1..5
    QString siret;    // optional
};

QStringList satisfactionQuestions();
// A known question, a score from 1 to 5, a date not after `today`, a SIRET of 14 digits when given.
core::Status validateAnswer(const SatisfactionAnswer& answer, const QDate& today);
// Every line or the first error, naming its line ("line 4: ...").
core::Result<QList<SatisfactionAnswer>> parseSatisfactionCsv(const QByteArray& csv, const QDate& today);

} // namespace vigie::reports
