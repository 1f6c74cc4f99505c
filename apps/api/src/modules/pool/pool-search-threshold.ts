/**
 * pg_trgm's word similarity a query word needs with some word of a profile's search document. 0.5
 * forgives a letter left out or swapped in a word of five or more ("חנוך" for "חינוך": 0.6;
 * "eduction": 0.58) and rejects unrelated words (docs/pool.md, "Search").
 *
 * The `<%` operator reads it from the setting `pg_trgm.word_similarity_threshold`, which every
 * connection of the API's pool is opened with (database/data-source.ts): the search's lexicon
 * lookup is then one statement, with no transaction around it to set it in.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
