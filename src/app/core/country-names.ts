/**
 * Member states by the browser's own country names in a language (Intl.DisplayNames), which
 * takes two-letter region codes where members carry three-letter ones. Names the browser does
 * not know, and states named with a territory ("France (New Caledonia)"), keep their stored name.
 */
const ALPHA2: Record<string, string> = {
  AFG: 'AF',
  AUS: 'AU',
  BGD: 'BD',
  BTN: 'BT',
  BRN: 'BN',
  KHM: 'KH',
  CHN: 'CN',
  PRK: 'KP',
  FJI: 'FJ',
  HKG: 'HK',
  IND: 'IN',
  IDN: 'ID',
  IRN: 'IR',
  IRQ: 'IQ',
  JPN: 'JP',
  JOR: 'JO',
  KIR: 'KI',
  LAO: 'LA',
  MAC: 'MO',
  MYS: 'MY',
  MDV: 'MV',
  MNG: 'MN',
  MMR: 'MM',
  NRU: 'NR',
  NPL: 'NP',
  NZL: 'NZ',
  PAK: 'PK',
  PLW: 'PW',
  PNG: 'PG',
  PHL: 'PH',
  KOR: 'KR',
  WSM: 'WS',
  SGP: 'SG',
  SLB: 'SB',
  LKA: 'LK',
  SYR: 'SY',
  THA: 'TH',
  TLS: 'TL',
  TON: 'TO',
  TUR: 'TR',
  ARE: 'AE',
  USA: 'US',
  VUT: 'VU',
  VNM: 'VN',
  AUT: 'AT',
  BEL: 'BE',
  CAN: 'CA',
  DNK: 'DK',
  FIN: 'FI',
  DEU: 'DE',
  ITA: 'IT',
  NLD: 'NL',
  NOR: 'NO',
  RUS: 'RU',
  ESP: 'ES',
  SWE: 'SE',
  CHE: 'CH',
  GBR: 'GB',
};

/** Names with a territory the region code alone would lose. */
const TERRITORIES: Record<string, Record<string, string>> = {
  id: { FRA: 'Prancis (Kaledonia Baru)' },
};

const namers = new Map<string, Intl.DisplayNames | null>();

function namer(language: string): Intl.DisplayNames | null {
  if (!namers.has(language)) {
    try {
      namers.set(language, new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
    } catch {
      namers.set(language, null);
    }
  }
  return namers.get(language) ?? null;
}

/** A member state's name in a language, or null to keep the stored one. */
export function countryName(code: string, language: string): string | null {
  const territory = TERRITORIES[language]?.[code];
  if (territory) return territory;
  const alpha2 = ALPHA2[code];
  if (!alpha2) return null;
  return namer(language)?.of(alpha2) ?? null;
}
