// The local name databases behind _socket's getservbyname, getservbyport and getnameinfo: the
// files glibc's "files" backend reads (/etc/services, /etc/hosts). No DNS is asked (socket.ts).

import * as fs from "node:fs";

interface Service {
  name: string;
  port: number;
  proto: string;
  aliases: string[];
}

let services: Service[] | null = null;

/** /etc/services's entries, in file order (empty when the file cannot be read). */
function serviceTable(): Service[] {
  if (services !== null) return services;
  services = [];
  let text: string;
  try {
    text = fs.readFileSync("/etc/services", "latin1");
  } catch {
    return services;
  }
  for (const raw of text.split("\n")) {
    const fields = raw.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length < 2) continue;
    const m = /^(\d+)\/(\w+)$/.exec(fields[1]);
    if (m === null) continue;
    services.push({ name: fields[0], port: Number(m[1]), proto: m[2], aliases: fields.slice(2) });
  }
  return services;
}

/** getservbyname: the port of service `name` (or an alias) for `proto` (any when null). */
export function serviceByName(name: string, proto: string | null): number | undefined {
  for (const s of serviceTable()) {
    if ((proto === null || s.proto === proto) && (s.name === name || s.aliases.includes(name))) return s.port;
  }
  return undefined;
}

/** getservbyport: the name of the service at `port` for `proto` (any when null). */
export function serviceByPort(port: number, proto: string | null): string | undefined {
  for (const s of serviceTable()) {
    if ((proto === null || s.proto === proto) && s.port === port) return s.name;
  }
  return undefined;
}

/** The first name /etc/hosts gives a numeric address (as it is written there), if any. */
export function hostByAddress(address: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync("/etc/hosts", "latin1");
  } catch {
    return undefined;
  }
  for (const raw of text.split("\n")) {
    const fields = raw.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length >= 2 && fields[0] === address) return fields[1];
  }
  return undefined;
}
