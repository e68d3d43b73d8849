// Runs chrono-node over cases read as JSON lines on stdin and prints one JSON line per case on stdout.
// In:  {"text": "...", "ref": "2016-11-07", "time": "16:12:00" (optional), "lang": "fr" | "en"}
// Out: {"results": [{"start": 0, "end": 4, "text": "...", "kind": "date" | "time", "value": "2016-11-06"}]}
// A value is TIMEX-like, built from the components chrono is certain of (year, month, day, hour, minute,
// timezone offset), its own guesses filling the rest only where a more precise certain component needs them;
// a range is "start/end". Offsets are UTF-16 (JavaScript string indices), end exclusive.
import * as chrono from 'chrono-node';
import readline from 'node:readline';

const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(c) {
  const certain = k => c.isCertain(k);
  const hasTime = certain('hour');
  const hasDay = certain('day') || certain('weekday') || hasTime;
  const hasMonth = certain('month') || hasDay;
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  let v;
  if (hasDay) v = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  else if (hasMonth) v = `${pad(y, 4)}-${pad(m)}`;
  else if (certain('year')) v = pad(y, 4);
  else v = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (hasTime) {
    v += `T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
    if (certain('timezoneOffset')) {
      const off = c.get('timezoneOffset');
      v += off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
    }
  }
  return { value: v, kind: hasTime ? 'time' : 'date' };
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  let out;
  try {
    const c = JSON.parse(line);
    const [yy, mm, dd] = c.ref.split('-').map(Number);
    // the reference clock time when the input gives one, else noon
    const [hh, mi, ss] = c.time ? c.time.split(':').map(Number) : [12, 0, 0];
    const ref = new Date(yy, mm - 1, dd, hh, mi, ss);
    const parser = c.lang && c.lang.startsWith('fr') ? chrono.fr : chrono.en;
    const results = parser.parse(c.text, ref).map(r => {
      const s = value(r.start);
      const v = r.end ? `${s.value}/${value(r.end).value}` : s.value;
      return { start: r.index, end: r.index + r.text.length, text: r.text, kind: s.kind, value: v };
    });
    out = { results };
  } catch (e) {
    out = { results: [], error: String(e && e.message || e) };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
