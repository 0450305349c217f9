// _datetime: the C half of the datetime module (CPython's Modules/_datetimemodule.c). datetime.py
// does `from _datetime import *`, so these types replace its pure-Python classes. The module is
// split by type: datetime_core.ts (layouts, calendar, checks, argument parsing, tzinfo calls),
// datetime_delta.ts, datetime_date.ts, datetime_time.ts, datetime_dt.ts, datetime_tz.ts, with
// text formatting and ISO parsing in datetime_fmt.ts and local time in datetime_local.ts.
//
// As in CPython (single-phase init), the types are made once: importing the module afresh gives
// a new module object holding the same types.

import {
  dateType, datetimeType, deltaType, MAXYEAR, MINYEAR, timeType, timezoneType, tzinfoType,
} from "./datetime_core";
import { initDate } from "./datetime_date";
import { initDelta } from "./datetime_delta";
import { initDateTime } from "./datetime_dt";
import { initTime } from "./datetime_time";
import { initTz, utc } from "./datetime_tz";
import { defineModule } from "./registry";

let ready = false;

function initTypes(): void {
  if (ready) return;
  ready = true;
  initDelta();
  initDate();
  initTz();
  initTime();
  initDateTime();
}

defineModule("_datetime", (dict) => {
  initTypes();
  dict.set("date", dateType);
  dict.set("datetime", datetimeType);
  dict.set("time", timeType);
  dict.set("timedelta", deltaType);
  dict.set("tzinfo", tzinfoType);
  dict.set("timezone", timezoneType);
  dict.set("MINYEAR", MINYEAR);
  dict.set("MAXYEAR", MAXYEAR);
  dict.set("UTC", utc);
}, "Fast implementation of the datetime type.");
