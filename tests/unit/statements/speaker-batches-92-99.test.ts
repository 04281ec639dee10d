// Speakers on the phrasings of batches 92 to 99, held out in stop 34 and joined to the statement
// filter's rows in stop 35 (a briefing transcript, an Indonesian volcano alert, a Ghanaian land row,
// a GAA hearing, a press release, a Stormont row). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);
const actors = (text: string): string[] => run(text).actors.map((a) => `${a.type} ${a.name}`);

describe('transcripts', () => {
  it('reads a titled label ("DR. OKAFOR:") as the person the article names in full', () => {
    const text = 'Briefing\n\nPresent: Dr. Ruth Okafor, county health officer; Ben Salo, epidemiologist.\n\n'
      + 'DR. OKAFOR: We have four cases so far, all in one school.\n\nMR. SALO: More are likely before the end of the month.\n\n'
      + 'DR. OKAFOR: Vaccination is the best answer we have.';
    expect(who(text)).toEqual(['Ruth Okafor | :', 'Ben Salo | :', 'Ruth Okafor | :']);
  });

  it('reads "Participants:" and "Media Contact:" as labels, not speakers', () => {
    const text = 'Release\n\nThe firm said sales rose by a tenth.\n\nMedia Contact: Jo Reyes, press@example.com, 555 0100';
    expect(who(text)).toEqual(['firm | said']);
  });
});

describe('names and titles', () => {
  it('gives "Head of the <body> <name>" the title and the body, with or without its short form', () => {
    const text = 'Alert\n\n"Tremors have doubled since Sunday," Head of the Regional Geology Agency Budi Hartono said on Tuesday.\n\n'
      + 'Hartono added that the dome had grown.\n\nHead of the Lereng Disaster Mitigation Agency (BPBD) Sri Wulandari stated that her office had prepared tents.';
    expect(who(text)).toEqual(['Budi Hartono | said', 'Budi Hartono | added', 'Sri Wulandari | stated']);
    expect(actors(text)).toContain('ORGANIZATION Regional Geology Agency');
  });

  it('reads Regent, Kapitana, Madam, Nana, Cr and "the CS" as titles', () => {
    expect(who('Aid\n\nLereng Regent Dwi Prasetyo promised the regency would pay for feed.')).toEqual(['Dwi Prasetyo | promised']);
    expect(who('Aid\n\nIn Barangay Ilaya, Kapitana Rosa Dimaculangan said aid was slow.')).toEqual(['Rosa Dimaculangan | said']);
    expect(who('Farms\n\nA farmer, Madam Efua Boateng, 52, told reporters she had lost her farm.')).toEqual(['Efua Boateng | told']);
    expect(who('Land\n\nNana Kojo Asante Mensah II said the land belonged to the stool. "Nobody asked us," Nana Mensah stated.'))
      .toEqual(['Kojo Asante Mensah II | said', 'Kojo Asante Mensah II | stated']);
    expect(who('Homes\n\nCouncillor Dee Marlow chairs the committee. "We need homes," Cr Marlow said.')).toEqual(['Dee Marlow | said']);
    expect(who('Pay\n\nEducation Cabinet Secretary Ann Wanjiru said the arrears would be paid. The CS warned that strikers would lose pay.'))
      .toEqual(['Ann Wanjiru | said', 'Ann Wanjiru | warned']);
  });

  it('keeps an Irish family name with its particle and ties the short form to the full name', () => {
    expect(who('Ban\n\nCiarán Ó Dálaigh, the club chairman, said the club would appeal. Ó Dálaigh added that the footage was poor.'))
      .toEqual(['Ciarán Ó Dálaigh | said', 'Ciarán Ó Dálaigh | added']);
    expect(who('Fund\n\nMLA Aoife Nic Aodha said it was a scandal. Nic Aodha also said the minister knew.'))
      .toEqual(['Aoife Nic Aodha | said', 'Aoife Nic Aodha | also said']);
  });

  it('reads a lone name before an age as a person', () => {
    expect(actors('Village\n\nAnother resident, Wagimin, 61, said he would stay with his goats.')).toContain('PERSON Wagimin');
  });

  it('names no actor with "Level III", a ticker bracket or a time zone after a clock time', () => {
    const names = actors('Alert\n\nThe agency raised the status from Level II to Level III at 18.00 WIB. Tallow Foods (NYSE: TLWF) said at 3:47 p.m. ET that sales fell.');
    expect(names).not.toContain('PERSON Level III');
    expect(names.some((n) => /TLWF|NYSE|WIB|\bET$/.test(n))).toBe(false);
    expect(names).toContain('ORGANIZATION Tallow Foods');
  });

  it('passes over a legislator\'s party and district tag set off after the name', () => {
    expect(who('Veto\n\nSen. Dana Whitlock, R-Cedar Falls, whose district loses a clinic, said the veto was a slap in the face.'))
      .toEqual(['Dana Whitlock | said']);
  });

  it('reads a body\'s head word alone as the body named before', () => {
    expect(who('Licence\n\nThe chiefs met the Lands Commission on Monday.\n\nIn a statement, the Commission urged the chiefs to go to court.'))
      .toEqual(['Lands Commission | urged']);
  });

  it('joins a ministry named by a list of fields that ends on a rarer word', () => {
    expect(actors('Recall\n\nAccording to the Ministry of Land, Infrastructure, Transport and Tourism, the cars were built in 2022.'))
      .toContain('ORGANIZATION Ministry of Land, Infrastructure, Transport and Tourism');
  });
});

describe('unnamed sources', () => {
  it('leaves where a source\'s body sits, when it spoke and "multiple" out of its name', () => {
    expect(who('Ash\n\nA ranger at the Kawah Observation Post in Sukamaju, who asked not to be named, said ash had fallen.'))
      .toEqual(['ranger at the Kawah Observation Post | said']);
    expect(who('Land\n\nElders of the Ofori Traditional Area in the Wassa District have demanded that the licence be withdrawn.'))
      .toEqual(['Elders of the Ofori Traditional Area | have demanded']);
    expect(who('Fossil\n\nAccording to a study published today in Fossil Letters, the reptile had fuzz.'))
      .toEqual(['study published in Fossil Letters | According to']);
    expect(who('Deal\n\nMultiple people familiar with the talks said the deal was close.'))
      .toEqual(['people familiar with the talks | said']);
  });

  it('keeps a place that is the only thing said of the source', () => {
    expect(who('Koalas\n\nResidents in Kellow say they will fight the rezoning.')).toEqual(['Residents in Kellow | say']);
  });
});

describe('bodies named with an appositive or a short form', () => {
  it('reads a name before "the union …" or "a charity" as a body, even a word the actor layer misses', () => {
    expect(who('Plant\n\nForge, the union representing most of the workforce, said it would fight the closure.')).toEqual(['Forge | said']);
    expect(who('Food\n\nBloomfield Larder, a London charity, said demand had doubled.')).toEqual(['Bloomfield Larder | said']);
    expect(who('School\n\nMr Hale, a retired teacher, said the plan was wrong.')).toEqual(['Hale | said']);
  });

  it('gives a description and then a name to the name, even when another name modifies the description', () => {
    expect(who('Boats\n\nThe UN refugee agency, UNHCR, said at least 1,400 people had died.')).toEqual(['UNHCR | said']);
  });

  it('keeps "Executive" and German joiners inside a body\'s name, so its short form joins it', () => {
    expect(who('Beds\n\nThe Health Service Executive (HSE) said it had opened 40 beds. The HSE added that more would follow.'))
      .toEqual(['Health Service Executive | said', 'Health Service Executive | added']);
    expect(who('Rail\n\nThe Verband der Spediteure und Logistiker (VDSL) said a stoppage would cost millions.'))
      .toEqual(['Verband der Spediteure und Logistiker | said']);
  });
});

describe('foreign bodies with a short form', () => {
  it('gives a name with lower-case words closed by its short form to the body the short form names', () => {
    const x = run('Strike\n\nThe hardline Fédération Autonome des Cheminots (FAC) said 1.9 million had marched. The FAC added that more strikes would follow.');
    const speakers = x.statements.map((s) => x.actors.find((a) => a.id === s.speakerId));
    expect(speakers.map((a) => a?.name)).toEqual(['FAC', 'FAC']);
    expect(speakers[0]?.aliases).toContain('Fédération Autonome des Cheminots');
  });
});

describe('names from batches 116 to 123', () => {
  it('keeps a saint\'s possessive and a plural\'s apostrophe inside a body\'s name', () => {
    expect(who("Unit\n\nSt. Aldhelm's Regional Hospital announced the opening of a cancer unit.")).toEqual(["St. Aldhelm's Regional Hospital | announced"]);
    expect(who("Budget\n\nThe Retail and Distributive Workers' Union said the relief was too small.")).toEqual(["Retail and Distributive Workers' Union | said"]);
  });

  it('ties "Mr ap Dafydd" to the person named with the patronymic', () => {
    expect(who('Waits\n\nCeri ap Rhys, from the patient group, warned that people were paying.\n\nMr ap Rhys said the group had heard from 200 families.'))
      .toEqual(['Ceri ap Rhys | warned', 'Ceri ap Rhys | said']);
  });

  it('reads MCA as a title and "the <ward> MCA" as the member just reported', () => {
    expect(who('Budget\n\nMCA Grace Chelimo said the assembly was punishing residents. "Mothers are waiting," the Kapkoi MCA said.'))
      .toEqual(['Grace Chelimo | said', 'Grace Chelimo | said']);
  });

  it('ties a Singaporean family name spelled "Chee" to the full name', () => {
    expect(who('Fares\n\nChee Mei Ling, 34, said no one should have to choose. Ms Chee also urged commuters to give feedback.'))
      .toEqual(['Chee Mei Ling | said', 'Chee Mei Ling | also urged']);
  });
});

describe('press releases', () => {
  it('reads past a wire dateline and gives "the Company" to the company the release is about', () => {
    const text = 'Release\n\nDENVER, March 4, 2025 /ExampleWire/ -- Harrow Cold Freight (NASDAQ: HRCF), a provider of chilled trucking, today announced that Jo Vance will step down.\n\n'
      + 'The Board of Directors has retained search firm Pike & Lowe. Harrow Cold Freight has 3,000 staff. The Company said the decision was not the result of any disagreement.';
    expect(who(text)).toEqual(['Harrow Cold Freight | announced', 'Harrow Cold Freight | said']);
  });
});

describe('descriptions for the person just reported', () => {
  it('reads "the former <trade>" and "the <age> former <trade>" as the person named before', () => {
    expect(who('Split\n\nMarco Vale broke his silence last night. The former plasterer told reporters that he wished her well.'))
      .toEqual(['Marco Vale | told']);
    expect(who('Storm\n\nDirector Tom Baines told reporters that 40,000 people live on the islands.\n\nThe 61-year-old former Coast Guard radio operator acknowledged that the last evacuation was slow.'))
      .toEqual(['Tom Baines | told', 'Tom Baines | acknowledged']);
  });

  it('reads "the <constituency> MLA" and "the junior" as the person named before', () => {
    expect(who('Fund\n\nIts leader, Ross Gilmour, said it was robbery.\n\n"We were promised this three times," the West Antrim MLA said.'))
      .toEqual(['Ross Gilmour | said', 'Ross Gilmour | said']);
    expect(who('Fired\n\nGuard Malik Ferris was blunt. "Coaches get fired and players get blamed," the junior wrote.'))
      .toEqual(['Malik Ferris | wrote']);
  });

  it('gives "the health authority" only to a body whose name fits', () => {
    expect(who('Closure\n\nPatients will travel further after Lakehead Health closed the unit at Ferris General Hospital.\n\nThe health authority said the closure was due to staffing gaps.'))
      .toEqual(['Lakehead Health | said']);
  });
});

describe('wire copy', () => {
  const what = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

  it('reads past a dateline of places joined by a slash, or a region before the date', () => {
    expect(what('Cuts\n\nLONDON/DUBAI, June 3 (Reuters) - The group is likely to extend its cuts, delegates told Reuters.'))
      .toEqual(['delegates | told | The group is likely to extend its cuts']);
    expect(what('Quake\n\nKESSEL, Tarsova, May 14 (Meridian) - A strong earthquake struck the city, the Seismological Service said.'))
      .toEqual(['Seismological Service | said | A strong earthquake struck the city']);
  });

  it('skips a statement\'s carrier after "said in a statement"', () => {
    expect(what('Talks\n\nThe foreign ministry said in a statement carried by the state news agency that the talks had failed.'))
      .toEqual(['foreign ministry | said in a statement | that the talks had failed']);
  });

  it('ends an "according to" source after its short form, a long appositive with a relative, or a note on a document', () => {
    expect(what('Doping\n\nAccording to the Cycling Integrity Agency (CIA), the substance was found in a sample.'))
      .toEqual(['Cycling Integrity Agency | According to | the substance was found in a sample']);
    expect(what('Pandas\n\nAccording to the Red Hill Fund, a Leeds-based charity that works with farmers in Nepal, as few as 900 are left.'))
      .toEqual(['Red Hill Fund | According to | as few as 900 are left']);
    expect(what('Vote\n\nAccording to the figures of the commission, published late Saturday, the president won 54 percent.'))
      .toEqual(['figures of the commission | According to | the president won 54 percent']);
    expect(what('Port\n\nAccording to the union, a strike is likely.')).toEqual(['union | According to | a strike is likely']);
  });
});

describe('content', () => {
  it('goes on past a passive before an infinitive inside the reported clause', () => {
    expect(said('Fire\n\nHe said the injuries, mostly burns, were not believed to be serious.').map((s) => s.content))
      .toEqual(['the injuries, mostly burns, were not believed to be serious']);
  });
});
