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

  it('leaves denials, questions, stories, conditions and the innocent senses of the same words alone', () => {
    for (const clean of [
      "I'm not saying anyone lied, I just think the letter was unclear",
      "The story's villain stole the pie from the baker",
      'Has anyone had money taken from their bag at swimming?',
      'Did anyone see who took the lost property box?',
      'Someone stole my bike from outside the school',
      'Some bastards nicked my bike from the rack',
      'The lad who hit my son has said sorry',
      'Next time she grabs my son there will be trouble',
      'The girl who pushed my daughter over has apologised',
      'The fox stole the chickens in our class story',
      'I lied about my age to get on the ride, oops',
      'We picked our favourites from the art show',
      'Our team picks her mates for the relay, they are the fastest',
      'Mrs Ali picks her own children up at 3',
      "Choose your own kids' photos from the gallery",
      'Grandma goes out drinking with the mums from bingo, bless her',
      "She's friends with the head of music at the high school",
      "Because she's the head's cousin she came to the fair too",
      'The head covers for the office staff on Fridays',
      'The assembly hall smells of paint',
      'The pub garden smells of beer and chips',
      'Mrs Lee was drinking tea at lunch',
      "I'm still drunk from the night before, never again",
      'Put your hands on your head for Simon Says',
      'Throw the ball at the target, Year 2!',
      'We locked the bikes in the shed',
      'The PE teacher pushed her to do her best',
      'Mr Khan calls the children superstars',
      'My son picks on his little brother at home',
      "We follow the girls' football team on Instagram",
      'Please follow the school on Facebook',
      'The kids were messaging their pen pals in France',
      "Take your children's coats for yourselves to carry",
      'Gave the raffle money to the hospice, thank you',
      "That's theft-proof, the new bike shed",
      'He left his last school for a new job in Leeds',
      'I know it was you who made that lovely cake, thank you',
      'He is a thief in the school play',
      'Grandad is an absolute drunk at weddings, ha',
      'The wolf is a liar in our story',
      'Tell the children to keep their hands to themselves in line',
      'Selling cakes at the fair on Friday',
      'Mum is always on her phone in the car',
      'Everyone knows she is the best dinner lady',
      'Everyone knows what she did for the school, a real hero',
      'It was a white van that nearly hit the child',
      'If that teacher shouts at my kid again I will go to the governors',
    ]) expect(found(clean), clean).toEqual([]);
  });

  it('does not accuse when no one is identifiable', () => {
    expect(found('There is a boy who keeps hitting my son')).toEqual([]);
  });
});
