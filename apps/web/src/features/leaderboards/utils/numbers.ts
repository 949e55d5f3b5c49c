const locale = (language: string) => (language === 'sv' ? 'sv-SE' : 'en-GB');

/** A score or strength with two decimals, as people of the interface language write it. */
export function formatScore(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
