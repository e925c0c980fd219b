#include "reports/Satisfaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
} // namespace

QStringList satisfactionQuestions() { return {QStringLiteral("membership_interface"), QStringLiteral("membership_information")}; }

Status validateAnswer(const SatisfactionAnswer& a, const QDate& today)
{
    if (!satisfactionQuestions().contains(a.question))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "Unknown question \"%1\" (membership_interface or membership_information)").arg(a.question));
    if (a.score < 1 || a.score > 5)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "A score goes from 1 to 5 (%1 given)").arg(a.score));
    if (!a.answeredOn.isValid() || a.answeredOn > today)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "The date of an answer must be a past day"));
    static const QRegularExpression siret(QStringLiteral("^\\d{14}$"));
    if (!a.siret.isEmpty() && !siret.match(a.siret).hasMatch())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "Invalid SIRET \"%1\" (14 digits)").arg(a.siret));
    return {};
}

Result<QList<SatisfactionAnswer>> parseSatisfactionCsv(const QByteArray& csv, const QDate& today)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r?\n")));
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "The file of answers is empty")};
    const QChar sep = lines.first().contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    QStringList header;
    for (const QString& h : lines.first().split(sep))
        header << h.trimmed().toLower();
    const qsizetype iq = header.indexOf(QStringLiteral("question")), id = header.indexOf(QStringLiteral("answered_on")),
                    is = header.indexOf(QStringLiteral("score")), ie = header.indexOf(QStringLiteral("siret"));
    if (iq < 0 || id < 0 || is < 0)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "The header must name the columns question, answered_on and score")};
    QList<SatisfactionAnswer> out;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        if (lines.at(n).trimmed().isEmpty())
            continue;
        const QStringList f = lines.at(n).split(sep);
        const auto field = [&](qsizetype i) { return i >= 0 && i < f.size() ? f.at(i).trimmed() : QString(); };
        SatisfactionAnswer a;
        a.question = field(iq);
        a.answeredOn = QDate::fromString(field(id), Qt::ISODate);
        if (!a.answeredOn.isValid())
            a.answeredOn = QDate::fromString(field(id), QStringLiteral("dd/MM/yyyy"));
        bool ok = false;
        a.score = field(is).toInt(&ok);
        if (!ok)
            a.score = 0;
        a.siret = field(ie).remove(QLatin1Char(' '));
        if (Status s = validateAnswer(a, today); !s)
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "line %1: %2").arg(n + 1).arg(s.error().message)};
        out << a;
    }
    return out;
}

} // namespace vigie::reports
