#include "workforce/Phonetic.h"

#include "core/TextFold.h"

#include <string>

namespace vigie::workforce {

namespace {

bool isVowel(char c)
{
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return false;
    }
}

bool isFront(char c) { return c == 'e' || c == 'i' || c == 'y'; }

// "an" + consonant or end: a nasal vowel. `at` is the index of the m/n.
bool nasalAt(const std::string& s, size_t at)
{
    if (at >= s.size() || (s[at] != 'n' && s[at] != 'm'))
        return false;
    if (at + 1 >= s.size())
        return true;
    const char after = s[at + 1];
    return !isVowel(after) && after != 'n' && after != 'm' && after != 'h';
}

} // namespace

QString phoneticKeyFr(const QString& name)
{
    // Letters only: "Le Gall" and "Legall" are the same name to the ear.
    std::string s;
    const QString folded = core::foldForSearch(name);
    s.reserve(size_t(folded.size()));
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            s.push_back(char(u));
    }
    const size_t n = s.size();
    auto at = [&](size_t i) { return i < n ? s[i] : '\0'; };

    std::string out;
    out.reserve(n + 2);
    size_t i = 0;
    while (i < n) {
        const char c = s[i];
        const char c1 = at(i + 1);
        const char c2 = at(i + 2);
        switch (c) {
        case 's':
            if (c1 == 'c' && c2 == 'h') { out += 'X'; i += 3; continue; }
            if (c1 == 'h') { out += 'X'; i += 2; continue; }
            out += 's';
            break;
        case 't':
            if (c1 == 'c' && c2 == 'h') { out += 'X'; i += 3; continue; }
            if (c1 == 'h') { out += 't'; i += 2; continue; }
            out += 't';
            break;
        case 'c':
            if (c1 == 'h') { out += 'X'; i += 2; continue; }
            if (c1 == 'k') { out += 'k'; i += 2; continue; }
            out += isFront(c1) ? 's' : 'k';
            break;
        case 'p':
            if (c1 == 'h') { out += 'f'; i += 2; continue; }
            out += 'p';
            break;
        case 'r':
            out += 'r';
            if (c1 == 'h') { i += 2; continue; }
            break;
        case 'q':
            out += 'k';
            if (c1 == 'u') { i += 2; continue; }
            break;
        case 'g':
            if (c1 == 'u' && isFront(c2)) { out += 'g'; i += 2; continue; }
            if (c1 == 'e' && (c2 == 'a' || c2 == 'o')) { out += 'j'; i += 2; continue; }
            if (c1 == 'n') { out += 'n'; i += 2; continue; }
            if (c1 == 'h') { out += 'g'; i += 2; continue; }
            out += isFront(c1) ? 'j' : 'g';
            break;
        case 'b':
            if (c1 == 'v') { ++i; continue; } // Lefebvre: the b is silent
            out += 'b';
            break;
        case 'w': out += 'v'; break;
        case 'z': out += 's'; break;
        case 'x':
            if (i + 1 < n)
                out += "ks";
            break; // silent at the end (Leroux)
        case 'h': break;
        case 'e':
            if (c1 == 'a' && c2 == 'u') { out += 'o'; i += 3; continue; }
            if (c1 == 'u') { out += 'E'; i += 2; continue; }
            if (c1 == 'i' && nasalAt(s, i + 2)) { out += '1'; i += 3; continue; }
            if (c1 == 'i') { out += 'e'; i += 2; continue; }
            if (nasalAt(s, i + 1)) { out += '2'; i += 2; continue; }
            out += 'e';
            break;
        case 'a':
            if (c1 == 'u') { out += 'o'; i += 2; continue; }
            if ((c1 == 'i' || c1 == 'y') && nasalAt(s, i + 2)) { out += '1'; i += 3; continue; }
            if (c1 == 'i' || c1 == 'y') { out += 'e'; i += 2; continue; }
            if (nasalAt(s, i + 1)) { out += '2'; i += 2; continue; }
            out += 'a';
            break;
        case 'o':
            if (c1 == 'e' && c2 == 'u') { out += 'E'; i += 3; continue; }
            if (c1 == 'e') { out += 'E'; i += 2; continue; }
            if (c1 == 'u') { out += 'U'; i += 2; continue; }
            if (c1 == 'i' || c1 == 'y') { out += 'W'; i += 2; continue; }
            if (nasalAt(s, i + 1)) { out += '3'; i += 2; continue; }
            out += 'o';
            break;
        case 'i':
        case 'y':
        case 'u':
            if (nasalAt(s, i + 1)) { out += '1'; i += 2; continue; }
            out += c == 'u' ? 'u' : 'i';
            break;
        default:
            out += c;
            break;
        }
        ++i;
    }

    // Collapse runs of one symbol.
    std::string collapsed;
    collapsed.reserve(out.size());
    for (char c : out)
        if (collapsed.empty() || collapsed.back() != c)
            collapsed.push_back(c);
    // Silent endings.
    while (collapsed.size() > 1) {
        const char last = collapsed.back();
        if (last == 'e' || last == 's' || last == 't' || last == 'd' || last == 'x')
            collapsed.pop_back();
        else
            break;
    }
    return QString::fromLatin1(collapsed.data(), qsizetype(collapsed.size()));
}

} // namespace vigie::workforce
