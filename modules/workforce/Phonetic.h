#pragma once
// A French phonetic key for names (identity vigilance, INS-08: "close phonetic forms"). Two spellings
// that a French speaker pronounces alike get the same key: Dupont / Dupond, Lefèvre / Lefebvre,
// Rousseau / Roussot, Thomas / Tomas, Philippe / Filipe, Schmitt / Schmidt, Jérôme / Gérôme,
// Le Gall / Legall, Mathieu / Matthieu, Faure / Phaure.
//
// A simplified "Soundex-FR"/"Phonex": one left-to-right pass over the name folded by
// core::foldForSearch (accents, case, ligatures, hyphens and spaces removed), written for speed (the
// key of a million workers is computed once per database). The rules, in order of the pass:
//
//   consonants   sch, sh, ch, tch → X (the "ch" sound);  ph → f;  th → t;  rh → r;  gh → g;
//                ck, qu, q → k;  c before e/i/y → s, other c → k;  gu before e/i/y → g (hard);
//                ge before a/o → j;  g before e/i/y → j;  gn → n;  bv → v (Lefebvre);  w → v;
//                z → s;  x → ks (silent at the end);  h alone is silent
//   vowels       eau, au → o;  ai, ay, ei → e;  eu, oe, oeu → E;  ou → U;  oi, oy → W;  y → i
//   nasals       (before a consonant or at the end, the m/n not doubled)
//                an, am, en, em → 2;  on, om → 3;  in, im, yn, ym, ain, aim, ein, un, um → 1
//   then         runs of the same symbol are collapsed (tt → t), and the silent endings are
//                dropped: trailing e, s, t, d, x (Dupont → dup3, Bernard → bernar)
//
// The key is a string of lower-case letters and the symbols X, E, U, W, 1, 2, 3; empty for a name
// without letters. It is a comparison key, never shown.

#include <QString>

namespace vigie::workforce {

QString phoneticKeyFr(const QString& name);

} // namespace vigie::workforce
