/**
 * Each pattern of issue 4 on sentences written for this test (invented people, real countries and agencies).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from './index.js';
import { articleOf } from '../article.test-helpers.js';

const docOf = (body: string) => articleOf(body, '2024-03-01');

function run(body: string) {
  const f = findEntities(docOf(body));
  const name = (key: string | null) =>
    key === null ? null : (f.entities.find((e) => e.key === key)?.name ?? `?${key}`);
  const persons = f.entities
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();
  const roles = f.roles.map((r) => ({
    person: name(r.personKey),
    title: r.title,
    affiliation: name(r.organizationKey ?? r.countryKey),
    former: r.former,
  }));
  const mentionsOf = (person: string) => {
    const key = f.entities.find((e) => e.type === 'person' && e.name === person)?.key;
    return f.mentions.filter((m) => m.entityKey === key).map((m) => m.text);
  };
  return {
    f,
    persons,
    roles,
    mentionsOf,
    entity: (type: string, n: string) => f.entities.find((e) => e.type === type && e.name === n),
  };
}

const role = (person: string, title: string, affiliation: string | null, former = false) => ({
  person,
  title,
  affiliation,
  former,
});

describe('title grammar before a name', () => {
  it('reads an agency, a title and a name in one run', () => {
    const r = run('CIA Director Marta Kessling flew to Cairo on Monday.');
    expect(r.persons).toEqual(['Marta Kessling']);
    expect(r.roles).toEqual([role('Marta Kessling', 'Director', 'CIA')]);
  });

  it('reads a lower-case title between an agency and a name', () => {
    const r = run('The talks were led by Mossad director Ilan Brodsky and officials from Qatar.');
    expect(r.roles).toEqual([role('Ilan Brodsky', 'Director', 'Mossad')]);
  });

  it('keeps name particles and takes the country from a demonym', () => {
    const r = run('Qatari Prime Minister Khalid bin Saud Al Marri hosted the meeting in Doha.');
    expect(r.persons).toEqual(['Khalid bin Saud Al Marri']);
    expect(r.roles).toEqual([role('Khalid bin Saud Al Marri', 'Prime Minister', 'Qatar')]);
    expect(r.entity('country', 'Qatar')?.countryCode).toBe('QA');
  });

  it('keeps domain words in the title', () => {
    const r = run('Egyptian intelligence director Omar Fathy arrived late.');
    expect(r.roles).toEqual([role('Omar Fathy', 'Intelligence Director', 'Egypt')]);
  });

  it('normalizes spokeswoman to Spokesperson with a multiword organization', () => {
    const r = run('“We are hopeful,” National Security Council spokeswoman Dana Whitfield said on Tuesday.');
    expect(r.roles).toEqual([role('Dana Whitfield', 'Spokesperson', 'National Security Council')]);
    expect(r.entity('organization', 'National Security Council')).toBeDefined();
  });

  it('reads a title phrase with "of" inside it', () => {
    const r = run('US Secretary of State Carla Munro will travel to Jordan next week.');
    expect(r.roles).toEqual([role('Carla Munro', 'Secretary of State', 'United States')]);
  });

  it('gives a possessor’s country to the title after the possessive', () => {
    const r = run("U.S. President Henry Caldwell's special envoy Peter Lomax said the talks were useful.");
    expect(r.persons).toEqual(['Henry Caldwell', 'Peter Lomax']);
    expect(r.roles).toEqual([
      role('Henry Caldwell', 'President', 'United States'),
      role('Peter Lomax', 'Special Envoy', 'United States'),
    ]);
    expect(r.mentionsOf('Henry Caldwell')).toEqual(["Henry Caldwell's"]);
  });

  it('reads a military rank as a title and drops it from the name', () => {
    const r = run('Brig Gen Tomer Levin met the families on Friday.');
    expect(r.persons).toEqual(['Tomer Levin']);
    expect(r.roles).toEqual([role('Tomer Levin', 'Brigadier General', null)]);
  });

  it('marks former roles', () => {
    const r = run('The plan was drafted by former FDIC chair Linda Marsh, who left in 2011.');
    expect(r.roles).toEqual([role('Linda Marsh', 'Chair', 'FDIC', true)]);
  });
});

describe('appositions', () => {
  it('reads "X, a top aide to Y" with no affiliation', () => {
    const r = run('President Henry Caldwell sent Greg Hollis, a top aide to Caldwell, to Egypt.');
    expect(r.roles).toContainEqual(role('Greg Hollis', 'Aide', null));
  });

  it('reads "X, the emir of Y" and drops the honorific', () => {
    const r = run('Sheikh Faris, the emir of Qatar, received the envoys.');
    expect(r.persons).toEqual(['Faris']);
    expect(r.roles).toEqual([role('Faris', 'Emir', 'Qatar')]);
    expect(r.mentionsOf('Faris')).toEqual(['Sheikh Faris']);
  });

  it('resolves "his" to the country of the nearest person before who has one', () => {
    const r = run('Israeli Prime Minister Amos Tzur and his defence minister, Eli Harel, spoke on Sunday.');
    expect(r.roles).toEqual([
      role('Amos Tzur', 'Prime Minister', 'Israel'),
      role('Eli Harel', 'Defense Minister', 'Israel'),
    ]);
  });

  it('reads a title after the name', () => {
    const r = run('Greg Hollis was in Doha. Hollis, the NSC spokesman, declined to comment.');
    expect(r.roles).toEqual([role('Greg Hollis', 'Spokesperson', 'NSC')]);
  });

  it('reads "who is head of" an organization', () => {
    const r = run('Nadia Haddad, who is head of the Palestinian Authority delegation, spoke first.');
    expect(r.roles).toEqual([role('Nadia Haddad', 'Head', 'Palestinian Authority')]);
  });

  it('finds a person with an unknown given name from ", the <title> of …"', () => {
    const r = run('Tsuneo Kimizuka, the Japanese minister of fiscal policy, said growth would slow.');
    expect(r.persons).toEqual(['Tsuneo Kimizuka']);
    expect(r.roles).toEqual([role('Tsuneo Kimizuka', 'Minister', 'Japan')]);
  });

  it('reads a possessive country before a title in apposition', () => {
    const r = run("Ukraine's energy minister, Taras Bondar, said crews were at work.");
    expect(r.roles).toEqual([role('Taras Bondar', 'Energy Minister', 'Ukraine')]);
  });

  it('resolves "its" to the nearest organization before', () => {
    const r = run('Patients filled the Al-Noor Hospital. Its director, Samir Khoury, asked for fuel.');
    expect(r.roles).toEqual([role('Samir Khoury', 'Director', 'Al-Noor Hospital')]);
  });
});

describe('more title shapes', () => {
  it('reads "named X as <title>"', () => {
    const r = run('The president named Okello Wanjiru as acting foreign minister on Monday.');
    expect(r.persons).toEqual(['Okello Wanjiru']);
    expect(r.roles).toEqual([role('Okello Wanjiru', 'Foreign Minister', null)]);
  });

  it('skips ordinary nouns between the affiliation and the title', () => {
    const r = run("Nigeria's central bank governor, Adebayo Okafor, said inflation would ease.");
    expect(r.roles).toEqual([role('Adebayo Okafor', 'Governor', 'Nigeria')]);
  });

  it('reads a possessed noun and an organization after "of" in apposition', () => {
    const r = run(
      "“We will appeal,” said Ines Carvalho-Mendes, the group's executive director. Gen. Paul Rourke, the former chairman of the Joint Chiefs of Staff, agreed.",
    );
    expect(r.roles).toEqual([
      role('Ines Carvalho-Mendes', 'Executive Director', null),
      role('Paul Rourke', 'General', null),
      role('Paul Rourke', 'Chair', 'Joint Chiefs of Staff', true),
    ]);
  });
});

describe('titles with "of" or "to" before the name', () => {
  it('reads "The head of … (Acronym), Name"', () => {
    const r = run('The head of the UN agency for migrants (UNHCR), Birgit Sandvik, called for calm.');
    expect(r.roles).toEqual([role('Birgit Sandvik', 'Head', 'UNHCR')]);
  });

  it('reads "envoy to the <region> Name"', () => {
    const r = run(
      'Defense Minister Tal Ofer told White House envoy to the Middle East Owen Pratt that talks would go on.',
    );
    expect(r.roles).toEqual([
      role('Tal Ofer', 'Defense Minister', null),
      role('Owen Pratt', 'Middle East Envoy', 'White House'),
    ]);
  });
});

describe('name shapes', () => {
  it('keeps particle chains, generational suffixes and US title abbreviations', () => {
    const r = run('Sen. Greta van der Berg met Paul Hanley Jr. in Ohio. Rep. Maria de la Cruz-Ortega joined them.');
    expect(r.persons).toEqual(['Greta van der Berg', 'Maria de la Cruz-Ortega', 'Paul Hanley Jr.']);
    expect(r.roles).toEqual([
      role('Greta van der Berg', 'Senator', null),
      role('Maria de la Cruz-Ortega', 'Representative', null),
    ]);
  });

  it('links a capitalized particle surname at a sentence start to the full name', () => {
    const r = run('Historian Louis de Marchand wrote the book. De Marchand’s thesis was debated.');
    expect(r.persons).toEqual(['Louis de Marchand']);
    expect(r.mentionsOf('Louis de Marchand')).toEqual(['Louis de Marchand', 'De Marchand’s']);
  });
});

describe('later references', () => {
  const body = [
    'CIA Director Marta Jennings met Carla Munro in Paris.',
    'Jennings’s meetings went well. The allies praised Jennings’ patience, and Mr Munro thanked her.',
    'Munro and Jennings will meet again.',
  ].join('\n\n');

  it('links surnames, possessives and honorifics to the full name', () => {
    const r = run(body);
    expect(r.persons).toEqual(['Carla Munro', 'Marta Jennings']);
    expect(r.mentionsOf('Marta Jennings')).toEqual(['Marta Jennings', 'Jennings’s', 'Jennings’', 'Jennings']);
    expect(r.mentionsOf('Carla Munro')).toEqual(['Carla Munro', 'Mr Munro', 'Munro']);
    expect(r.entity('person', 'Carla Munro')?.aliases).toEqual(['Munro']);
  });

  it('keeps the mention text equal to the body slice', () => {
    const { f } = run(body);
    for (const m of f.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    for (const r of f.roles) expect(body.slice(r.start, r.end)).toBe(r.text);
  });

  it('links a surname to the nearest earlier person who has it', () => {
    const r = run('Rabbi Dov Stern spoke first. Later, Miriam Stern, his cousin, spoke. Stern wept.');
    expect(r.mentionsOf('Miriam Stern')).toEqual(['Miriam Stern', 'Stern']);
  });

  it('finds coordinated given names that share a surname', () => {
    const r = run('Ruth and Maya Keren were freed on Friday. Maya’s father thanked the mediators.');
    expect(r.persons).toEqual(['Maya Keren', 'Ruth Keren']);
    expect(r.mentionsOf('Maya Keren')).toEqual(['Maya Keren', 'Maya’s']);
  });

  it('finds a full name with an unknown given name when its surname is used alone later', () => {
    const r = run('Kgosi Molefe arrived in Gaborone on Monday. Molefe met the mayor there.');
    expect(r.persons).toEqual(['Kgosi Molefe']);
    expect(r.mentionsOf('Kgosi Molefe')).toEqual(['Kgosi Molefe', 'Molefe']);
  });

  it('finds one-word names introduced by a relation or an age', () => {
    const r = run('Dana Roth, 52, her husband, Avner, and their son, Ido, 12, were taken.');
    expect(r.persons).toEqual(['Avner', 'Dana Roth', 'Ido']);
  });

  it('makes a person of a title and a surname when no full name is given', () => {
    const r = run('President Caldwell said the aid would flow. Mr Caldwell spoke from the White House.');
    expect(r.persons).toEqual(['Caldwell']);
    expect(r.roles).toEqual([role('Caldwell', 'President', null)]);
  });
});

describe('organizations, countries and places', () => {
  it('reads a rank-like word before a company head as part of the company', () => {
    const r = run('Shares of General Motors rose. Harrison Ford attended the premiere, and Ford said he enjoyed it.');
    expect(r.persons).toEqual(['Harrison Ford']);
    expect(r.mentionsOf('Harrison Ford')).toEqual(['Harrison Ford', 'Ford']);
    expect(r.entity('organization', 'General Motors')).toBeDefined();
  });

  it('finds organizations by head word and bracketed acronyms', () => {
    const r = run('The Israel Defense Forces (IDF) said the IDF had left. Qatar’s Ministry of Foreign Affairs agreed.');
    const idf = r.entity('organization', 'Israel Defense Forces');
    expect(idf?.aliases).toEqual(['IDF']);
    expect(r.f.mentions.filter((m) => m.entityKey === idf?.key).map((m) => m.kind)).toEqual([
      'name',
      'acronym',
      'acronym',
    ]);
    expect(r.entity('organization', 'Ministry of Foreign Affairs')).toBeDefined();
  });

  it('finds countries by name and abbreviation with ISO codes, and demonyms of named countries', () => {
    const r = run('The US and the UK sent aid. American officials and Israeli troops met in Israel.');
    expect(r.entity('country', 'United States')?.countryCode).toBe('US');
    expect(r.entity('country', 'United Kingdom')?.countryCode).toBe('GB');
    const israel = r.entity('country', 'Israel')!;
    expect(r.f.mentions.filter((m) => m.entityKey === israel.key).map((m) => [m.text, m.kind])).toEqual([
      ['Israeli', 'demonym'],
      ['Israel', 'name'],
    ]);
  });

  it('does not make a country of a demonym alone', () => {
    const r = run('She had Italian citizenship and lived in Chicago.');
    expect(r.f.entities.filter((e) => e.type === 'country')).toEqual([]);
    expect(r.entity('place', 'Chicago')).toBeDefined();
  });

  it('finds places from the gazetteer, region list and head words', () => {
    const r = run('Convoys left Tel Aviv for the Gaza Strip, then drove along Salah al-Din Road in the Middle East.');
    const places = r.f.entities
      .filter((e) => e.type === 'place')
      .map((e) => e.name)
      .sort();
    expect(places).toEqual(['Gaza Strip', 'Middle East', 'Salah al-Din Road', 'Tel Aviv']);
  });

  it('finds nothing spurious in headings, weekdays and organizations', () => {
    const r = run('Hurdles remain\n\nOn Thursday the White House said talks went well. Officials agreed.');
    expect(r.persons).toEqual([]);
    expect(r.f.entities.map((e) => e.name)).toEqual(['White House']);
  });
});
