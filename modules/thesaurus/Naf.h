#pragma once
// NAF rév. 2 / APE codes (domain-rules.md §10.3): "NN.NNL", the dot optional on input. Checked
// against the NAF shipped with Vigie (thesaurus/naf.csv), without a database: `vigie-cli validate naf`.

#include "core/Result.h"

#include <QString>

namespace vigie::thesaurus::Naf {

// "6201z", " 62.01Z " -> "62.01Z"; empty when the text does not have the shape of a sub-class code.
QString normalise(const QString& value);
// Valid when `value` is an existing NAF rév. 2 sub-class. ErrorCode::Invalid with the reason otherwise.
core::Status validate(const QString& value);
// The French label of a sub-class (or of any NAF code, with its dot), empty when unknown.
QString label(const QString& code);

} // namespace vigie::thesaurus::Naf
