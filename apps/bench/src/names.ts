/**
 * Invented names for the synthetic corpora. They belong to no article; any resemblance to a real person
 * is chance. Given and family names are common in many countries, so the mix looks like international news.
 */
export const GIVEN_NAMES = [
  'Mara', 'Tomas', 'Ines', 'Kofi', 'Leila', 'Anders', 'Priya', 'Mateo', 'Yara', 'Jonas', 'Amara', 'Viktor', 'Noor', 'Elena',
  'Dario', 'Hana', 'Sione', 'Greta', 'Omar', 'Lucia', 'Kenji', 'Ada', 'Rafael', 'Freya', 'Tariq', 'Beatriz', 'Oskar', 'Zainab',
  'Milan', 'Ingrid', 'Felipe', 'Aiko', 'Nikolai', 'Chiara', 'Samir', 'Astrid', 'Emeka', 'Lorena', 'Pavel', 'Maya',
];

export const FAMILY_NAMES = [
  'Okafor', 'Lindqvist', 'Ferreira', 'Nakamura', 'Haddad', 'Kowalski', 'Moreau', 'Castellano', 'Adeyemi', 'Novak',
  'Halvorsen', 'Rahimi', 'Duarte', 'Brennan', 'Takahashi', 'Vasquez', 'Petrov', 'Mensah', 'Eklund', 'Marchetti',
  'Osei', 'Delacroix', 'Sorensen', 'Qureshi', 'Alvarado', 'Fischer', 'Mwangi', 'Kaplan', 'Ibarra', 'Lindgren',
  'Achterberg', 'Baptiste', 'Coelho', 'Dragomir', 'Esposito', 'Farouk', 'Gallo', 'Horvath', 'Iverson', 'Jablonski',
];

/** Invented outlets, so the header varies too. */
export const OUTLETS = ['The Harbour Ledger', 'Northfield Daily', 'Meridian Wire', 'Coastline Times', 'The Evening Courier', 'Valley Post', 'Global Dispatch', 'Riverside Herald'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
