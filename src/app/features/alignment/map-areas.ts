/**
 * Where each member state is on the map: the ISO 3166-1 numeric code Natural Earth (world-atlas)
 * gives its area. France takes part as New Caledonia, so its area is New Caledonia's, not
 * France's. A member without an entry is listed in the table but has no area on the map.
 */
const AREAS: Readonly<Record<string, string>> = {
  AFG: '004',
  ARE: '784',
  AUS: '036',
  BGD: '050',
  BRN: '096',
  BTN: '064',
  CHN: '156',
  FJI: '242',
  FRA: '540',
  HKG: '344',
  IDN: '360',
  IND: '356',
  IRN: '364',
  IRQ: '368',
  JOR: '400',
  JPN: '392',
  KHM: '116',
  KIR: '296',
  KOR: '410',
  LAO: '418',
  LKA: '144',
  MAC: '446',
  MDV: '462',
  MMR: '104',
  MNG: '496',
  MYS: '458',
  NPL: '524',
  NRU: '520',
  NZL: '554',
  PAK: '586',
  PHL: '608',
  PLW: '585',
  PNG: '598',
  PRK: '408',
  SGP: '702',
  SLB: '090',
  SYR: '760',
  THA: '764',
  TLS: '626',
  TON: '776',
  TUR: '792',
  USA: '840',
  VNM: '704',
  VUT: '548',
  WSM: '882',
};

export function mapArea(code: string): string | null {
  return AREAS[code] ?? null;
}
