import { describe, expect, it } from 'vitest';
import { buildSchoolIndex, checkText } from '../engine.ts';
import { allegationDetector } from './allegation.ts';
import { NEW_ALLEGATIONS } from './test-phrasings.ts';

const ctx = { index: buildSchoolIndex([]), rules: [] };
const found = (text: string) => checkText({ kind: 'comment', text }, ctx, [allegationDetector]).findings.map((f) => f.text);

describe('allegations', () => {
  it('finds allegations of wrongdoing against a person or the school', () => {
    for (const allegation of [
      'Mr Grey slapped my daughter at lunch',
      'The bursar has been pocketing the trip money',
      'The school covered it up',
      'The head lied to Ofsted',
      'The caretaker turns up to work drunk',
      'Our deputy was arrested in 2019',
      'They fiddled the SATs results',
    ]) expect(found(allegation), allegation).toHaveLength(1);
  });

  it('finds money, fairness and cover-up allegations phrased in new ways', () => {
    for (const allegation of NEW_ALLEGATIONS) expect(found(allegation), allegation).toHaveLength(1);
  });

  it('makes one finding per sentence', () => {
    expect(found('The TA smacked a child and the head hushed it up.')).toHaveLength(1);
  });

  it('leaves innocent uses alone', () => {
    for (const clean of [
      'The teachers stole the show in the staff panto',
      'Luckily no teachers were harmed',
      'Please make sure children cover up in the sun',
      'A pinch of salt and some pocket money',
      'The Great Fire of London destroyed 13,000 houses',
      'Nick is in Year 3',
      'We have favourites from every class on the wall',
      'Here are our favourites from the art gallery',
      'Mrs Hart marks the books every Friday',
      'Year 3 loved cooking the pancakes',
      'Mr Khan treats the children to an ice lolly on sports day',
      "I'm helping myself to the leftover cake",
      'Please keep touching the displays to a minimum',
      'Party favours for the boys and girls are in the hall',
    ]) expect(found(clean), clean).toEqual([]);
  });

  it('does not accuse when no one is identifiable', () => {
    expect(found('There is a boy who keeps hitting my son')).toEqual([]);
  });
});
