/**
 * The 20 priority UK foraging genera, ordered by importance.
 * Safety-critical genera first, then beginner-friendly, then intermediate.
 */
export const ALL_GENERA: string[] = [
  // Safety critical
  'Amanita',
  'Agaricus',
  // Beginner-friendly commons
  'Russula',
  'Boletus',
  'Cantharellus',
  'Lactarius',
  'Pleurotus',
  'Macrolepiota',
  'Coprinopsis',
  'Hydnum',
  // Good edibles
  'Laetiporus',
  'Fistulina',
  'Marasmius',
  'Craterellus',
  'Sparassis',
  'Calvatia',
  'Leccinum',
  // Intermediate (some edible, some toxic)
  'Armillaria',
  'Clitocybe',
  'Lepista',
];
