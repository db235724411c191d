// Reads an evaluation corpus: a folder of articles `<name>.txt`, each with its hand-made gold
// `<name>.gold.json` beside it (test/fixtures/gold/{seeds,fr,en,holdout}/ are the default ones).

import fs from 'node:fs';
import path from 'node:path';
import { parseGoldDoc, GoldFormatError, type GoldDoc } from './gold';

export interface GoldArticle {
  /** File name of the article inside its corpus folder. */
  file: string;
  text: string;
  gold: GoldDoc;
}

export interface Corpus {
  name: string;
  dir: string;
  articles: GoldArticle[];
}

/**
 * Loads every article of `dir` that has a gold file, sorted by name. An article without gold
 * is an error rather than a skip: a silently smaller corpus would make scores look stable
 * when they are not comparable.
 */
export function loadCorpus(name: string, dir: string): Corpus {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new GoldFormatError(`corpus ${name}: no folder ${dir}`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new GoldFormatError(`corpus ${name}: no .txt article in ${dir}`);
  const articles = files.map((file) => {
    const goldPath = path.join(dir, file.replace(/\.txt$/, '.gold.json'));
    if (!fs.existsSync(goldPath)) throw new GoldFormatError(`corpus ${name}: ${file} has no gold file ${path.basename(goldPath)}`);
    // The gold offsets index the text exactly as readFileSync gives it (no BOM or EOL changes).
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const gold = parseGoldDoc(JSON.parse(fs.readFileSync(goldPath, 'utf8')), text, `${name}/${path.basename(goldPath)}`);
    return { file, text, gold };
  });
  return { name, dir, articles };
}
