#pragma once
// How near a place of the agendas is to a worker's workplace (issue 19 item 7: a worker in Grenoble
// convoked to Lyon), for the planner to prefer the nearest. Pure.
//
// The reference data has no coordinates (communes_2026.csv: codes, names, départements, postal codes
// only), so nearness is by postal code: the same postal code (the same town or district), then the
// same département, then elsewhere. A company site is at its establishment and a tele-consultation
// needs no travel: both are as near as can be.

#include "scheduling/Agenda.h"

#include <QString>

namespace vigie::scheduling {

enum class Nearness { SameTown = 0, SameDepartement = 1, Elsewhere = 2 };

// The département of a French postal code: its first two digits, three overseas (971…988); empty
// when the text is not a postal code.
QString departementOfPostalCode(const QString& postalCode);

// The postal code written in a postal address ("12 rue X, 38000 Grenoble" gives "38000"): the last
// group of exactly five digits; empty if none.
QString postalCodeInAddress(const QString& address);

// Nearness of two postal codes; Elsewhere when either is unknown.
Nearness nearness(const QString& placePostalCode, const QString& workplacePostalCode);

// Nearness of a place to a workplace (its postal code).
Nearness nearness(const Place& place, const QString& workplacePostalCode);

} // namespace vigie::scheduling
