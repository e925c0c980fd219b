#pragma once
// Money in Vigie: integer euro cents, never floating point. Amounts are added and multiplied as
// integers; the only divisions (VAT, percentages) round explicitly, half away from zero, to the cent.

#include "core/Result.h"

#include <QLocale>
#include <QString>

namespace vigie::membership {

using Cents = qint64;

// "1 234,56 €" in French, "€1,234.56" in English: the locale's digits, separators and currency
// pattern, computed without floating point.
QString formatMoney(Cents cents, const QLocale& locale = QLocale());
// The amount alone, without currency sign: "1 234,56".
QString formatAmount(Cents cents, const QLocale& locale = QLocale());

// "115,50", "115.50", "115", "1 234,56 €" → cents. At most two decimals; never negative.
// ErrorCode::Invalid naming the text otherwise.
core::Result<Cents> parseMoney(const QString& text);

// value × numerator ÷ denominator, rounded half away from zero (denominator > 0).
Cents mulDivRound(Cents value, qint64 numerator, qint64 denominator);

// A VAT rate in basis points (2000 = 20 %) as the locale writes it: "20 %", "5,5 %", "0 %".
QString formatRate(int basisPoints, const QLocale& locale = QLocale());

} // namespace vigie::membership
