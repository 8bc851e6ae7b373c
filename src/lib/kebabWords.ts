/**
 * Text as lower-case ASCII words joined by "-", at most `maxLength` characters and never ending
 * in "-": accents are dropped ("Café" -> "cafe"), anything else that is not a letter or digit
 * separates words. Empty when nothing is left. Task names (Serverless Workflow export) and
 * imported node ids both start from this, then add their own rules.
 */
export function kebabWords(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
