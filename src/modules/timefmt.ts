// Calendar arithmetic and glibc's strftime for the time module (and anyone else who needs a
// broken-down time). A `Tm` is C's struct tm: tm_year counts from 1900, tm_mon from 0, tm_wday
// from Sunday, tm_yday from 0.
//
// strftime follows what glibc (as CPython on this platform calls it) prints in the C locale,
// including its GNU extensions: the flags _ - 0 ^ #, a field width, the E and O modifiers, and
// that an unknown conversion is copied to the output unchanged (padded to the width). The
// padding rules below were checked against CPython's time.strftime on glibc 2.36:
//   - a number gets at least its default digits (or the width, if larger), padded with '0'
//     (with ' ' under '_', not at all under '-'); its sign comes before zeros, after spaces;
//   - then the whole piece, number or text, is padded to the width with ' ' ('0' under '0').

export interface Tm {
  year: number; // years since 1900
  mon: number; // 0-11
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // 0 = Sunday
  yday: number; // 0-365
  isdst: number;
  zone: string | null;
  gmtoff: number;
}

export const WEEKDAY_ABBR = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days from 1970-01-01 to the given proleptic Gregorian date (month 1-12, any day number). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The broken-down UTC time of `secs` seconds since the epoch (an integer). */
export function gmtimeFields(secs: number): Tm {
  const days = Math.floor(secs / 86400);
  let rem = secs - days * 86400;
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  // Civil date from a day count (the era/day-of-era method).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const mday = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mon = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (mon <= 2 ? 1 : 0);
  const yday = days - daysFromCivil(year, 1, 1);
  const wday = ((days + 4) % 7 + 7) % 7;
  return { year: year - 1900, mon: mon - 1, mday, hour, min, sec, wday, yday, isdst: 0, zone: "GMT", gmtoff: 0 };
}

/** Seconds since the epoch of the broken-down time read as UTC, out-of-range fields carried over (timegm). */
export function timegm(tm: Tm): number {
  const y = tm.year + 1900 + Math.floor(tm.mon / 12);
  const m = ((tm.mon % 12) + 12) % 12;
  const days = daysFromCivil(y, m + 1, 1) + tm.mday - 1;
  return days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

// ---- strftime -------------------------------------------------------------------------------------

/** What strftime needs from its caller besides the Tm: the zone names and mktime for %s. */
export interface StrftimeEnv {
  tzname: [string, string];
  mktime(tm: Tm): number;
}

const SUBFORMATS: Record<string, string> = {
  c: "%a %b %e %H:%M:%S %Y", D: "%m/%d/%y", F: "%Y-%m-%d", r: "%I:%M:%S %p", R: "%H:%M", T: "%H:%M:%S",
  x: "%m/%d/%y", X: "%H:%M:%S",
};

/** Conversions that refuse the E modifier and the O modifier (those not listed accept both). */
const NO_E = new Set("bBhdeHIjklmMSUVWwgGOE");
const NO_O = new Set("cxXYDFOE");
const NO_MODIFIER = new Set("aADF");

/** Days from the start of the ISO week-numbering year that contains day `yday` (may be negative). */
function isoWeekDays(yday: number, wday: number): number {
  const bigMultipleOf7 = (Math.trunc(366 / 7) + 2) * 7;
  return yday - (yday - wday + 4 + bigMultipleOf7) % 7 + 3;
}

function isoWeek(tm: Tm): [number, number] {
  let year = tm.year + 1900;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, Math.trunc(days / 7) + 1];
}

export function strftime(fmt: string, tm: Tm, env: StrftimeEnv, upcaseAll = false): string {
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c !== "%") {
      out += upcaseAll ? c.toUpperCase() : c;
      i++;
      continue;
    }
    const start = i;
    let pad = "";
    let upcase = upcaseAll;
    let changeCase = false;
    i++;
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === "_" || f === "-" || f === "0") pad = f;
      else if (f === "^") upcase = true;
      else if (f === "#") changeCase = true;
      else break;
    }
    let width = -1;
    if (i < n && fmt[i] >= "0" && fmt[i] <= "9") {
      width = 0;
      while (i < n && fmt[i] >= "0" && fmt[i] <= "9") width = Math.min(width * 10 + (fmt.charCodeAt(i++) - 48), 1 << 20);
    }
    let modifier = "";
    if (i < n && (fmt[i] === "E" || fmt[i] === "O")) modifier = fmt[i++];
    const conv = i < n ? fmt[i] : "";
    let lowcase = false;

    /** Pads a finished piece to the width (CPython's glibc: '0' under the 0 flag, else spaces). */
    const add = (s: string) => {
      if (lowcase) s = s.toLowerCase();
      else if (upcase) s = s.toUpperCase();
      const delta = width - s.length;
      if (delta > 0) s = (pad === "0" ? "0" : " ").repeat(delta) + s;
      out += s;
    };
    const num = (digits: number, v: number, spacePad = false) => {
      let p = pad;
      if (spacePad && p === "") p = "_";
      const d = Math.max(digits, width);
      const neg = v < 0;
      let s = String(Math.abs(v));
      const len = s.length + (neg ? 1 : 0);
      if (p !== "-" && d - len > 0) {
        if (p === "_") {
          // The spaces go straight out and count toward the width; the sign follows them.
          out += " ".repeat(d - len);
          width = width > d - len ? width - (d - len) : 0;
          add((neg ? "-" : "") + s);
          return;
        }
        s = (neg ? "-" : "") + "0".repeat(d - len) + s;
        width = 0;
        add(s);
        return;
      }
      add((neg ? "-" : "") + s);
    };
    const bad = () => {
      const end = conv === "" ? n : i + 1;
      add(fmt.slice(start, end));
      i = end;
    };
    if ((modifier === "E" && NO_E.has(conv)) || (modifier === "O" && NO_O.has(conv)) ||
        (modifier !== "" && NO_MODIFIER.has(conv))) {
      bad();
      continue;
    }
    i++;
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (conv) {
      case "%": add("%"); break;
      case "n": add("\n"); break;
      case "t": add("\t"); break;
      case "a":
        if (changeCase) upcase = true;
        add(WEEKDAY_ABBR[tm.wday] ?? "?");
        break;
      case "A":
        if (changeCase) upcase = true;
        add(WEEKDAY_NAMES[tm.wday] ?? "?");
        break;
      case "b": case "h":
        if (changeCase) upcase = true;
        add(MONTH_ABBR[tm.mon] ?? "?");
        break;
      case "B":
        if (changeCase) upcase = true;
        add(MONTH_NAMES[tm.mon] ?? "?");
        break;
      case "c": case "D": case "F": case "r": case "R": case "T": case "x": case "X":
        add(strftime(SUBFORMATS[conv], tm, env, upcase));
        break;
      case "C": num(1, Math.floor((tm.year + 1900) / 100)); break;
      case "y": num(2, ((tm.year % 100) + 100) % 100); break;
      case "Y": num(1, tm.year + 1900); break;
      case "d": num(2, tm.mday); break;
      case "e": num(2, tm.mday, true); break;
      case "H": num(2, tm.hour); break;
      case "k": num(2, tm.hour, true); break;
      case "I": num(2, hour12); break;
      case "l": num(2, hour12, true); break;
      case "j": num(3, tm.yday + 1); break;
      case "m": num(2, tm.mon + 1); break;
      case "M": num(2, tm.min); break;
      case "S": num(2, tm.sec); break;
      case "s": num(1, env.mktime(tm)); break;
      case "u": num(1, (tm.wday + 6) % 7 + 1); break;
      case "w": num(1, tm.wday); break;
      case "U": num(2, Math.trunc((tm.yday - tm.wday + 7) / 7)); break;
      case "W": num(2, Math.trunc((tm.yday - (tm.wday + 6) % 7 + 7) / 7)); break;
      case "G": case "g": case "V": {
        const [y, week] = isoWeek(tm);
        if (conv === "G") num(1, y);
        else if (conv === "g") num(2, ((y % 100) + 100) % 100);
        else num(2, week);
        break;
      }
      case "p": case "P":
        if (conv === "P" || changeCase) lowcase = true;
        add(tm.hour > 11 ? "PM" : "AM");
        break;
      case "Z": {
        if (changeCase) {
          upcase = false;
          lowcase = true;
        }
        let zone = tm.zone;
        if (!zone && tm.isdst >= 0) zone = env.tzname[tm.isdst !== 0 ? 1 : 0];
        add(zone ?? "");
        break;
      }
      case "z": {
        if (tm.isdst < 0) break;
        let diff = tm.gmtoff;
        add(diff < 0 ? "-" : "+");
        diff = Math.trunc(Math.abs(diff) / 60);
        num(4, Math.trunc(diff / 60) * 100 + diff % 60);
        break;
      }
      default:
        i--;
        bad();
    }
  }
  return out;
}
