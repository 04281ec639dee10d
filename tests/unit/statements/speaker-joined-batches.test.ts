// Speakers on the phrasings of the batches that were held out until stop 33 and then joined the
// development keys (a Singapore property story, a Peruvian landslide, a Thai smuggling arrest, a
// trolley count, a typhoon, a city-council rally, a Middle East ceasefire). Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('speakers', () => {
  it('keeps a body whose fields are joined by "and" one speaker, with or without its short form', () => {
    expect(who('Beds\n\nThe Irish Nurses and Midwives Organisation has said 400 patients are waiting.'))
      .toEqual(['Irish Nurses and Midwives Organisation | has said']);
    expect(who('Beds\n\nMore than 400 patients are waiting in Leinster, the Irish Nurses and Midwives Organisation (INMO) has said.'))
      .toEqual(['Irish Nurses and Midwives Organisation | has said']);
    expect(who('Storm\n\nAt least nine people died, the Tarvin Provincial Disaster Relief and Recovery Office (TPDRRO) said on Monday.'))
      .toEqual(['Tarvin Provincial Disaster Relief and Recovery Office | said']);
    expect(who('Rain\n\nThe National Weather and Rivers Service had warned that the soil was saturated.'))
      .toEqual(['National Weather and Rivers Service | had warned']);
  });

  it('still splits two firms, or a country and an alliance, joined by "and"', () => {
    expect(who('Merger\n\nBrackwell Freight and Osric Logistics said they would merge.'))
      .toEqual(['Brackwell Freight | said', 'Osric Logistics | said']);
    expect(who('Talks\n\nThe United States and NATO rejected the demands last week.'))
      .toEqual(['United States | rejected', 'NATO | rejected']);
  });

  it('reads "Cllr", "Council Member" and Thai police ranks as titles', () => {
    expect(who('School\n\nCllr Dana Whitlock said the closure was the hardest decision. Whitlock added that pupils would be placed.'))
      .toEqual(['Dana Whitlock | said', 'Dana Whitlock | added']);
    expect(who('Rally\n\nCity Council Member Rosa Ibarra, whose district includes the blocks, said she would call a hearing.'))
      .toEqual(['Rosa Ibarra | said']);
    expect(who('Arrest\n\nPol Col Somchai Rattanakul said the pair were couriers. Pol Col Somchai added that warrants would follow.'))
      .toEqual(['Somchai Rattanakul | said', 'Somchai Rattanakul | added']);
  });

  it('ties a bare family name to a three-word Chinese name that puts it first', () => {
    expect(who('Homes\n\nMinister Goh Mei Xuan said the market had shown froth. Goh denied that the curbs came late.'))
      .toEqual(['Goh Mei Xuan | said', 'Goh Mei Xuan | denied']);
    // A given name in the middle is no family name: "Lee Ann Marsh" is not "Ann".
    expect(who('Homes\n\nLee Ann Marsh said prices rose. Ann Frey said they fell.'))
      .toEqual(['Lee Ann Marsh | said', 'Ann Frey | said']);
  });

  it('ties the first two words of one longer name to it, but not a father to "Jr"', () => {
    expect(who('Homes\n\nHousing minister Siti Rahmah Idris said buyers were safe. "Nothing changes," Siti Rahmah said.'))
      .toEqual(['Siti Rahmah Idris | said', 'Siti Rahmah Idris | said']);
    expect(who('Farm\n\nPaul Varga said the farm would close. Paul Varga Jr said it would not.'))
      .toEqual(['Paul Varga | said', 'Paul Varga Jr | said']);
  });

  it('ties the first of two Spanish family names to the full name', () => {
    expect(who('Slide\n\nMayor Ramiro Quispe Salas said rescuers were digging. Quispe warned that another slide could come.'))
      .toEqual(['Ramiro Quispe Salas | said', 'Ramiro Quispe Salas | warned']);
  });

  it('reads "the Ukrainian-born director" and "the Norwegian diplomat" as the person just reported, not a new source', () => {
    expect(who('Festival\n\nMira Kovac has pulled her film from the festival. In a statement, the Serbian-born director said she had been misled.'))
      .toEqual(['Mira Kovac | said']);
    expect(who('Truce\n\nUN envoy Ola Strand told reporters that both sides had a window. "Nobody should mistake silence for refusal," the Swedish diplomat said.'))
      .toEqual(['Ola Strand | told', 'Ola Strand | said']);
    // Not a body: "the French government" is no person.
    expect(who('Talks\n\nTalks stalled on Monday. The French government said it would not sign.'))
      .toEqual(['French government | said']);
  });

  it('reads "the Danish commissioner" as the one commissioner named, and "the Spanish minister" as the minister', () => {
    expect(who('Duties\n\nTrade Commissioner Sofie Lund announced duties on Wednesday. The Danish commissioner said they would apply for four months.'))
      .toEqual(['Sofie Lund | announced', 'Sofie Lund | said']);
    expect(who('Budget\n\nFinance Minister Ana Ruiz spoke first. The Spanish minister said the budget was sound.'))
      .toEqual(['Ana Ruiz | said']);
  });

  it('types a name after "carmaker" or "bank" as a company, so "the company" is it, and a patrol as a body', () => {
    expect(who('Cuts\n\nGerman carmaker Vossberg Antriebe plans to shed jobs. Unions said they would fight. The company said most cuts would come through early retirement.'))
      .toEqual(['Vossberg Antriebe | plans', 'Unions | said', 'Vossberg Antriebe | said']);
    expect(who('Site\n\nCrane operator Mike Dunn said the site was unsafe.')).toEqual(['Mike Dunn | said']);
    expect(who('Crash\n\nA driver was arrested, according to the Oregon State Patrol. The driver has not been named. OSP said charges were expected.'))
      .toEqual(['Oregon State Patrol | according to', 'Oregon State Patrol | said']);
  });

  it('reads "Rovers" as the one club of the article ending with it', () => {
    expect(who('Deadline day\n\nThornley Town signed striker Anders Holm from Castlebridge Rovers. Rovers said it had accepted the offer.'))
      .toEqual(['Castlebridge Rovers | said']);
    // Two clubs end with "United": the bare word stays apart.
    expect(who('Result\n\nLeeds United beat Carlisle United. United said the win was deserved.')).toEqual(['United | said']);
  });

  it('reads "the 58-year-old former army colonel" as the person just reported', () => {
    expect(who('Truce\n\nEnvoy Salim Barakat met rebel leaders. The 58-year-old former army colonel dismissed the accusation as an attempt to stall.'))
      .toEqual(['Salim Barakat | dismissed']);
  });

  it('names "Tarhouni\'s office" by the full name of the person named before', () => {
    expect(who('Truce\n\nInterior Minister Karim Haddad accused the envoy of bias. Haddad\'s office did not respond to a request for comment.'))
      .toEqual(['Karim Haddad | accused', 'Karim Haddad\'s office | did not respond to']);
  });

  it('keeps an Arabic article and a body\'s subject after "on" inside the name', () => {
    expect(who('Truce\n\nJabhat al-Nour said it was studying the proposal. Its spokesman Karim al-Masri said talks would go on.'))
      .toEqual(['Jabhat al-Nour | said', 'Karim al-Masri | said']);
    expect(who('Spill\n\nThe Ohio Commission on Water Quality did not immediately respond to a request for comment.'))
      .toEqual(['Ohio Commission on Water Quality | did not immediately respond to']);
    expect(who('Vote\n\nThe Senate Committee on Monday said the bill would pass.'))
      .toEqual(['Senate Committee | said']);
  });
});
