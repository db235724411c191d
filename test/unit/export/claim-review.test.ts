import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderClaimReviews } from '../../../src/core/export/claim-review';
import { bareArticle, claimOn, entity, sampleInput } from './sample';

// schema.org ClaimReview as fact-checkers publish it (and search engines read it): the
// required and recommended properties, with their types.
function assertValidClaimReview(review: Record<string, any>): void {
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(typeof review.claimReviewed, 'string');
  assert.ok(review.claimReviewed.length > 0);
  assert.equal(typeof review.url, 'string');
  assert.match(review.datePublished, /^\d{4}-\d{2}-\d{2}/);
  const item = review.itemReviewed;
  assert.equal(item['@type'], 'Claim');
  if (item.author) {
    assert.ok(['Person', 'Organization'].includes(item.author['@type']));
    assert.equal(typeof item.author.name, 'string');
  }
  const rating = review.reviewRating;
  assert.equal(rating['@type'], 'Rating');
  assert.equal(typeof rating.alternateName, 'string', 'the verdict in words is required');
  if (rating.ratingValue !== undefined) {
    assert.ok(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating, 'value on the scale');
    assert.ok(rating.worstRating < rating.bestRating, 'higher is better');
  } else {
    assert.equal(rating.bestRating, undefined, 'no scale without a value');
  }
}

test('a JSON-LD graph of ClaimReviews, pending claims left out', () => {
  const document = JSON.parse(renderClaimReviews(sampleInput()));
  assert.equal(document['@context'], 'https://schema.org');
  const reviews = document['@graph'];
  for (const r of reviews) assertValidClaimReview(r);
  assert.deepEqual(
    reviews.map((r: { claimReviewed: string }) => r.claimReviewed),
    ['Le chômage a baissé de 50 % en un an', 'Le déficit a doublé'],
  );
});

test('claim, speaker as author, rating from the status scale in the article language', () => {
  const [review] = JSON.parse(renderClaimReviews(sampleInput()))['@graph'];
  assert.equal(review['@id'], 'file:///press/articles/ch%C3%B4mage.txt.press.yaml#c1chom');
  assert.equal(review.url, 'file:///press/articles/ch%C3%B4mage.txt');
  assert.equal(review.inLanguage, 'fr');
  assert.equal(review.datePublished, '2025-03-02T17:05:00Z');
  assert.deepEqual(review.itemReviewed, {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Bruno Dupont' },
    appearance: { '@type': 'CreativeWork', url: 'file:///press/articles/ch%C3%B4mage.txt' },
  });
  assert.deepEqual(review.reviewRating, { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Faux' });
  assert.deepEqual(review.author, { '@type': 'Person', name: 'Jeanne Martin' });
  assert.match(review.reviewBody, /^Les chiffres de l'INSEE/);
  assert.deepEqual(review.citation, [{ '@type': 'CreativeWork', url: 'https://www.insee.fr/fr/statistiques/1', name: 'INSEE, enquête Emploi' }]);
  assert.equal(review.keywords, 'emploi, chiffres');
});

test('every verdict maps onto the scale; statuses off it carry only their words', () => {
  const text = 'One. Two. Three. Four. Five. Six. Seven. Eight.';
  const statuses = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'out-of-context', 'unverifiable'] as const;
  const words = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'];
  const claims = statuses.map((status, i) => claimOn(text, words[i], { id: `s${i}`, status }));
  const reviews = JSON.parse(renderClaimReviews({ articles: [bareArticle('/en.txt', text, claims, 'en')] }))['@graph'];
  for (const r of reviews) assertValidClaimReview(r);
  assert.deepEqual(
    reviews.map((r: { reviewRating: { ratingValue?: number; alternateName: string } }) => [r.reviewRating.ratingValue, r.reviewRating.alternateName]),
    [
      [5, 'True'],
      [4, 'Mostly true'],
      [3, 'Half true'],
      [2, 'Mostly false'],
      [1, 'False'],
      [undefined, 'Misleading'],
      [undefined, 'Out of context'],
      [undefined, 'Unverifiable'],
    ],
  );
});

test('an organisation speaks as an Organization, free text as a Person, no speaker as no author', () => {
  const text = "Le gouvernement dit que tout va bien. L'OMS dit le contraire. Personne ne sait.";
  const article = bareArticle('/a.txt', text, [
    claimOn(text, 'tout va bien', { id: 'o1', status: 'false', speaker: 'le gouvernement' }),
    claimOn(text, 'le contraire', { id: 'o2', status: 'true', speaker: 'oms' }),
    claimOn(text, 'Personne ne sait', { id: 'o3', status: 'unverifiable' }),
  ], 'fr');
  article.analysis.entities.push(entity(text, 'OMS', 'ORG', 'oms'));
  const [free, organisation, none] = JSON.parse(renderClaimReviews({ articles: [article] }))['@graph'];
  assert.deepEqual(free.itemReviewed.author, { '@type': 'Person', name: 'le gouvernement' });
  assert.deepEqual(organisation.itemReviewed.author, { '@type': 'Organization', name: 'OMS' });
  assert.equal(none.itemReviewed.author, undefined);
  assert.equal(none.reviewRating.alternateName, 'Invérifiable');
});

test('every key is a schema.org property of the type it sits on', () => {
  const allowed: Record<string, Set<string>> = {
    ClaimReview: new Set(['@type', '@id', 'url', 'datePublished', 'dateModified', 'inLanguage', 'claimReviewed', 'itemReviewed', 'reviewRating', 'author', 'reviewBody', 'citation', 'keywords']),
    Claim: new Set(['@type', 'author', 'appearance']),
    Rating: new Set(['@type', 'ratingValue', 'bestRating', 'worstRating', 'alternateName']),
    Person: new Set(['@type', 'name']),
    Organization: new Set(['@type', 'name']),
    CreativeWork: new Set(['@type', 'url', 'name']),
  };
  const check = (node: Record<string, unknown>) => {
    const type = node['@type'] as string;
    assert.ok(allowed[type], `known type ${type}`);
    for (const [key, value] of Object.entries(node)) {
      assert.ok(allowed[type].has(key), `${type}.${key}`);
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === 'object') check(child as Record<string, unknown>);
    }
  };
  for (const review of JSON.parse(renderClaimReviews(sampleInput()))['@graph']) check(review);
});
