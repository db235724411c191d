// Decides whether an article is French or English from its most frequent function words:
// cheap, and reliable on anything longer than a headline.

const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'avec', 'ce', 'il', 'elle', 'ont', 'été', 'aux', 'mais', 'selon']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'was', 'for', 'with', 'on', 'as', 'his', 'her', 'he', 'she', 'said', 'by', 'from', 'at', 'has', 'have', 'were', 'this']);

export function detectLanguage(text: string): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  // The first 20,000 characters are plenty and keep this O(1) on huge files.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (FRENCH.has(m[0])) fr++;
    else if (ENGLISH.has(m[0])) en++;
  }
  return en > fr ? 'en' : 'fr';
}
