/**
 * Issue 17: names, organizations, places and titles from the article's own evidence, on sentences written for
 * this test (invented people and institutions; real countries and cities).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from './index.js';
import { articleOf } from '../article.test-helpers.js';

function run(body: string) {
  const f = findEntities(articleOf(body, '2024-03-07'));
  const name = (key: string | null) =>
    key === null ? null : (f.entities.find((e) => e.key === key)?.name ?? `?${key}`);
  const of = (type: string) =>
    f.entities
      .filter((e) => e.type === type)
      .map((e) => e.name)
      .sort();
  const roles = f.roles.map((r) => ({
    person: name(r.personKey),
    title: r.title,
    affiliation: name(r.organizationKey ?? r.countryKey),
    rule: r.affiliationRule ?? null,
  }));
  const typeOfMention = (text: string) => {
    const m = f.mentions.find((x) => x.text === text);
    return m ? (f.entities.find((e) => e.key === m.entityKey)?.type ?? null) : null;
  };
  return { persons: of('person'), organizations: of('organization'), places: of('place'), roles, typeOfMention };
}

describe('spurious people', () => {
  it('reads no person in a headline or kicker in capitals', () => {
    expect(
      run(
        'FAITHFUL CROWDS GATHER AS STORM NEARS\n\nBLESSED ARE the patient, the banner said. GREAT Day for the harbour town, wrote one visitor.',
      ).persons,
    ).toEqual([]);
  });

  it('reads no person in a military unit written in capitals', () => {
    expect(run('Navy SEALS boarded the tanker before dawn, officials said.').persons).toEqual([]);
  });

  it('reads no person in the name of an event or a venue', () => {
    expect(run('Dorian Kell won the Brenton Open on Sunday at Marcus Stadium.').persons).toEqual(['Dorian Kell']);
  });

  it('reads a place prefix as a place, not a person', () => {
    const r = run('Shelling hit homes in Beit Hanoun and Deir Balut overnight.');
    expect(r.persons).toEqual([]);
    expect(r.places).toEqual(['Beit Hanoun', 'Deir Balut']);
  });

  it('reads a party and state in capitals joined by a hyphen without looking for its ordinary form forever', () => {
    // "R-S" title-cases to itself; looking it up again as a name in capitals once recursed without end.
    const r = run('Rep. Tomas Vell (R-S) and Sen. Ilse Marr (D-M) voted against the bill. R-S members left early.');
    expect(r.persons).toEqual(['Ilse Marr', 'Tomas Vell']);
  });

  it('still links a name in capitals to the person the article names in ordinary case', () => {
    const r = run('ORSOLYA WINS IN VIENNA\n\nDorka Orsolya won the final on Sunday.');
    expect(r.persons).toEqual(['Dorka Orsolya']);
    expect(r.typeOfMention('ORSOLYA')).toBe('person');
  });
});

describe('whole names', () => {
  it("keeps hyphenated and particle surnames, initials and Mc/O' names whole", () => {
    const r = run(
      "Historian Tomas Aberle-Voss said the archive was open. Leila bin Faisal Al Sabah met Roberto de la Fuente, Sean O'Malley and Brian McTavish. Joint Chiefs of Staff Chairman C.J. Halvorsen arrived later.",
    );
    expect(r.persons).toEqual([
      'Brian McTavish',
      'C.J. Halvorsen',
      'Leila bin Faisal Al Sabah',
      'Roberto de la Fuente',
      "Sean O'Malley",
      'Tomas Aberle-Voss',
    ]);
  });

  it('reads a person introduced by a relative clause about family', () => {
    expect(run('Miriam Tzadok, whose son was held for months, spoke to reporters.').persons).toEqual(['Miriam Tzadok']);
  });

  it('reads a player given with a country in brackets and a one-initial name', () => {
    const r = run('Results on Friday: Oddvar Kjeldsen (Norway) 68 70, S. Marwick 71 69.');
    expect(r.persons).toEqual(['Oddvar Kjeldsen', 'S. Marwick']);
  });
});

describe('organizations no lexicon knows', () => {
  it('reads a title cue, an apposition, a noun before the name and a one-word bank', () => {
    const r = run(
      '"Rates will stay high," said Annika Feldhagen, global head of macro at Zuidbank. Velmora, the Dutch lender, agreed. The packaging company Kortex fell 4%. Landesbank officials declined to comment.',
    );
    expect(r.organizations).toEqual(['Kortex', 'Landesbank', 'Velmora', 'Zuidbank']);
    expect(r.roles).toEqual([
      { person: 'Annika Feldhagen', title: 'Global Head of Macro', affiliation: 'Zuidbank', rule: 'stated' },
    ]);
  });

  it('reads an acronym the text defines, and the short form of a company name', () => {
    const r = run(
      'The Kurvan Liberation Front (KLF) said it would talk. KLF fighters withdrew. Orvalis International Inc bought the plant. Orvalis shares rose.',
    );
    expect(r.typeOfMention('KLF')).toBe('organization');
    expect(r.typeOfMention('Orvalis')).toBe('organization');
  });

  it('reads an unknown name before a title and a person as the organization', () => {
    const r = run('Tervana general manager Jonas Lindqvist resigned on Friday.');
    expect(r.organizations).toEqual(['Tervana']);
    expect(r.roles).toEqual([
      { person: 'Jonas Lindqvist', title: 'General Manager', affiliation: 'Tervana', rule: 'stated' },
    ]);
  });

  it('reads a possessive name before a title and a person as the employer', () => {
    const r = run('Orlen Analytics Norway’s senior economist Brendan Falk said hiring slowed.');
    expect(r.organizations).toEqual(['Orlen Analytics Norway']);
    expect(r.roles).toEqual([
      { person: 'Brendan Falk', title: 'Senior Economist', affiliation: 'Orlen Analytics Norway', rule: 'stated' },
    ]);
  });

  it('reads teams in a results line, even when they carry a town name', () => {
    const r = run('Scores on Saturday:\n\nBexley 2 Avonford Rovers 1\n\nJohn Marsh (England) 68 70');
    expect(r.organizations).toEqual(['Avonford Rovers', 'Bexley']);
    expect(r.persons).toEqual(['John Marsh']);
  });
});

describe('affiliation of a national office', () => {
  it('takes the government of a title in the same list', () => {
    const r = run(
      'U.S. President Dana Whitcombe met national security adviser Liam Ostrow, Defense Secretary Carla Mendel and Secretary of State Ruth Abernathy on Monday.',
    );
    expect(r.roles).toEqual([
      { person: 'Dana Whitcombe', title: 'President', affiliation: 'United States', rule: 'stated' },
      {
        person: 'Liam Ostrow',
        title: 'National Security Adviser',
        affiliation: 'United States',
        rule: 'same-government',
      },
      { person: 'Carla Mendel', title: 'Defense Secretary', affiliation: 'United States', rule: 'same-government' },
      { person: 'Ruth Abernathy', title: 'Secretary of State', affiliation: 'United States', rule: 'same-government' },
    ]);
  });

  it('never gives one office the government of the same office', () => {
    const r = run('President Dana Whitcombe spoke with Egyptian President Omar Fahmy on Friday.');
    expect(r.roles[0]).toEqual({ person: 'Dana Whitcombe', title: 'President', affiliation: null, rule: null });
  });

  it('takes the dateline country when the article names it and the sentence names no other', () => {
    const r = run(
      'OSLO (Reuters) - Finance Minister Ilse Brandvold said on Monday that Norway would cut taxes.\n\nShe met President Omar Fahmy of Egypt and Foreign Minister Tor Eide later.',
    );
    expect(r.roles[0]).toEqual({
      person: 'Ilse Brandvold',
      title: 'Finance Minister',
      affiliation: 'Norway',
      rule: 'dateline',
    });
    expect(r.roles.find((x) => x.person === 'Tor Eide')?.rule).not.toBe('dateline');
  });

  it('leaves the affiliation null when nothing decides', () => {
    expect(run('Finance Minister Ilse Brandvold said taxes would fall.').roles).toEqual([
      { person: 'Ilse Brandvold', title: 'Finance Minister', affiliation: null, rule: null },
    ]);
  });
});

describe('a run of thousands of capitals', () => {
  // Issue 15: "Mr. " repeated used to cost time quadratic in the run. The scans are now bounded per word
  // (see segments.ts); this checks the behaviour on such an input, not its time.
  it('reads ten thousand honorifics in a row as no one, and the name after them as one person', () => {
    const r = run(`${'Mr. '.repeat(10_000)}Avery Lane said the vote would pass.`);
    expect(r.persons).toEqual(['Avery Lane']);
    expect(r.organizations).toEqual([]);
  });
});
