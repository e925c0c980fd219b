#include "DemoGenerator.h"
#include "DemoHistory.h"

#include "core/Clock.h"
#include "core/Hlc.h"
#include "core/Nir.h"
#include "core/Siret.h"
#include "core/TextFold.h"
#include "storage/ChangeCapture.h"
#include "storage/Database.h"
#include "workforce/FollowUp.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <utility>
#include <unordered_set>
#include <vector>

namespace vigie::cli {
using core::ErrorCode;
using core::Status;

namespace {

// ---------------------------------------------------------------------------------------------
// Seeded randomness. xoshiro256** (Blackman & Vigna), state filled by splitmix64: fast, good
// statistical quality, and the same sequence on every platform (only integer arithmetic, plus
// IEEE doubles built from 53 bits).

class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64& word : m_s)
            word = splitmix64(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    bool chance(double p) { return uniform() < p; }
    // Uniform integer in [0, n); the modulo bias is below 2^-40 for the sizes used here.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64((next() >> 11) % quint64(n)); }
    // Uniform integer in [lo, hi] (lo when the range is empty).
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix64(quint64& x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::array<quint64, 4> m_s{};
};

// Cumulative weights, picked by binary search.
class WeightedPick
{
public:
    void add(double weight)
    {
        m_total += std::max(weight, 0.0);
        m_cumulative.push_back(m_total);
    }
    bool empty() const { return !(m_total > 0); }
    int pick(Rng& rng) const
    {
        const double x = rng.uniform() * m_total;
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return int(std::min<qsizetype>(it - m_cumulative.begin(), qsizetype(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
    double m_total = 0;
};

// UUIDv7 text (RFC 9562) from one clock reading and the seeded generator, laid out like
// core::newUuidV7: 48-bit ms | 7 | 42-bit counter (rand_a + top of rand_b) | 32 random bits. The
// counter starts at a seeded value and only grows, so ids sort in creation (= insertion) order and
// B-tree inserts stay at the right edge.
class IdGenerator
{
public:
    IdGenerator(qint64 unixMs, quint64 seed) : m_ms(quint64(unixMs) & 0xFFFF'FFFF'FFFFull), m_rng(seed)
    {
        m_counter = m_rng.next() & (kCounterMax >> 1);
    }

    QString next()
    {
        if (m_counter < kCounterMax) {
            ++m_counter;
        } else { // as RFC 9562 §6.2 allows: borrow the next millisecond
            ++m_ms;
            m_counter = m_rng.next() & (kCounterMax >> 1);
        }
        const quint64 tail = m_rng.next() >> 32;
        const quint64 hi = (m_ms << 16) | (quint64(0x7) << 12) | (m_counter >> 30);
        const quint64 lo = (quint64(0x2) << 62) | ((m_counter & 0x3FFF'FFFFull) << 32) | tail;
        static constexpr char16_t digits[] = u"0123456789abcdef";
        QString text(36, Qt::Uninitialized);
        QChar* out = text.data();
        int pos = 0;
        auto put = [&](quint64 word, int fromNibble, int toNibble) {
            for (int n = fromNibble; n < toNibble; ++n)
                out[pos++] = QChar(digits[(word >> (60 - 4 * n)) & 0xF]);
        };
        put(hi, 0, 8);
        out[pos++] = QLatin1Char('-');
        put(hi, 8, 12);
        out[pos++] = QLatin1Char('-');
        put(hi, 12, 16);
        out[pos++] = QLatin1Char('-');
        put(lo, 0, 4);
        out[pos++] = QLatin1Char('-');
        put(lo, 4, 16);
        return text;
    }

private:
    static constexpr quint64 kCounterMax = (quint64(1) << 42) - 1;
    quint64 m_ms;
    quint64 m_counter = 0;
    Rng m_rng;
};

// HLC stamps in core::HlcTimestamp's text format, one per row. The first comes from a core::Hlc on
// the given clock; the next ones advance the counter exactly as Hlc::now() does while the clock
// stands still (next millisecond after counter 99999). One clock reading keeps the output
// reproducible even with a running clock, and formatting by hand keeps 5 million stamps cheap.
class HlcSequence
{
public:
    HlcSequence(const core::Clock& clock, const QString& node) : m_node(node)
    {
        core::Hlc hlc(clock, node);
        const core::HlcTimestamp first = hlc.now();
        m_wallMs = first.wallMs;
        m_counter = first.counter - 1;
    }

    QString next()
    {
        if (++m_counter > core::HlcTimestamp::kMaxCounter) {
            ++m_wallMs;
            m_counter = 0;
        }
        QString text(20 + m_node.size(), Qt::Uninitialized);
        QChar* out = text.data();
        qint64 wall = m_wallMs;
        for (int i = 12; i >= 0; --i, wall /= 10)
            out[i] = QChar(char16_t(u'0' + wall % 10));
        out[13] = QLatin1Char('-');
        int counter = m_counter;
        for (int i = 18; i >= 14; --i, counter /= 10)
            out[i] = QChar(char16_t(u'0' + counter % 10));
        out[19] = QLatin1Char('-');
        std::copy(m_node.cbegin(), m_node.cend(), out + 20);
        return text;
    }

private:
    QString m_node;
    qint64 m_wallMs = 0;
    int m_counter = 0;
};

// "YYYY-MM-DD" for Julian day numbers, cached: the same few thousand dates recur millions of times.
class DateTexts
{
public:
    DateTexts(qint64 firstJd, qint64 lastJd) : m_first(firstJd), m_cache(size_t(lastJd - firstJd + 1)) {}

    const QString& operator()(qint64 jd)
    {
        static QString outOfRange;
        if (jd < m_first || jd >= m_first + qint64(m_cache.size())) {
            outOfRange = QDate::fromJulianDay(jd).toString(Qt::ISODate);
            return outOfRange;
        }
        QString& s = m_cache[size_t(jd - m_first)];
        if (s.isNull())
            s = QDate::fromJulianDay(jd).toString(Qt::ISODate);
        return s;
    }

private:
    qint64 m_first;
    std::vector<QString> m_cache;
};

// ---------------------------------------------------------------------------------------------
// Reference files (RFC 4180, UTF-8, CRLF).

struct CsvTable {
    QStringList header;
    std::vector<QStringList> rows;
    int column(const QString& name) const { return int(header.indexOf(name)); }
};

std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> records;
    QStringList record;
    const QStringView v(text);
    const qsizetype n = v.size();
    qsizetype i = (n > 0 && v[0] == QChar(0xFEFF)) ? 1 : 0;
    auto endRecord = [&] {
        if (!(record.size() == 1 && record.first().isEmpty()))
            records.push_back(record);
        record.clear();
    };
    while (i < n) {
        QString field;
        if (v[i] == u'"') { // quoted: "" stands for one quote; commas and line breaks are data
            qsizetype from = ++i;
            for (;;) {
                const qsizetype quote = v.indexOf(u'"', i);
                if (quote < 0) {
                    field += v.mid(from);
                    i = n;
                    break;
                }
                field += v.mid(from, quote - from);
                if (quote + 1 < n && v[quote + 1] == u'"') {
                    field += QLatin1Char('"');
                    i = from = quote + 2;
                    continue;
                }
                i = quote + 1;
                break;
            }
        }
        const qsizetype from = i; // unquoted text (or stray text after a closing quote)
        while (i < n && v[i] != u',' && v[i] != u'\r' && v[i] != u'\n')
            ++i;
        field += v.mid(from, i - from);
        record.append(field);
        if (i >= n)
            break;
        if (v[i] == u',') {
            ++i;
            if (i >= n)
                record.append(QString());
            continue;
        }
        if (v[i] == u'\r')
            ++i;
        if (i < n && v[i] == u'\n')
            ++i;
        endRecord();
    }
    if (!record.isEmpty())
        endRecord();
    return records;
}

core::Result<CsvTable> readCsv(const QString& dir, const QString& fileName, const QStringList& columns)
{
    const QString path = QDir(dir).filePath(fileName);
    QFile file(path);
    if (!file.exists()) {
        return core::Result<CsvTable>::fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("vigie::cli", "Reference file %1 not found in the data folder %2")
                .arg(fileName, QDir::toNativeSeparators(dir)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Result<CsvTable>::fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("vigie::cli", "Unable to read the reference file %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    std::vector<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
    CsvTable table;
    if (!records.empty()) {
        table.header = records.front();
        records.erase(records.begin());
    }
    for (const QString& c : columns) {
        if (table.column(c) < 0) {
            return core::Result<CsvTable>::fail(
                ErrorCode::Invalid,
                QCoreApplication::translate("vigie::cli", "The reference file %1 has no column \"%2\"")
                    .arg(QDir::toNativeSeparators(path), c));
        }
    }
    const qsizetype width = table.header.size();
    for (QStringList& r : records) {
        if (r.size() != width) {
            return core::Result<CsvTable>::fail(
                ErrorCode::Invalid,
                QCoreApplication::translate("vigie::cli", "The reference file %1 has a line with %2 fields "
                                                          "instead of %3")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(r.size())
                    .arg(width));
        }
    }
    table.rows = std::move(records);
    return table;
}

// Per NAF section (A–U): share of establishments (rough order of magnitude of French employers),
// words for company names, and post titles "masculine/feminine" (one form when epicene).
struct SectionInfo {
    char letter;
    double weight;
    const char* words;
    const char* posts;
};

constexpr SectionInfo kSections[] = {
    {'A', 4.0, "Exploitation agricole|Élevage|Vignobles|Horticulture|Domaine",
     "Ouvrier agricole/Ouvrière agricole|Agent d'élevage/Agente d'élevage|Tractoriste|"
     "Ouvrier viticole/Ouvrière viticole|Chef de culture/Cheffe de culture"},
    {'B', 0.3, "Carrières|Extraction|Sablières",
     "Conducteur d'engins/Conductrice d'engins|Ouvrier de carrière/Ouvrière de carrière|"
     "Technicien de maintenance/Technicienne de maintenance"},
    {'C', 9.0, "Industries|Mécanique|Ateliers|Plasturgie|Métallerie|Fabrication|Usinage",
     "Opérateur de production/Opératrice de production|Technicien de maintenance/Technicienne de maintenance|"
     "Soudeur/Soudeuse|Cariste|Régleur/Régleuse|Conducteur de ligne/Conductrice de ligne|"
     "Ingénieur qualité/Ingénieure qualité"},
    {'D', 0.5, "Énergie|Énergies nouvelles",
     "Technicien d'exploitation/Technicienne d'exploitation|Électricien/Électricienne|"
     "Ingénieur d'exploitation/Ingénieure d'exploitation"},
    {'E', 0.8, "Environnement|Recyclage|Assainissement",
     "Agent de tri/Agente de tri|Ripeur/Ripeuse|Conducteur de poids lourd/Conductrice de poids lourd|"
     "Agent d'assainissement/Agente d'assainissement"},
    {'F', 13.0, "Bâtiment|Construction|Maçonnerie|Travaux publics|Charpente|Couverture|Électricité",
     "Maçon/Maçonne|Électricien/Électricienne|Plombier chauffagiste/Plombière chauffagiste|"
     "Chef de chantier/Cheffe de chantier|Charpentier/Charpentière|Peintre en bâtiment|"
     "Conducteur d'engins/Conductrice d'engins|Couvreur/Couvreuse"},
    {'G', 22.0, "Distribution|Commerce|Négoce|Automobiles|Diffusion",
     "Vendeur/Vendeuse|Caissier/Caissière|Magasinier/Magasinière|"
     "Préparateur de commandes/Préparatrice de commandes|Employé de libre-service/Employée de libre-service|"
     "Mécanicien automobile/Mécanicienne automobile"},
    {'H', 4.5, "Transports|Logistique|Ambulances|Messagerie",
     "Conducteur routier/Conductrice routière|Chauffeur-livreur/Chauffeuse-livreuse|Agent de quai/Agente de quai|"
     "Cariste|Ambulancier/Ambulancière"},
    {'I', 10.0, "Restauration|Hôtel|Brasserie|Traiteur",
     "Cuisinier/Cuisinière|Serveur/Serveuse|Réceptionniste|Plongeur/Plongeuse|Valet de chambre/Femme de chambre|"
     "Commis de cuisine"},
    {'J', 3.0, "Informatique|Numérique|Édition|Télécom|Systèmes",
     "Développeur informatique/Développeuse informatique|Technicien support/Technicienne support|"
     "Chef de projet/Cheffe de projet|Administrateur systèmes/Administratrice systèmes"},
    {'K', 3.0, "Finance|Assurances|Courtage|Patrimoine",
     "Conseiller clientèle/Conseillère clientèle|Gestionnaire de sinistres|Chargé d'affaires/Chargée d'affaires|"
     "Analyste financier/Analyste financière"},
    {'L', 2.5, "Immobilier|Habitat|Gestion immobilière",
     "Négociateur immobilier/Négociatrice immobilière|Gestionnaire locatif/Gestionnaire locative|"
     "Gardien d'immeuble/Gardienne d'immeuble"},
    {'M', 9.0, "Conseil|Études|Architecture|Expertise|Ingénierie",
     "Consultant/Consultante|Chargé d'études/Chargée d'études|Architecte|Juriste|"
     "Expert-comptable/Experte-comptable|Dessinateur projeteur/Dessinatrice projeteuse"},
    {'N', 5.0, "Services|Propreté|Sécurité|Intérim|Nettoyage",
     "Agent de propreté/Agente de propreté|Agent de sécurité/Agente de sécurité|"
     "Jardinier paysagiste/Jardinière paysagiste|Chargé de recrutement/Chargée de recrutement"},
    {'O', 1.0, "Syndicat intercommunal|Régie des eaux|Communauté de communes",
     "Agent administratif/Agente administrative|Agent technique/Agente technique|"
     "Adjoint administratif/Adjointe administrative"},
    {'P', 2.0, "Formation|Institut|École|Académie",
     "Formateur/Formatrice|Enseignant/Enseignante|Conseiller en insertion/Conseillère en insertion"},
    {'Q', 6.0, "Santé|Clinique|Soins|Aide à domicile|Résidence",
     "Infirmier/Infirmière|Aide-soignant/Aide-soignante|Auxiliaire de vie|"
     "Agent de service hospitalier/Agente de service hospitalier|Aide à domicile|Kinésithérapeute"},
    {'R', 2.0, "Loisirs|Sports|Spectacles|Culture",
     "Animateur/Animatrice|Éducateur sportif/Éducatrice sportive|Technicien du spectacle/Technicienne du spectacle"},
    {'S', 4.0, "Services|Coiffure|Pressing|Réparation",
     "Coiffeur/Coiffeuse|Esthéticien/Esthéticienne|Réparateur/Réparatrice|Employé de pressing/Employée de pressing"},
    {'T', 0.2, "Services à la personne", "Employé familial/Employée familiale|Garde d'enfants"},
    {'U', 0.02, "Représentation", "Agent administratif/Agente administrative|Secrétaire"},
};
constexpr int kSectionCount = int(std::size(kSections));

constexpr const char* kGenericPosts =
    "Assistant administratif/Assistante administrative|Comptable|Secrétaire|Agent d'entretien/Agente d'entretien|"
    "Responsable des ressources humaines|Commercial/Commerciale|Directeur/Directrice|"
    "Employé administratif/Employée administrative|Chef d'équipe/Cheffe d'équipe";

constexpr const char* kStreetNames =
    "des Lilas|de la République|Victor Hugo|Jean Jaurès|du Général de Gaulle|Pasteur|de la Gare|des Écoles|"
    "du Moulin|de l'Église|Jean Moulin|des Tilleuls|du Stade|de la Mairie|des Acacias|de Verdun|Gambetta|"
    "de la Paix|des Peupliers|du Château|de la Fontaine|des Vignes|du Commerce|de l'Industrie|des Artisans|"
    "Émile Zola|Anatole France|de la Liberté|du 8 Mai 1945|du 11 Novembre|des Prés|des Champs|Saint-Martin|"
    "de Paris|du Port|des Roses|Marcel Pagnol|Voltaire|Henri Barbusse|des Marronniers";

// Countries of birth for workers born abroad (COG codes 99xxx), with rough weights.
struct Country {
    const char* cog;
    double weight;
};
constexpr Country kCountries[] = {
    {"99350", 25}, // Maroc
    {"99352", 22}, // Algérie
    {"99351", 10}, // Tunisie
    {"99139", 14}, // Portugal
    {"99127", 5},  // Italie
    {"99134", 5},  // Espagne
    {"99114", 5},  // Roumanie
    {"99208", 5},  // Turquie
    {"99122", 3},  // Pologne
    {"99131", 3},  // Belgique
    {"99109", 3},  // Allemagne
};

QStringList splitUtf8(const char* text) { return QString::fromUtf8(text).split(QLatin1Char('|')); }

struct Post {
    QString male;
    QString female;
};

std::vector<Post> posts(const char* text)
{
    std::vector<Post> out;
    for (const QString& p : splitUtf8(text)) {
        const qsizetype slash = p.indexOf(QLatin1Char('/'));
        out.push_back(slash < 0 ? Post{p, p} : Post{p.left(slash), p.mid(slash + 1)});
    }
    return out;
}

struct Commune {
    QString code;
    QString city;
    QString postalCode;
};

struct Naf {
    QString code;
    int section;
};

struct Reference {
    QStringList maleNames, femaleNames, surnames, surnameFolds;
    WeightedPick surnamePick;
    std::vector<Naf> nafs;
    WeightedPick nafPick;
    std::vector<Commune> communes;
    WeightedPick communePick;
    // The service's territory (issue 19: one region, as a real SPSTI): establishments are in the Rhône
    // and its neighbouring departments, near the centre and the mobile unit of the demo's agendas.
    WeightedPick territoryPick;
    std::vector<QStringList> sectionWords;
    std::vector<std::vector<Post>> sectionPosts;
    std::vector<Post> genericPosts;
    QStringList streets;
    WeightedPick countryPick;
};

core::Result<Reference> loadReference(const QString& dir)
{
    using R = core::Result<Reference>;
    Reference ref;

    auto names = readCsv(dir, QStringLiteral("names_fr.csv"), {QStringLiteral("type"), QStringLiteral("valeur")});
    if (!names)
        return names.error();
    {
        const int type = names.value().column(QStringLiteral("type"));
        const int value = names.value().column(QStringLiteral("valeur"));
        for (const QStringList& r : names.value().rows) {
            const QString v = r[value].trimmed();
            if (v.isEmpty())
                continue;
            if (r[type] == u"prenom_m")
                ref.maleNames << v;
            else if (r[type] == u"prenom_f")
                ref.femaleNames << v;
            else if (r[type] == u"nom")
                ref.surnames << v;
        }
        ref.maleNames.removeDuplicates();
        ref.femaleNames.removeDuplicates();
        ref.surnames.removeDuplicates();
        // Surnames come in INSEE frequency order: a Zipf-like weight keeps Martin more common than
        // the 400th name without making it dominate.
        for (qsizetype i = 0; i < ref.surnames.size(); ++i) {
            ref.surnamePick.add(1.0 / double(i + 15));
            ref.surnameFolds << core::foldForSearch(ref.surnames[i]);
        }
    }
    if (ref.maleNames.isEmpty() || ref.femaleNames.isEmpty() || ref.surnames.isEmpty()) {
        return R::fail(ErrorCode::Invalid,
                       QCoreApplication::translate("vigie::cli", "The reference file %1 must list male first names, "
                                                                 "female first names and surnames")
                           .arg(QDir::toNativeSeparators(QDir(dir).filePath(QStringLiteral("names_fr.csv")))));
    }

    auto naf = readCsv(dir, QStringLiteral("naf_rev2.csv"),
                       {QStringLiteral("code"), QStringLiteral("niveau"), QStringLiteral("section")});
    if (!naf)
        return naf.error();
    {
        const int code = naf.value().column(QStringLiteral("code"));
        const int level = naf.value().column(QStringLiteral("niveau"));
        const int section = naf.value().column(QStringLiteral("section"));
        std::array<int, kSectionCount> perSection{};
        std::vector<Naf> all;
        for (const QStringList& r : naf.value().rows) {
            if (r[level] != u"sous-classe" || r[section].size() != 1)
                continue;
            const int s = r[section][0].unicode() - u'A';
            if (s < 0 || s >= kSectionCount)
                continue;
            all.push_back({r[code], s});
            ++perSection[size_t(s)];
        }
        for (const Naf& n : all) {
            ref.nafs.push_back(n);
            ref.nafPick.add(kSections[n.section].weight / perSection[size_t(n.section)]);
        }
    }
    if (ref.nafs.empty()) {
        return R::fail(ErrorCode::Invalid,
                       QCoreApplication::translate("vigie::cli", "The reference file %1 has no NAF sub-class")
                           .arg(QDir::toNativeSeparators(QDir(dir).filePath(QStringLiteral("naf_rev2.csv")))));
    }

    auto communes = readCsv(dir, QStringLiteral("communes_2026.csv"),
                            {QStringLiteral("code_insee"), QStringLiteral("nom"), QStringLiteral("type"),
                             QStringLiteral("codes_postaux"), QStringLiteral("population")});
    if (!communes)
        return communes.error();
    {
        const CsvTable& t = communes.value();
        const int code = t.column(QStringLiteral("code_insee"));
        const int name = t.column(QStringLiteral("nom"));
        const int type = t.column(QStringLiteral("type"));
        const int postal = t.column(QStringLiteral("codes_postaux"));
        const int population = t.column(QStringLiteral("population"));
        // Paris, Lyon and Marseille are also listed by arrondissement (each with its own postal code
        // and population): use the arrondissements, as births and addresses are recorded there.
        QSet<QString> divided;
        ref.communes.reserve(t.rows.size());
        for (const QStringList& r : t.rows)
            if (r[type] == u"arrondissement-municipal")
                divided.insert(r[name].section(QLatin1Char(' '), 0, 0));
        for (const QStringList& r : t.rows) {
            const QString postalCode = r[postal].section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            const double pop = r[population].toDouble();
            if (postalCode.isEmpty() || r[code].size() != 5 || !(pop > 0))
                continue;
            const bool arrondissement = r[type] == u"arrondissement-municipal";
            if (!arrondissement && divided.contains(r[name]))
                continue;
            ref.communes.push_back(
                {r[code], arrondissement ? r[name].section(QLatin1Char(' '), 0, 0) : r[name], postalCode});
            ref.communePick.add(pop);
            static const QStringList territory{QStringLiteral("69"), QStringLiteral("01"), QStringLiteral("38"), QStringLiteral("42")};
            ref.territoryPick.add(territory.contains(r[code].left(2)) ? pop : 0.0);
        }
    }
    if (ref.communes.empty()) {
        return R::fail(ErrorCode::Invalid,
                       QCoreApplication::translate("vigie::cli", "The reference file %1 has no commune with a "
                                                                 "postal code")
                           .arg(QDir::toNativeSeparators(QDir(dir).filePath(QStringLiteral("communes_2026.csv")))));
    }

    for (const SectionInfo& s : kSections) {
        ref.sectionWords.push_back(splitUtf8(s.words));
        ref.sectionPosts.push_back(posts(s.posts));
    }
    ref.genericPosts = posts(kGenericPosts);
    ref.streets = splitUtf8(kStreetNames);
    for (const Country& c : kCountries)
        ref.countryPick.add(c.weight);
    return ref;
}

// ---------------------------------------------------------------------------------------------
// The writer: rows go straight to prepared statements (no buffering, so the values are still hot
// in the cache), in transactions of about kRowsPerTransaction rows with change capture suspended.

constexpr qsizetype kRowsPerTransaction = 20000;

enum Statement { Enterprises, Establishments, Workers, Employments, EmploymentExposures, Visits, Absences };

QVariant orNull(const QString& s) { return s.isNull() ? QVariant() : QVariant(s); }

class Writer
{
public:
    Writer(storage::Database& db, HlcSequence& hlc, const QString& updatedBy)
        : m_db(db), m_hlc(hlc), m_updatedBy(updatedBy)
    {
    }

    // Prepares the statements once, in the order of `Statement`. Their last placeholder is
    // updated_by, the same for every row: bound here once (bound values persist across exec()).
    Status prepare(std::initializer_list<QString> statements)
    {
        for (const QString& sql : statements) {
            m_queries.emplace_back(m_db.sql());
            QSqlQuery& q = m_queries.back();
            q.setForwardOnly(true);
            if (!q.prepare(sql))
                return failure(storage::sqlErrorText(q));
            q.bindValue(int(sql.count(QLatin1Char('?'))) - 1, m_updatedBy);
        }
        return {};
    }

    // Inserts one row: `values`, then hlc (and updated_by). Parents must be written first. The
    // first failure is kept (and later rows ignored) until commit() reports it.
    void row(Statement statement, std::initializer_list<QVariant> values)
    {
        if (!m_error.isEmpty())
            return;
        if (!m_tx && !begin())
            return;
        QSqlQuery& q = m_queries[size_t(statement)];
        int i = 0;
        for (const QVariant& v : values)
            q.bindValue(i++, v);
        q.bindValue(i, m_hlc.next());
        if (!q.exec())
            m_error = storage::sqlErrorText(q);
        ++m_pending;
    }

    bool full() const { return m_pending >= kRowsPerTransaction; }

    // Commits the open transaction (if any), or reports the first failure (everything since the
    // last commit is then rolled back).
    Status commit()
    {
        if (m_error.isEmpty() && m_tx) {
            m_suspension.reset(); // capture back on before the commit, never after
            if (Status s = m_tx->commit(); !s)
                m_error = s.error().message;
        }
        m_suspension.reset();
        m_tx.reset();
        m_pending = 0;
        if (!m_error.isEmpty())
            return failure(m_error);
        return {};
    }

private:
    bool begin()
    {
        m_tx.emplace(m_db);
        if (!m_tx->active()) {
            m_error = QCoreApplication::translate("vigie::cli", "unable to start a transaction");
            return false;
        }
        m_suspension.emplace(m_db);
        if (!m_suspension->ok()) {
            m_error = QCoreApplication::translate("vigie::cli", "unable to suspend change capture");
            return false;
        }
        return true;
    }

    static Status failure(const QString& why)
    {
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::cli", "Unable to write the demo data: %1").arg(why));
    }

    storage::Database& m_db;
    HlcSequence& m_hlc;
    const QVariant m_updatedBy;
    std::vector<QSqlQuery> m_queries;
    // Declared in this order so that, on an error path, the suspension ends before the rollback.
    std::optional<storage::Transaction> m_tx;
    std::optional<storage::CaptureSuspension> m_suspension;
    QString m_error;
    qsizetype m_pending = 0;
};


// While alive: no fsync at each commit (PRAGMA synchronous = OFF), which halves the time of a large
// load on a slow disk. The demo database is new and can be regenerated, and a crash of the program
// cannot corrupt a WAL database with synchronous = OFF (only a power cut could). finish() restores
// the connection's setting and makes everything durable with a checkpoint, as the error path's
// destructor restores it too.
class BulkLoad
{
public:
    explicit BulkLoad(storage::Database& db) : m_db(db)
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
            m_previous = q.value(0).toInt();
        if (m_previous > 0 && !m_db.execScript(QStringLiteral("PRAGMA synchronous = OFF")))
            m_previous = -1;
    }
    ~BulkLoad() { (void)restore(); }

    Status finish()
    {
        if (Status s = restore(); !s)
            return s;
        return m_db.execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

private:
    Status restore()
    {
        if (m_previous <= 0)
            return {};
        const int previous = std::exchange(m_previous, -1);
        return m_db.execScript(QStringLiteral("PRAGMA synchronous = %1").arg(previous));
    }

    storage::Database& m_db;
    int m_previous = -1;
};

// ---------------------------------------------------------------------------------------------
// The generator.

enum FollowUp { SI, SIA, SIR };
enum Contract { CDI, CDD, INTERIM, APPRENTICE };

struct Establishment {
    QString id;
    int section;
    bool active; // status 'active' or 'suspended': may have current employments
};

// The exposures a demo SIR post carries: codes of the shipped exposure thesaurus with their R4624-23
// risk (thesaurus/exposures.csv, thesaurus/lists/sir_risk.csv), so that the category, its reason and
// the rules engine's EMA all follow from the recorded exposure, as after a real declaration.
const std::vector<workforce::ExposureInfo>& demoSirExposures()
{
    using scheduling::SirRisk;
    static const QString cmr = QStringLiteral("Agents cancérogènes, mutagènes ou toxiques pour la reproduction (article R4412-60)");
    static const std::vector<workforce::ExposureInfo> list{
        {QStringLiteral("CHIM.AMIANTE.SS4"), QStringLiteral("Amiante – interventions sur des matériaux susceptibles de libérer des fibres (sous-section 4)"),
         SirRisk::Asbestos, QStringLiteral("Amiante"), QStringLiteral("R4624-23 I 1°")},
        {QStringLiteral("CHIM.PLOMB"), QStringLiteral("Plomb et composés"), SirRisk::Lead,
         QStringLiteral("Plomb dans les conditions de l'article R4412-160"), QStringLiteral("R4624-23 I 2°")},
        {QStringLiteral("CHIM.CMR.SILICE"), QStringLiteral("Poussières de silice cristalline alvéolaire (travaux exposant)"), SirRisk::Cmr, cmr,
         QStringLiteral("R4624-23 I 3°")},
        {QStringLiteral("CHIM.CMR.BOIS"), QStringLiteral("Poussières de bois inhalables (travaux exposant)"), SirRisk::Cmr, cmr,
         QStringLiteral("R4624-23 I 3°")},
        {QStringLiteral("CHIM.CMR.CHROME_VI"), QStringLiteral("Chrome hexavalent et ses composés"), SirRisk::Cmr, cmr, QStringLiteral("R4624-23 I 3°")},
        {QStringLiteral("PHYS.RI.CAT_B"), QStringLiteral("Rayonnements ionisants – travailleur classé en catégorie B"), SirRisk::IonisingRadiation,
         QStringLiteral("Rayonnements ionisants"), QStringLiteral("R4624-23 I 5°")},
    };
    return list;
}

struct Employment {
    QString id;
    qint64 start = 0;
    qint64 end = -1; // -1: open-ended
    int establishment = 0;
    int followUp = 0;
    bool night = false;
    int contract = 0;
};

class Generator
{
public:
    Generator(const Reference& ref, const DemoOptions& options, const core::Clock& clock)
        : m_ref(ref), m_options(options), m_rng(options.seed), m_catchUp(options.seed ^ 0xCA7C4011ull), m_ids(clock.nowMsecs(), options.seed ^ 0x5EED1D5ull),
          m_today(clock.today().toJulianDay()),
          m_windowStart(clock.today().addYears(-options.years).toJulianDay()), m_horizon(m_today + 60),
          m_dates(clock.today().addYears(-100).toJulianDay(), m_today + 400)
    {
    }

    Status run(storage::Database& db, HlcSequence& hlc, const QString& updatedBy,
               const std::function<void(const QString&)>& progress);

private:
    const QString& date(qint64 jd) { return m_dates(jd); }
    const QString& pickOf(const QStringList& list) { return list[m_rng.below(list.size())]; }
    QString companyName(int section, const QString& city, const QString& legalForm);
    QString address(int section);
    int enterprise(int remaining);
    void worker();
    void visit(const Employment& e, const QString& workerId, qint64 day, const QString& kind) { visit(e, workerId, day, kind, m_rng); }
    void visit(const Employment& e, const QString& workerId, qint64 day, const QString& kind, Rng& rng);
    void visitsOf(const Employment& e, const QString& workerId);
    QString nir(bool male, const QDate& birth, const QString& cog);

    const Reference& m_ref;
    const DemoOptions& m_options;
    Rng m_rng;
    // Draws of the visits the history catches up on (a mid-career or post-exposure visit not left
    // overdue for years): apart from m_rng, so the rest of a seed's demo stays as it was.
    Rng m_catchUp;
    // Set while an absence that overlaps another of the same worker is drawn: its draws are made (the
    // rest of the seed's demo unchanged) but nothing is written.
    bool m_discard = false;
    IdGenerator m_ids;
    const qint64 m_today;
    const qint64 m_windowStart;
    const qint64 m_horizon;
    DateTexts m_dates;

    std::vector<Establishment> m_establishments;
    WeightedPick m_anyEstablishment, m_activeEstablishment;
    std::unordered_set<quint64> m_nirs;
    std::unordered_set<quint32> m_sirens;
    int m_memberNumber = 0;

    Writer* m_out = nullptr;
    qint64 m_employmentCount = 0, m_visitCount = 0, m_absenceCount = 0;
};

// Column values used millions of times: one shared QString each.
struct Words {
    const QString sex[2] = {QStringLiteral("M"), QStringLiteral("F")};
    const QString followUp[3] = {QStringLiteral("SI"), QStringLiteral("SIA"), QStringLiteral("SIR")};
    const QString contract[4] = {QStringLiteral("CDI"), QStringLiteral("CDD"), QStringLiteral("INTERIM"),
                                 QStringLiteral("APPRENTICE")};
    const QString insStatus[4] = {QStringLiteral("PROV"), QStringLiteral("RECUP"), QStringLiteral("VALI"),
                                  QStringLiteral("QUAL")};
    const QString vip = QStringLiteral("VIP"), ema = QStringLiteral("EMA"),
                  intermediate = QStringLiteral("SIR_INTERMEDIATE"), back = QStringLiteral("RETURN"),
                  preReturn = QStringLiteral("PRE_RETURN"), midCareer = QStringLiteral("MID_CAREER"),
                  onRequest = QStringLiteral("ON_REQUEST");
    const QString planned = QStringLiteral("planned"), done = QStringLiteral("done"),
                  cancelled = QStringLiteral("cancelled"), noShow = QStringLiteral("no_show");
    const QString illness = QStringLiteral("illness"), workAccident = QStringLiteral("work_accident"),
                  occupationalDisease = QStringLiteral("occupational_disease"), maternity = QStringLiteral("maternity");
    // Synthetic people: the INS OID of demonstration data (security-requirements.md §3.1), never the
    // real NIR authority, so that no demo identity can pass for a real one.
    const QString insOid = QStringLiteral("1.2.250.1.213.1.4.11");
    const QString docTypes[3] = {QStringLiteral("CNI"), QStringLiteral("PASSEPORT"), QStringLiteral("TITRE_SEJOUR")};
    const QString homonym = QStringLiteral("HOMA"), doubtful = QStringLiteral("DOUT");
    const QString empty = QStringLiteral("");
};

const Words& words()
{
    static const Words w;
    return w;
}

QString Generator::companyName(int section, const QString& city, const QString& legalForm)
{
    const QStringList& activity = m_ref.sectionWords[size_t(section)];
    const QString& word = pickOf(activity);
    const QString& surname = m_ref.surnames[m_ref.surnamePick.pick(m_rng)];
    const char letter = kSections[section].letter;
    if (letter == 'O')
        return word + QStringLiteral(" de ") + city;
    if (legalForm == u"Association")
        return QStringLiteral("Association ") + word + QStringLiteral(" de ") + city;
    QString name;
    const double r = m_rng.uniform();
    if (r < 0.30)
        name = surname + QLatin1Char(' ') + word;
    else if (r < 0.55)
        name = word + QLatin1Char(' ') + surname;
    else if (r < 0.65)
        name = word + QLatin1Char(' ') + surname + QStringLiteral(" et Fils");
    else if (r < 0.75)
        name = surname + QStringLiteral(" et ") + m_ref.surnames[m_ref.surnamePick.pick(m_rng)];
    else if (r < 0.85)
        name = word + QStringLiteral(" de ") + city;
    else
        name = QString::fromUtf8("Établissements ") + surname;
    if (legalForm.size() <= 4 && legalForm != u"EI" && m_rng.chance(0.6))
        name += QLatin1Char(' ') + legalForm;
    return name;
}

QString Generator::address(int section)
{
    static const QStringList types = splitUtf8("rue|rue|rue|rue|rue|rue|avenue|avenue|boulevard|chemin|route|allée|"
                                               "impasse|place");
    // One random draw per statement: the order of evaluation of operands is unspecified in C++,
    // and the output must not depend on the compiler.
    const QString& type = pickOf(types);
    const QString street = type + QLatin1Char(' ') + pickOf(m_ref.streets);
    const char letter = kSections[section].letter;
    if ((letter == 'C' || letter == 'F' || letter == 'H' || letter == 'E') && m_rng.chance(0.25)) {
        const QString& zone = pickOf(m_ref.streets);
        const qint64 number = m_rng.between(1, 40);
        return QStringLiteral("ZA ") + zone + QStringLiteral(", ") + QString::number(number) + QLatin1Char(' ') + street;
    }
    qint64 number = m_rng.between(1, 60);
    if (m_rng.chance(0.2))
        number += m_rng.between(0, 150);
    QString text = QString::number(number);
    if (m_rng.chance(0.04))
        text += QStringLiteral(" bis");
    return text + QLatin1Char(' ') + street;
}

// One enterprise and its 1 to 12 establishments (at most `remaining`); returns how many.
int Generator::enterprise(int remaining)
{
    static const QStringList forms{QStringLiteral("SARL"), QStringLiteral("SAS"), QStringLiteral("SASU"),
                                   QStringLiteral("EURL"), QStringLiteral("SA"), QStringLiteral("EI"),
                                   QStringLiteral("Association")};
    static const double formWeights[] = {35, 30, 12, 8, 5, 5, 5};
    static const WeightedPick formPick = [] {
        WeightedPick p;
        for (double w : formWeights)
            p.add(w);
        return p;
    }();
    const QLatin1String laPoste("35600000");
    const double r = m_rng.uniform();
    const int size = std::min<int>(remaining, r < 0.85 ? 1 : r < 0.95 ? int(m_rng.between(2, 3))
                                                                      : int(m_rng.between(4, 12)));

    quint32 prefix;
    QString first8;
    do {
        prefix = quint32(m_rng.between(30'000'000, 99'999'999));
        first8 = QString::number(prefix);
    } while (first8 == laPoste || !m_sirens.insert(prefix).second);
    const QString siren = core::luhnCompleteSiren(first8);

    const Naf& naf = m_ref.nafs[size_t(m_ref.nafPick.pick(m_rng))];
    const WeightedPick& where = m_ref.territoryPick.empty() ? m_ref.communePick : m_ref.territoryPick;
    const Commune& head = m_ref.communes[size_t(where.pick(m_rng))];
    QString legalForm = forms[formPick.pick(m_rng)];
    const char letter = kSections[naf.section].letter;
    if (letter == 'O')
        legalForm = QString::fromUtf8("Établissement public");
    const QString enterpriseName = companyName(naf.section, head.city, legalForm);
    const QString enterpriseId = m_ids.next();
    m_out->row(Enterprises, {enterpriseId, siren, enterpriseName, legalForm});

    int nic = int(m_rng.between(1, 30));
    for (int j = 0; j < size; ++j) {
        const Naf& estNaf = (j == 0 || m_rng.chance(0.8)) ? naf : m_ref.nafs[size_t(m_ref.nafPick.pick(m_rng))];
        const Commune& commune = j == 0 ? head : m_ref.communes[size_t(where.pick(m_rng))];
        const QString siret =
            core::luhnCompleteSiret(siren + QStringLiteral("%1").arg(nic, 4, 10, QLatin1Char('0')));
        nic += int(m_rng.between(1, 5));
        const QString name = j == 0 ? enterpriseName : enterpriseName + QStringLiteral(" - ") + commune.city;
        const double s = m_rng.uniform();
        const int status = s < 0.93 ? 0 : s < 0.95 ? 1 : 2;
        static const QString statuses[] = {QStringLiteral("active"), QStringLiteral("suspended"),
                                           QStringLiteral("left")};
        const QString id = m_ids.next();
        ++m_memberNumber;
        m_out->row(Establishments, {id, enterpriseId, siret, name, core::foldForSearch(name), estNaf.code,
                                    address(estNaf.section), commune.postalCode, commune.code, commune.city,
                                    QStringLiteral("A%1").arg(m_memberNumber, 6, 10, QLatin1Char('0')),
                                    date(m_today - m_rng.between(0, 15 * 365)), statuses[status]});
        // Heavy-tailed workforce: most establishments are small, a few employ hundreds.
        const double weight = std::min(150.0, std::pow(1.0 - m_rng.uniform(), -0.65));
        m_establishments.push_back({id, estNaf.section, status != 2});
        m_anyEstablishment.add(weight);
        m_activeEstablishment.add(status == 2 ? 0.0 : weight);
    }
    return size;
}

QString Generator::nir(bool male, const QDate& birth, const QString& cog)
{
    // Sex, year, month, then the birthplace: département + commune for France (people born in
    // Corsica before 1976 kept "20" in their NIR), 99 + country code for people born abroad.
    QString place = cog;
    if (cog.startsWith(QLatin1Char('2')) && (cog[1] == u'A' || cog[1] == u'B') && birth.year() < 1976)
        place[1] = QLatin1Char('0');
    const QString head = QStringLiteral("%1%2%3")
                             .arg(male ? 1 : 2)
                             .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(birth.month(), 2, 10, QLatin1Char('0')) +
                         place;
    for (;;) {
        const int order = int(m_rng.between(1, 999));
        const QString body = head + QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
        quint64 packed = 0;
        for (QChar c : body)
            packed = (packed << 4) | (c == u'A' ? 10 : c == u'B' ? 11 : quint64(c.unicode() - u'0'));
        if (m_nirs.insert(packed).second)
            return body + core::nirKey(body);
    }
}

void Generator::visit(const Employment& e, const QString& workerId, qint64 day, const QString& kind, Rng& rng)
{
    const Words& w = words();
    if (day > m_horizon)
        return;
    const QString& establishment = m_establishments[size_t(e.establishment)].id;
    const auto write = [&](qint64 on, const QString& status) {
        const QString id = m_ids.next();
        if (m_discard)
            return;
        m_out->row(Visits, {id, workerId, establishment, kind, date(on), status});
        ++m_visitCount;
    };
    if (day > m_today) {
        write(day, w.planned);
        return;
    }
    const double r = rng.uniform();
    const QString& status = r < 0.92 ? w.done : r < 0.97 ? w.noShow : w.cancelled;
    write(day, status);
    if (&status != &w.done) { // rescheduled a few weeks later
        const qint64 again = day + rng.between(14, 42);
        if (again <= m_horizon)
            write(again, again > m_today ? w.planned : w.done);
    }
}

void Generator::visitsOf(const Employment& e, const QString& workerId)
{
    const Words& w = words();
    // The hiring visit and the renewals the rules expect, a few employments behind on purpose
    // (DemoHistory.h). Before the window only the hiring visit and the last visit are kept: the rules
    // need no more, and the history stays consistent however old the employment.
    const history::Input in{e.start, e.end, e.followUp, e.night, e.contract == APPRENTICE, m_today, m_horizon};
    const QList<history::Visit> visits = history::employmentVisits(in, m_rng, 0.01);
    static const QString vipRenewal = QStringLiteral("VIP_RENEWAL"), emaRenewal = QStringLiteral("EMA_RENEWAL");
    const auto kindOf = [&](history::Kind k) -> const QString& {
        switch (k) {
        case history::Kind::Vip: return w.vip;
        case history::Kind::VipRenewal: return vipRenewal;
        case history::Kind::Ema: return w.ema;
        case history::Kind::EmaRenewal: return emaRenewal;
        case history::Kind::Intermediate: return w.intermediate;
        }
        return w.vip;
    };
    const QString& establishment = m_establishments[size_t(e.establishment)].id;
    for (int i = 0; i < visits.size(); ++i) {
        const history::Visit& v = visits.at(i);
        if (v.day >= m_windowStart) {
            visit(e, workerId, v.day, kindOf(v.kind));
            continue;
        }
        const bool lastBeforeWindow = i + 1 == visits.size() || visits.at(i + 1).day >= m_windowStart;
        // For SIR the rules count from the last medical exam, not the last visit: it is kept too (an
        // intermediate visit kept alone made an EMA_RENEWAL overdue since the hiring exam's fourth year).
        const bool lastExamBeforeWindow = (v.kind == history::Kind::Ema || v.kind == history::Kind::EmaRenewal) &&
                                          std::none_of(visits.begin() + i + 1, visits.end(), [&](const history::Visit& later) {
                                              return later.day < m_windowStart &&
                                                     (later.kind == history::Kind::Ema || later.kind == history::Kind::EmaRenewal);
                                          });
        if (i == 0 || lastBeforeWindow || lastExamBeforeWindow) {
            m_out->row(Visits, {m_ids.next(), workerId, establishment, kindOf(v.kind), date(v.day), w.done});
            ++m_visitCount;
        }
    }
    // Post-exposure visit (L4624-2-1, rule 7) when an SIR post has ended since October 2021: nearly
    // always within the six months that follow.
    static const QString postExposure = QStringLiteral("POST_EXPOSURE");
    static const qint64 postExposureFrom = QDate(2021, 10, 1).toJulianDay();
    if (e.followUp == SIR && e.end >= postExposureFrom && e.end <= m_today) {
        if (m_rng.chance(0.97))
            visit(e, workerId, e.end + m_rng.between(-20, 150), postExposure);
        else if (e.end < m_today - 365) // the few left waiting ended less than a year ago: this one was done
            visit(e, workerId, e.end + m_catchUp.between(-20, 150), postExposure, m_catchUp);
    }
}

void Generator::worker()
{
    const Words& w = words();
    const bool male = m_rng.chance(0.51);
    const QStringList& firstNames = male ? m_ref.maleNames : m_ref.femaleNames;

    // Birth: 18 to 66 years old today, most between 20 and 60.
    const QDate today = QDate::fromJulianDay(m_today);
    const bool mainstream = m_rng.chance(0.8);
    const qint64 oldest = (mainstream ? today.addYears(-61) : today.addYears(-67)).toJulianDay() + 1;
    const qint64 youngest = (mainstream ? today.addYears(-20) : today.addYears(-18)).toJulianDay();
    const qint64 birthJd = m_rng.between(oldest, youngest);
    const QDate birth = QDate::fromJulianDay(birthJd);

    QStringList given{pickOf(firstNames)};
    const double g = m_rng.uniform();
    const int wanted = g < 0.45 ? 1 : g < 0.85 ? 2 : 3;
    for (int attempt = 0; given.size() < wanted && attempt < 10; ++attempt) {
        const QString& n = pickOf(firstNames);
        if (!given.contains(n))
            given << n;
    }
    const int surname = m_ref.surnamePick.pick(m_rng);
    const QString& birthName = m_ref.surnames[surname];

    QString cog;
    if (m_rng.chance(0.08))
        cog = QString::fromLatin1(kCountries[m_ref.countryPick.pick(m_rng)].cog);
    else
        cog = m_ref.communes[size_t(m_ref.communePick.pick(m_rng))].code;

    QString usedName, usedNameFold, usedFirstName;
    if (!male && birthJd <= today.addYears(-23).toJulianDay() && m_rng.chance(0.30)) {
        const int spouse = m_ref.surnamePick.pick(m_rng);
        if (spouse != surname) {
            usedName = m_ref.surnames[spouse];
            usedNameFold = m_ref.surnameFolds[spouse];
        }
    }
    if (given.size() > 1 && m_rng.chance(0.03))
        usedFirstName = given[1];

    // INS identity (security-requirements.md §3): RECUP/QUAL come from INSi (matricule + OID +
    // query date), VALI/QUAL were checked against a high-trust document.
    const double s = m_rng.uniform();
    const int status = s < 0.22 ? 0 : s < 0.47 ? 1 : s < 0.57 ? 2 : 3; // PROV, RECUP, VALI, QUAL
    QString matricule, oid, docType, docDate, insiDate;
    QString attributes = w.empty;
    if (status == 1 || status == 3) {
        matricule = nir(male, birth, cog);
        oid = w.insOid;
        insiDate = date(m_rng.between(m_windowStart, m_today));
    }
    if (status == 2 || status == 3) {
        const bool abroad = cog.startsWith(QStringLiteral("99"));
        const double d = m_rng.uniform();
        docType = w.docTypes[abroad && d < 0.5 ? 2 : d < 0.7 ? 0 : 1];
        docDate = date(m_rng.between(m_windowStart, m_today));
    }
    if (status == 0 && m_rng.chance(0.03))
        attributes = w.doubtful;
    else if (m_rng.chance(0.005))
        attributes = w.homonym;

    const QString workerId = m_ids.next();
    m_out->row(Workers, {workerId, birthName, given.join(QLatin1Char(' ')), given.first(), date(birthJd),
                         w.sex[male ? 0 : 1], cog, orNull(usedName), orNull(usedFirstName), orNull(matricule),
                         orNull(oid), w.insStatus[status], attributes, orNull(docType), orNull(docDate),
                         orNull(insiDate), m_ref.surnameFolds[surname], orNull(usedNameFold)});

    // Employments: 1 to 3, the last one current (open-ended for most), the previous ones before it.
    // (Someone born on 29 February comes of age on 1 March.)
    const qint64 adult = birth.addYears(18).toJulianDay() + (birth.month() == 2 && birth.day() == 29 ? 1 : 0);
    const qint64 latestStart = std::max(m_today - 7, adult);
    const qint64 earliest = std::max(adult, m_today - 25 * 365);
    const double c = m_rng.uniform();
    const int count = c < 0.55 ? 1 : c < 0.85 ? 2 : 3;
    std::array<Employment, 3> jobs;
    int n = 0;
    {
        const qint64 recentFrom = std::max(earliest, m_windowStart);
        const qint64 start = (m_rng.chance(0.55) || earliest >= m_windowStart)
                                 ? m_rng.between(recentFrom, latestStart)
                                 : m_rng.between(earliest, m_windowStart - 1);
        jobs[n++].start = start;
        while (n < count) {
            const qint64 end = jobs[n - 1].start - m_rng.between(1, 120);
            const double u = m_rng.uniform();
            const qint64 start2 = end - 60 - qint64(u * u * 6 * 365);
            if (end - earliest < 60)
                break;
            jobs[n].start = std::max(start2, earliest);
            jobs[n].end = end;
            ++n;
        }
        std::reverse(jobs.begin(), jobs.begin() + n);
    }
    for (int i = 0; i < n; ++i) {
        Employment& e = jobs[size_t(i)];
        const bool last = i == n - 1;
        const double ageAtStart = double(e.start - birthJd) / 365.25;
        const double k = m_rng.uniform();
        e.contract = k < 0.62 ? CDI : k < 0.80 ? CDD : k < 0.90 ? INTERIM : (ageAtStart <= 29 ? APPRENTICE : CDI);
        if (last) {
            e.end = -1;
            if (e.contract == CDD)
                e.end = e.start + m_rng.between(30, 540);
            else if (e.contract == INTERIM)
                e.end = e.start + m_rng.between(7, 180);
            else if (e.contract == APPRENTICE)
                e.end = e.start + m_rng.between(365, 1095);
            else if (m_rng.chance(0.08) && e.start + 90 < m_today)
                e.end = m_rng.between(e.start + 90, m_today - 1);
        }
        const double f = m_rng.uniform();
        const int drawn = f < 0.70 ? SI : f < 0.85 ? SIA : SIR;
        // An SIA post is a night post here (R4624-18); the category is then computed from the post
        // as a declaration would (rule 1), so minors are SIA whatever was drawn.
        e.night = drawn == SIA ? true : drawn == SIR ? m_rng.chance(0.08) : false;
        QList<workforce::ExposureInfo> exposures;
        if (drawn == SIR) {
            const auto& sir = demoSirExposures();
            exposures << sir[size_t(m_rng.below(qint64(sir.size())))];
        }
        // A fixed-term contract or an apprenticeship often leads to a permanent one at the same place.
        const bool open = e.end < 0 || e.end > m_today;
        const Employment* previous = i > 0 ? &jobs[size_t(i - 1)] : nullptr;
        if (previous && e.contract == CDI && previous->contract != CDI && m_rng.chance(0.3)
            && (!open || m_establishments[size_t(previous->establishment)].active)) {
            e.establishment = previous->establishment;
        } else {
            const WeightedPick& pick =
                open && !m_activeEstablishment.empty() ? m_activeEstablishment : m_anyEstablishment;
            e.establishment = pick.pick(m_rng);
        }
        e.id = m_ids.next();
        const Establishment& est = m_establishments[size_t(e.establishment)];
        const std::vector<Post>& pool =
            m_rng.chance(0.8) ? m_ref.sectionPosts[size_t(est.section)] : m_ref.genericPosts;
        const Post& post = pool[size_t(m_rng.below(qint64(pool.size())))];
        const workforce::FollowUpDecision decision = workforce::computeFollowUp(workforce::FollowUpInput{
            birth, false, false, QDate::fromJulianDay(e.start), e.night, e.contract == APPRENTICE, exposures});
        e.followUp = decision.category == scheduling::Category::Sir ? SIR : decision.category == scheduling::Category::Sia ? SIA : SI;
        m_out->row(Employments, {e.id, workerId, est.id, male ? post.male : post.female, w.contract[e.contract],
                                 date(e.start), e.end < 0 ? QVariant() : QVariant(date(e.end)), e.night ? 1 : 0,
                                 e.contract == APPRENTICE ? 1 : 0, w.followUp[e.followUp], w.followUp[e.followUp], decision.rule,
                                 decision.text()});
        for (const workforce::ExposureInfo& x : std::as_const(exposures))
            m_out->row(EmploymentExposures, {m_ids.next(), e.id, x.code, scheduling::codeOf(*x.sirRisk)});
        ++m_employmentCount;
    }

    for (int i = 0; i < n; ++i)
        visitsOf(jobs[size_t(i)], workerId);

    auto activeAt = [&](qint64 day) -> const Employment* {
        for (int i = n - 1; i >= 0; --i) {
            const Employment& e = jobs[size_t(i)];
            if (e.start <= day && (e.end < 0 || e.end >= day))
                return &e;
        }
        return nullptr;
    };

    // Mid-career visit (L4624-2-2, rule 6): from 1 January of the year of 43 to the end of the year
    // of 45, for nearly all of those concerned who have reached that window (issue 19: a realistic
    // few percent overdue).
    const qint64 earliestMid = QDate(birth.year() + 43, 1, 1).toJulianDay();
    const qint64 latestMid = QDate(birth.year() + 45, 12, 31).toJulianDay();
    bool midCareerSeen = false;
    if (birth.year() + 45 >= 2022 && earliestMid <= m_today && m_rng.chance(0.96)) {
        const qint64 day = m_rng.between(earliestMid, std::min(latestMid, m_today + 30));
        if (const Employment* e = activeAt(day)) {
            visit(*e, workerId, day, w.midCareer);
            midCareerSeen = true;
        }
    }
    // The few left to do are those whose window is open or closed less than a year ago. One not drawn
    // above whose window closed earlier (left undone, or the worker not employed on the drawn day, hired
    // after the window) was done in the months following the first day employed in the window or after it.
    // A few whose window closed within the last months are still waiting (issue 19: late by months,
    // not years).
    const bool leftWaiting = latestMid >= m_today - history::maxLateDays && m_catchUp.chance(0.1);
    if (!midCareerSeen && birth.year() + 45 >= 2022 && latestMid < m_today && !leftWaiting) {
        const Employment* first = nullptr;
        qint64 from = 0;
        for (int i = 0; i < n; ++i) {
            const Employment& e = jobs[size_t(i)];
            const qint64 day = std::max(e.start, earliestMid);
            if ((e.end < 0 || e.end >= day) && day <= m_today && (!first || day < from)) {
                first = &e;
                from = day;
            }
        }
        if (first) {
            // Done within two months of that day; for one hired these last weeks, on the hiring day,
            // so that a missed appointment is booked again before today.
            qint64 day = from + m_catchUp.between(0, 60);
            day = std::min(day, std::min(m_today - 43, first->end < 0 ? m_today : first->end));
            day = std::max(day, from);
            if (day > m_today - 43) { // seen on the hiring day: done, a missed one would stay late since the window closed
                const QString id = m_ids.next();
                if (!m_discard) {
                    m_out->row(Visits, {id, workerId, m_establishments[size_t(first->establishment)].id, w.midCareer, date(day), w.done});
                    ++m_visitCount;
                }
            } else {
                visit(*first, workerId, day, w.midCareer, m_catchUp);
            }
        }
    }
    // Visits on request (worker, employer or physician): a sizeable share of the activity.
    for (int y = 0; y < m_options.years; ++y) {
        if (m_rng.chance(0.15)) {
            const qint64 day = m_rng.between(m_windowStart, m_horizon);
            if (const Employment* e = activeAt(day))
                visit(*e, workerId, day, w.onRequest);
        }
    }

    // Absences for about 10% of workers, with return and pre-return visits when the rules ask.
    if (m_rng.chance(0.10)) {
        const int absences = m_rng.chance(0.8) ? 1 : 2;
        std::vector<std::pair<qint64, qint64>> taken; // the worker's absences written, with the days of a return visit
        for (int a = 0; a < absences; ++a) {
            const Employment& e = jobs[size_t(m_rng.below(n))];
            const qint64 lo = std::max(e.start, m_windowStart);
            const qint64 hi = std::min(e.end < 0 ? m_today : e.end, m_today);
            if (hi < lo)
                continue;
            const qint64 start = m_rng.between(lo, hi);
            const double age = double(start - birthJd) / 365.25;
            const double u = m_rng.uniform();
            const QString* cause;
            qint64 length;
            if (!male && age >= 20 && age < 45 && m_rng.chance(0.12)) {
                cause = &w.maternity;
                length = 112 + (m_rng.chance(0.3) ? 14 : 0);
            } else if (u < 0.80) {
                cause = &w.illness;
                length = 3 + qint64(u * u * u * 250);
            } else if (u < 0.95) {
                cause = &w.workAccident;
                length = 7 + qint64(m_rng.uniform() * m_rng.uniform() * 300);
            } else {
                cause = &w.occupationalDisease;
                length = 30 + m_rng.between(0, 330);
            }
            const qint64 end = start + length - 1;
            const bool endKnown = end <= m_today || !m_rng.chance(0.3);
            // A worker is not absent twice at once: an absence overlapping one already written (or the
            // days of its return visit) is drawn but not written, nor its visits.
            // (A return visit missed is booked again up to 6 weeks later, before any next absence.)
            const qint64 until = endKnown ? end + 9 + 42 : m_horizon;
            m_discard = std::any_of(taken.cbegin(), taken.cend(), [&](const auto& t) { return start <= t.second && t.first <= until; });
            const QString id = m_ids.next();
            if (!m_discard) {
                m_out->row(Absences, {id, workerId, e.id, *cause, date(start), endKnown ? QVariant(date(end)) : QVariant()});
                ++m_absenceCount;
                taken.emplace_back(start, until);
            }
            // Pre-return visit during a long absence, return visit within 8 days after one that
            // requires it (maternity, occupational disease, accident ≥ 30 days, illness ≥ 60 days).
            if (cause != &w.maternity && length > 90 && m_rng.chance(0.3))
                visit(e, workerId, start + m_rng.between(30, length - 30), w.preReturn);
            const bool needsReturn = cause == &w.maternity || cause == &w.occupationalDisease
                                     || (cause == &w.workAccident && length >= 30)
                                     || (cause == &w.illness && length >= 60);
            if (endKnown && needsReturn)
                visit(e, workerId, end + 1 + m_rng.between(0, 8), w.back);
            m_discard = false;
        }
    }
}

Status Generator::run(storage::Database& db, HlcSequence& hlc, const QString& updatedBy,
                      const std::function<void(const QString&)>& progress)
{
    Writer writer(db, hlc, updatedBy);
    const QString tail = QStringLiteral(", row_version, hlc, updated_by, deleted) ");
    const std::initializer_list<QString> statements = {
        QStringLiteral("INSERT INTO enterprises(id, siren, name, legal_form") + tail
            + QStringLiteral("VALUES (?, ?, ?, ?, 1, ?, ?, 0)"),
        QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, address, "
                       "postal_code, commune_insee, city, member_number, member_since, status")
            + tail + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0)"),
        QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, "
                       "sex, birth_place_cog, used_name, used_first_name, ins_matricule, ins_oid, ins_status, "
                       "ins_attributes, identity_doc_type, identity_doc_date, insi_query_date, birth_name_fold, "
                       "used_name_fold")
            + tail + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0)"),
        QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, "
                       "start_date, end_date, night_work, apprentice, follow_up, computed_follow_up, follow_up_rule, "
                       "follow_up_reason")
            + tail + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0)"),
        QStringLiteral("INSERT INTO employment_exposures(id, employment_id, exposure_code, sir_risk")
            + tail + QStringLiteral("VALUES (?, ?, ?, ?, 1, ?, ?, 0)"),
        QStringLiteral("INSERT INTO visits(id, worker_id, establishment_id, kind, visit_date, status, "
                       "professional_id")
            + tail + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, NULL, 1, ?, ?, 0)"),
        QStringLiteral("INSERT INTO absences(id, worker_id, employment_id, cause, start_date, end_date")
            + tail + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, 0)"),
    };
    if (Status s = writer.prepare(statements); !s)
        return s;
    m_out = &writer;

    auto report = [&](const QString& line) {
        if (progress)
            progress(line);
    };

    // An enterprise and its establishments always share a transaction (parent first).
    const int establishmentCount = m_options.establishments;
    for (int done = 0; done < establishmentCount;) {
        done += enterprise(establishmentCount - done);
        if (writer.full() || done == establishmentCount) {
            if (Status s = writer.commit(); !s)
                return s;
            report(QCoreApplication::translate("vigie::cli", "Establishments: %1 / %2").arg(done).arg(establishmentCount));
        }
    }

    // A worker and everything about them share a transaction too.
    const int total = m_options.workers;
    const int step = std::max(1, total / 20);
    int nextReport = step;
    for (int i = 1; i <= total; ++i) {
        worker();
        if (writer.full() || i == total) {
            if (Status s = writer.commit(); !s)
                return s;
            if (i >= nextReport || i == total) {
                report(QCoreApplication::translate("vigie::cli", "Workers: %1 / %2").arg(i).arg(total));
                nextReport = (i / step + 1) * step;
            }
        }
    }
    report(QCoreApplication::translate("vigie::cli", "Demo data: %1 establishments, %2 workers, %3 employments, "
                                                     "%4 visits, %5 absences")
               .arg(m_options.establishments)
               .arg(total)
               .arg(m_employmentCount)
               .arg(m_visitCount)
               .arg(m_absenceCount));
    return {};
}

Status checkEmpty(storage::Database& db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM enterprises) OR EXISTS (SELECT 1 FROM establishments) "
                               "OR EXISTS (SELECT 1 FROM workers)"))
        || !q.next()) {
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::cli", "Unable to read the database: %1")
                                .arg(storage::sqlErrorText(q)));
    }
    if (q.value(0).toBool()) {
        return Status::fail(ErrorCode::Usage,
                            QCoreApplication::translate("vigie::cli", "The database %1 already holds data; demo "
                                                                      "data can only fill a new database")
                                .arg(QDir::toNativeSeparators(db.path())));
    }
    return {};
}

} // namespace

Status generateDemo(storage::Database& db, const DemoOptions& options, const core::Clock& clock,
                    const QString& updatedBy, std::function<void(const QString&)> progress)
{
    if (options.establishments < 1 || options.workers < 0 || options.years < 1 || options.years > 40) {
        return Status::fail(ErrorCode::Usage,
                            QCoreApplication::translate("vigie::cli", "Demo data needs at least 1 establishment, "
                                                                      "0 or more workers and 1 to 40 years"));
    }
    if (updatedBy.isEmpty())
        return Status::fail(ErrorCode::Usage,
                            QCoreApplication::translate("vigie::cli", "Demo data needs the author of the changes"));
    if (Status s = checkEmpty(db); !s)
        return s;

    auto reference = loadReference(options.dataDir);
    if (!reference)
        return reference.error();

    HlcSequence hlc(clock, QStringLiteral("demo"));
    Generator generator(reference.value(), options, clock);
    BulkLoad bulk(db);
    if (Status s = generator.run(db, hlc, updatedBy, progress); !s)
        return s;
    return bulk.finish();
}

} // namespace vigie::cli
