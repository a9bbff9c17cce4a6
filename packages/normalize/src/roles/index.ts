// Role normalization: maps titles as written to the title vocabulary.
export {};
